// virtio-net (virtio 1.2 §5.1): one rx/tx queue pair, the 12-byte v1 header, frames to and from a NetBackend.

import type { NetBackend } from '../../backends/types.ts';
import { gatherBytes, scatterBytes } from './queue.ts';
import { featureBit, type VirtioContext, type VirtioDevice } from './virtio-device.ts';

// Feature bits (§5.1.3).
/** mac in config is valid. */
export const VIRTIO_NET_F_MAC = 5;
/** status in config is valid. */
export const VIRTIO_NET_F_STATUS = 16;
/** Link status bit of the config's status field (§5.1.4). */
export const VIRTIO_NET_S_LINK_UP = 1;

/** struct virtio_net_hdr with num_buffers, always present once VERSION_1 is negotiated (§5.1.6). */
export const VIRTIO_NET_HDR_BYTES = 12;
/** Received frames kept while the guest has no buffers posted; beyond this the oldest is dropped. */
export const RX_QUEUE_LIMIT = 256;

const RX = 0;
const TX = 1;
const QUEUE_SIZE = 256;

/** Counters for frames that could not be delivered; plain data for the stats API. */
export interface NetDropCounters {
  /** Received frames dropped because the host-side queue was full. */
  rxOverflow: number;
  /** Received frames dropped because the guest's buffer was too small. */
  rxTooBig: number;
  /** Transmit chains shorter than the header. */
  txMalformed: number;
}

/** A network card over a NetBackend. */
export class VirtioNet implements VirtioDevice {
  readonly name = 'virtio-net';
  readonly deviceId = 1;
  readonly features = featureBit(VIRTIO_NET_F_MAC) | featureBit(VIRTIO_NET_F_STATUS);
  readonly queueSizes = [QUEUE_SIZE, QUEUE_SIZE];
  /** §5.1.4: mac[6], status (le16). */
  readonly config = new Uint8Array(8);
  /** Frames lost, by cause. */
  readonly drops: NetDropCounters = { rxOverflow: 0, rxTooBig: 0, txMalformed: 0 };
  private readonly rxPending: Uint8Array[] = [];
  private context: VirtioContext | null = null;

  constructor(private readonly backend: NetBackend) {
    this.config.set(backend.mac.subarray(0, 6), 0);
    new DataView(this.config.buffer).setUint16(6, VIRTIO_NET_S_LINK_UP, true);
    backend.onReceive((frame) => {
      if (this.rxPending.length >= RX_QUEUE_LIMIT) {
        this.rxPending.shift();
        this.drops.rxOverflow++;
      }
      this.rxPending.push(frame.slice());
      this.deliver();
    });
  }

  activate(context: VirtioContext): void {
    this.context = context;
  }

  notify(index: number): void {
    if (index === RX) this.deliver();
    else if (index === TX) this.transmit();
  }

  reset(): void {
    this.context = null;
  }

  private transmit(): void {
    if (!this.context) return;
    const queue = this.context.queue(TX);
    for (let chain = queue.pop(); chain; chain = queue.pop()) {
      // §5.1.6.2: no offloads were offered, so the header carries nothing we must act on; the frame follows it.
      if (chain.readableLength < VIRTIO_NET_HDR_BYTES) this.drops.txMalformed++;
      else this.backend.send(gatherBytes(chain.readable, VIRTIO_NET_HDR_BYTES));
      queue.push(chain, 0);
    }
    queue.signalUsed();
  }

  /** Puts queued frames into posted receive buffers, one frame per chain (no MRG_RXBUF, §5.1.6.3). */
  private deliver(): void {
    if (!this.context) return;
    const queue = this.context.queue(RX);
    while (this.rxPending.length > 0) {
      const chain = queue.pop();
      if (!chain) break;
      const frame = this.rxPending.shift()!;
      if (chain.writableLength < VIRTIO_NET_HDR_BYTES + frame.length) {
        this.drops.rxTooBig++;
        queue.push(chain, 0);
        continue;
      }
      const header = new Uint8Array(VIRTIO_NET_HDR_BYTES);
      // num_buffers = 1 (§5.1.6.4): the frame fits in this one chain.
      header[10] = 1;
      scatterBytes(chain.writable, header);
      queue.push(chain, VIRTIO_NET_HDR_BYTES + scatterBytes(chain.writable, frame, VIRTIO_NET_HDR_BYTES));
    }
    queue.signalUsed();
  }
}
