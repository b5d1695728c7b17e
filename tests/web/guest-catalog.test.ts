// Tests of the guest catalog: validating guests.json, boot blockers, sizes, default settings and boot arguments.
import { describe, expect, it } from 'vitest';
import { bootargsFor, bootBlocker, defaultSettings, formatBytes, guestBytes, parseCatalog, type GuestCatalog, type GuestEntry } from '../../web/guest-catalog.ts';

const sha = 'ab'.repeat(32);
const tinyos: GuestEntry = {
  id: 'tinyos',
  name: 'tinyOS',
  description: 'ours',
  available: true,
  buildCommand: 'npm run guests:tinyos',
  bundled: true,
  firmwareModes: ['none', 'builtin', 'opensbi'],
  defaults: { ramMiB: 64, firmware: 'none', console: 'uart' },
  files: { kernel: { url: `guests/tinyos/${sha.slice(0, 12)}/tinyos.elf`, bytes: 36_000, sha256: sha } },
};
const linux: GuestEntry = {
  id: 'linux',
  name: 'Linux 6.1',
  description: 'a kernel',
  available: false,
  buildCommand: 'npm run guests:linux',
  bundled: false,
  firmwareModes: ['builtin', 'opensbi'],
  defaults: { ramMiB: 128, firmware: 'builtin', console: 'uart', bootargs: { uart: 'console=ttyS0', virtio: 'console=hvc1' } },
  files: {},
};
const catalog: GuestCatalog = { guests: [tinyos, linux], opensbi: { url: `guests/opensbi/${sha.slice(0, 12)}/fw_dynamic.bin`, bytes: 115_328, sha256: sha }, opensbiBuildCommand: 'apt-get install opensbi' };

describe('parseCatalog', () => {
  it('accepts a well-formed catalog as it was written', () => {
    expect(parseCatalog(JSON.parse(JSON.stringify(catalog)))).toEqual(catalog);
  });

  it('names what is wrong in a malformed one', () => {
    expect(() => parseCatalog([])).toThrow('guests.json: not an object');
    expect(() => parseCatalog({ ...catalog, guests: 'x' })).toThrow('"guests" is not a list');
    expect(() => parseCatalog({ ...catalog, guests: [{ ...tinyos, name: 3 }] })).toThrow('guests[0].name is not a string');
    expect(() => parseCatalog({ ...catalog, guests: [{ ...tinyos, firmwareModes: ['bios'] }] })).toThrow('guests[0].firmwareModes');
    expect(() => parseCatalog({ ...catalog, guests: [{ ...tinyos, defaults: { ...tinyos.defaults, ramMiB: 0 } }] })).toThrow('ramMiB');
    expect(() => parseCatalog({ ...catalog, guests: [{ ...tinyos, files: {} }] })).toThrow('guests[0] is available but has no kernel');
    expect(() => parseCatalog({ ...catalog, opensbi: { ...catalog.opensbi, sha256: 'xyz' } })).toThrow('opensbi.sha256');
  });

  it('refuses image URLs that leave the app', () => {
    for (const url of ['/etc/passwd', '../secret', 'guests/../../x', '']) {
      expect(() => parseCatalog({ ...catalog, guests: [{ ...tinyos, files: { kernel: { ...tinyos.files.kernel, url } } }] })).toThrow('relative URL inside the app');
    }
  });
});

describe('catalog logic', () => {
  it('says how to build a missing guest', () => {
    expect(bootBlocker(linux, catalog, 'builtin')).toBe('Linux 6.1 is not built: run `npm run guests:linux`');
  });

  it('refuses a firmware mode the guest cannot boot with', () => {
    expect(bootBlocker({ ...linux, available: true, files: tinyos.files }, catalog, 'none')).toBe('Linux 6.1 cannot boot with firmware "none"');
  });

  it('needs OpenSBI installed for firmware opensbi', () => {
    expect(bootBlocker(tinyos, catalog, 'opensbi')).toBeNull();
    expect(bootBlocker(tinyos, { ...catalog, opensbi: null }, 'opensbi')).toBe('OpenSBI is not installed: run `apt-get install opensbi`');
    expect(bootBlocker(tinyos, { ...catalog, opensbi: null }, 'none')).toBeNull();
  });

  it('counts OpenSBI in the download only when it is used', () => {
    expect(guestBytes(tinyos, catalog, 'none')).toBe(36_000);
    expect(guestBytes(tinyos, catalog, 'opensbi')).toBe(36_000 + 115_328);
  });

  it('derives default settings and the kernel command line per console', () => {
    expect(defaultSettings(linux)).toEqual({ guestId: 'linux', ramMiB: 128, firmware: 'builtin', console: 'uart' });
    expect(bootargsFor(linux, 'virtio')).toBe('console=hvc1');
    expect(bootargsFor(tinyos, 'uart')).toBeUndefined();
  });

  it('formats sizes', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(36_000)).toBe('35 KiB');
    expect(formatBytes(3 * 1024 * 1024 + 300_000)).toBe('3.3 MiB');
    expect(formatBytes(2 * 1024 ** 3)).toBe('2.00 GiB');
  });
});
