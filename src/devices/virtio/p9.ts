// virtio-9p (the transport of the 9P2000.L protocol over virtio, device id 9): a shared folder with a mount tag.

import type { FsBackend } from '../../backends/fs.ts';
import { P9Server } from './p9-server.ts';
import { gatherBytes, scatterBytes } from './queue.ts';
import { featureBit, type VirtioContext, type VirtioDevice } from './virtio-device.ts';

/** The device offers a mount tag in its config space (Linux include/uapi/linux/virtio_9p.h). */
export const VIRTIO_9P_MOUNT_TAG = 0;
/** Longest mount tag we accept: tag_len is 16 bits, but a tag is a short name and this keeps the config space small. */
export const MAX_MOUNT_TAG_BYTES = 255;

const QUEUE_SIZE = 128;

/** A 9P file server device: each chain holds one T-message (readable) and room for its R-message (writable). */
export class Virtio9p implements VirtioDevice {
  readonly name = 'virtio-9p';
  readonly deviceId = 9;
  readonly features = featureBit(VIRTIO_9P_MOUNT_TAG);
  readonly queueSizes = [QUEUE_SIZE];
  /** tag_len (le16) then the tag bytes, not NUL-terminated. */
  readonly config: Uint8Array;
  private readonly server: P9Server;
  private context: VirtioContext | null = null;

  /** @param mountTag the name the guest mounts (`mount -t 9p -o trans=virtio <tag> /mnt`). */
  constructor(fs: FsBackend, mountTag: string) {
    const tag = new TextEncoder().encode(mountTag);
    if (tag.length === 0 || tag.length > MAX_MOUNT_TAG_BYTES) throw new Error(`mount tag must be 1..${MAX_MOUNT_TAG_BYTES} bytes`);
    this.config = new Uint8Array(2 + tag.length);
    new DataView(this.config.buffer).setUint16(0, tag.length, true);
    this.config.set(tag, 2);
    this.server = new P9Server(fs);
  }

  activate(context: VirtioContext): void {
    this.context = context;
  }

  notify(index: number): void {
    if (!this.context || index !== 0) return;
    const queue = this.context.queue(0);
    for (let chain = queue.pop(); chain; chain = queue.pop()) {
      const reply = this.server.handle(gatherBytes(chain.readable), chain.writableLength);
      queue.push(chain, reply ? scatterBytes(chain.writable, reply) : 0);
    }
    queue.signalUsed();
  }

  reset(): void {
    this.context = null;
    this.server.reset();
  }
}
