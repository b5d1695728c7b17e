// How a virtio device is declared: id, features, queues, config space, and what it does when a queue is notified.

import type { VirtQueue } from './queue.ts';

// Device status bits (virtio 1.2 §2.1).
/** The driver found the device. */
export const VIRTIO_STATUS_ACKNOWLEDGE = 1;
/** The driver knows how to drive it. */
export const VIRTIO_STATUS_DRIVER = 2;
/** The driver is ready. */
export const VIRTIO_STATUS_DRIVER_OK = 4;
/** Feature negotiation is complete. */
export const VIRTIO_STATUS_FEATURES_OK = 8;
/** The device hit an error it cannot recover from. */
export const VIRTIO_STATUS_DEVICE_NEEDS_RESET = 0x40;
/** The driver gave up on the device. */
export const VIRTIO_STATUS_FAILED = 0x80;

// Transport-level feature bits (§6).
/** Descriptors may point at indirect tables. */
export const VIRTIO_F_INDIRECT_DESC = 28;
/** used_event/avail_event suppress notifications. */
export const VIRTIO_F_EVENT_IDX = 29;
/** The device is compliant with virtio 1.x (modern). */
export const VIRTIO_F_VERSION_1 = 32;

/** A feature bit as a 64-bit mask. */
export function featureBit(bit: number): bigint {
  return 1n << BigInt(bit);
}

/** What a running device sees of its transport, handed over when the driver sets DRIVER_OK. */
export interface VirtioContext {
  /** The queue at `index` (as declared in `queueSizes`). */
  queue(index: number): VirtQueue;
  /** Whether the driver accepted feature `bit`. */
  hasFeature(bit: number): boolean;
  /** The config space changed: bumps ConfigGeneration and raises the configuration-change interrupt (§2.5.1). */
  configChanged(): void;
  /** The device cannot go on: sets DEVICE_NEEDS_RESET (§2.1.2). */
  fail(reason: string): void;
}

/** A virtio device as the generic transport drives it. */
export interface VirtioDevice {
  /** Name used for exit accounting and the device tree ("virtio-blk"). */
  readonly name: string;
  /** Virtio device id (§5): 1 net, 2 block, 3 console, 4 rng, 9 9P. */
  readonly deviceId: number;
  /** Device-specific feature bits offered; the transport adds VERSION_1, INDIRECT_DESC and EVENT_IDX. */
  readonly features: bigint;
  /** QueueNumMax of each queue, in queue-index order. */
  readonly queueSizes: readonly number[];
  /** The device-specific config space (little-endian), read at offset 0x100 of the transport. */
  readonly config: Uint8Array;
  /** A driver write into the config space; devices without writable fields leave it out. */
  writeConfig?(offset: number, width: 1 | 2 | 4, value: number): void;
  /** DRIVER_OK: the device may now use its queues and deliver input (§3.1.1). */
  activate(context: VirtioContext): void;
  /** The driver notified queue `index` (QueueNotify), or the device was just activated with buffers already posted. */
  notify(index: number): void;
  /** Device reset (Status written 0): drops in-flight state but keeps host-side input that is still undelivered. */
  reset(): void;
}
