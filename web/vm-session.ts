// The page's handle on one VM: starts its worker, loads the guest's images, and relays console bytes and commands.
import * as Comlink from 'comlink';
import { bootargsFor, type GuestCatalog, type GuestEntry, type VmSettings } from './guest-catalog.ts';
import { loadImage, type DownloadProgress, type LoaderEnvironment } from './image-loader.ts';
import type { VmConfig } from './vm-api.ts';
import type { VmWorkerApi } from './vm-protocol.ts';

/** A source of console output chunks; `subscribe` returns the unsubscribe function. */
export interface ConsoleOutput {
  subscribe(listener: (chunk: Uint8Array) => void): () => void;
}

/** The bytes a VM boots from. */
export interface BootImages {
  kernel: Uint8Array;
  initrd?: Uint8Array;
  firmwareImage?: Uint8Array;
}

/** Output kept for a console that has not subscribed yet (the first lines of a boot). */
const BACKLOG_LIMIT = 1 << 20;

/** One VM worker seen from the page. */
export class VmSession implements ConsoleOutput {
  private readonly listeners = new Set<(chunk: Uint8Array) => void>();
  private backlog: Uint8Array[] = [];
  private backlogBytes = 0;

  private constructor(
    private readonly worker: Worker,
    /** The worker's API: every call is a message, answered asynchronously. */
    readonly remote: Comlink.Remote<VmWorkerApi>,
  ) {}

  /** Starts a worker, which begins compiling the core at once: call this before loading the guest's images. */
  static spawn(): VmSession {
    const worker = new Worker(new URL('./vm-worker.ts', import.meta.url), { type: 'module', name: 'tabvisor-vm' });
    return new VmSession(worker, Comlink.wrap<VmWorkerApi>(worker));
  }

  /** Creates the VM in the worker (the images' buffers are transferred to it); does not start it. */
  async create(config: VmConfig): Promise<void> {
    const buffers = [config.kernel, config.initrd, config.firmwareImage].flatMap((bytes) => (bytes ? [bytes.buffer as ArrayBuffer] : []));
    await this.remote.create(Comlink.transfer(config, buffers), Comlink.proxy((chunk: Uint8Array) => this.emit(chunk)));
  }

  /** Sends the listener every chunk from now on, after the output that arrived before anyone listened. */
  subscribe(listener: (chunk: Uint8Array) => void): () => void {
    for (const chunk of this.backlog) listener(chunk);
    this.backlog = [];
    this.backlogBytes = 0;
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Ends the worker, and the VM with it. */
  dispose(): void {
    this.remote[Comlink.releaseProxy]();
    this.worker.terminate();
  }

  private emit(chunk: Uint8Array): void {
    if (this.listeners.size > 0) {
      for (const listener of this.listeners) listener(chunk);
    } else if (this.backlogBytes + chunk.length <= BACKLOG_LIMIT) {
      this.backlog.push(chunk);
      this.backlogBytes += chunk.length;
    }
  }
}

/** Loads the kernel, initrd and (for `firmware: 'opensbi'`) OpenSBI of a catalog guest, reporting overall progress. */
export async function loadGuestImages(catalog: GuestCatalog, entry: GuestEntry, settings: VmSettings, onProgress: (progress: DownloadProgress) => void): Promise<BootImages> {
  const files = { kernel: entry.files.kernel, initrd: entry.files.initrd, firmwareImage: settings.firmware === 'opensbi' ? (catalog.opensbi ?? undefined) : undefined };
  // Bundled images are in the service worker's precache already: a second copy in Cache Storage would only cost time.
  const caches = !entry.bundled && 'caches' in globalThis ? globalThis.caches : null;
  const environment: LoaderEnvironment = { fetch: (input, init) => fetch(input, init), caches, baseUrl: document.baseURI };
  const total = Object.values(files).reduce((sum, file) => sum + (file?.bytes ?? 0), 0);
  const loadedByFile = new Map<string, number>();
  const load = async (file: typeof files.kernel): Promise<Uint8Array | undefined> =>
    file &&
    loadImage(file, environment, ({ loaded }) => {
      loadedByFile.set(file.url, loaded);
      onProgress({ loaded: [...loadedByFile.values()].reduce((sum, bytes) => sum + bytes, 0), total });
    });
  const [kernel, initrd, firmwareImage] = await Promise.all([load(files.kernel), load(files.initrd), load(files.firmwareImage)]);
  if (!kernel) throw new Error(`${entry.name} has no kernel image`);
  return { kernel, ...(initrd && { initrd }), ...(firmwareImage && { firmwareImage }) };
}

/** The VmConfig for a card's settings and loaded images. */
export function vmConfig(settings: VmSettings, images: BootImages, entry: GuestEntry | null): VmConfig {
  const bootargs = entry ? bootargsFor(entry, settings.console) : undefined;
  return { ramMiB: settings.ramMiB, firmware: settings.firmware, console: settings.console, ...images, ...(bootargs !== undefined && { bootargs }) };
}
