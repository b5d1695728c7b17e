// virtio-blk (virtio 1.2 §5.2): a raw disk image behind a BlockBackend; IN, OUT, FLUSH, GET_ID, read-only mode.

import type { BlockBackend } from '../../backends/types.ts';
import { gatherBytes, scatterBytes, type DescriptorChain } from './queue.ts';
import { featureBit, type VirtioContext, type VirtioDevice } from './virtio-device.ts';

// Feature bits (§5.2.3).
/** seg_max in config is valid. */
export const VIRTIO_BLK_F_SEG_MAX = 2;
/** The disk is read-only. */
export const VIRTIO_BLK_F_RO = 5;
/** blk_size in config is valid. */
export const VIRTIO_BLK_F_BLK_SIZE = 6;
/** The FLUSH request exists (a write cache to flush). */
export const VIRTIO_BLK_F_FLUSH = 9;

// Request types (§5.2.6).
/** Read sectors. */
export const VIRTIO_BLK_T_IN = 0;
/** Write sectors. */
export const VIRTIO_BLK_T_OUT = 1;
/** Flush the write cache. */
export const VIRTIO_BLK_T_FLUSH = 4;
/** Read the device id string. */
export const VIRTIO_BLK_T_GET_ID = 8;

// Request status bytes (§5.2.6).
/** Success. */
export const VIRTIO_BLK_S_OK = 0;
/** Device or driver error. */
export const VIRTIO_BLK_S_IOERR = 1;
/** Request type not supported. */
export const VIRTIO_BLK_S_UNSUPP = 2;

/** virtio-blk addresses the disk in 512-byte sectors whatever blk_size says (§5.2.6). */
export const SECTOR_SIZE = 512;
/** The GET_ID answer is exactly this long, NUL padded (§5.2.6). */
export const VIRTIO_BLK_ID_BYTES = 20;

const QUEUE_SIZE = 128;
const HEADER_BYTES = 16;

/** A block device over a BlockBackend. */
export class VirtioBlock implements VirtioDevice {
  readonly name = 'virtio-blk';
  readonly deviceId = 2;
  readonly features: bigint;
  readonly queueSizes = [QUEUE_SIZE];
  /** §5.2.4 virtio_blk_config up to blk_size: capacity (le64), size_max, seg_max, geometry, blk_size. */
  readonly config = new Uint8Array(24);
  private context: VirtioContext | null = null;

  constructor(private readonly backend: BlockBackend) {
    this.features =
      featureBit(VIRTIO_BLK_F_SEG_MAX) | featureBit(VIRTIO_BLK_F_BLK_SIZE) | featureBit(VIRTIO_BLK_F_FLUSH) | (backend.readOnly ? featureBit(VIRTIO_BLK_F_RO) : 0n);
    const view = new DataView(this.config.buffer);
    view.setBigUint64(0, BigInt(Math.floor(backend.size / SECTOR_SIZE)), true);
    // seg_max: header and status take two of a chain's descriptors (Linux subtracts them the same way).
    view.setUint32(12, QUEUE_SIZE - 2, true);
    view.setUint32(20, SECTOR_SIZE, true);
  }

  activate(context: VirtioContext): void {
    this.context = context;
  }

  notify(index: number): void {
    if (!this.context || index !== 0) return;
    const queue = this.context.queue(0);
    for (let chain = queue.pop(); chain; chain = queue.pop()) queue.push(chain, this.handle(chain));
    queue.signalUsed();
  }

  reset(): void {
    this.context = null;
  }

  /** Serves one request; returns the bytes written into the chain (data plus the status byte). */
  private handle(chain: DescriptorChain): number {
    // §5.2.6: header (type, reserved, sector) readable, status byte the last writable byte. Without them we cannot answer.
    if (chain.writableLength < 1) return 0;
    const statusOffset = chain.writableLength - 1;
    const finish = (status: number, dataBytes: number): number => {
      scatterBytes(chain.writable, Uint8Array.of(status), statusOffset);
      return dataBytes + 1;
    };
    if (chain.readableLength < HEADER_BYTES) return finish(VIRTIO_BLK_S_IOERR, 0);
    const header = new DataView(gatherBytes(chain.readable, 0, HEADER_BYTES).buffer);
    const type = header.getUint32(0, true);
    const sector = Number(header.getBigUint64(8, true));
    const offset = sector * SECTOR_SIZE;
    try {
      switch (type) {
        case VIRTIO_BLK_T_IN: {
          const length = statusOffset;
          if (!this.inRange(offset, length)) return finish(VIRTIO_BLK_S_IOERR, 0);
          const data = new Uint8Array(length);
          this.backend.read(offset, data);
          scatterBytes(chain.writable, data);
          return finish(VIRTIO_BLK_S_OK, length);
        }
        case VIRTIO_BLK_T_OUT: {
          const length = chain.readableLength - HEADER_BYTES;
          if (this.backend.readOnly || !this.inRange(offset, length)) return finish(VIRTIO_BLK_S_IOERR, 0);
          this.backend.write(offset, gatherBytes(chain.readable, HEADER_BYTES, length));
          return finish(VIRTIO_BLK_S_OK, 0);
        }
        case VIRTIO_BLK_T_FLUSH:
          this.backend.flush();
          return finish(VIRTIO_BLK_S_OK, 0);
        case VIRTIO_BLK_T_GET_ID: {
          const id = new Uint8Array(VIRTIO_BLK_ID_BYTES);
          id.set(new TextEncoder().encode(this.backend.id).subarray(0, VIRTIO_BLK_ID_BYTES));
          const written = scatterBytes(chain.writable, id.subarray(0, Math.min(VIRTIO_BLK_ID_BYTES, statusOffset)));
          return finish(VIRTIO_BLK_S_OK, written);
        }
        default:
          return finish(VIRTIO_BLK_S_UNSUPP, 0);
      }
    } catch {
      // A host I/O failure is the guest's I/O error, never an exception out of the core.
      return finish(VIRTIO_BLK_S_IOERR, 0);
    }
  }

  /** Whole sectors inside the image; a sector number beyond 2^53 bytes is out of range by construction. */
  private inRange(offset: number, length: number): boolean {
    return Number.isSafeInteger(offset) && length % SECTOR_SIZE === 0 && offset + length <= this.backend.size;
  }
}
