// Where each named guest's images are on this machine, and the command that builds a missing one.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ImageError } from '../loader/elf.ts';

/** The folder where guest recipes leave their outputs (outside git). */
export function guestCache(): string {
  return process.env.TABVISOR_CACHE ?? join(homedir(), '.cache', 'tabvisor');
}

/** Debian's OpenSBI for QEMU's virt machine (package opensbi). */
export const OPENSBI_FW_DYNAMIC = '/usr/lib/riscv64-linux-gnu/opensbi/generic/fw_dynamic.bin';
/** Debian's U-Boot for QEMU's virt machine in S-mode (package u-boot-qemu). */
export const UBOOT_SMODE = '/usr/lib/u-boot/qemu-riscv64_smode/u-boot.bin';

/** A guest's images and the settings it boots with unless told otherwise. */
export interface GuestImages {
  kernel: string;
  initrd?: string;
  bootargs?: (console: 'uart' | 'virtio') => string;
  firmware: 'builtin' | 'opensbi' | 'none';
}

/** Checks a recipe's outputs against the sizes its manifest recorded, so a partial or damaged build is named as such. */
export function checkManifest(dir: string, hint: string): void {
  const path = join(dir, 'manifest.json');
  if (!existsSync(path)) return;
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as { kernel: string; initrd?: string; kernelBytes: number; initrdBytes?: number };
  const check = (file: string | undefined, bytes: number | undefined): void => {
    if (!file || bytes === undefined) return;
    const size = existsSync(join(dir, file)) ? statSync(join(dir, file)).size : -1;
    if (size !== bytes) throw new ImageError(`${join(dir, file)} is ${size < 0 ? 'missing' : `${size} bytes, not ${bytes}`}: the build is damaged; ${hint}`);
  };
  check(manifest.kernel, manifest.kernelBytes);
  check(manifest.initrd, manifest.initrdBytes);
}

/** Reads an image file, or explains how to get it. */
export function readImage(path: string, missingHint: string): Uint8Array {
  if (!existsSync(path)) throw new ImageError(`${path} not found: ${missingHint}`);
  return readFileSync(path);
}

/** The images of a named guest (tinyos, linux, uboot), or null for a name that is not one (a kernel path). */
export function namedGuest(name: string): GuestImages | null {
  switch (name) {
    case 'tinyos':
      return { kernel: fileURLToPath(new URL('../../guests/tinyos/tinyos.elf', import.meta.url)), firmware: 'builtin' };
    case 'linux': {
      const dir = join(guestCache(), 'guests', 'linux');
      if (existsSync(dir)) checkManifest(dir, buildHint('linux'));
      return {
        kernel: join(dir, 'Image'),
        initrd: join(dir, 'initramfs.cpio'),
        // hvc0 is the SBI console under both firmware modes; a virtio console is then hvc1 (ttyS0 is the 16550).
        bootargs: (console) => `console=${console === 'virtio' ? 'hvc1' : 'ttyS0'} earlycon=sbi`,
        firmware: 'builtin',
      };
    }
    case 'uboot':
      return { kernel: UBOOT_SMODE, firmware: 'builtin' };
    default:
      return null;
  }
}

/** How to build a guest that is missing. */
export function buildHint(name: string): string {
  switch (name) {
    case 'linux': return 'build it with: npm run guests:linux';
    case 'uboot': return 'install it with: apt-get install u-boot-qemu';
    case 'opensbi': return 'install it with: apt-get install opensbi';
    case 'tinyos': return 'rebuild it with: make -C guests/tinyos (needs gcc-riscv64-unknown-elf)';
    default: return 'check the path';
  }
}
