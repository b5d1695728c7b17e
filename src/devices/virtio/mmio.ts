// The virtio-mmio transport, version 2 (modern), per virtio 1.2 §4.2.2: registers, feature negotiation, queues, interrupts.

import type { GuestMemory } from '../../machine/guest-memory.ts';
import type { IrqLine, MmioDevice } from '../device.ts';
import { MAX_QUEUE_SIZE, VirtQueue } from './queue.ts';
import {
  VIRTIO_F_EVENT_IDX,
  VIRTIO_F_INDIRECT_DESC,
  VIRTIO_F_VERSION_1,
  VIRTIO_STATUS_DEVICE_NEEDS_RESET,
  VIRTIO_STATUS_DRIVER_OK,
  VIRTIO_STATUS_FEATURES_OK,
  featureBit,
  type VirtioContext,
  type VirtioDevice,
} from './virtio-device.ts';

/** "virt" read as a little-endian word (§4.2.2). */
export const VIRTIO_MMIO_MAGIC = 0x74726976;
/** Vendor id "TBVR" as little-endian bytes; Linux ignores the vendor, so we name ourselves rather than claim QEMU's "QEMU". */
export const VIRTIO_MMIO_VENDOR_ID = 0x52564254;
/** Size of one virtio-mmio slot. */
export const VIRTIO_MMIO_SIZE = 0x1000;
/** Offset of the device-specific config space. */
export const VIRTIO_MMIO_CONFIG = 0x100;

// InterruptStatus bits (§4.2.2).
/** A used buffer was returned. */
export const VIRTIO_MMIO_INT_VRING = 1;
/** The config space changed, or the device needs a reset. */
export const VIRTIO_MMIO_INT_CONFIG = 2;

/** Register offsets (§4.2.2, table "MMIO Device Register Layout"). */
const REGISTERS: Record<number, string> = {
  0x000: 'MagicValue',
  0x004: 'Version',
  0x008: 'DeviceID',
  0x00c: 'VendorID',
  0x010: 'DeviceFeatures',
  0x014: 'DeviceFeaturesSel',
  0x020: 'DriverFeatures',
  0x024: 'DriverFeaturesSel',
  0x030: 'QueueSel',
  0x034: 'QueueNumMax',
  0x038: 'QueueNum',
  0x044: 'QueueReady',
  0x050: 'QueueNotify',
  0x060: 'InterruptStatus',
  0x064: 'InterruptACK',
  0x070: 'Status',
  0x080: 'QueueDescLow',
  0x084: 'QueueDescHigh',
  0x090: 'QueueDriverLow',
  0x094: 'QueueDriverHigh',
  0x0a0: 'QueueDeviceLow',
  0x0a4: 'QueueDeviceHigh',
  0x0ac: 'SHMSel',
  0x0b0: 'SHMLenLow',
  0x0b4: 'SHMLenHigh',
  0x0b8: 'SHMBaseLow',
  0x0bc: 'SHMBaseHigh',
  0x0fc: 'ConfigGeneration',
};

const TRANSPORT_FEATURES = featureBit(VIRTIO_F_VERSION_1) | featureBit(VIRTIO_F_INDIRECT_DESC) | featureBit(VIRTIO_F_EVENT_IDX);
const LOW_32 = 0xffff_ffffn;

/** Replaces the low or high 32 bits of a guest address held as a number. */
function setHalf(current: number, value: number, high: boolean): number {
  const low = current % 0x1_0000_0000;
  const top = Math.floor(current / 0x1_0000_0000);
  return high ? (value >>> 0) * 0x1_0000_0000 + low : top * 0x1_0000_0000 + (value >>> 0);
}

/** One virtio-mmio slot holding one virtio device. */
export class VirtioMmio implements MmioDevice {
  /** Exit-accounting name: the device's ("virtio-blk"). */
  readonly name: string;
  /** Why the device was marked DEVICE_NEEDS_RESET, for diagnostics; null while healthy. */
  brokenReason: string | null = null;
  private readonly offered: bigint;
  private readonly queues: VirtQueue[];
  private status = 0;

  /** Whether the guest's driver has brought the device up (Status has DRIVER_OK). */
  get driverReady(): boolean {
    return (this.status & VIRTIO_STATUS_DRIVER_OK) !== 0;
  }
  private deviceFeaturesSel = 0;
  private driverFeaturesSel = 0;
  private driverFeatures = 0n;
  private queueSel = 0;
  private interruptStatus = 0;
  private configGeneration = 0;
  private readonly context: VirtioContext;

  constructor(
    private readonly device: VirtioDevice,
    memory: GuestMemory,
    private readonly irq: IrqLine,
  ) {
    this.name = device.name;
    this.offered = device.features | TRANSPORT_FEATURES;
    const host = { interrupt: () => this.raise(VIRTIO_MMIO_INT_VRING), fail: (reason: string) => this.fail(reason) };
    this.queues = device.queueSizes.map((size) => new VirtQueue(Math.min(size, MAX_QUEUE_SIZE), memory, host));
    this.context = {
      queue: (index) => this.queues[index],
      hasFeature: (bit) => (this.driverFeatures & featureBit(bit)) !== 0n,
      configChanged: () => {
        this.configGeneration = (this.configGeneration + 1) >>> 0;
        this.raise(VIRTIO_MMIO_INT_CONFIG);
      },
      fail: (reason) => this.fail(reason),
    };
  }

  read(offset: number, width: 1 | 2 | 4): number {
    if (offset >= VIRTIO_MMIO_CONFIG) return this.readConfig(offset - VIRTIO_MMIO_CONFIG, width);
    // §4.2.2.2: the driver uses 32-bit accesses for the registers below the config space.
    if (width !== 4) return 0;
    const queue = this.queues[this.queueSel];
    switch (offset) {
      case 0x000:
        return VIRTIO_MMIO_MAGIC;
      case 0x004:
        return 2;
      case 0x008:
        return this.device.deviceId;
      case 0x00c:
        return VIRTIO_MMIO_VENDOR_ID;
      case 0x010:
        return this.deviceFeaturesSel > 1 ? 0 : Number((this.offered >> BigInt(32 * this.deviceFeaturesSel)) & LOW_32);
      case 0x034:
        return queue ? queue.maxSize : 0;
      case 0x038:
        return queue ? queue.size : 0;
      case 0x044:
        return queue?.ready ? 1 : 0;
      case 0x060:
        return this.interruptStatus;
      case 0x070:
        return this.status;
      case 0x080:
        return queue ? queue.descAddr >>> 0 : 0;
      case 0x084:
        return queue ? Math.floor(queue.descAddr / 0x1_0000_0000) : 0;
      case 0x090:
        return queue ? queue.driverAddr >>> 0 : 0;
      case 0x094:
        return queue ? Math.floor(queue.driverAddr / 0x1_0000_0000) : 0;
      case 0x0a0:
        return queue ? queue.deviceAddr >>> 0 : 0;
      case 0x0a4:
        return queue ? Math.floor(queue.deviceAddr / 0x1_0000_0000) : 0;
      // §4.2.2.1: a shared memory region that does not exist reads as length -1.
      case 0x0b0:
      case 0x0b4:
        return 0xffff_ffff;
      case 0x0fc:
        return this.configGeneration;
      default:
        return 0;
    }
  }

  write(offset: number, width: 1 | 2 | 4, value: number): void {
    if (offset >= VIRTIO_MMIO_CONFIG) {
      this.device.writeConfig?.(offset - VIRTIO_MMIO_CONFIG, width, value);
      return;
    }
    if (width !== 4) return;
    value >>>= 0;
    const queue = this.queues[this.queueSel];
    switch (offset) {
      case 0x014:
        this.deviceFeaturesSel = value;
        return;
      case 0x020:
        this.setDriverFeatures(value);
        return;
      case 0x024:
        this.driverFeaturesSel = value;
        return;
      case 0x030:
        this.queueSel = value;
        return;
      case 0x038:
        // §4.2.3.2: queue registers are written only while the queue is not ready.
        if (queue && !queue.ready) queue.size = value;
        return;
      case 0x044:
        if (queue) this.setQueueReady(queue, value === 1);
        return;
      case 0x050:
        this.queueNotify(value & 0xffff);
        return;
      case 0x064:
        this.interruptStatus &= ~value;
        this.updateIrq();
        return;
      case 0x070:
        this.setStatus(value & 0xff);
        return;
      case 0x080:
      case 0x084:
        if (queue && !queue.ready) queue.descAddr = setHalf(queue.descAddr, value, offset === 0x084);
        return;
      case 0x090:
      case 0x094:
        if (queue && !queue.ready) queue.driverAddr = setHalf(queue.driverAddr, value, offset === 0x094);
        return;
      case 0x0a0:
      case 0x0a4:
        if (queue && !queue.ready) queue.deviceAddr = setHalf(queue.deviceAddr, value, offset === 0x0a4);
        return;
      default:
        return;
    }
  }

  reset(): void {
    this.status = 0;
    this.deviceFeaturesSel = this.driverFeaturesSel = this.queueSel = 0;
    this.driverFeatures = 0n;
    this.interruptStatus = 0;
    this.brokenReason = null;
    for (const queue of this.queues) queue.reset();
    this.device.reset();
    this.updateIrq();
  }

  registerName(offset: number): string {
    if (offset >= VIRTIO_MMIO_CONFIG) return 'config';
    return REGISTERS[offset & ~3] ?? `reserved@0x${offset.toString(16)}`;
  }

  private readConfig(offset: number, width: 1 | 2 | 4): number {
    const config = this.device.config;
    if (offset + width > config.length) return 0;
    let value = 0;
    for (let i = width - 1; i >= 0; i--) value = value * 256 + config[offset + i];
    return value;
  }

  private setDriverFeatures(value: number): void {
    // §3.1.1: features are fixed once FEATURES_OK is set.
    if (this.status & VIRTIO_STATUS_FEATURES_OK || this.driverFeaturesSel > 1) return;
    const shift = BigInt(32 * this.driverFeaturesSel);
    this.driverFeatures = (this.driverFeatures & ~(LOW_32 << shift)) | (BigInt(value) << shift);
  }

  private setStatus(value: number): void {
    if (value === 0) {
      this.reset();
      return;
    }
    const newly = value & ~this.status;
    if (newly & VIRTIO_STATUS_FEATURES_OK) {
      // §2.2.2: refuse features we never offered; a modern (version 2) device also requires VERSION_1 (§6.1).
      const accepted = (this.driverFeatures & ~this.offered) === 0n && (this.driverFeatures & featureBit(VIRTIO_F_VERSION_1)) !== 0n;
      if (!accepted) value &= ~VIRTIO_STATUS_FEATURES_OK;
    }
    // DEVICE_NEEDS_RESET is the device's bit: the driver cannot set or clear it.
    this.status = (value & ~VIRTIO_STATUS_DEVICE_NEEDS_RESET) | (this.status & VIRTIO_STATUS_DEVICE_NEEDS_RESET);
    if (newly & VIRTIO_STATUS_DRIVER_OK && this.status & VIRTIO_STATUS_FEATURES_OK && !this.brokenReason) {
      this.guarded(() => {
        this.device.activate(this.context);
        // §2.7.13: buffers made available before DRIVER_OK are used now.
        this.queues.forEach((queue, index) => {
          if (queue.ready && !this.brokenReason) this.device.notify(index);
        });
      });
    }
  }

  private setQueueReady(queue: VirtQueue, ready: boolean): void {
    if (!ready) {
      queue.disable();
      return;
    }
    if (queue.ready) return;
    queue.enable({
      indirect: this.context.hasFeature(VIRTIO_F_INDIRECT_DESC),
      eventIdx: this.context.hasFeature(VIRTIO_F_EVENT_IDX),
    });
  }

  private queueNotify(index: number): void {
    if (!(this.status & VIRTIO_STATUS_DRIVER_OK) || this.brokenReason) return;
    const queue = this.queues[index];
    if (queue?.ready) this.guarded(() => this.device.notify(index));
  }

  /** Runs device code; a host-side exception (a backend bug) breaks this device instead of unwinding into the core. */
  private guarded(run: () => void): void {
    try {
      run();
    } catch (error) {
      this.fail(`${this.name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private fail(reason: string): void {
    if (this.brokenReason) return;
    this.brokenReason = reason;
    this.status |= VIRTIO_STATUS_DEVICE_NEEDS_RESET;
    for (const queue of this.queues) queue.disable();
    // §2.1.2: the device signals DEVICE_NEEDS_RESET with a configuration change notification.
    this.raise(VIRTIO_MMIO_INT_CONFIG);
  }

  private raise(bits: number): void {
    this.interruptStatus |= bits;
    this.updateIrq();
  }

  private updateIrq(): void {
    this.irq.set(this.interruptStatus !== 0);
  }
}

/**
 * A virtio-mmio slot with no device behind it: DeviceID 0, which Linux's probe skips (§4.2.2: "0x0 ... the device is not
 * present"). Lets the device tree list all eight slots as QEMU's virt machine does, whatever is plugged in.
 */
export class EmptyVirtioSlot implements MmioDevice {
  readonly name = 'virtio-empty';

  read(offset: number, width: 1 | 2 | 4): number {
    if (width !== 4) return 0;
    if (offset === 0x000) return VIRTIO_MMIO_MAGIC;
    if (offset === 0x004) return 2;
    if (offset === 0x00c) return VIRTIO_MMIO_VENDOR_ID;
    return 0;
  }

  write(): void {}

  reset(): void {}

  registerName(offset: number): string {
    return offset >= VIRTIO_MMIO_CONFIG ? 'config' : (REGISTERS[offset & ~3] ?? `reserved@0x${offset.toString(16)}`);
  }
}
