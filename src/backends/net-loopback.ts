// Network backends that need no host network: a null sink and a loopback that returns every frame to its sender.

import type { NetBackend } from './types.ts';

/** A locally administered MAC (52:54:00 is QEMU's prefix; Linux accepts any unicast address). */
export function defaultMac(lastByte = 0x01): Uint8Array {
  return Uint8Array.of(0x52, 0x54, 0x00, 0x12, 0x34, lastByte & 0xff);
}

/** Drops every frame; counts them. A NIC with no cable. */
export class NullNetBackend implements NetBackend {
  /** Frames the guest sent. */
  sent = 0;

  constructor(readonly mac: Uint8Array = defaultMac()) {}

  send(): void {
    this.sent++;
  }

  onReceive(): void {}
}

/** Returns each frame the guest sends straight back to it, as a wire looped onto itself would. */
export class LoopbackNetBackend implements NetBackend {
  private receiver: (frame: Uint8Array) => void = () => {};

  constructor(readonly mac: Uint8Array = defaultMac()) {}

  send(frame: Uint8Array): void {
    this.receiver(frame);
  }

  onReceive(receiver: (frame: Uint8Array) => void): void {
    this.receiver = receiver;
  }
}
