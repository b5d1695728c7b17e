// virtio-rng (virtio 1.2 §5.4): fills every writable buffer the driver posts with random bytes.

import type { VirtioContext, VirtioDevice } from './virtio-device.ts';

/** Fills a buffer with random bytes. */
export type RandomSource = (into: Uint8Array) => void;

/**
 * crypto.getRandomValues in 64 KiB chunks (its per-call limit), through a private buffer: browsers refuse views of a
 * SharedArrayBuffer, which guest RAM is when the VM runs in a worker.
 */
export const cryptoRandom: RandomSource = (into) => {
  const chunk = new Uint8Array(Math.min(into.length, 65536));
  for (let offset = 0; offset < into.length; offset += chunk.length) {
    const part = chunk.subarray(0, Math.min(chunk.length, into.length - offset));
    globalThis.crypto.getRandomValues(part);
    into.set(part, offset);
  }
};

/** The entropy device: one request queue, no config, no features. */
export class VirtioRng implements VirtioDevice {
  readonly name = 'virtio-rng';
  readonly deviceId = 4;
  readonly features = 0n;
  readonly queueSizes = [64];
  readonly config = new Uint8Array(0);
  private context: VirtioContext | null = null;

  constructor(private readonly random: RandomSource = cryptoRandom) {}

  activate(context: VirtioContext): void {
    this.context = context;
  }

  notify(index: number): void {
    if (!this.context || index !== 0) return;
    const queue = this.context.queue(0);
    for (let chain = queue.pop(); chain; chain = queue.pop()) {
      // §5.4.6.1: the device writes into device-writable buffers only; readable ones are ignored.
      for (const buffer of chain.writable) this.random(buffer);
      queue.push(chain, chain.writableLength);
    }
    queue.signalUsed();
  }

  reset(): void {
    this.context = null;
  }
}
