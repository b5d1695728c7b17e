// The guest catalog: which guest images the app can boot, where they are served, and each guest's default VM config.
// DOM-free: shared by the page, the Vite plugin that writes the catalog at build time, and the tests.

/** A VM's firmware mode (see DESIGN.md, "Full and para-virtualization"). */
export type FirmwareMode = 'builtin' | 'opensbi' | 'none';
/** The device the guest's console is on. */
export type ConsoleKind = 'uart' | 'virtio';

/** One file the app downloads: a kernel, an initrd or a firmware image. */
export interface ImageFile {
  /** Relative to the app's base URL; it embeds a content hash, so the URL alone is a safe cache key. */
  url: string;
  bytes: number;
  sha256: string;
}

/** The VM settings a guest boots with unless the user changes them. */
export interface GuestDefaults {
  ramMiB: number;
  firmware: FirmwareMode;
  console: ConsoleKind;
  /** Kernel command line per console kind (only for kernels that read one). */
  bootargs?: Partial<Record<ConsoleKind, string>>;
}

/** One bootable guest as the catalog lists it. */
export interface GuestEntry {
  id: string;
  name: string;
  description: string;
  /** False when its recipe has not been run: then `files` is empty and `buildCommand` says how to make it. */
  available: boolean;
  buildCommand: string;
  /** Precached by the service worker (small, default guests); the others download on demand and are cached then. */
  bundled: boolean;
  firmwareModes: FirmwareMode[];
  defaults: GuestDefaults;
  files: { kernel?: ImageFile; initrd?: ImageFile };
}

/** What `guests.json` holds. */
export interface GuestCatalog {
  guests: GuestEntry[];
  /** OpenSBI's fw_dynamic.bin, needed by every guest booted with `firmware: 'opensbi'`; null when not installed. */
  opensbi: ImageFile | null;
  opensbiBuildCommand: string;
}

/** The catalog's file name, next to index.html. */
export const CATALOG_FILE = 'guests.json';

/** Total download size of a guest with a given firmware mode. */
export function guestBytes(entry: GuestEntry, catalog: GuestCatalog, firmware: FirmwareMode): number {
  const files = [entry.files.kernel, entry.files.initrd, firmware === 'opensbi' ? catalog.opensbi : undefined];
  return files.reduce((sum, file) => sum + (file?.bytes ?? 0), 0);
}

/** Why a guest cannot boot with the given firmware mode, or null when it can. */
export function bootBlocker(entry: GuestEntry, catalog: GuestCatalog, firmware: FirmwareMode): string | null {
  if (!entry.available || !entry.files.kernel) return `${entry.name} is not built: run \`${entry.buildCommand}\``;
  if (!entry.firmwareModes.includes(firmware)) return `${entry.name} cannot boot with firmware "${firmware}"`;
  if (firmware === 'opensbi' && !catalog.opensbi) return `OpenSBI is not installed: run \`${catalog.opensbiBuildCommand}\``;
  return null;
}

/** "1.4 MiB", "37 KiB", "512 B". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KiB`;
  if (bytes < 1024 * 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  return `${(bytes / (1024 * 1024 * 1024)).toFixed(2)} GiB`;
}

/** Checks a fetched `guests.json` and returns it typed; throws an Error naming the first thing wrong. */
export function parseCatalog(json: unknown): GuestCatalog {
  const fail = (what: string): never => {
    throw new Error(`${CATALOG_FILE}: ${what}`);
  };
  if (!isRecord(json)) return fail('not an object');
  if (!Array.isArray(json.guests)) return fail('"guests" is not a list');
  const guests = json.guests.map((guest: unknown, index: number) => parseEntry(guest, `guests[${index}]`, fail));
  const opensbi = json.opensbi === null ? null : parseFile(json.opensbi, 'opensbi', fail);
  if (typeof json.opensbiBuildCommand !== 'string') return fail('"opensbiBuildCommand" is not a string');
  return { guests, opensbi, opensbiBuildCommand: json.opensbiBuildCommand };
}

const firmwareModes: readonly FirmwareMode[] = ['builtin', 'opensbi', 'none'];
const consoleKinds: readonly ConsoleKind[] = ['uart', 'virtio'];

function parseEntry(value: unknown, where: string, fail: (what: string) => never): GuestEntry {
  if (!isRecord(value)) return fail(`${where} is not an object`);
  for (const key of ['id', 'name', 'description', 'buildCommand'] as const) {
    if (typeof value[key] !== 'string') fail(`${where}.${key} is not a string`);
  }
  if (typeof value.available !== 'boolean' || typeof value.bundled !== 'boolean') fail(`${where}: "available" and "bundled" must be booleans`);
  if (!Array.isArray(value.firmwareModes) || !value.firmwareModes.every((mode) => firmwareModes.includes(mode as FirmwareMode))) {
    fail(`${where}.firmwareModes must list modes among ${firmwareModes.join(', ')}`);
  }
  const defaults = value.defaults;
  if (!isRecord(defaults)) return fail(`${where}.defaults is not an object`);
  if (typeof defaults.ramMiB !== 'number' || !Number.isInteger(defaults.ramMiB) || defaults.ramMiB < 1) fail(`${where}.defaults.ramMiB is not a positive integer`);
  if (!firmwareModes.includes(defaults.firmware as FirmwareMode)) fail(`${where}.defaults.firmware is not a firmware mode`);
  if (!consoleKinds.includes(defaults.console as ConsoleKind)) fail(`${where}.defaults.console is not a console kind`);
  if (defaults.bootargs !== undefined && !isRecord(defaults.bootargs)) fail(`${where}.defaults.bootargs is not an object`);
  const files = value.files;
  if (!isRecord(files)) return fail(`${where}.files is not an object`);
  const kernel = files.kernel === undefined ? undefined : parseFile(files.kernel, `${where}.files.kernel`, fail);
  const initrd = files.initrd === undefined ? undefined : parseFile(files.initrd, `${where}.files.initrd`, fail);
  if (value.available === true && !kernel) fail(`${where} is available but has no kernel`);
  return {
    id: value.id as string,
    name: value.name as string,
    description: value.description as string,
    available: value.available as boolean,
    buildCommand: value.buildCommand as string,
    bundled: value.bundled as boolean,
    firmwareModes: value.firmwareModes as FirmwareMode[],
    defaults: defaults as unknown as GuestDefaults,
    files: { ...(kernel && { kernel }), ...(initrd && { initrd }) },
  };
}

function parseFile(value: unknown, where: string, fail: (what: string) => never): ImageFile {
  if (!isRecord(value)) return fail(`${where} is not an object`);
  if (typeof value.url !== 'string' || value.url === '' || value.url.startsWith('/') || value.url.includes('..')) {
    fail(`${where}.url must be a relative URL inside the app`);
  }
  if (typeof value.bytes !== 'number' || !Number.isSafeInteger(value.bytes) || value.bytes < 0) fail(`${where}.bytes is not a size`);
  if (typeof value.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(value.sha256)) fail(`${where}.sha256 is not a SHA-256 in hex`);
  return { url: value.url as string, bytes: value.bytes as number, sha256: value.sha256 as string };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What a VM card lets the user choose. */
export interface VmSettings {
  guestId: string;
  ramMiB: number;
  firmware: FirmwareMode;
  console: ConsoleKind;
}

/** A guest's default settings. */
export function defaultSettings(entry: GuestEntry): VmSettings {
  return { guestId: entry.id, ramMiB: entry.defaults.ramMiB, firmware: entry.defaults.firmware, console: entry.defaults.console };
}

/** The kernel command line for a guest on a console kind, if the guest takes one. */
export function bootargsFor(entry: GuestEntry, console: ConsoleKind): string | undefined {
  return entry.defaults.bootargs?.[console];
}
