// The one split-virtqueue implementation (virtio 1.2 §2.7): descriptor chains, available and used rings, every guest value checked.

import type { GuestMemory } from '../../machine/guest-memory.ts';

// Descriptor flags (§2.7.5).
/** The chain continues at `next`. */
export const VIRTQ_DESC_F_NEXT = 1;
/** The buffer is device-writable. */
export const VIRTQ_DESC_F_WRITE = 2;
/** The buffer is a table of descriptors. */
export const VIRTQ_DESC_F_INDIRECT = 4;
/** Driver asks for no used-buffer interrupts (§2.7.7, avail->flags). */
export const VIRTQ_AVAIL_F_NO_INTERRUPT = 1;

/** Largest queue the spec allows for split rings (§2.7). */
export const MAX_QUEUE_SIZE = 32768;
/** Largest indirect table we walk; QEMU uses the same bound (VIRTQUEUE_MAX_SIZE), Linux stays far below it. */
export const MAX_INDIRECT_DESCRIPTORS = 1024;
/** Bound on the bytes one chain may describe: the used ring's length field is 32 bits (§2.7.8). */
export const MAX_CHAIN_BYTES = 0xffff_ffff;

const DESC_SIZE = 16;

/** A request taken from the available ring: device-readable buffers first, then device-writable ones (§2.7.4.2). */
export interface DescriptorChain {
  /** Head descriptor index, returned in the used ring. */
  readonly head: number;
  /** Live views of guest RAM the device may read. */
  readonly readable: Uint8Array[];
  /** Live views of guest RAM the device may write. */
  readonly writable: Uint8Array[];
  /** Sum of the readable buffers' lengths. */
  readonly readableLength: number;
  /** Sum of the writable buffers' lengths. */
  readonly writableLength: number;
}

/** What a queue needs from its transport: raising the used-buffer interrupt and declaring the device broken. */
export interface QueueHost {
  /** Raises the used-buffer notification (InterruptStatus bit 0). */
  interrupt(): void;
  /** The driver broke the ring protocol: the transport sets DEVICE_NEEDS_RESET (§2.1.2) and stops every queue. */
  fail(reason: string): void;
}

/** Copies `length` bytes starting `offset` bytes into a list of buffers (a scatter-gather list) into one array. */
export function gatherBytes(buffers: readonly Uint8Array[], offset = 0, length = Infinity): Uint8Array {
  const total = buffers.reduce((sum, b) => sum + b.length, 0);
  const end = Math.min(total, offset + length);
  const out = new Uint8Array(Math.max(0, end - offset));
  let position = 0;
  for (const buffer of buffers) {
    const from = Math.max(offset - position, 0);
    const to = Math.min(end - position, buffer.length);
    if (to > from) out.set(buffer.subarray(from, to), position + from - offset);
    position += buffer.length;
    if (position >= end) break;
  }
  return out;
}

/** Copies `data` into a scatter-gather list starting `offset` bytes in; returns the bytes written (short when it does not fit). */
export function scatterBytes(buffers: readonly Uint8Array[], data: Uint8Array, offset = 0): number {
  let position = 0;
  let written = 0;
  for (const buffer of buffers) {
    if (written === data.length) break;
    const from = Math.max(offset + written - position, 0);
    if (from < buffer.length) {
      const n = Math.min(buffer.length - from, data.length - written);
      buffer.set(data.subarray(written, written + n), from);
      written += n;
    }
    position += buffer.length;
  }
  return written;
}

/**
 * One split virtqueue. The transport fills in the size and ring addresses from the driver's register writes and calls
 * `enable`; devices call `pop` until it returns null, `push` each finished chain and `signalUsed` once per batch.
 * Any malformed ring or chain calls `host.fail` and the queue stops; nothing outside guest RAM is ever touched.
 */
export class VirtQueue {
  /** QueueNum: the size the driver chose. */
  size = 0;
  /** QueueDescLow/High: the descriptor table's guest address. */
  descAddr = 0;
  /** QueueDriverLow/High: the available ring's guest address. */
  driverAddr = 0;
  /** QueueDeviceLow/High: the used ring's guest address. */
  deviceAddr = 0;
  private enabled = false;
  private broken = false;
  private indirect = false;
  private eventIdx = false;
  private lastAvail = 0;
  private usedIdx = 0;
  private signalledUsed = 0;

  constructor(
    /** QueueNumMax: the largest size this queue accepts. */
    readonly maxSize: number,
    private readonly memory: GuestMemory,
    private readonly host: QueueHost,
  ) {
    this.size = maxSize;
  }

  /** QueueReady as the driver sees it. */
  get ready(): boolean {
    return this.enabled;
  }

  /** Forgets everything (device reset, or QueueReady written 0). */
  reset(): void {
    this.size = this.maxSize;
    this.descAddr = this.driverAddr = this.deviceAddr = 0;
    this.disable();
  }

  /** QueueReady = 0: the queue stops, its indices restart (§4.2.3.2). */
  disable(): void {
    this.enabled = this.broken = false;
    this.lastAvail = this.usedIdx = this.signalledUsed = 0;
  }

  /**
   * QueueReady = 1 with the negotiated ring features. Checks the size and that all three rings lie in RAM with the
   * alignment §2.7 requires (16, 2, 4), so every later ring access is known to be in range.
   */
  enable(features: { indirect: boolean; eventIdx: boolean }): void {
    this.indirect = features.indirect;
    this.eventIdx = features.eventIdx;
    const n = this.size;
    const eventBytes = 2;
    let problem: string | null = null;
    if (n === 0 || n > this.maxSize || (n & (n - 1)) !== 0) problem = `queue size ${n} is not a power of 2 up to ${this.maxSize}`;
    else if (this.descAddr % 16 !== 0 || !this.memory.contains(this.descAddr, DESC_SIZE * n)) problem = 'descriptor table outside RAM or misaligned';
    else if (this.driverAddr % 2 !== 0 || !this.memory.contains(this.driverAddr, 4 + 2 * n + eventBytes)) problem = 'available ring outside RAM or misaligned';
    else if (this.deviceAddr % 4 !== 0 || !this.memory.contains(this.deviceAddr, 4 + 8 * n + eventBytes)) problem = 'used ring outside RAM or misaligned';
    if (problem !== null) {
      this.fail(problem);
      return;
    }
    this.enabled = true;
    this.broken = false;
  }

  /** Takes the next available chain, or null when there is none (or the queue is not usable). */
  pop(): DescriptorChain | null {
    if (!this.enabled || this.broken) return null;
    const availIdx = this.memory.readU16(this.driverAddr + 2);
    if (availIdx === null) return this.fail('available ring unreadable');
    const pending = (availIdx - this.lastAvail) & 0xffff;
    if (pending === 0) {
      // §2.7.10: ask to be notified when the next entry is made available.
      if (this.eventIdx) this.memory.writeU16(this.deviceAddr + 4 + 8 * this.size, this.lastAvail);
      return null;
    }
    // §2.7.13.3: the driver cannot have more buffers outstanding than the ring holds.
    if (pending > this.size) return this.fail(`available index ${availIdx} is ${pending} ahead of ${this.lastAvail}, queue size ${this.size}`);
    const head = this.memory.readU16(this.driverAddr + 4 + 2 * (this.lastAvail % this.size));
    if (head === null) return this.fail('available ring unreadable');
    this.lastAvail = (this.lastAvail + 1) & 0xffff;
    // §2.7.10: with VIRTIO_F_EVENT_IDX, avail_event asks to be notified when the driver makes the next entry available.
    if (this.eventIdx) this.memory.writeU16(this.deviceAddr + 4 + 8 * this.size, this.lastAvail);
    return this.walkChain(head);
  }

  /** Returns a finished chain to the driver with the number of bytes the device wrote into it (§2.7.8). */
  push(chain: DescriptorChain, written: number): void {
    if (!this.enabled || this.broken) return;
    const length = Math.max(0, Math.min(written, chain.writableLength));
    const element = this.deviceAddr + 4 + 8 * (this.usedIdx % this.size);
    this.memory.writeU32(element, chain.head);
    this.memory.writeU32(element + 4, length);
    this.usedIdx = (this.usedIdx + 1) & 0xffff;
    this.memory.writeU16(this.deviceAddr + 2, this.usedIdx);
  }

  /** Interrupts the driver if it wants to hear about the chains pushed since the last call (§2.7.7, §2.7.10). */
  signalUsed(): void {
    if (!this.enabled || this.broken || this.usedIdx === this.signalledUsed) return;
    let wanted: boolean;
    if (this.eventIdx) {
      const usedEvent = this.memory.readU16(this.driverAddr + 4 + 2 * this.size) ?? 0;
      // vring_need_event(): interrupt only if used_event lies in (signalledUsed, usedIdx].
      wanted = ((this.usedIdx - usedEvent - 1) & 0xffff) < ((this.usedIdx - this.signalledUsed) & 0xffff);
    } else {
      wanted = ((this.memory.readU16(this.driverAddr) ?? 0) & VIRTQ_AVAIL_F_NO_INTERRUPT) === 0;
    }
    this.signalledUsed = this.usedIdx;
    if (wanted) this.host.interrupt();
  }

  /** Follows a chain from `head`, through at most one indirect table, checking every descriptor (§2.7.5). */
  private walkChain(head: number): DescriptorChain | null {
    const readable: Uint8Array[] = [];
    const writable: Uint8Array[] = [];
    let readableLength = 0;
    let writableLength = 0;
    let table = this.descAddr;
    let tableSize = this.size;
    let inIndirect = false;
    let index = head;
    let steps = 0;
    for (;;) {
      if (index >= tableSize) return this.fail(`descriptor index ${index} outside a table of ${tableSize}`);
      // A chain visits each descriptor of its table at most once, so more steps than entries means a loop.
      if (++steps > tableSize) return this.fail(`descriptor chain from ${head} loops or is longer than its table (${tableSize})`);
      const at = table + DESC_SIZE * index;
      const addr = this.memory.readU64(at);
      const len = this.memory.readU32(at + 8);
      const flags = this.memory.readU16(at + 12);
      const next = this.memory.readU16(at + 14);
      if (addr === null || len === null || flags === null || next === null) return this.fail('descriptor unreadable');
      if (flags & VIRTQ_DESC_F_INDIRECT) {
        // §2.7.5.3.1: indirect only when negotiated, never nested, never combined with NEXT, a whole number of entries.
        if (!this.indirect) return this.fail('indirect descriptor without VIRTIO_F_INDIRECT_DESC');
        if (inIndirect) return this.fail('nested indirect descriptor table');
        if (flags & VIRTQ_DESC_F_NEXT) return this.fail('indirect descriptor with NEXT set');
        if (len === 0 || len % DESC_SIZE !== 0 || len / DESC_SIZE > MAX_INDIRECT_DESCRIPTORS) return this.fail(`indirect table length ${len} invalid`);
        if (!this.memory.contains(addr, len)) return this.fail('indirect table outside RAM');
        table = addr;
        tableSize = len / DESC_SIZE;
        inIndirect = true;
        index = 0;
        steps = 0;
        continue;
      }
      const view = this.memory.view(addr, len);
      if (view === null) return this.fail(`buffer [0x${addr.toString(16)}, +0x${len.toString(16)}) outside RAM`);
      if (readableLength + writableLength + len > MAX_CHAIN_BYTES) return this.fail('descriptor chain longer than 4 GiB');
      if (flags & VIRTQ_DESC_F_WRITE) {
        writable.push(view);
        writableLength += len;
      } else {
        // §2.7.4.2: device-writable descriptors come after all device-readable ones.
        if (writable.length > 0) return this.fail('readable descriptor after a writable one');
        readable.push(view);
        readableLength += len;
      }
      if (!(flags & VIRTQ_DESC_F_NEXT)) break;
      index = next;
    }
    return { head, readable, writable, readableLength, writableLength };
  }

  private fail(reason: string): null {
    this.broken = true;
    this.host.fail(reason);
    return null;
  }
}
