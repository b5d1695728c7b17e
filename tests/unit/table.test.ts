// The machine table: rows present per configuration, QEMU virt addresses and interrupt numbers, configuration errors.

import { describe, expect, it } from 'vitest';
import { machineRows, rowNamed, type MachineConfig, virtioIrq, IRQ_UART0, IRQ_RTC } from '../../src/machine/table.ts';

const base: MachineConfig = { ramBytes: 64 << 20, harts: 1, bootargs: '', virtio: [], console: 'uart' };

describe('machine table', () => {
  it('has the QEMU virt memory map and interrupt numbers', () => {
    const rows = machineRows({ ...base, virtio: [{ slot: 2, kind: 'rng' }] });
    const map = Object.fromEntries(rows.map((r) => [r.name, [r.base, r.size, r.irq]]));
    expect(map).toEqual({
      bootrom: [0x1000, 0xf000, undefined],
      test: [0x10_0000, 0x1000, undefined],
      rtc: [0x10_1000, 0x1000, 11],
      clint: [0x200_0000, 0x1_0000, undefined],
      plic: [0xc00_0000, 0x60_0000, undefined],
      uart0: [0x1000_0000, 0x100, 10],
      virtio2: [0x1000_3000, 0x1000, 3],
      ram: [0x8000_0000, 64 << 20, undefined],
    });
    expect(rowNamed(rows, 'virtio2').virtio).toBe('rng');
    expect([virtioIrq(0), virtioIrq(7), IRQ_UART0, IRQ_RTC]).toEqual([1, 8, 10, 11]);
  });

  it('keeps rows in address order without overlaps', () => {
    const rows = machineRows({ ...base, virtio: [7, 0, 4].map((slot) => ({ slot, kind: 'block' as const })) });
    for (let i = 1; i < rows.length; i++) expect(rows[i].base).toBeGreaterThanOrEqual(rows[i - 1].base + rows[i - 1].size);
    expect(rows.filter((r) => r.virtio).map((r) => r.name)).toEqual(['virtio0', 'virtio4', 'virtio7']);
  });

  it('refuses configurations that describe no machine', () => {
    expect(() => machineRows({ ...base, ramBytes: 1000 })).toThrow(/multiple of 4 KiB/);
    expect(() => machineRows({ ...base, harts: 0 })).toThrow(/hart count/);
    expect(() => machineRows({ ...base, virtio: [{ slot: 8, kind: 'net' }] })).toThrow(/slot must be 0..7/);
    expect(() => machineRows({ ...base, virtio: [{ slot: 1, kind: 'net' }, { slot: 1, kind: 'rng' }] })).toThrow(/twice/);
    expect(() => machineRows({ ...base, console: 'virtio' })).toThrow(/needs a virtio console/);
    expect(() => machineRows({ ...base, initrd: { start: 0x8000_0000, end: 0x9000_0000 } })).toThrow(/initrd/);
    expect(() => rowNamed(machineRows(base), 'virtio0')).toThrow(/no row named/);
  });
});
