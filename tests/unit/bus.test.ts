// The MMIO bus: overlap refusal, dispatch with device-relative offsets, 8-byte splitting, access counting.

import { describe, expect, it } from 'vitest';
import type { MmioDevice } from '../../src/devices/device.ts';
import { busFromRows, MMIO_NO_DEVICE, MmioBus, UNMAPPED } from '../../src/machine/bus.ts';
import { machineRows } from '../../src/machine/table.ts';

/** A device that records accesses and answers reads with offset * 0x100 + width. */
class RecordingDevice implements MmioDevice {
  log: string[] = [];
  constructor(readonly name: string) {}
  read(offset: number, width: 1 | 2 | 4): number {
    this.log.push(`r ${offset} ${width}`);
    return offset * 0x100 + width;
  }
  write(offset: number, width: 1 | 2 | 4, value: number): void {
    this.log.push(`w ${offset} ${width} ${value >>> 0}`);
  }
  reset(): void {
    this.log.push('reset');
  }
  registerName(offset: number): string {
    return offset < 8 ? 'LOW' : 'HIGH';
  }
}

describe('MmioBus', () => {
  it('refuses overlapping and empty ranges', () => {
    const bus = new MmioBus();
    bus.attach(0x1000, 0x100, new RecordingDevice('a'));
    expect(() => bus.attach(0x10ff, 0x10, new RecordingDevice('b'))).toThrow(/b \[0x10ff, 0x110f\) overlaps a \[0x1000, 0x1100\)/);
    expect(() => bus.attach(0x0f00, 0x101, new RecordingDevice('c'))).toThrow(/overlaps a/);
    expect(() => bus.attach(0x2000, 0, new RecordingDevice('d'))).toThrow(/bad range/);
    bus.attach(0x1100, 0x100, new RecordingDevice('adjacent'));
    expect(bus.find(0x1100)?.name).toBe('adjacent');
    expect(bus.find(0x10ff)?.name).toBe('a');
    expect(bus.find(0x1200)).toBeUndefined();
  });

  it('dispatches with offsets relative to the device and reports misses', () => {
    const bus = new MmioBus();
    const devices = ['x', 'y', 'z'].map((n) => new RecordingDevice(n));
    devices.forEach((d, i) => bus.attach(0x1000_0000 + i * 0x1000, 0x1000, d));
    expect(bus.read(0x1000_1010, 4)).toBe(0x1000 + 4);
    expect(bus.write(0x1000_2004, 1, 0x1ff)).toBe(true);
    expect(devices[1].log).toEqual(['r 16 4']);
    expect(devices[2].log).toEqual(['w 4 1 511']);
    expect(bus.read(0x2000_0000, 4)).toBe(MMIO_NO_DEVICE);
    expect(bus.write(0x0, 4, 1)).toBe(false);
    // An access that starts inside a device but runs past its end belongs to no device.
    expect(bus.read(0x1000_2ffe, 4)).toBe(MMIO_NO_DEVICE);
  });

  it('splits 8-byte accesses into two 4-byte ones, low half first', () => {
    const bus = new MmioBus();
    const d = new RecordingDevice('wide');
    bus.attach(0x4000, 0x100, d);
    expect(bus.readWide(0x4010)).toEqual({ lo: 0x1004, hi: 0x1404 });
    expect(bus.writeWide(0x4020, 0xdead_beef, 0x1234)).toBe(true);
    expect(d.log).toEqual(['r 16 4', 'r 20 4', `w 32 4 ${0xdeadbeef}`, 'w 36 4 4660']);
    expect(bus.readWide(0x40fc)).toBeNull();
    expect(bus.writeWide(0x40fc, 1, 2)).toBe(false);
    expect(d.log).toHaveLength(4);
  });

  it('merges the counts of devices attached under the same label', () => {
    const bus = new MmioBus();
    bus.attach(0x0, 0x100, new RecordingDevice('blk'));
    bus.attach(0x100, 0x100, new RecordingDevice('blk'));
    bus.read(0x0, 4);
    bus.read(0x108, 4);
    bus.read(0x104, 4);
    expect(bus.accessCounts()).toEqual({ blk: { LOW: 2, HIGH: 1 } });
  });

  it('counts accesses by device and register name', () => {
    const bus = new MmioBus();
    bus.attach(0x0, 0x100, new RecordingDevice('uart0'));
    bus.attach(0x100, 0x100, new RecordingDevice('rtc'));
    bus.read(0x0, 1);
    bus.write(0x4, 1, 0);
    bus.read(0x8, 1);
    bus.readWide(0x100);
    bus.read(0x900, 4);
    expect(bus.accessCounts()).toEqual({ uart0: { LOW: 2, HIGH: 1 }, rtc: { LOW: 2 }, [UNMAPPED]: { any: 1 } });
    bus.clearAccessCounts();
    expect(bus.accessCounts()).toEqual({});
  });

  it('is built from the machine table, attaching shell rows only', () => {
    const rows = machineRows({ ramBytes: 1 << 24, harts: 1, bootargs: '', virtio: [{ slot: 1, kind: 'rng' }], console: 'uart' });
    const names = rows.filter((r) => r.owner === 'shell').map((r) => r.name);
    expect(names).toEqual(['test', 'rtc', 'plic', 'uart0', 'virtio1']);
    const devices = new Map(names.map((n) => [n, new RecordingDevice(n === 'virtio1' ? 'virtio-rng' : n)] as const));
    const bus = busFromRows(rows, devices);
    expect(bus.find(0x1000_2000)?.name).toBe('virtio-rng');
    bus.read(0x1000_2000, 4);
    bus.read(0x1000_0000, 1);
    expect(bus.accessCounts()).toEqual({ 'virtio1:virtio-rng': { LOW: 1 }, uart0: { LOW: 1 } });
    expect(bus.find(0x200_0000)).toBeUndefined(); // the CLINT is the core's
    bus.resetDevices();
    expect(devices.get('plic')?.log).toEqual(['reset']);
    devices.delete('rtc');
    expect(() => busFromRows(rows, devices)).toThrow(/no device given for machine row "rtc"/);
  });
});
