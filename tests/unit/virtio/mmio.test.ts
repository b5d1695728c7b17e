// The virtio-mmio v2 transport driven through its registers: identification, feature negotiation, queues, interrupts, reset.

import { describe, expect, it } from 'vitest';
import type { MmioDevice } from '../../../src/devices/device.ts';
import { EmptyVirtioSlot } from '../../../src/devices/virtio/mmio.ts';
import { VirtioRng } from '../../../src/devices/virtio/rng.ts';
import { ACKNOWLEDGE, DRIVER, DRIVER_OK, FEATURES_OK, GuestDriver, REG } from './guest-driver.ts';

const VERSION_1 = 1n << 32n;
const INDIRECT_DESC = 1n << 28n;
const EVENT_IDX = 1n << 29n;

/** A deterministic random source: 1, 2, 3, … */
function counting(): (into: Uint8Array) => void {
  let next = 1;
  return (into) => {
    for (let i = 0; i < into.length; i++) into[i] = next++ & 0xff;
  };
}

describe('virtio-mmio registers', () => {
  it('identifies itself as a version 2 device with the device id', () => {
    const guest = new GuestDriver(new VirtioRng(counting()));
    expect(guest.read(REG.MagicValue)).toBe(0x74726976);
    expect(guest.read(REG.Version)).toBe(2);
    expect(guest.read(REG.DeviceID)).toBe(4);
    // "TBVR" as bytes in a little-endian word.
    const vendor = guest.read(REG.VendorID);
    expect(String.fromCharCode(vendor & 0xff, (vendor >> 8) & 0xff, (vendor >> 16) & 0xff, vendor >>> 24)).toBe('TBVR');
  });

  it('always offers VERSION_1, INDIRECT_DESC and EVENT_IDX', () => {
    const guest = new GuestDriver(new VirtioRng(counting()));
    const offered = guest.deviceFeatures();
    expect(offered & VERSION_1).toBe(VERSION_1);
    expect(offered & INDIRECT_DESC).toBe(INDIRECT_DESC);
    expect(offered & EVENT_IDX).toBe(EVENT_IDX);
  });

  it('refuses FEATURES_OK when the driver accepts a feature never offered, or drops VERSION_1', () => {
    const guest = new GuestDriver(new VirtioRng(counting()));
    guest.write(REG.Status, ACKNOWLEDGE | DRIVER);
    expect(guest.negotiate(VERSION_1 | (1n << 40n))).toBe(false);
    guest.write(REG.Status, 0);
    guest.write(REG.Status, ACKNOWLEDGE | DRIVER);
    expect(guest.negotiate(0n)).toBe(false);
    guest.write(REG.Status, 0);
    guest.write(REG.Status, ACKNOWLEDGE | DRIVER);
    expect(guest.negotiate(VERSION_1)).toBe(true);
  });

  it('runs the full initialisation and reports the queue set-up back', () => {
    const guest = new GuestDriver(new VirtioRng(counting()));
    guest.init();
    expect(guest.read(REG.Status)).toBe(ACKNOWLEDGE | DRIVER | FEATURES_OK | DRIVER_OK);
    guest.write(REG.QueueSel, 0);
    expect(guest.read(REG.QueueReady)).toBe(1);
    expect(guest.read(REG.QueueNumMax)).toBe(64);
    expect(guest.read(REG.QueueNum)).toBe(16);
    guest.write(REG.QueueSel, 1);
    expect(guest.read(REG.QueueNumMax)).toBe(0);
  });

  it('raises the used-buffer interrupt after a request and lowers it on InterruptACK', () => {
    const guest = new GuestDriver(new VirtioRng(counting()));
    guest.init();
    const head = guest.submit(0, [{ in: 8 }]);
    expect(guest.takeUsed(0)).toEqual([{ id: head, len: 8 }]);
    expect(guest.irq.level).toBe(true);
    expect(guest.read(REG.InterruptStatus)).toBe(1);
    guest.write(REG.InterruptACK, 1);
    expect(guest.irq.level).toBe(false);
    expect(guest.read(REG.InterruptStatus)).toBe(0);
  });

  it('does not interrupt while the driver sets VIRTQ_AVAIL_F_NO_INTERRUPT', () => {
    const guest = new GuestDriver(new VirtioRng(counting()));
    guest.init((offered) => offered & ~EVENT_IDX);
    guest.setAvailFlags(0, 1);
    guest.submit(0, [{ in: 4 }]);
    expect(guest.takeUsed(0)).toHaveLength(1);
    expect(guest.irq.level).toBe(false);
    guest.setAvailFlags(0, 0);
    guest.submit(0, [{ in: 4 }]);
    expect(guest.irq.level).toBe(true);
  });

  it('with EVENT_IDX interrupts only when used_event is crossed, and publishes avail_event', () => {
    const guest = new GuestDriver(new VirtioRng(counting()));
    guest.init();
    const avail = guest.transport.read(REG.QueueDriverLow, 4);
    const used = guest.transport.read(REG.QueueDeviceLow, 4);
    const size = 16;
    // used_event = 2: the driver wants an interrupt once the used index passes 2, i.e. after the third request.
    guest.memory.writeU16(avail + 4 + 2 * size, 2);
    guest.submit(0, [{ in: 1 }]);
    guest.submit(0, [{ in: 1 }]);
    expect(guest.irq.raised).toBe(0);
    guest.submit(0, [{ in: 1 }]);
    expect(guest.irq.raised).toBe(1);
    expect(guest.memory.readU16(used + 4 + 8 * size)).toBe(3);
  });

  it('bumps ConfigGeneration and raises the config interrupt when the device changes its config', () => {
    const rng = new VirtioRng(counting());
    const guest = new GuestDriver(rng);
    let context: Parameters<VirtioRng['activate']>[0] | null = null;
    const activate = rng.activate.bind(rng);
    rng.activate = (c) => {
      context = c;
      activate(c);
    };
    guest.init();
    const before = guest.read(REG.ConfigGeneration);
    context!.configChanged();
    expect(guest.read(REG.ConfigGeneration)).toBe(before + 1);
    expect(guest.read(REG.InterruptStatus) & 2).toBe(2);
  });

  it('resets everything when Status is written 0', () => {
    const guest = new GuestDriver(new VirtioRng(counting()));
    guest.init();
    guest.submit(0, [{ in: 4 }]);
    expect(guest.irq.level).toBe(true);
    guest.write(REG.Status, 0);
    expect(guest.read(REG.Status)).toBe(0);
    expect(guest.read(REG.InterruptStatus)).toBe(0);
    expect(guest.irq.level).toBe(false);
    guest.write(REG.QueueSel, 0);
    expect(guest.read(REG.QueueReady)).toBe(0);
    // And the device works again after a second initialisation.
    guest.init();
    const head = guest.submit(0, [{ in: 4 }]);
    expect(guest.takeUsed(0)).toEqual([{ id: head, len: 4 }]);
  });

  it('ignores queue notifications before DRIVER_OK and serves posted buffers once it is set', () => {
    const guest = new GuestDriver(new VirtioRng(counting()));
    guest.write(REG.Status, ACKNOWLEDGE | DRIVER);
    guest.negotiate(guest.deviceFeatures());
    guest.setupQueue(0);
    guest.submit(0, [{ in: 4 }]);
    expect(guest.takeUsed(0)).toEqual([]);
    guest.write(REG.Status, ACKNOWLEDGE | DRIVER | FEATURES_OK | DRIVER_OK);
    expect(guest.takeUsed(0)).toHaveLength(1);
  });

  it('turns an exception from a backend into DEVICE_NEEDS_RESET instead of throwing into the core', () => {
    const guest = new GuestDriver(
      new VirtioRng(() => {
        throw new Error('entropy source gone');
      }),
    );
    guest.init();
    expect(() => guest.submit(0, [{ in: 4 }])).not.toThrow();
    expect(guest.read(REG.Status) & 0x40).toBe(0x40);
    expect(guest.transport.brokenReason).toMatch(/entropy source gone/);
  });

  it('presents an empty slot as device id 0 that ignores writes', () => {
    const slot: MmioDevice = new EmptyVirtioSlot();
    expect(slot.read(REG.MagicValue, 4)).toBe(0x74726976);
    expect(slot.read(REG.Version, 4)).toBe(2);
    expect(slot.read(REG.DeviceID, 4)).toBe(0);
    slot.write(REG.Status, 4, 0xf);
    expect(slot.read(REG.Status, 4)).toBe(0);
    expect(slot.registerName(REG.DeviceID)).toBe('DeviceID');
  });

  it('names its registers for exit accounting', () => {
    const guest = new GuestDriver(new VirtioRng(counting()));
    expect(guest.transport.name).toBe('virtio-rng');
    expect(guest.transport.registerName(0x050)).toBe('QueueNotify');
    expect(guest.transport.registerName(0x070)).toBe('Status');
    expect(guest.transport.registerName(0x104)).toBe('config');
  });
});
