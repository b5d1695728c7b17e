// The split virtqueue: scatter-gather helpers, indirect chains, and hostile rings that must break the device, not the host.

import { describe, expect, it } from 'vitest';
import { gatherBytes, scatterBytes } from '../../../src/devices/virtio/queue.ts';
import { VirtioRng } from '../../../src/devices/virtio/rng.ts';
import { GuestDriver, NEEDS_RESET, RAM_BASE, RAM_SIZE, REG, type RawDescriptor } from './guest-driver.ts';

const NEXT = 1;
const WRITE = 2;
const INDIRECT = 4;
const INDIRECT_DESC = 1n << 28n;

function fillWith(value: number): (into: Uint8Array) => void {
  return (into) => into.fill(value);
}

/** A running rng device whose queue 0 has `size` entries. */
function rngGuest(size = 4, accept?: (offered: bigint) => bigint): GuestDriver {
  const guest = new GuestDriver(new VirtioRng(fillWith(0x5a)));
  guest.init(accept, 0);
  guest.setupQueue(0, size);
  return guest;
}

/** Writes `descriptors` into queue 0's table at slots 0.., publishes slot `head` and notifies. */
function publishRaw(guest: GuestDriver, descriptors: RawDescriptor[], head = 0): void {
  const table = guest.descriptorTable(0);
  descriptors.forEach((d, i) => guest.writeDescriptor(table + 16 * i, d));
  guest.publish(0, head);
}

/** The device must be broken for `reason`: NEEDS_RESET, a config interrupt, nothing used, and the host memory around RAM untouched. */
function expectBroken(guest: GuestDriver, reason: RegExp): void {
  expect(guest.read(REG.Status) & NEEDS_RESET).toBe(NEEDS_RESET);
  expect(guest.read(REG.InterruptStatus) & 2).toBe(2);
  expect(guest.irq.level).toBe(true);
  expect(guest.takeUsed(0)).toEqual([]);
  expect(guest.guardsIntact()).toBe(true);
  expect(guest.transport.brokenReason).toMatch(reason);
}

describe('scatter-gather helpers', () => {
  it('gathers a range spanning buffers and scatters back into them at an offset', () => {
    const buffers = [Uint8Array.of(1, 2, 3), Uint8Array.of(4), Uint8Array.of(5, 6, 7, 8)];
    expect([...gatherBytes(buffers)]).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect([...gatherBytes(buffers, 2, 4)]).toEqual([3, 4, 5, 6]);
    expect([...gatherBytes(buffers, 7, 10)]).toEqual([8]);
    expect(scatterBytes(buffers, Uint8Array.of(9, 9, 9, 9), 2)).toBe(4);
    expect([...gatherBytes(buffers)]).toEqual([1, 2, 9, 9, 9, 9, 7, 8]);
    expect(scatterBytes(buffers, Uint8Array.of(0, 0, 0), 6)).toBe(2);
  });
});

describe('well-formed chains', () => {
  it('serves a chain through an indirect table when INDIRECT_DESC is negotiated', () => {
    const guest = rngGuest(4);
    const head = guest.submit(0, [{ in: 3 }, { in: 5 }], { indirect: true });
    expect(guest.takeUsed(0)).toEqual([{ id: head, len: 8 }]);
    expect([...guest.reply(0, head, 8)]).toEqual(new Array(8).fill(0x5a));
  });

  it('wraps the rings many times over', () => {
    const guest = rngGuest(4);
    for (let i = 0; i < 70_000; i += 997) {
      for (let k = 0; k < 997; k++) {
        const head = guest.submit(0, [{ in: 1 }], { notify: k % 3 === 0 });
        if (k % 3 === 0) expect(guest.takeUsed(0).at(-1)?.id).toBe(head);
        if (guest.read(REG.Status) & NEEDS_RESET) throw new Error(guest.transport.brokenReason!);
      }
      guest.write(REG.QueueNotify, 0);
      guest.takeUsed(0);
    }
  }, 20_000);
});

describe('hostile rings', () => {
  it('refuses a buffer below RAM', () => {
    const guest = rngGuest();
    publishRaw(guest, [{ addr: 0x1000, len: 16, flags: WRITE, next: 0 }]);
    expectBroken(guest, /outside RAM/);
  });

  it('refuses a writable buffer running past the end of RAM without writing any of it', () => {
    const guest = rngGuest();
    const end = RAM_BASE + RAM_SIZE;
    publishRaw(guest, [{ addr: end - 8, len: 64, flags: WRITE, next: 0 }]);
    expectBroken(guest, /outside RAM/);
    expect([...guest.peek(end - 8, 8)]).toEqual(new Array(8).fill(0));
  });

  it('refuses an address with high bits set (beyond 2^53)', () => {
    const guest = rngGuest();
    publishRaw(guest, [{ addr: 0xffff_ffff_0000_0000 + RAM_BASE, len: 16, flags: WRITE, next: 0 }]);
    expectBroken(guest, /outside RAM/);
  });

  it('refuses a huge length', () => {
    const guest = rngGuest();
    publishRaw(guest, [{ addr: RAM_BASE + 0x10000, len: 0xffff_ffff, flags: WRITE, next: 0 }]);
    expectBroken(guest, /outside RAM/);
  });

  it('detects a descriptor loop', () => {
    const guest = rngGuest();
    const buffer = guest.alloc(16);
    publishRaw(guest, [
      { addr: buffer, len: 4, flags: WRITE | NEXT, next: 1 },
      { addr: buffer + 4, len: 4, flags: WRITE | NEXT, next: 0 },
    ]);
    expectBroken(guest, /loops/);
  });

  it('refuses a chain longer than the queue', () => {
    const guest = rngGuest(4);
    const buffer = guest.alloc(64);
    // 0 → 1 → 2 → 3 → 0: five descriptors in a four-entry queue.
    publishRaw(
      guest,
      [0, 1, 2, 3].map((i) => ({ addr: buffer + 4 * i, len: 4, flags: WRITE | NEXT, next: (i + 1) % 4 })),
    );
    expectBroken(guest, /loops or is longer/);
  });

  it('refuses a head or next index outside the table', () => {
    const guest = rngGuest(4);
    guest.publish(0, 9);
    expectBroken(guest, /index 9 outside/);
    const second = rngGuest(4);
    publishRaw(second, [{ addr: second.alloc(8), len: 4, flags: WRITE | NEXT, next: 4 }]);
    expectBroken(second, /index 4 outside/);
  });

  it('refuses an available index that jumps past the queue size', () => {
    const guest = rngGuest(4);
    // Every ring slot names descriptor 0, a valid buffer: only the index itself is wrong.
    guest.writeDescriptor(guest.descriptorTable(0), { addr: guest.alloc(8), len: 4, flags: WRITE, next: 0 });
    const avail = guest.read(REG.QueueDriverLow);
    guest.memory.writeU16(avail + 2, 100);
    guest.write(REG.QueueNotify, 0);
    expectBroken(guest, /available index 100/);
  });

  it('refuses a readable descriptor after a writable one', () => {
    const guest = rngGuest();
    const buffer = guest.alloc(16);
    publishRaw(guest, [
      { addr: buffer, len: 4, flags: WRITE | NEXT, next: 1 },
      { addr: buffer + 4, len: 4, flags: 0, next: 0 },
    ]);
    expectBroken(guest, /readable descriptor after/);
  });

  it('refuses an indirect table outside RAM', () => {
    const guest = rngGuest();
    publishRaw(guest, [{ addr: RAM_BASE + RAM_SIZE - 16, len: 64, flags: INDIRECT, next: 0 }]);
    expectBroken(guest, /indirect table outside RAM/);
  });

  it('refuses an indirect table whose length is not a whole number of descriptors, or is too long', () => {
    const guest = rngGuest();
    publishRaw(guest, [{ addr: guest.alloc(64), len: 24, flags: INDIRECT, next: 0 }]);
    expectBroken(guest, /indirect table length 24/);
    const second = rngGuest();
    publishRaw(second, [{ addr: second.alloc(16 * 2048), len: 16 * 2048, flags: INDIRECT, next: 0 }]);
    expectBroken(second, /indirect table length 32768/);
  });

  it('refuses a loop inside an indirect table and a nested indirect table', () => {
    const guest = rngGuest();
    const table = guest.alloc(32);
    const buffer = guest.alloc(16);
    guest.writeDescriptor(table, { addr: buffer, len: 4, flags: WRITE | NEXT, next: 1 });
    guest.writeDescriptor(table + 16, { addr: buffer, len: 4, flags: WRITE | NEXT, next: 0 });
    publishRaw(guest, [{ addr: table, len: 32, flags: INDIRECT, next: 0 }]);
    expectBroken(guest, /loops/);

    const second = rngGuest();
    const outer = second.alloc(16);
    const inner = second.alloc(16);
    second.writeDescriptor(inner, { addr: second.alloc(8), len: 4, flags: WRITE, next: 0 });
    second.writeDescriptor(outer, { addr: inner, len: 16, flags: INDIRECT, next: 0 });
    publishRaw(second, [{ addr: outer, len: 16, flags: INDIRECT, next: 0 }]);
    expectBroken(second, /nested indirect/);
  });

  it('refuses indirect descriptors the driver did not negotiate', () => {
    const guest = rngGuest(4, (offered) => offered & ~INDIRECT_DESC);
    const table = guest.alloc(16);
    guest.writeDescriptor(table, { addr: guest.alloc(8), len: 4, flags: WRITE, next: 0 });
    publishRaw(guest, [{ addr: table, len: 16, flags: INDIRECT, next: 0 }]);
    expectBroken(guest, /without VIRTIO_F_INDIRECT_DESC/);
  });

  it('refuses rings placed outside RAM when the queue is made ready', () => {
    const guest = new GuestDriver(new VirtioRng(fillWith(1)));
    guest.init(undefined, 0);
    guest.write(REG.QueueSel, 0);
    guest.write(REG.QueueNum, 8);
    guest.write(REG.QueueDescLow, (RAM_BASE + RAM_SIZE - 64) >>> 0);
    guest.write(REG.QueueDriverLow, RAM_BASE >>> 0);
    guest.write(REG.QueueDeviceLow, (RAM_BASE + 0x100) >>> 0);
    guest.write(REG.QueueReady, 1);
    expect(guest.read(REG.QueueReady)).toBe(0);
    expect(guest.read(REG.Status) & NEEDS_RESET).toBe(NEEDS_RESET);
    expect(guest.guardsIntact()).toBe(true);
  });

  it('stops serving once broken, and works again after a reset', () => {
    const guest = rngGuest();
    publishRaw(guest, [{ addr: 0, len: 16, flags: WRITE, next: 0 }]);
    expectBroken(guest, /outside RAM/);
    guest.write(REG.QueueNotify, 0);
    expect(guest.takeUsed(0)).toEqual([]);
    guest.init();
    const head = guest.submit(0, [{ in: 4 }]);
    expect(guest.takeUsed(0)).toEqual([{ id: head, len: 4 }]);
    expect(guest.read(REG.Status) & NEEDS_RESET).toBe(0);
  });
});
