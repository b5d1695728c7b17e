// The platform built from the table: guest accesses through the bus reach the devices, and their interrupts reach the harts.

import { describe, expect, it } from 'vitest';
import type { IrqLine, MmioDevice } from '../../src/devices/device.ts';
import type { HaltRequest } from '../../src/devices/sifive-test.ts';
import { buildPlatform } from '../../src/machine/platform.ts';
import { machineRows, type MachineConfig, type MachineRow } from '../../src/machine/table.ts';

const config: MachineConfig = {
  ramBytes: 16 << 20,
  harts: 2,
  bootargs: '',
  virtio: [{ slot: 5, kind: 'rng' }],
  console: 'uart',
};

/** A virtio stand-in that raises its line on any write. */
class FakeVirtio implements MmioDevice {
  readonly name = 'virtio-rng';
  constructor(readonly irq: IrqLine) {}
  read(): number {
    return 0x74726976; // "virt"
  }
  write(_offset: number, _width: 1 | 2 | 4, value: number): void {
    this.irq.set(value !== 0);
  }
  reset(): void {}
  registerName(): string {
    return 'any';
  }
}

function setup() {
  const external = new Map<number, boolean>();
  const output: number[] = [];
  const halts: HaltRequest[] = [];
  const virtioRows: MachineRow[] = [];
  const platform = buildPlatform({
    rows: machineRows(config),
    harts: config.harts,
    serial: { write: (b) => output.push(...b), onInput: () => {} },
    onExternalInterrupt: (ctx, level) => external.set(ctx, level),
    onHalt: (r) => halts.push(r),
    clock: () => 5_000_000_000n,
    virtio: (row, irq) => {
      virtioRows.push(row);
      return new FakeVirtio(irq);
    },
  });
  return { platform, external, output, halts, virtioRows };
}

const PLIC = 0x0c00_0000;
const S_CONTEXT_HART1 = 3;

describe('platform', () => {
  it('routes a UART interrupt through the PLIC to the S-mode context that enabled it', () => {
    const { platform, external, output } = setup();
    const { bus } = platform;
    bus.write(PLIC + 4 * 10, 4, 1); // UART source priority
    bus.write(PLIC + 0x2000 + 0x80 * S_CONTEXT_HART1, 4, 1 << 10);
    bus.write(0x1000_0000, 1, 0x41); // THR
    expect(output).toEqual([0x41]);
    expect(external.get(S_CONTEXT_HART1)).toBeUndefined();
    bus.write(0x1000_0001, 1, 0x02); // IER.THRI
    expect(external.get(S_CONTEXT_HART1)).toBe(true);
    expect(external.get(0)).toBeUndefined();
    expect(bus.read(PLIC + 0x20_0000 + 0x1000 * S_CONTEXT_HART1 + 4, 4)).toBe(10);
    expect(external.get(S_CONTEXT_HART1)).toBe(false);
    expect(bus.read(0x1000_0002, 1)).toBe(0x02); // IIR: THRE, which clears it
    bus.write(PLIC + 0x20_0000 + 0x1000 * S_CONTEXT_HART1 + 4, 4, 10);
    expect(external.get(S_CONTEXT_HART1)).toBe(false);
  });

  it('gives virtio slots their table interrupt and the RTC and test device their handlers', () => {
    const { platform, external, halts, virtioRows } = setup();
    const { bus } = platform;
    expect(virtioRows.map((r) => [r.name, r.base, r.irq])).toEqual([['virtio5', 0x1000_6000, 6]]);
    expect(bus.read(0x1000_6000, 4)).toBe(0x74726976);
    bus.write(PLIC + 4 * 6, 4, 2);
    bus.write(PLIC + 0x2000, 4, 1 << 6); // hart 0, M-mode
    bus.write(0x1000_6050, 4, 1);
    expect(external.get(0)).toBe(true);
    expect(bus.read(0x0010_1000, 4)).toBe(Number(5_000_000_000n & 0xffff_ffffn));
    expect(bus.read(0x0010_1004, 4)).toBe(1);
    bus.write(0x0010_0000, 4, 0x5555);
    expect(halts).toEqual([{ kind: 'poweroff', code: 0 }]);
    expect(Object.keys(bus.accessCounts()).sort()).toEqual(['plic', 'rtc', 'test', 'virtio5:virtio-rng']);
  });

  it('refuses a virtio slot without a factory', () => {
    expect(() =>
      buildPlatform({
        rows: machineRows(config),
        harts: 1,
        serial: { write: () => {}, onInput: () => {} },
        onExternalInterrupt: () => {},
        onHalt: () => {},
      }),
    ).toThrow(/virtio rng but no virtio factory/);
  });
});
