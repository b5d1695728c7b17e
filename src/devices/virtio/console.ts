// virtio-console (virtio 1.2 §5.3): port 0 is the console, an optional port 1 the agent's channel (MULTIPORT).

import type { CharBackend } from '../../backends/types.ts';
import { gatherBytes, scatterBytes, type VirtQueue } from './queue.ts';
import { featureBit, type VirtioContext, type VirtioDevice } from './virtio-device.ts';

// Feature bits (§5.3.3).
/** Several ports and the control queues. */
export const VIRTIO_CONSOLE_F_MULTIPORT = 1;
/** emerg_wr in config writes to port 0. */
export const VIRTIO_CONSOLE_F_EMERG_WRITE = 2;

// Control message events (§5.3.6.2).
/** Driver → device: the driver is ready for port messages. */
export const VIRTIO_CONSOLE_DEVICE_READY = 0;
/** Device → driver: a port exists (PORT_ADD). */
export const VIRTIO_CONSOLE_DEVICE_ADD = 1;
/** Driver → device: a port is set up. */
export const VIRTIO_CONSOLE_PORT_READY = 3;
/** Device → driver: this port is a console (hvc). */
export const VIRTIO_CONSOLE_CONSOLE_PORT = 4;
/** Either way: the port is opened (1) or closed (0) on the sender's side. */
export const VIRTIO_CONSOLE_PORT_OPEN = 6;
/** Device → driver: the port's name follows the header. */
export const VIRTIO_CONSOLE_PORT_NAME = 7;

/** The name the agent's port carries (/dev/virtio-ports/tabvisor.agent in the guest). */
export const AGENT_PORT_NAME = 'tabvisor.agent';

/** Queue indices (§5.3.2): port 0 rx/tx, then the control rx/tx, then rx/tx of ports 1.. */
const CONTROL_RX = 2;
const CONTROL_TX = 3;
const QUEUE_SIZE = 64;
const CONTROL_HEADER_BYTES = 8;
/** Undelivered control messages kept at most; the driver consumes them as fast as it posts buffers. */
const MAX_PENDING_CONTROL = 64;

/** Options of the console device. */
export interface VirtioConsoleOptions {
  /** Backend of port 1, the agent's channel; without it the device has the console port only. */
  agent?: CharBackend;
  /** Name announced for port 1 (PORT_NAME). */
  agentName?: string;
}

interface Port {
  readonly backend: CharBackend;
  /** Host-to-guest bytes waiting for receive buffers: nothing typed is lost while the guest is slow or not yet up. */
  readonly pending: Uint8Array[];
  /** The guest has the port open (PORT_OPEN from the driver, or always for a non-multiport console). */
  guestOpen: boolean;
}

/** The console device with one or two ports. */
export class VirtioConsole implements VirtioDevice {
  readonly name = 'virtio-console';
  readonly deviceId = 3;
  readonly features = featureBit(VIRTIO_CONSOLE_F_MULTIPORT) | featureBit(VIRTIO_CONSOLE_F_EMERG_WRITE);
  readonly queueSizes: number[];
  /** §5.3.4: cols, rows (le16, unused without F_SIZE), max_nr_ports (le32), emerg_wr (le32). */
  readonly config = new Uint8Array(12);
  private readonly ports: Port[];
  private readonly agentName: string;
  private readonly pendingControl: Uint8Array[] = [];
  private context: VirtioContext | null = null;

  constructor(console: CharBackend, options: VirtioConsoleOptions = {}) {
    const backends = options.agent ? [console, options.agent] : [console];
    this.agentName = options.agentName ?? AGENT_PORT_NAME;
    this.ports = backends.map((backend, id) => {
      const port: Port = { backend, pending: [], guestOpen: false };
      backend.onInput((bytes) => {
        port.pending.push(bytes.slice());
        this.deliverInput(id);
      });
      return port;
    });
    // 2 queues per port plus the control pair (§5.3.2).
    this.queueSizes = new Array<number>(2 + 2 * backends.length).fill(QUEUE_SIZE);
    new DataView(this.config.buffer).setUint32(4, backends.length, true);
  }

  writeConfig(offset: number, _width: 1 | 2 | 4, value: number): void {
    // §5.3.4: emerg_wr writes one character to port 0 even before the driver is up.
    if (offset === 8) this.ports[0].backend.write(Uint8Array.of(value & 0xff));
  }

  activate(context: VirtioContext): void {
    this.context = context;
    // Without MULTIPORT the driver opens port 0 as its console immediately (§5.3.6.1).
    if (!this.multiport) this.ports[0].guestOpen = true;
  }

  notify(index: number): void {
    if (!this.context) return;
    if (index === CONTROL_RX) this.deliverControl();
    else if (index === CONTROL_TX) this.receiveControl();
    else {
      const port = this.portOfQueue(index);
      if (port === null) return;
      if (index % 2 === 0) this.deliverInput(port);
      else this.transmit(port, this.context.queue(index));
    }
  }

  reset(): void {
    this.context = null;
    this.pendingControl.length = 0;
    for (const port of this.ports) port.guestOpen = false;
  }

  private get multiport(): boolean {
    return this.context?.hasFeature(VIRTIO_CONSOLE_F_MULTIPORT) ?? false;
  }

  /** Port of data queue `index` (0,1 → 0; 4,5 → 1; …), null for a queue without a port. */
  private portOfQueue(index: number): number | null {
    const port = index < 2 ? 0 : (index >> 1) - 1;
    if (port >= this.ports.length || (port > 0 && !this.multiport)) return null;
    return port;
  }

  private receiveQueue(port: number): VirtQueue | null {
    if (!this.context || (port > 0 && !this.multiport)) return null;
    return this.context.queue(port === 0 ? 0 : 2 + 2 * port);
  }

  private transmit(port: number, queue: VirtQueue): void {
    for (let chain = queue.pop(); chain; chain = queue.pop()) {
      this.ports[port].backend.write(gatherBytes(chain.readable));
      queue.push(chain, 0);
    }
    queue.signalUsed();
  }

  /** Moves queued host input of `port` into the receive buffers the guest has posted. */
  private deliverInput(port: number): void {
    const queue = this.receiveQueue(port);
    const pending = this.ports[port].pending;
    if (!queue || !this.ports[port].guestOpen) return;
    while (pending.length > 0) {
      const chain = queue.pop();
      if (!chain) break;
      let written = 0;
      while (pending.length > 0 && written < chain.writableLength) {
        const n = scatterBytes(chain.writable, pending[0], written);
        written += n;
        if (n === pending[0].length) pending.shift();
        else pending[0] = pending[0].subarray(n);
      }
      queue.push(chain, written);
    }
    queue.signalUsed();
  }

  /** Handles the driver's control messages (§5.3.6.2). */
  private receiveControl(): void {
    const queue = this.context!.queue(CONTROL_TX);
    for (let chain = queue.pop(); chain; chain = queue.pop()) {
      const message = gatherBytes(chain.readable, 0, CONTROL_HEADER_BYTES);
      queue.push(chain, 0);
      if (message.length < CONTROL_HEADER_BYTES) continue;
      const view = new DataView(message.buffer);
      this.onControl(view.getUint32(0, true), view.getUint16(4, true), view.getUint16(6, true));
    }
    queue.signalUsed();
  }

  private onControl(id: number, event: number, value: number): void {
    switch (event) {
      case VIRTIO_CONSOLE_DEVICE_READY:
        if (value !== 1) return;
        for (let port = 0; port < this.ports.length; port++) this.sendControl(port, VIRTIO_CONSOLE_DEVICE_ADD, 0);
        return;
      case VIRTIO_CONSOLE_PORT_READY:
        if (value !== 1 || id >= this.ports.length) return;
        // Port 0 becomes the guest's hvc console; the agent's port gets its name. Host side is always connected.
        if (id === 0) this.sendControl(id, VIRTIO_CONSOLE_CONSOLE_PORT, 1);
        else this.sendControl(id, VIRTIO_CONSOLE_PORT_NAME, 0, new TextEncoder().encode(this.agentName));
        this.sendControl(id, VIRTIO_CONSOLE_PORT_OPEN, 1);
        return;
      case VIRTIO_CONSOLE_PORT_OPEN:
        if (id >= this.ports.length) return;
        this.ports[id].guestOpen = value === 1;
        this.deliverInput(id);
        return;
      default:
        return;
    }
  }

  private sendControl(id: number, event: number, value: number, payload = new Uint8Array(0)): void {
    const message = new Uint8Array(CONTROL_HEADER_BYTES + payload.length);
    const view = new DataView(message.buffer);
    view.setUint32(0, id, true);
    view.setUint16(4, event, true);
    view.setUint16(6, value, true);
    message.set(payload, CONTROL_HEADER_BYTES);
    if (this.pendingControl.length >= MAX_PENDING_CONTROL) this.pendingControl.shift();
    this.pendingControl.push(message);
    this.deliverControl();
  }

  private deliverControl(): void {
    if (!this.context || !this.multiport) return;
    const queue = this.context.queue(CONTROL_RX);
    while (this.pendingControl.length > 0) {
      const chain = queue.pop();
      if (!chain) break;
      queue.push(chain, scatterBytes(chain.writable, this.pendingControl.shift()!));
    }
    queue.signalUsed();
  }
}
