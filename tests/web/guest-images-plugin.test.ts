// Tests of the build-time guest scan: which recipe outputs exist, the URLs they get, and a catalog the page accepts.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locateLinux, scanGuests } from '../../web/build-tools/guest-images-plugin.ts';
import { parseCatalog } from '../../web/guest-catalog.ts';

function put(path: string, content: string): string {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}

function sandbox(): { repoRoot: string; cacheDir: string; missing: string } {
  const root = mkdtempSync(join(tmpdir(), 'tabvisor-guests-'));
  return { repoRoot: join(root, 'repo'), cacheDir: join(root, 'cache'), missing: join(root, 'not-installed') };
}

describe('scanGuests', () => {
  it('lists every guest, serves the ones present under content-hashed URLs, and says how to build the rest', () => {
    const { repoRoot, cacheDir, missing } = sandbox();
    const tinyos = put(join(repoRoot, 'guests/tinyos/tinyos.elf'), 'ELF tinyos');
    const openSbi = put(join(cacheDir, '..', 'fw_dynamic.bin'), 'opensbi');
    const { catalog, files } = scanGuests({ repoRoot, cacheDir, uBootPath: missing, openSbiPath: openSbi });
    expect(parseCatalog(JSON.parse(JSON.stringify(catalog)))).toEqual(catalog);
    expect(catalog.guests.map((guest) => [guest.id, guest.available])).toEqual([
      ['tinyos', true],
      ['linux', false],
      ['uboot', false],
    ]);
    const sha = createHash('sha256').update('ELF tinyos').digest('hex');
    expect(catalog.guests[0]!.files.kernel).toEqual({ url: `guests/tinyos/${sha.slice(0, 12)}/tinyos.elf`, bytes: 10, sha256: sha });
    expect(files.get(`guests/tinyos/${sha.slice(0, 12)}/tinyos.elf`)).toBe(tinyos);
    expect(catalog.guests[1]!.buildCommand).toBe('npm run guests:linux');
    expect(catalog.guests[1]!.files).toEqual({});
    expect(catalog.opensbi?.bytes).toBe(7);
    expect(files.size).toBe(2);
  });

  it('reports OpenSBI missing when it is not installed', () => {
    const { repoRoot, cacheDir, missing } = sandbox();
    expect(scanGuests({ repoRoot, cacheDir, uBootPath: missing, openSbiPath: missing }).catalog.opensbi).toBeNull();
  });

  it('finds the Linux recipe output with its initramfs', () => {
    const { repoRoot, cacheDir, missing } = sandbox();
    put(join(cacheDir, 'guests/linux/0123abcd/Image'), 'kernel');
    put(join(cacheDir, 'guests/linux/0123abcd/initramfs.cpio'), 'cpio');
    const linux = scanGuests({ repoRoot, cacheDir, uBootPath: missing, openSbiPath: missing }).catalog.guests[1]!;
    expect(linux.available).toBe(true);
    expect(linux.files.kernel?.url).toMatch(/^guests\/linux\/[0-9a-f]{12}\/Image$/);
    expect(linux.files.initrd?.url).toMatch(/^guests\/linux\/[0-9a-f]{12}\/initramfs\.cpio$/);
  });
});

describe('locateLinux', () => {
  it('picks the newest kernel and prefers an uncompressed initramfs', () => {
    const { cacheDir } = sandbox();
    const folder = join(cacheDir, 'guests/linux');
    const old = put(join(folder, 'aaaa/Image'), 'old');
    utimesSync(old, new Date(2020, 0, 1), new Date(2020, 0, 1));
    const newer = put(join(folder, 'bbbb/Image'), 'new');
    put(join(folder, 'bbbb/initramfs.cpio.gz'), 'gz');
    const cpio = put(join(folder, 'bbbb/initramfs.cpio'), 'cpio');
    expect(locateLinux(folder)).toEqual({ kernel: newer, initrd: cpio });
  });

  it('returns null when nothing was built', () => {
    expect(locateLinux(join(sandbox().cacheDir, 'nothing'))).toBeNull();
  });
});
