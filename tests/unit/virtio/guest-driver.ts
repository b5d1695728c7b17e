// A test-only guest driver: fake RAM with guard areas around it, a fake IRQ line, and a split-ring driver over the MMIO registers.

import { GuestMemory } from '../../../src/machine/guest-memory.ts';
import { VirtioMmio } from '../../../src/devices/virtio/mmio.ts';
import type { VirtioDevice } from '../../../src/devices/virtio/virtio-device.ts';

/** Guest RAM base, as on QEMU virt. */
export const RAM_BASE = 0x8000_0000;
/** Fake RAM size. */
export const RAM_SIZE = 4 * 1024 * 1024;
/** Bytes of host memory on each side of RAM that no device may touch. */
export const GUARD_BYTES = 4096;
const GUARD_FILL = 0xa5;

// Status bits (§2.1), spelled out here so the test does not just mirror the implementation's constants.
/** The guest found the device. */
export const ACKNOWLEDGE = 1;
/** The guest has a driver for it. */
export const DRIVER = 2;
/** The driver is ready. */
export const DRIVER_OK = 4;
/** Feature negotiation complete. */
export const FEATURES_OK = 8;
/** The device needs a reset. */
export const NEEDS_RESET = 0x40;

/** Register offsets from the virtio 1.2 spec §4.2.2 table. */
export const REG = {
  MagicValue: 0x000,
  Version: 0x004,
  DeviceID: 0x008,
  VendorID: 0x00c,
  DeviceFeatures: 0x010,
  DeviceFeaturesSel: 0x014,
  DriverFeatures: 0x020,
  DriverFeaturesSel: 0x024,
  QueueSel: 0x030,
  QueueNumMax: 0x034,
  QueueNum: 0x038,
  QueueReady: 0x044,
  QueueNotify: 0x050,
  InterruptStatus: 0x060,
  InterruptACK: 0x064,
  Status: 0x070,
  QueueDescLow: 0x080,
  QueueDescHigh: 0x084,
  QueueDriverLow: 0x090,
  QueueDriverHigh: 0x094,
  QueueDeviceLow: 0x0a0,
  QueueDeviceHigh: 0x0a4,
  ConfigGeneration: 0x0fc,
  Config: 0x100,
} as const;

/** One buffer of a request: bytes the device reads, or room for the device to write. */
export type BufferSpec = { out: Uint8Array } | { in: number };

/** A raw descriptor, for hostile tests that build tables by hand. */
export interface RawDescriptor {
  addr: number;
  len: number;
  flags: number;
  next: number;
}

/** An answered request. */
export interface UsedElement {
  id: number;
  len: number;
}

interface DriverQueue {
  size: number;
  desc: number;
  avail: number;
  used: number;
  nextDesc: number;
  availIdx: number;
  lastUsed: number;
  /** Writable buffers of each head, to read back the reply. */
  inBuffers: Map<number, { addr: number; len: number }[]>;
}

/** A fake interrupt line that remembers its level and counts rising edges. */
export class FakeIrq {
  level = false;
  raised = 0;
  set(level: boolean): void {
    if (level && !this.level) this.raised++;
    this.level = level;
  }
}

/** The guest side of one virtio-mmio device, written from the spec's driver requirements. */
export class GuestDriver {
  /** Shared, like the Wasm memory of a VM running in a worker. */
  readonly host = new Uint8Array(new SharedArrayBuffer(GUARD_BYTES + RAM_SIZE + GUARD_BYTES)).fill(GUARD_FILL);
  readonly ram = this.host.subarray(GUARD_BYTES, GUARD_BYTES + RAM_SIZE);
  readonly memory = new GuestMemory(() => this.ram, RAM_BASE);
  readonly irq = new FakeIrq();
  readonly transport: VirtioMmio;
  private heap = RAM_BASE + 0x1000;
  private readonly queues = new Map<number, DriverQueue>();

  constructor(readonly device: VirtioDevice) {
    this.ram.fill(0);
    this.transport = new VirtioMmio(device, this.memory, this.irq);
  }

  read(offset: number): number {
    return this.transport.read(offset, 4);
  }

  write(offset: number, value: number): void {
    this.transport.write(offset, 4, value);
  }

  /** The 64-bit feature word the device offers. */
  deviceFeatures(): bigint {
    this.write(REG.DeviceFeaturesSel, 0);
    const low = BigInt(this.read(REG.DeviceFeatures));
    this.write(REG.DeviceFeaturesSel, 1);
    return low | (BigInt(this.read(REG.DeviceFeatures)) << 32n);
  }

  /** Writes the driver's feature word and sets FEATURES_OK; returns whether the device kept it (§3.1.1 step 5-6). */
  negotiate(features: bigint): boolean {
    this.write(REG.DriverFeaturesSel, 0);
    this.write(REG.DriverFeatures, Number(features & 0xffff_ffffn));
    this.write(REG.DriverFeaturesSel, 1);
    this.write(REG.DriverFeatures, Number(features >> 32n));
    this.write(REG.Status, ACKNOWLEDGE | DRIVER | FEATURES_OK);
    return (this.read(REG.Status) & FEATURES_OK) !== 0;
  }

  /** The full §3.1.1 initialisation: reset, ACKNOWLEDGE, DRIVER, features, FEATURES_OK, queues, DRIVER_OK. */
  init(accept: (offered: bigint) => bigint = (offered) => offered, queueCount = this.device.queueSizes.length): void {
    this.write(REG.Status, 0);
    this.write(REG.Status, ACKNOWLEDGE);
    this.write(REG.Status, ACKNOWLEDGE | DRIVER);
    if (!this.negotiate(accept(this.deviceFeatures()))) throw new Error('device refused the features');
    for (let index = 0; index < queueCount; index++) this.setupQueue(index);
    this.write(REG.Status, ACKNOWLEDGE | DRIVER | FEATURES_OK | DRIVER_OK);
  }

  /** Allocates and announces the rings of queue `index` (§4.2.3.2). */
  setupQueue(index: number, size?: number): void {
    this.write(REG.QueueSel, index);
    const n = size ?? Math.min(this.read(REG.QueueNumMax), 16);
    const desc = this.alloc(16 * n, 16);
    const avail = this.alloc(6 + 2 * n, 2);
    const used = this.alloc(6 + 8 * n, 4);
    this.write(REG.QueueNum, n);
    this.write(REG.QueueDescLow, desc >>> 0);
    this.write(REG.QueueDescHigh, Math.floor(desc / 2 ** 32));
    this.write(REG.QueueDriverLow, avail >>> 0);
    this.write(REG.QueueDriverHigh, 0);
    this.write(REG.QueueDeviceLow, used >>> 0);
    this.write(REG.QueueDeviceHigh, 0);
    this.write(REG.QueueReady, 1);
    this.queues.set(index, { size: n, desc, avail, used, nextDesc: 0, availIdx: 0, lastUsed: 0, inBuffers: new Map() });
  }

  /** Guest-physical bump allocation. */
  alloc(size: number, align = 16): number {
    this.heap = Math.ceil(this.heap / align) * align;
    const addr = this.heap;
    this.heap += size;
    if (this.heap > RAM_BASE + RAM_SIZE) throw new Error('test RAM exhausted');
    return addr;
  }

  /** Copies bytes into guest RAM. */
  poke(addr: number, bytes: Uint8Array): void {
    this.ram.set(bytes, addr - RAM_BASE);
  }

  /** Copies bytes out of guest RAM. */
  peek(addr: number, len: number): Uint8Array {
    return this.ram.slice(addr - RAM_BASE, addr - RAM_BASE + len);
  }

  /** Writes one descriptor (§2.7.5 layout: addr le64, len le32, flags le16, next le16) at `at`. */
  writeDescriptor(at: number, d: RawDescriptor): void {
    const view = new DataView(this.ram.buffer, this.ram.byteOffset + at - RAM_BASE, 16);
    view.setUint32(0, d.addr % 2 ** 32, true);
    view.setUint32(4, Math.floor(d.addr / 2 ** 32), true);
    view.setUint32(8, d.len, true);
    view.setUint16(12, d.flags, true);
    view.setUint16(14, d.next, true);
  }

  /** Makes a request of `buffers` available on queue `index`, as a direct chain or through an indirect table. */
  submit(index: number, buffers: BufferSpec[], options: { indirect?: boolean; notify?: boolean } = {}): number {
    const q = this.queue(index);
    const descriptors: RawDescriptor[] = [];
    const inBuffers: { addr: number; len: number }[] = [];
    for (const buffer of buffers) {
      if ('out' in buffer) {
        const addr = this.alloc(Math.max(buffer.out.length, 1), 8);
        this.poke(addr, buffer.out);
        descriptors.push({ addr, len: buffer.out.length, flags: 0, next: 0 });
      } else {
        const addr = this.alloc(Math.max(buffer.in, 1), 8);
        descriptors.push({ addr, len: buffer.in, flags: 2, next: 0 });
        inBuffers.push({ addr, len: buffer.in });
      }
    }
    let head: number;
    if (options.indirect) {
      const table = this.alloc(16 * descriptors.length, 16);
      descriptors.forEach((d, i) => {
        const last = i === descriptors.length - 1;
        this.writeDescriptor(table + 16 * i, { ...d, flags: d.flags | (last ? 0 : 1), next: last ? 0 : i + 1 });
      });
      head = this.takeDescriptors(q, 1)[0];
      this.writeDescriptor(q.desc + 16 * head, { addr: table, len: 16 * descriptors.length, flags: 4, next: 0 });
    } else {
      const slots = this.takeDescriptors(q, descriptors.length);
      head = slots[0];
      descriptors.forEach((d, i) => {
        const last = i === descriptors.length - 1;
        this.writeDescriptor(q.desc + 16 * slots[i], { ...d, flags: d.flags | (last ? 0 : 1), next: last ? 0 : slots[i + 1] });
      });
    }
    q.inBuffers.set(head, inBuffers);
    this.publish(index, head, options.notify ?? true);
    return head;
  }

  /** Puts `head` in the available ring (§2.7.13) and optionally notifies. */
  publish(index: number, head: number, notify = true): void {
    const q = this.queue(index);
    this.memory.writeU16(q.avail + 4 + 2 * (q.availIdx % q.size), head);
    q.availIdx = (q.availIdx + 1) & 0xffff;
    this.memory.writeU16(q.avail + 2, q.availIdx);
    if (notify) this.write(REG.QueueNotify, index);
  }

  /** Sets avail->flags (VIRTQ_AVAIL_F_NO_INTERRUPT = 1). */
  setAvailFlags(index: number, flags: number): void {
    this.memory.writeU16(this.queue(index).avail, flags);
  }

  /** Descriptor table address of queue `index`, for hand-built hostile chains. */
  descriptorTable(index: number): number {
    return this.queue(index).desc;
  }

  /** Used elements added since the last call (§2.7.8 layout: le16 flags, le16 idx, then {le32 id, le32 len}). */
  takeUsed(index: number): UsedElement[] {
    const q = this.queue(index);
    const usedIdx = this.memory.readU16(q.used + 2)!;
    const out: UsedElement[] = [];
    while (q.lastUsed !== usedIdx) {
      const at = q.used + 4 + 8 * (q.lastUsed % q.size);
      out.push({ id: this.memory.readU32(at)!, len: this.memory.readU32(at + 4)! });
      q.lastUsed = (q.lastUsed + 1) & 0xffff;
    }
    return out;
  }

  /** The first `len` bytes the device wrote into the writable buffers of `head`, in order. */
  reply(index: number, head: number, len: number): Uint8Array {
    const out = new Uint8Array(len);
    let filled = 0;
    for (const b of this.queue(index).inBuffers.get(head) ?? []) {
      const n = Math.min(b.len, len - filled);
      out.set(this.peek(b.addr, n), filled);
      filled += n;
    }
    return out;
  }

  /** Acknowledges every pending interrupt, as the guest's handler does. */
  ackInterrupts(): number {
    const status = this.read(REG.InterruptStatus);
    this.write(REG.InterruptACK, status);
    return status;
  }

  /** Whether the host memory around RAM is still untouched. */
  guardsIntact(): boolean {
    const before = this.host.subarray(0, GUARD_BYTES);
    const after = this.host.subarray(GUARD_BYTES + RAM_SIZE);
    return before.every((b) => b === GUARD_FILL) && after.every((b) => b === GUARD_FILL);
  }

  private queue(index: number): DriverQueue {
    const q = this.queues.get(index);
    if (!q) throw new Error(`queue ${index} not set up`);
    return q;
  }

  /** Descriptor slots in round-robin order; tests never keep more than a ring's worth outstanding. */
  private takeDescriptors(q: DriverQueue, count: number): number[] {
    const slots: number[] = [];
    for (let i = 0; i < count; i++) {
      slots.push(q.nextDesc);
      q.nextDesc = (q.nextDesc + 1) % q.size;
    }
    return slots;
  }
}

/** Little-endian field helpers for building requests. */
export function le32(value: number): Uint8Array {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, value, true);
  return out;
}

/** Concatenates byte arrays. */
export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
