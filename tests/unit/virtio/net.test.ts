// virtio-net: the v1 header, transmit to the backend, receive into posted buffers with a bounded host-side queue.

import { describe, expect, it } from 'vitest';
import { LoopbackNetBackend, NullNetBackend } from '../../../src/backends/net-loopback.ts';
import type { NetBackend } from '../../../src/backends/types.ts';
import { VirtioNet } from '../../../src/devices/virtio/net.ts';
import { GuestDriver, REG, concat } from './guest-driver.ts';

const F_MAC = 1n << 5n;
const F_STATUS = 1n << 16n;
const HEADER = 12;

/** A wire stand-in: records sent frames, lets the test deliver frames. */
class FakeWire implements NetBackend {
  readonly mac = Uint8Array.of(0x02, 0x00, 0x00, 0xaa, 0xbb, 0xcc);
  sent: Uint8Array[] = [];
  private receiver: (frame: Uint8Array) => void = () => {};
  send(frame: Uint8Array): void {
    this.sent.push(frame.slice());
  }
  onReceive(receiver: (frame: Uint8Array) => void): void {
    this.receiver = receiver;
  }
  deliver(frame: Uint8Array): void {
    this.receiver(frame);
  }
}

function frame(length: number, seed: number): Uint8Array {
  return Uint8Array.from({ length }, (_, i) => (i + seed) & 0xff);
}

describe('virtio-net', () => {
  it('offers MAC and STATUS with the MAC and link-up in the config space', () => {
    const guest = new GuestDriver(new VirtioNet(new FakeWire()));
    expect(guest.deviceFeatures() & (F_MAC | F_STATUS)).toBe(F_MAC | F_STATUS);
    const config = Array.from({ length: 8 }, (_, i) => guest.transport.read(REG.Config + i, 1));
    expect(config).toEqual([0x02, 0x00, 0x00, 0xaa, 0xbb, 0xcc, 1, 0]);
  });

  it('sends the frame after the 12-byte header to the backend', () => {
    const wire = new FakeWire();
    const guest = new GuestDriver(new VirtioNet(wire));
    guest.init();
    const payload = frame(60, 1);
    guest.submit(1, [{ out: new Uint8Array(HEADER) }, { out: payload }]);
    expect(wire.sent).toEqual([payload]);
    expect(guest.takeUsed(1)).toHaveLength(1);
  });

  it('queues received frames until buffers are posted, then writes header + frame', () => {
    const wire = new FakeWire();
    const guest = new GuestDriver(new VirtioNet(wire));
    guest.init();
    const payload = frame(98, 7);
    wire.deliver(payload);
    const head = guest.submit(0, [{ in: HEADER }, { in: 1514 }]);
    const used = guest.takeUsed(0);
    expect(used).toEqual([{ id: head, len: HEADER + 98 }]);
    const bytes = guest.reply(0, head, HEADER + 98);
    // virtio_net_hdr: all zero but num_buffers (le16 at offset 10) = 1.
    expect([...bytes.subarray(0, HEADER)]).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0]);
    expect(bytes.subarray(HEADER)).toEqual(payload);
  });

  it('drops the oldest frames beyond the host-side queue limit and counts them', () => {
    const wire = new FakeWire();
    const net = new VirtioNet(wire);
    const guest = new GuestDriver(net);
    guest.init();
    for (let i = 0; i < 300; i++) wire.deliver(Uint8Array.of(i & 0xff, i >> 8));
    expect(net.drops.rxOverflow).toBe(44);
    const head = guest.submit(0, [{ in: HEADER + 2 }]);
    expect([...guest.reply(0, head, HEADER + 2).subarray(HEADER)]).toEqual([44, 0]);
  });

  it('drops a frame that does not fit the posted buffer, and counts it', () => {
    const wire = new FakeWire();
    const net = new VirtioNet(wire);
    const guest = new GuestDriver(net);
    guest.init();
    wire.deliver(frame(200, 0));
    const head = guest.submit(0, [{ in: 100 }]);
    expect(guest.takeUsed(0)).toEqual([{ id: head, len: 0 }]);
    expect(net.drops.rxTooBig).toBe(1);
  });

  it('counts and drops frames on the null backend', () => {
    const wire = new NullNetBackend();
    const guest = new GuestDriver(new VirtioNet(wire));
    guest.init();
    guest.submit(1, [{ out: concat(new Uint8Array(HEADER), frame(60, 0)) }]);
    guest.submit(1, [{ out: concat(new Uint8Array(HEADER), frame(60, 1)) }]);
    expect(wire.sent).toBe(2);
    expect(guest.takeUsed(1)).toHaveLength(2);
  });

  it('returns transmitted frames on the loopback backend', () => {
    const guest = new GuestDriver(new VirtioNet(new LoopbackNetBackend()));
    guest.init();
    const rx = guest.submit(0, [{ in: 256 }]);
    const payload = frame(42, 3);
    guest.submit(1, [{ out: concat(new Uint8Array(HEADER), payload) }]);
    expect(guest.takeUsed(0)).toEqual([{ id: rx, len: HEADER + 42 }]);
    expect(guest.reply(0, rx, HEADER + 42).subarray(HEADER)).toEqual(payload);
  });
});
