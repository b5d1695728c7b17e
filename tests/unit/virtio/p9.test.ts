// virtio-9p: 9P2000.L round trips on the in-memory tree and on a host folder, and attempts to escape the shared root.

import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { FsBackend } from '../../../src/backends/fs.ts';
import { MemoryFs } from '../../../src/backends/memory-fs.ts';
import { NodeFs } from '../../../src/backends/node-fs.ts';
import { Virtio9p } from '../../../src/devices/virtio/p9.ts';
import { GuestDriver, REG } from './guest-driver.ts';
import { NOFID, P9Client, encode, type Reply } from './p9-client.ts';

/** Message types (Linux include/net/9p/9p.h). */
const T = {
  statfs: 8,
  lopen: 12,
  lcreate: 14,
  symlink: 16,
  rename: 20,
  mknod: 18,
  readlink: 22,
  getattr: 24,
  setattr: 26,
  xattrwalk: 30,
  readdir: 40,
  fsync: 50,
  lock: 52,
  getlock: 54,
  link: 70,
  mkdir: 72,
  renameat: 74,
  unlinkat: 76,
  version: 100,
  attach: 104,
  flush: 108,
  walk: 110,
  read: 116,
  write: 118,
  clunk: 120,
};
/** Linux errno values. */
const ENOENT = 2;
const EBADF = 9;
const EEXIST = 17;
const ENOTDIR = 20;
const EINVAL = 22;
const EROFS = 30;
const ENOTEMPTY = 39;
const ELOOP = 40;
const ENODATA = 61;
const EPROTO = 71;
const O_RDONLY = 0;
const O_WRONLY = 1;
const O_RDWR = 2;
const O_CREAT = 0o100;
const O_TRUNC = 0o1000;
const AT_REMOVEDIR = 0x200;
const QTDIR = 0x80;
const QTSYMLINK = 0x02;

const text = (s: string): Uint8Array => new TextEncoder().encode(s);

/** A guest with the 9P device up, a negotiated session and fid 0 attached to the root. */
function session(fs: FsBackend, tag = 'share'): { guest: GuestDriver; client: P9Client } {
  const guest = new GuestDriver(new Virtio9p(fs, tag));
  guest.init();
  const client = new P9Client(guest);
  const version = client.call(T.version, [['u32', 8192], ['s', '9P2000.L']]);
  expect(version.u32()).toBe(8192);
  expect(version.s()).toBe('9P2000.L');
  const root = client.call(T.attach, [['u32', 0], ['u32', NOFID], ['s', 'root'], ['s', ''], ['u32', 0]]).qid();
  expect(root.type).toBe(QTDIR);
  return { guest, client };
}

function walk(client: P9Client, fid: number, newFid: number, names: string[]): Reply {
  return client.call(T.walk, [['u32', fid], ['u32', newFid], ['u16', names.length], ...names.map((n): ['s', string] => ['s', n])], true);
}

function walkQids(client: P9Client, fid: number, newFid: number, names: string[]): number {
  const reply = walk(client, fid, newFid, names);
  return reply.type === 7 ? -reply.u32() : reply.u16();
}

function readAll(client: P9Client, fid: number, offset: number, count: number): Uint8Array {
  const reply = client.call(T.read, [['u32', fid], ['u64', offset], ['u32', count]]);
  return reply.raw(reply.u32());
}

function readdir(client: P9Client, fid: number): { name: string; type: number; qidType: number }[] {
  const entries: { name: string; type: number; qidType: number }[] = [];
  let offset = 0n;
  for (;;) {
    // A small count forces several Treaddir calls, exercising the resume offsets.
    const reply = client.call(T.readdir, [['u32', fid], ['u64', offset], ['u32', 64]]);
    const count = reply.u32();
    if (count === 0) return entries;
    const end = 11 + count;
    while (!reply.done && reply.bytes.length >= end) {
      const qid = reply.qid();
      offset = reply.u64();
      const type = reply.u8();
      entries.push({ name: reply.s(), type, qidType: qid.type });
      if (reply.done) break;
    }
  }
}

/** The protocol scenario every backend must pass. */
function roundTrips(makeFs: () => { fs: FsBackend; hostRead: (path: string) => string | null }): void {
  it('walks, creates, writes, reads, lists, makes and removes directories', () => {
    const { fs, hostRead } = makeFs();
    const { client } = session(fs);

    // lcreate turns the directory fid into the new open file.
    expect(walkQids(client, 0, 1, [])).toBe(0);
    const created = client.call(T.lcreate, [['u32', 1], ['s', 'hello.txt'], ['u32', O_RDWR | O_CREAT], ['u32', 0o644], ['u32', 0]]);
    expect(created.qid().type).toBe(0);
    expect(client.call(T.write, [['u32', 1], ['u64', 0], ['u32', 11], ['raw', text('hello world')]]).u32()).toBe(11);
    expect(client.call(T.write, [['u32', 1], ['u64', 6], ['u32', 5], ['raw', text('there')]]).u32()).toBe(5);
    client.call(T.fsync, [['u32', 1], ['u32', 0]]);
    client.call(T.clunk, [['u32', 1]]);
    expect(hostRead('hello.txt')).toBe('hello there');

    // Walk to it again, open read-only, read at an offset.
    expect(walkQids(client, 0, 2, ['hello.txt'])).toBe(1);
    client.call(T.lopen, [['u32', 2], ['u32', O_RDONLY]]);
    expect(new TextDecoder().decode(readAll(client, 2, 6, 100))).toBe('there');
    expect(readAll(client, 2, 100, 10).length).toBe(0);
    expect(client.errno(T.write, [['u32', 2], ['u64', 0], ['u32', 1], ['raw', text('x')]])).toBe(EBADF);

    // getattr: mode and size.
    const attr = client.call(T.getattr, [['u32', 2], ['u64', 0x7ff]]);
    expect(attr.u64()).toBe(0x7ffn);
    attr.qid();
    expect(attr.u32() & 0o170000).toBe(0o100000);
    attr.u32();
    attr.u32();
    attr.u64();
    attr.u64();
    expect(attr.u64()).toBe(11n);

    // mkdir, a file inside, readdir of the root and the directory.
    expect(client.call(T.mkdir, [['u32', 0], ['s', 'sub'], ['u32', 0o755], ['u32', 0]]).qid().type).toBe(QTDIR);
    expect(client.errno(T.mkdir, [['u32', 0], ['s', 'sub'], ['u32', 0o755], ['u32', 0]])).toBe(EEXIST);
    expect(walkQids(client, 0, 3, ['sub'])).toBe(1);
    client.call(T.lcreate, [['u32', 3], ['s', 'inner'], ['u32', O_WRONLY | O_CREAT], ['u32', 0o600], ['u32', 0]]);
    client.call(T.clunk, [['u32', 3]]);
    for (let i = 0; i < 5; i++) {
      walkQids(client, 0, 10, ['sub']);
      client.call(T.lcreate, [['u32', 10], ['s', `file-${i}`], ['u32', O_WRONLY | O_CREAT], ['u32', 0o600], ['u32', 0]]);
      client.call(T.clunk, [['u32', 10]]);
    }
    expect(walkQids(client, 0, 4, [])).toBe(0);
    client.call(T.lopen, [['u32', 4], ['u32', O_RDONLY]]);
    const rootEntries = readdir(client, 4);
    expect(rootEntries.map((e) => e.name).sort()).toEqual(['.', '..', 'hello.txt', 'sub']);
    expect(rootEntries.find((e) => e.name === 'sub')).toMatchObject({ type: 4, qidType: QTDIR });
    expect(walkQids(client, 0, 5, ['sub'])).toBe(1);
    client.call(T.lopen, [['u32', 5], ['u32', O_RDONLY]]);
    expect(readdir(client, 5).map((e) => e.name).sort()).toEqual(['.', '..', 'file-0', 'file-1', 'file-2', 'file-3', 'file-4', 'inner']);

    // renameat, then unlinkat of files and the (non-empty, then empty) directory.
    client.call(T.renameat, [['u32', 0], ['s', 'hello.txt'], ['u32', 0], ['s', 'renamed.txt']]);
    expect(hostRead('renamed.txt')).toBe('hello there');
    expect(hostRead('hello.txt')).toBe(null);
    // The open fid followed the rename.
    expect(new TextDecoder().decode(readAll(client, 2, 0, 5))).toBe('hello');
    expect(client.errno(T.unlinkat, [['u32', 0], ['s', 'sub'], ['u32', AT_REMOVEDIR]])).toBe(ENOTEMPTY);
    for (const name of ['inner', 'file-0', 'file-1', 'file-2', 'file-3', 'file-4']) {
      client.call(T.unlinkat, [['u32', 5], ['s', name], ['u32', 0]]);
    }
    client.call(T.unlinkat, [['u32', 0], ['s', 'sub'], ['u32', AT_REMOVEDIR]]);
    expect(walkQids(client, 0, 6, ['sub'])).toBe(-ENOENT);
    client.call(T.unlinkat, [['u32', 0], ['s', 'renamed.txt'], ['u32', 0]]);
    expect(hostRead('renamed.txt')).toBe(null);
  });

  it('truncates on open, answers setattr, statfs, symlinks, xattrs, locks and flush', () => {
    const { fs, hostRead } = makeFs();
    const { client } = session(fs);
    walkQids(client, 0, 1, []);
    client.call(T.lcreate, [['u32', 1], ['s', 'f'], ['u32', O_WRONLY | O_CREAT], ['u32', 0o644], ['u32', 0]]);
    client.call(T.write, [['u32', 1], ['u64', 0], ['u32', 6], ['raw', text('abcdef')]]);
    client.call(T.clunk, [['u32', 1]]);
    walkQids(client, 0, 2, ['f']);
    client.call(T.lopen, [['u32', 2], ['u32', O_WRONLY | O_TRUNC]]);
    expect(hostRead('f')).toBe('');
    client.call(T.write, [['u32', 2], ['u64', 0], ['u32', 6], ['raw', text('abcdef')]]);
    // setattr size = 3 (P9_ATTR_SIZE).
    client.call(T.setattr, [['u32', 2], ['u32', 0x8], ['u32', 0], ['u32', 0], ['u32', 0], ['u64', 3], ['u64', 0], ['u64', 0], ['u64', 0], ['u64', 0]]);
    expect(hostRead('f')).toBe('abc');

    const statfs = client.call(T.statfs, [['u32', 0]]);
    expect(statfs.u32()).toBe(0x01021997);
    expect(statfs.u32()).toBeGreaterThan(0);

    expect(client.call(T.symlink, [['u32', 0], ['s', 'link'], ['s', '../../etc/passwd'], ['u32', 0]]).qid().type).toBe(QTSYMLINK);
    walkQids(client, 0, 3, ['link']);
    expect(client.call(T.readlink, [['u32', 3]]).s()).toBe('../../etc/passwd');
    expect(client.errno(T.lopen, [['u32', 3], ['u32', O_RDONLY]])).toBe(ELOOP);

    // xattrs: the list is empty, a named attribute is absent.
    expect(client.call(T.xattrwalk, [['u32', 0], ['u32', 4], ['s', '']]).u64()).toBe(0n);
    expect(client.errno(T.xattrwalk, [['u32', 0], ['u32', 5], ['s', 'security.capability']])).toBe(ENODATA);
    expect(client.call(T.lock, [['u32', 2], ['u8', 1], ['u32', 0], ['u64', 0], ['u64', 0], ['u32', 42], ['s', 'guest']]).u8()).toBe(0);
    const getlock = client.call(T.getlock, [['u32', 2], ['u8', 1], ['u64', 10], ['u64', 20], ['u32', 42], ['s', 'guest']]);
    expect([getlock.u8(), getlock.u64(), getlock.u64(), getlock.u32(), getlock.s()]).toEqual([2, 10n, 20n, 42, 'guest']);
    client.call(T.flush, [['u16', 1]]);

    // A hard link reads the same bytes; Trename moves the fid's file and the fid follows it.
    client.call(T.link, [['u32', 0], ['u32', 2], ['s', 'hard']]);
    expect(hostRead('hard')).toBe('abc');
    client.call(T.rename, [['u32', 2], ['u32', 0], ['s', 'moved']]);
    expect(hostRead('moved')).toBe('abc');
    expect(hostRead('f')).toBe(null);
    client.call(T.write, [['u32', 2], ['u64', 3], ['u32', 1], ['raw', text('d')]]);
    expect(hostRead('moved')).toBe('abcd');
    expect(hostRead('hard')).toBe('abcd');
    expect(client.errno(T.mknod, [['u32', 0], ['s', 'fifo'], ['u32', 0o10644], ['u32', 0], ['u32', 0], ['u32', 0]])).toBeGreaterThan(0);
  });

  it('never lets a walk or a name leave the shared root', () => {
    const { fs } = makeFs();
    const { client } = session(fs);
    // ".." at the root is the root itself.
    const up = walk(client, 0, 1, ['..', '..', '..']);
    expect(up.u16()).toBe(3);
    const qid = up.qid();
    const rootAttr = client.call(T.getattr, [['u32', 0], ['u64', 0x7ff]]);
    rootAttr.u64();
    expect(qid.path).toBe(rootAttr.qid().path);
    // Names with a slash, "..", or empty are refused where a single name is expected.
    expect(client.errno(T.mkdir, [['u32', 0], ['s', '../escape'], ['u32', 0o755], ['u32', 0]])).toBe(EINVAL);
    expect(client.errno(T.lcreate, [['u32', 1], ['s', '..'], ['u32', O_CREAT], ['u32', 0o644], ['u32', 0]])).toBe(EINVAL);
    expect(client.errno(T.unlinkat, [['u32', 0], ['s', '..'], ['u32', AT_REMOVEDIR]])).toBe(EINVAL);
    expect(walkQids(client, 0, 2, ['a/b'])).toBe(-EINVAL);
  });

  it('validates fids and message framing', () => {
    const { fs } = makeFs();
    const { client } = session(fs);
    expect(client.errno(T.getattr, [['u32', 77], ['u64', 0x7ff]])).toBe(EBADF);
    expect(client.errno(T.read, [['u32', 0], ['u64', 0], ['u32', 10]])).toBe(EBADF);
    expect(client.errno(T.attach, [['u32', 0], ['u32', NOFID], ['s', 'root'], ['s', ''], ['u32', 0]])).toBe(EBADF);
    expect(walkQids(client, 0, 0, ['missing'])).toBe(-ENOENT);
    // A message whose size field promises more than was sent, and one cut short inside a field.
    const lying = encode(T.getattr, 9, [['u32', 0], ['u64', 0x7ff]]);
    new DataView(lying.buffer).setUint32(0, 4096, true);
    const reply = client.sendRaw(lying);
    expect([reply.type, reply.tag, reply.u32()]).toEqual([7, 9, EPROTO]);
    const short = encode(T.walk, 10, [['u32', 0], ['u32', 1], ['u16', 3], ['s', 'a']]);
    const shortReply = client.sendRaw(short);
    expect([shortReply.type, shortReply.u32()]).toEqual([7, EPROTO]);
    // The reply never exceeds the room the driver gave: a read is cut to fit.
    walkQids(client, 0, 1, []);
    client.call(T.lcreate, [['u32', 1], ['s', 'big'], ['u32', O_RDWR | O_CREAT], ['u32', 0o644], ['u32', 0]]);
    client.call(T.write, [['u32', 1], ['u64', 0], ['u32', 4000], ['raw', new Uint8Array(4000).fill(7)]]);
    const small = client.sendRaw(encode(T.read, 11, [['u32', 1], ['u64', 0], ['u32', 4000]]), 100);
    expect(small.size).toBe(100);
    expect(small.u32()).toBe(89);
  });
}

describe('virtio-9p device', () => {
  it('puts the mount tag in the config space and offers VIRTIO_9P_MOUNT_TAG', () => {
    const guest = new GuestDriver(new Virtio9p(new MemoryFs(), 'hostshare'));
    expect(guest.deviceFeatures() & 1n).toBe(1n);
    expect(guest.transport.read(REG.Config, 2)).toBe(9);
    const tag = Array.from({ length: 9 }, (_, i) => guest.transport.read(REG.Config + 2 + i, 1));
    expect(String.fromCharCode(...tag)).toBe('hostshare');
  });

  it('answers an unknown protocol version with "unknown"', () => {
    const guest = new GuestDriver(new Virtio9p(new MemoryFs(), 'x'));
    guest.init();
    const reply = new P9Client(guest).call(T.version, [['u32', 1 << 20], ['s', '9P2000.u']]);
    expect(reply.u32()).toBe(512 * 1024);
    expect(reply.s()).toBe('unknown');
  });

  it('refuses every change to a read-only tree with EROFS', () => {
    const fs = new MemoryFs(true);
    fs.writeFile('layer/file', 'content');
    const { client } = session(fs);
    expect(client.errno(T.mkdir, [['u32', 0], ['s', 'new'], ['u32', 0o755], ['u32', 0]])).toBe(EROFS);
    walkQids(client, 0, 1, ['layer', 'file']);
    expect(client.errno(T.lopen, [['u32', 1], ['u32', O_RDWR]])).toBe(EROFS);
    client.call(T.lopen, [['u32', 1], ['u32', O_RDONLY]]);
    expect(new TextDecoder().decode(readAll(client, 1, 0, 100))).toBe('content');
  });
});

describe('9P2000.L on the in-memory tree', () => {
  roundTrips(() => {
    const fs = new MemoryFs();
    return { fs, hostRead: (path) => (fs.readFile(path) === null ? null : new TextDecoder().decode(fs.readFile(path)!)) };
  });
});

describe('9P2000.L on a host folder', () => {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  /** A temp dir holding `outside.txt` and the shared folder `share/` next to it. */
  function hostTree(): { dir: string; share: string } {
    const dir = mkdtempSync(join(tmpdir(), 'tabvisor-9p-'));
    made.push(dir);
    writeFileSync(join(dir, 'outside.txt'), 'secret');
    mkdirSync(join(dir, 'share'));
    return { dir, share: join(dir, 'share') };
  }

  roundTrips(() => {
    const { share } = hostTree();
    return {
      fs: new NodeFs(share),
      hostRead: (path) => (existsSync(join(share, path)) ? readFileSync(join(share, path), 'utf8') : null),
    };
  });

  it('does not reach the parent of the share with "..", nor through a symlink planted in the share', () => {
    const { dir, share } = hostTree();
    symlinkSync('..', join(share, 'up'));
    symlinkSync(join(dir, 'outside.txt'), join(share, 'abs'));
    const { client } = session(new NodeFs(share));
    // "..", then the neighbour's name: the first step stays at the root, the second does not exist there.
    expect(walkQids(client, 0, 1, ['..', 'outside.txt'])).toBe(1);
    expect(walkQids(client, 0, 1, ['up', 'outside.txt'])).toBe(1);
    // Opening a symlink is refused (the guest resolves links itself, inside its own mount).
    expect(walkQids(client, 0, 2, ['abs'])).toBe(1);
    expect(client.errno(T.lopen, [['u32', 2], ['u32', O_RDONLY]])).toBe(ELOOP);
    // Creating below a symlinked directory is refused too, and nothing appears outside.
    expect(walkQids(client, 0, 3, ['up'])).toBe(1);
    expect(client.errno(T.mkdir, [['u32', 3], ['s', 'planted'], ['u32', 0o755], ['u32', 0]])).toBe(ELOOP);
    expect(client.errno(T.lcreate, [['u32', 3], ['s', 'planted.txt'], ['u32', O_CREAT | O_WRONLY], ['u32', 0o644], ['u32', 0]])).toBe(ELOOP);
    expect(existsSync(join(dir, 'planted'))).toBe(false);
    expect(existsSync(join(dir, 'planted.txt'))).toBe(false);
    expect(readFileSync(join(dir, 'outside.txt'), 'utf8')).toBe('secret');
  });

  it('reads a file placed in the share by the host and lists it', () => {
    const { share } = hostTree();
    mkdirSync(join(share, 'docs'));
    writeFileSync(join(share, 'docs', 'a.txt'), 'from the host');
    const { client } = session(new NodeFs(share));
    expect(walkQids(client, 0, 1, ['docs', 'a.txt'])).toBe(2);
    client.call(T.lopen, [['u32', 1], ['u32', O_RDONLY]]);
    expect(new TextDecoder().decode(readAll(client, 1, 0, 100))).toBe('from the host');
    expect(walkQids(client, 0, 2, ['docs', 'a.txt', 'deeper'])).toBe(2);
    expect(client.errno(T.lopen, [['u32', 2], ['u32', O_RDONLY]])).toBe(EBADF);
    expect(walkQids(client, 1, 3, ['x'])).toBe(-ENOTDIR);
  });
});
