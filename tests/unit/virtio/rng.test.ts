// virtio-rng: every writable byte requested is filled from the random source.

import { describe, expect, it } from 'vitest';
import { VirtioRng } from '../../../src/devices/virtio/rng.ts';
import { GuestDriver } from './guest-driver.ts';

describe('virtio-rng', () => {
  it('fills exactly the requested bytes across buffers from the injected source', () => {
    let next = 0;
    const guest = new GuestDriver(new VirtioRng((into) => into.forEach((_, i) => (into[i] = next++ & 0xff))));
    guest.init();
    const head = guest.submit(0, [{ in: 60 }, { in: 40 }]);
    expect(guest.takeUsed(0)).toEqual([{ id: head, len: 100 }]);
    expect([...guest.reply(0, head, 100)]).toEqual(Array.from({ length: 100 }, (_, i) => i));
  });

  it('uses crypto.getRandomValues by default, even beyond its 64 KiB per-call limit', () => {
    const guest = new GuestDriver(new VirtioRng());
    guest.init();
    const head = guest.submit(0, [{ in: 70_000 }]);
    expect(guest.takeUsed(0)).toEqual([{ id: head, len: 70_000 }]);
    const bytes = guest.reply(0, head, 70_000);
    // Random bytes: the tail beyond the first 64 KiB chunk is filled too, and no byte value dominates.
    expect(bytes.subarray(65_536).some((b) => b !== 0)).toBe(true);
    const counts = new Array(256).fill(0);
    bytes.forEach((b) => counts[b]++);
    expect(Math.max(...counts)).toBeLessThan(600);
  });
});
