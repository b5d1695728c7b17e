// Vite plugin that finds the guest images on this machine, serves them in dev, copies them into the build and writes guests.json.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, join } from 'node:path';
import type { Plugin } from 'vite';
import { CATALOG_FILE, type GuestCatalog, type GuestDefaults, type GuestEntry, type FirmwareMode, type ImageFile } from '../guest-catalog.ts';

/** Where one guest's files come from on the build machine. */
interface GuestSource {
  id: string;
  name: string;
  description: string;
  buildCommand: string;
  bundled: boolean;
  firmwareModes: FirmwareMode[];
  defaults: GuestDefaults;
  /** Finds the kernel (and initrd) paths, or returns null when the recipe's outputs are absent. */
  locate(): { kernel: string; initrd?: string } | null;
}

/** Options of {@link guestImages}. */
export interface GuestImagesOptions {
  repoRoot: string;
  /** The recipes' output cache; defaults to `$TABVISOR_CACHE` or `~/.cache/tabvisor`. */
  cacheDir?: string;
  /** Overrides the system paths, for tests. */
  uBootPath?: string;
  openSbiPath?: string;
}

/** The plugin: `guests.json` and `guests/<id>/<hash>/<file>` in dev (middleware) and in the build (emitted assets). */
export function guestImages(options: GuestImagesOptions): Plugin {
  return {
    name: 'tabvisor-guest-images',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = decodeURIComponent((request.url ?? '').split('?')[0] ?? '');
        if (path !== `/${CATALOG_FILE}` && !path.startsWith('/guests/')) return next();
        const { catalog, files } = scanGuests(options);
        if (path === `/${CATALOG_FILE}`) {
          response.setHeader('Content-Type', 'application/json');
          response.end(JSON.stringify(catalog, null, 2));
          return;
        }
        const source = files.get(path.slice(1));
        if (!source) return next();
        response.setHeader('Content-Type', 'application/octet-stream');
        response.setHeader('Content-Length', String(statSync(source).size));
        response.end(readFileSync(source));
      });
    },
    generateBundle() {
      const { catalog, files } = scanGuests(options);
      for (const [url, source] of files) this.emitFile({ type: 'asset', fileName: url, source: readFileSync(source) });
      this.emitFile({ type: 'asset', fileName: CATALOG_FILE, source: JSON.stringify(catalog, null, 2) });
    },
  };
}

/** Builds the catalog from what exists on disk now; `files` maps each served URL to its source path. */
export function scanGuests(options: GuestImagesOptions): { catalog: GuestCatalog; files: Map<string, string> } {
  const files = new Map<string, string>();
  const serve = (id: string, path: string): ImageFile => {
    const bytes = readFileSync(path);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const url = `guests/${id}/${sha256.slice(0, 12)}/${basename(path)}`;
    files.set(url, path);
    return { url, bytes: bytes.length, sha256 };
  };
  const guests: GuestEntry[] = guestSources(options).map((source) => {
    const located = source.locate();
    const kernel = located && serve(source.id, located.kernel);
    const initrd = located?.initrd !== undefined ? serve(source.id, located.initrd) : undefined;
    return {
      id: source.id,
      name: source.name,
      description: source.description,
      available: kernel !== null,
      buildCommand: source.buildCommand,
      bundled: source.bundled,
      firmwareModes: source.firmwareModes,
      defaults: source.defaults,
      files: { ...(kernel && { kernel }), ...(initrd && { initrd }) },
    };
  });
  const openSbiPath = options.openSbiPath ?? '/usr/lib/riscv64-linux-gnu/opensbi/generic/fw_dynamic.bin';
  const opensbi = existsSync(openSbiPath) ? serve('opensbi', openSbiPath) : null;
  return { catalog: { guests, opensbi, opensbiBuildCommand: 'apt-get install opensbi' }, files };
}

function guestSources(options: GuestImagesOptions): GuestSource[] {
  const cacheDir = options.cacheDir ?? process.env.TABVISOR_CACHE ?? join(homedir(), '.cache', 'tabvisor');
  const uBootPath = options.uBootPath ?? '/usr/lib/u-boot/qemu-riscv64_smode/u-boot.bin';
  return [
    {
      id: 'tinyos',
      name: 'tinyOS',
      description: 'Our own tiny OS: Sv39 paging, a scheduler, user processes and a shell whose commands show the machine.',
      buildCommand: 'npm run guests:tinyos',
      bundled: true,
      firmwareModes: ['none', 'builtin', 'opensbi'],
      defaults: { ramMiB: 64, firmware: 'none', console: 'uart' },
      locate: () => {
        const kernel = join(options.repoRoot, 'guests', 'tinyos', 'tinyos.elf');
        return existsSync(kernel) ? { kernel } : null;
      },
    },
    {
      id: 'linux',
      name: 'Linux 6.1',
      description: 'A small RV64 Linux kernel with a static busybox initramfs: a real shell, namespaces and cgroups.',
      buildCommand: 'npm run guests:linux',
      bundled: false,
      firmwareModes: ['builtin', 'opensbi'],
      defaults: { ramMiB: 128, firmware: 'builtin', console: 'uart', bootargs: { uart: 'console=ttyS0', virtio: 'console=hvc1' } },
      locate: () => locateLinux(join(cacheDir, 'guests', 'linux')),
    },
    {
      id: 'uboot',
      name: 'U-Boot',
      description: "Debian's U-Boot for QEMU virt in S-mode: a boot loader with its own shell.",
      buildCommand: 'apt-get install u-boot-qemu',
      bundled: false,
      firmwareModes: ['builtin', 'opensbi'],
      defaults: { ramMiB: 128, firmware: 'builtin', console: 'uart' },
      locate: () => (existsSync(uBootPath) ? { kernel: uBootPath } : null),
    },
  ];
}

/** The newest `Image` under the Linux recipe's output folder, with the initramfs beside it (uncompressed preferred: it boots faster). */
export function locateLinux(folder: string): { kernel: string; initrd?: string } | null {
  const kernels = findFiles(folder, (name) => name === 'Image').sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  const kernel = kernels[0];
  if (!kernel) return null;
  const dir = kernel.slice(0, kernel.length - 'Image'.length - 1);
  const initrds = readdirSync(dir)
    .filter((name) => /^(initramfs|initrd|rootfs)/.test(name) && statSync(join(dir, name)).isFile())
    .sort((a, b) => Number(/\.gz$/.test(a)) - Number(/\.gz$/.test(b)));
  return initrds[0] ? { kernel, initrd: join(dir, initrds[0]) } : { kernel };
}

function findFiles(folder: string, wanted: (name: string) => boolean, depth = 4): string[] {
  if (depth < 0 || !existsSync(folder)) return [];
  const found: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory() && entry.name !== 'work') found.push(...findFiles(path, wanted, depth - 1));
    else if (entry.isFile() && wanted(entry.name)) found.push(path);
  }
  return found;
}
