// A 9P2000.L file server over an FsBackend: one request message in, one reply message out, errors as Rlerror.

import { Errno, FsError, S_IFMT, checkName, type FsBackend, type FsPath, type FsStat } from '../../backends/fs.ts';

/** Message types of 9P2000.L (Linux include/net/9p/9p.h); the reply to type T is T + 1. */
export const P9 = {
  Rlerror: 7,
  Tstatfs: 8,
  Tlopen: 12,
  Tlcreate: 14,
  Tsymlink: 16,
  Tmknod: 18,
  Trename: 20,
  Treadlink: 22,
  Tgetattr: 24,
  Tsetattr: 26,
  Txattrwalk: 30,
  Txattrcreate: 32,
  Treaddir: 40,
  Tfsync: 50,
  Tlock: 52,
  Tgetlock: 54,
  Tlink: 70,
  Tmkdir: 72,
  Trenameat: 74,
  Tunlinkat: 76,
  Tversion: 100,
  Tauth: 102,
  Tattach: 104,
  Tflush: 108,
  Twalk: 110,
  Tread: 116,
  Twrite: 118,
  Tclunk: 120,
  Tremove: 122,
} as const;

/** Bytes of size[4] type[1] tag[2]. */
export const P9_HEADER_BYTES = 7;
/** Largest msize we agree to: what Linux's virtio transport can map (128 pages of 4 KiB). */
export const P9_MAX_MSIZE = 512 * 1024;
/** Walk at most this many names per Twalk (P9_MAXWELEM). */
export const P9_MAX_WALK = 16;

/** qid types (§ "qid" in the 9P manual). */
const QTDIR = 0x80;
const QTSYMLINK = 0x02;
const QTFILE = 0;
/** Rgetattr valid mask for the basic fields (P9_GETATTR_BASIC). */
const GETATTR_BASIC = 0x7ff;
/** Tsetattr valid bits (P9_ATTR_*). */
const ATTR_MODE = 0x1;
const ATTR_UID = 0x2;
const ATTR_GID = 0x4;
const ATTR_SIZE = 0x8;
const ATTR_ATIME = 0x10;
const ATTR_MTIME = 0x20;
const ATTR_ATIME_SET = 0x80;
const ATTR_MTIME_SET = 0x100;
/** Linux open flags as 9P2000.L carries them (P9_DOTL_*: the generic Linux values). */
const O_ACCMODE = 3;
const O_RDONLY = 0;
const O_CREAT = 0o100;
const O_EXCL = 0o200;
const O_TRUNC = 0o1000;
const O_APPEND = 0o2000;
/** unlinkat flag. */
const AT_REMOVEDIR = 0x200;
/** Rstatfs type: V9FS_MAGIC. */
const V9FS_MAGIC = 0x01021997;
/** Tlock status and lock type answers. */
const LOCK_SUCCESS = 0;
const LOCK_TYPE_UNLCK = 2;
/** Linux dirent d_type values. */
const DT_DIR = 4;
const DT_REG = 8;
const DT_LNK = 10;
const DT_UNKNOWN = 0;
const NOFID = 0xffff_ffff;

/** A malformed message (too short, bad string): answered with EPROTO. */
class ProtocolError extends Error {}

/** Decodes little-endian 9P fields from a message, refusing to read past its end. */
class MessageReader {
  private position = P9_HEADER_BYTES;
  private readonly view: DataView;

  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  private take(n: number): number {
    if (this.position + n > this.bytes.length) throw new ProtocolError('message too short');
    const at = this.position;
    this.position += n;
    return at;
  }

  u8(): number {
    return this.view.getUint8(this.take(1));
  }
  u16(): number {
    return this.view.getUint16(this.take(2), true);
  }
  u32(): number {
    return this.view.getUint32(this.take(4), true);
  }
  /** A 64-bit field; above 2^53 it becomes Infinity, which every range check refuses. */
  u64(): number {
    const low = this.u32();
    const high = this.u32();
    return high >= 0x200000 ? Infinity : high * 0x1_0000_0000 + low;
  }
  string(): string {
    const length = this.u16();
    const at = this.take(length);
    return new TextDecoder('utf-8', { fatal: false }).decode(this.bytes.subarray(at, at + length));
  }
  /** The remaining bytes, at most `count`. */
  data(count: number): Uint8Array {
    const n = Math.min(count, this.bytes.length - this.position);
    return this.bytes.subarray(this.take(n), this.position);
  }
}

/** Encodes a reply; the size field is filled in by `finish`. */
class MessageWriter {
  private bytes = new Uint8Array(256);
  private view = new DataView(this.bytes.buffer);
  private length = P9_HEADER_BYTES;

  constructor(type: number, tag: number) {
    this.view.setUint8(4, type);
    this.view.setUint16(5, tag, true);
  }

  private room(n: number): number {
    if (this.length + n > this.bytes.length) {
      const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.length + n));
      grown.set(this.bytes);
      this.bytes = grown;
      this.view = new DataView(grown.buffer);
    }
    const at = this.length;
    this.length += n;
    return at;
  }

  get size(): number {
    return this.length;
  }
  u8(value: number): this {
    this.view.setUint8(this.room(1), value);
    return this;
  }
  u16(value: number): this {
    this.view.setUint16(this.room(2), value, true);
    return this;
  }
  u32(value: number): this {
    this.view.setUint32(this.room(4), value >>> 0, true);
    return this;
  }
  u64(value: number): this {
    const v = Math.max(0, Math.floor(value));
    const at = this.room(8);
    this.view.setUint32(at, v % 0x1_0000_0000, true);
    this.view.setUint32(at + 4, Math.floor(v / 0x1_0000_0000), true);
    return this;
  }
  string(value: string): this {
    const encoded = new TextEncoder().encode(value);
    this.u16(encoded.length);
    this.bytes.set(encoded, this.room(encoded.length));
    return this;
  }
  bytesOf(data: Uint8Array): this {
    this.bytes.set(data, this.room(data.length));
    return this;
  }
  qid(stat: FsStat): this {
    return this.u8(qidType(stat)).u32(0).u64(stat.ino);
  }
  finish(): Uint8Array {
    this.view.setUint32(0, this.length, true);
    return this.bytes.slice(0, this.length);
  }
}

function qidType(stat: FsStat): number {
  return stat.kind === 'directory' ? QTDIR : stat.kind === 'symlink' ? QTSYMLINK : QTFILE;
}

function direntType(stat: FsStat): number {
  return stat.kind === 'directory' ? DT_DIR : stat.kind === 'file' ? DT_REG : stat.kind === 'symlink' ? DT_LNK : DT_UNKNOWN;
}

interface DirEntry {
  readonly name: string;
  readonly stat: FsStat;
}

/** What a fid stands for: a path below the root, and whether (and how) it is open. */
interface Fid {
  path: FsPath;
  openFlags: number | null;
  /** The directory listing taken when a readdir started at offset 0; later offsets index into it. */
  listing: DirEntry[] | null;
  /** A fid made by Txattrwalk: it reads as an empty attribute. */
  xattr: boolean;
}

function isPrefix(prefix: FsPath, path: FsPath): boolean {
  return prefix.length <= path.length && prefix.every((name, i) => path[i] === name);
}

/** Serves one 9P2000.L session over a backend. Plain state: msize and the fid table. */
export class P9Server {
  /** Negotiated maximum message size. */
  msize = 8192;
  private readonly fids = new Map<number, Fid>();

  constructor(private readonly fs: FsBackend) {}

  /** Forgets every fid (device reset, or Tversion). */
  reset(): void {
    this.fids.clear();
  }

  /**
   * Answers one T-message. `replyCapacity` is the room the driver gave for the reply; the answer never exceeds it or msize.
   * Returns null when the request is too short to carry a tag, so there is nobody to answer.
   */
  handle(request: Uint8Array, replyCapacity: number): Uint8Array | null {
    if (request.length < P9_HEADER_BYTES) return null;
    const view = new DataView(request.buffer, request.byteOffset, request.byteLength);
    const size = view.getUint32(0, true);
    const type = view.getUint8(4);
    const tag = view.getUint16(5, true);
    const limit = Math.min(replyCapacity, this.msize);
    let reply: Uint8Array;
    try {
      if (size < P9_HEADER_BYTES || size > request.length) throw new ProtocolError('size field does not match the request');
      reply = this.dispatch(type, tag, new MessageReader(request.subarray(0, size)), limit);
    } catch (error) {
      reply = this.error(tag, error);
    }
    return reply.length <= limit ? reply : this.error(tag, new FsError(Errno.EMSGSIZE, 'reply too large'));
  }

  private error(tag: number, error: unknown): Uint8Array {
    const errno = error instanceof FsError ? error.errno : error instanceof ProtocolError ? Errno.EPROTO : Errno.EIO;
    return new MessageWriter(P9.Rlerror, tag).u32(errno).finish();
  }

  private dispatch(type: number, tag: number, r: MessageReader, limit: number): Uint8Array {
    const reply = new MessageWriter(type + 1, tag);
    switch (type) {
      case P9.Tversion:
        return this.version(r, reply);
      case P9.Tattach:
        return this.attach(r, reply);
      case P9.Twalk:
        return this.walk(r, reply);
      case P9.Tgetattr: {
        const fid = this.fid(r.u32());
        r.u64();
        const s = this.fs.stat(fid.path);
        return reply
          .u64(GETATTR_BASIC)
          .qid(s)
          .u32(s.mode)
          .u32(s.uid)
          .u32(s.gid)
          .u64(s.nlink)
          .u64(s.rdev)
          .u64(s.size)
          .u64(4096)
          .u64(s.blocks)
          .u64(Math.floor(s.atimeMs / 1000))
          .u64((s.atimeMs % 1000) * 1e6)
          .u64(Math.floor(s.mtimeMs / 1000))
          .u64((s.mtimeMs % 1000) * 1e6)
          .u64(Math.floor(s.ctimeMs / 1000))
          .u64((s.ctimeMs % 1000) * 1e6)
          .u64(0)
          .u64(0)
          .u64(0)
          .u64(0)
          .finish();
      }
      case P9.Tsetattr:
        return this.setattr(r, reply);
      case P9.Tlopen: {
        const fid = this.fid(r.u32());
        const flags = r.u32();
        this.open(fid, flags);
        return reply.qid(this.fs.stat(fid.path)).u32(0).finish();
      }
      case P9.Tlcreate:
        return this.lcreate(r, reply);
      case P9.Tread:
        return this.read(r, reply, limit);
      case P9.Twrite: {
        const fid = this.openFid(r.u32());
        let offset = r.u64();
        const data = r.data(r.u32());
        if ((fid.openFlags! & O_ACCMODE) === O_RDONLY) throw new FsError(Errno.EBADF, 'fid not open for writing');
        if (fid.openFlags! & O_APPEND) offset = this.fs.stat(fid.path).size;
        if (!Number.isSafeInteger(offset + data.length)) throw new FsError(Errno.EFBIG, 'offset too large');
        return reply.u32(this.fs.write(fid.path, offset, data)).finish();
      }
      case P9.Treaddir:
        return this.readdir(r, reply, limit);
      case P9.Tclunk:
        this.clunk(r.u32());
        return reply.finish();
      case P9.Tremove: {
        const id = r.u32();
        const fid = this.fid(id);
        this.fids.delete(id);
        this.removePath(fid.path, this.fs.stat(fid.path).kind === 'directory');
        return reply.finish();
      }
      case P9.Tmkdir: {
        const dir = this.fid(r.u32());
        const path = this.child(dir.path, r.string());
        const mode = r.u32();
        return reply.qid(this.fs.mkdir(path, mode)).finish();
      }
      case P9.Tunlinkat: {
        const dir = this.fid(r.u32());
        const path = this.child(dir.path, r.string());
        this.removePath(path, (r.u32() & AT_REMOVEDIR) !== 0);
        return reply.finish();
      }
      case P9.Trenameat: {
        const from = this.child(this.fid(r.u32()).path, r.string());
        const to = this.child(this.fid(r.u32()).path, r.string());
        this.rename(from, to);
        return reply.finish();
      }
      case P9.Trename: {
        const fid = this.fid(r.u32());
        const to = this.child(this.fid(r.u32()).path, r.string());
        if (fid.path.length === 0) throw new FsError(Errno.EBUSY, 'cannot rename the root');
        this.rename(fid.path, to);
        return reply.finish();
      }
      case P9.Tsymlink: {
        const path = this.child(this.fid(r.u32()).path, r.string());
        return reply.qid(this.fs.symlink(path, r.string())).finish();
      }
      case P9.Treadlink:
        return reply.string(this.fs.readlink(this.fid(r.u32()).path)).finish();
      case P9.Tlink: {
        const dir = this.fid(r.u32());
        const target = this.fid(r.u32());
        this.fs.link(target.path, this.child(dir.path, r.string()));
        return reply.finish();
      }
      case P9.Tstatfs: {
        this.fid(r.u32());
        const s = this.fs.statfs();
        return reply.u32(V9FS_MAGIC).u32(s.blockSize).u64(s.blocks).u64(s.blocksFree).u64(s.blocksAvailable).u64(s.files).u64(s.filesFree).u64(0).u32(s.nameMax).finish();
      }
      case P9.Tfsync:
        this.fs.fsync(this.fid(r.u32()).path);
        return reply.finish();
      case P9.Txattrwalk: {
        const fid = this.fid(r.u32());
        const newId = r.u32();
        // No extended attributes: the list is empty and any named attribute is absent.
        if (r.string() !== '') throw new FsError(Errno.ENODATA, 'no extended attributes');
        this.claim(newId);
        this.fids.set(newId, { path: fid.path, openFlags: null, listing: null, xattr: true });
        return reply.u64(0).finish();
      }
      case P9.Txattrcreate:
        throw new FsError(Errno.EOPNOTSUPP, 'extended attributes are not supported');
      case P9.Tlock:
        // One guest per tree: POSIX locks are the guest kernel's business, so every lock is granted.
        this.fid(r.u32());
        return reply.u8(LOCK_SUCCESS).finish();
      case P9.Tgetlock: {
        this.fid(r.u32());
        r.u8();
        const start = r.u64();
        const length = r.u64();
        const procId = r.u32();
        return reply.u8(LOCK_TYPE_UNLCK).u64(start).u64(length).u32(procId).string(r.string()).finish();
      }
      case P9.Tflush:
        // Requests complete synchronously, so there is never one in flight to cancel.
        return reply.finish();
      case P9.Tmknod:
      case P9.Tauth:
      default:
        throw new FsError(Errno.EOPNOTSUPP, `9P message type ${type} not supported`);
    }
  }

  private version(r: MessageReader, reply: MessageWriter): Uint8Array {
    const msize = r.u32();
    const version = r.string();
    this.reset();
    this.msize = Math.max(P9_HEADER_BYTES + 64, Math.min(msize, P9_MAX_MSIZE));
    return reply.u32(this.msize).string(version.startsWith('9P2000.L') ? '9P2000.L' : 'unknown').finish();
  }

  private attach(r: MessageReader, reply: MessageWriter): Uint8Array {
    const id = r.u32();
    if (r.u32() !== NOFID) throw new FsError(Errno.EOPNOTSUPP, 'no authentication');
    this.claim(id);
    const stat = this.fs.stat([]);
    this.fids.set(id, { path: [], openFlags: null, listing: null, xattr: false });
    return reply.qid(stat).finish();
  }

  private walk(r: MessageReader, reply: MessageWriter): Uint8Array {
    const fidId = r.u32();
    const fid = this.fid(fidId);
    const newId = r.u32();
    const count = r.u16();
    if (count > P9_MAX_WALK) throw new FsError(Errno.EINVAL, 'too many names in one walk');
    const names: string[] = [];
    for (let i = 0; i < count; i++) names.push(r.string());
    if (newId !== fidId) this.claim(newId);
    let path = [...fid.path];
    const qids: FsStat[] = [];
    for (const name of names) {
      let next: string[];
      // ".." at the root stays at the root: the guest can never name anything above the shared folder.
      if (name === '..') next = path.slice(0, -1);
      else if (name === '.') next = path;
      else {
        checkName(name);
        next = [...path, name];
      }
      let stat: FsStat;
      try {
        if (this.fs.stat(path).kind !== 'directory') throw new FsError(Errno.ENOTDIR, 'not a directory');
        stat = this.fs.stat(next);
      } catch (error) {
        // §walk: an error on the first name is the walk's error; later, the reply lists the qids that did resolve.
        if (qids.length === 0) throw error;
        break;
      }
      qids.push(stat);
      path = next;
    }
    if (qids.length === names.length) {
      if (newId === fidId) fid.path = path;
      else this.fids.set(newId, { path, openFlags: null, listing: null, xattr: false });
    }
    reply.u16(qids.length);
    for (const stat of qids) reply.qid(stat);
    return reply.finish();
  }

  private setattr(r: MessageReader, reply: MessageWriter): Uint8Array {
    const fid = this.fid(r.u32());
    const valid = r.u32();
    const mode = r.u32();
    const uid = r.u32();
    const gid = r.u32();
    const size = r.u64();
    const atimeMs = r.u64() * 1000 + Math.floor(r.u64() / 1e6);
    const mtimeMs = r.u64() * 1000 + Math.floor(r.u64() / 1e6);
    if (valid & ATTR_MODE) this.fs.chmod(fid.path, mode & ~S_IFMT);
    if (valid & (ATTR_UID | ATTR_GID)) this.fs.chown(fid.path, valid & ATTR_UID ? uid : -1, valid & ATTR_GID ? gid : -1);
    if (valid & ATTR_SIZE) {
      if (!Number.isSafeInteger(size)) throw new FsError(Errno.EFBIG, 'size too large');
      this.fs.truncate(fid.path, size);
    }
    if (valid & (ATTR_ATIME | ATTR_MTIME)) {
      // Without the *_SET bit the time becomes "now" (utimensat's UTIME_NOW).
      const now = Date.now();
      const current = this.fs.stat(fid.path);
      const atime = valid & ATTR_ATIME ? (valid & ATTR_ATIME_SET ? atimeMs : now) : current.atimeMs;
      const mtime = valid & ATTR_MTIME ? (valid & ATTR_MTIME_SET ? mtimeMs : now) : current.mtimeMs;
      this.fs.utimes(fid.path, atime, mtime);
    }
    return reply.finish();
  }

  private open(fid: Fid, flags: number): void {
    if (fid.openFlags !== null || fid.xattr) throw new FsError(Errno.EINVAL, 'fid already open');
    const stat = this.fs.stat(fid.path);
    const writing = (flags & O_ACCMODE) !== O_RDONLY;
    if (stat.kind === 'directory' && writing) throw new FsError(Errno.EISDIR, 'is a directory');
    if (stat.kind === 'symlink') throw new FsError(Errno.ELOOP, 'cannot open a symbolic link');
    if (writing && this.fs.readOnly) throw new FsError(Errno.EROFS, 'read-only file system');
    if (flags & O_TRUNC && writing && stat.kind === 'file') this.fs.truncate(fid.path, 0);
    fid.openFlags = flags;
    fid.listing = null;
  }

  private lcreate(r: MessageReader, reply: MessageWriter): Uint8Array {
    const dir = this.fid(r.u32());
    const path = this.child(dir.path, r.string());
    const flags = r.u32();
    const mode = r.u32();
    if (dir.openFlags !== null) throw new FsError(Errno.EINVAL, 'fid already open');
    let exists = true;
    try {
      this.fs.stat(path);
    } catch {
      exists = false;
    }
    if (exists && flags & O_EXCL) throw new FsError(Errno.EEXIST, 'file exists');
    if (!exists) this.fs.createFile(path, mode);
    // The directory fid now stands for the new, open file (9P2000.L lcreate).
    dir.path = path;
    this.open(dir, flags & ~(O_CREAT | O_EXCL));
    return reply.qid(this.fs.stat(path)).u32(0).finish();
  }

  private read(r: MessageReader, reply: MessageWriter, limit: number): Uint8Array {
    const fid = this.openFid(r.u32());
    const offset = r.u64();
    const count = Math.min(r.u32(), Math.max(0, limit - P9_HEADER_BYTES - 4));
    if (fid.xattr) return reply.u32(0).finish();
    if (this.fs.stat(fid.path).kind === 'directory') throw new FsError(Errno.EISDIR, 'is a directory');
    if (!Number.isSafeInteger(offset)) return reply.u32(0).finish();
    const buffer = new Uint8Array(count);
    const n = this.fs.read(fid.path, offset, buffer);
    return reply.u32(n).bytesOf(buffer.subarray(0, n)).finish();
  }

  private readdir(r: MessageReader, reply: MessageWriter, limit: number): Uint8Array {
    const fid = this.openFid(r.u32());
    const offset = r.u64();
    const count = Math.min(r.u32(), Math.max(0, limit - P9_HEADER_BYTES - 4));
    if (offset === 0 || fid.listing === null) fid.listing = this.list(fid.path);
    const entries = new MessageWriter(0, 0);
    const start = entries.size;
    // Each entry's offset is its index + 1, so the next Treaddir resumes right after the last entry returned.
    for (let index = Math.min(offset, fid.listing.length); index < fid.listing.length; index++) {
      const entry = fid.listing[index];
      const bytes = 13 + 8 + 1 + 2 + new TextEncoder().encode(entry.name).length;
      if (entries.size - start + bytes > count) break;
      entries.qid(entry.stat).u64(index + 1).u8(direntType(entry.stat)).string(entry.name);
    }
    const data = entries.finish().subarray(start);
    return reply.u32(data.length).bytesOf(data).finish();
  }

  private list(path: FsPath): DirEntry[] {
    const entries: DirEntry[] = [
      { name: '.', stat: this.fs.stat(path) },
      { name: '..', stat: this.fs.stat(path.slice(0, -1)) },
    ];
    for (const name of this.fs.readdir(path)) {
      try {
        entries.push({ name, stat: this.fs.stat([...path, name]) });
      } catch {
        // Vanished between readdir and stat (a host-side change): leave it out.
      }
    }
    return entries;
  }

  private removePath(path: FsPath, directory: boolean): void {
    if (path.length === 0) throw new FsError(Errno.EBUSY, 'cannot remove the root');
    if (directory) this.fs.rmdir(path);
    else this.fs.unlink(path);
  }

  /** Renames in the backend, then moves every fid below the old path, as a path-based server must. */
  private rename(from: FsPath, to: FsPath): void {
    this.fs.rename(from, to);
    for (const fid of this.fids.values()) {
      if (isPrefix(from, fid.path)) fid.path = [...to, ...fid.path.slice(from.length)];
    }
  }

  private child(dir: FsPath, name: string): FsPath {
    checkName(name);
    return [...dir, name];
  }

  private fid(id: number): Fid {
    const fid = this.fids.get(id);
    if (!fid) throw new FsError(Errno.EBADF, `unknown fid ${id}`);
    return fid;
  }

  private openFid(id: number): Fid {
    const fid = this.fid(id);
    if (fid.openFlags === null && !fid.xattr) throw new FsError(Errno.EBADF, `fid ${id} is not open`);
    return fid;
  }

  private claim(id: number): void {
    if (id === NOFID || this.fids.has(id)) throw new FsError(Errno.EBADF, `fid ${id} already in use`);
  }

  private clunk(id: number): void {
    this.fid(id);
    this.fids.delete(id);
  }
}
