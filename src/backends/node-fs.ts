// An FsBackend over a host folder through node:fs synchronous calls; no symlink is ever followed, so the root holds.

import {
  closeSync,
  constants,
  fsyncSync,
  ftruncateSync,
  lchownSync,
  linkSync,
  lstatSync,
  lutimesSync,
  mkdirSync,
  openSync,
  readSync,
  readdirSync,
  readlinkSync,
  renameSync,
  rmdirSync,
  statfsSync,
  symlinkSync,
  unlinkSync,
  writeSync,
  chmodSync,
  type Stats,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { Errno, FsError, checkPath, type FsBackend, type FsKind, type FsPath, type FsStat, type FsStatfs } from './fs.ts';

/** Node error codes to Linux errno values (the guest is Linux whatever the host is). */
const ERRNO_BY_CODE: Record<string, number> = {
  EPERM: Errno.EPERM,
  ENOENT: Errno.ENOENT,
  EIO: Errno.EIO,
  EBADF: Errno.EBADF,
  EACCES: Errno.EACCES,
  EBUSY: Errno.EBUSY,
  EEXIST: Errno.EEXIST,
  EXDEV: Errno.EXDEV,
  ENOTDIR: Errno.ENOTDIR,
  EISDIR: Errno.EISDIR,
  EINVAL: Errno.EINVAL,
  EFBIG: Errno.EFBIG,
  ENOSPC: Errno.ENOSPC,
  EROFS: Errno.EROFS,
  EMLINK: Errno.EMLINK,
  ENAMETOOLONG: Errno.ENAMETOOLONG,
  ENOTEMPTY: Errno.ENOTEMPTY,
  ELOOP: Errno.ELOOP,
  ENOTSUP: Errno.EOPNOTSUPP,
  EOPNOTSUPP: Errno.EOPNOTSUPP,
};

/** A host failure as an FsError with the Linux errno. */
function toFsError(error: unknown): FsError {
  if (error instanceof FsError) return error;
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return new FsError(ERRNO_BY_CODE[code] ?? Errno.EIO, (error as Error).message);
}

/** Runs a host call, turning its failure into an FsError. */
function host<T>(call: () => T): T {
  try {
    return call();
  } catch (error) {
    throw toFsError(error);
  }
}

function kindOf(stats: Stats): FsKind {
  if (stats.isDirectory()) return 'directory';
  if (stats.isSymbolicLink()) return 'symlink';
  if (stats.isFile()) return 'file';
  return 'other';
}

/**
 * A host folder served to the guest. Every path is checked name by name (no "..", no "/") and every directory on the
 * way must be a real directory, not a symlink, so a link planted in the tree cannot lead outside it. Files are opened
 * with O_NOFOLLOW. A host process racing to swap a directory for a link between the check and the call is out of scope.
 */
export class NodeFs implements FsBackend {
  /** Absolute path of the shared folder. */
  readonly root: string;

  constructor(
    root: string,
    readonly readOnly = false,
  ) {
    this.root = resolve(root);
    if (!lstatSync(this.root).isDirectory()) throw new Error(`${root} is not a directory`);
  }

  stat(path: FsPath): FsStat {
    const stats = host(() => lstatSync(this.hostPath(path)));
    return {
      ino: stats.ino,
      kind: kindOf(stats),
      mode: stats.mode,
      nlink: stats.nlink,
      uid: stats.uid,
      gid: stats.gid,
      rdev: stats.rdev,
      size: stats.size,
      blocks: stats.blocks,
      atimeMs: stats.atimeMs,
      mtimeMs: stats.mtimeMs,
      ctimeMs: stats.ctimeMs,
    };
  }

  readdir(path: FsPath): string[] {
    return host(() => readdirSync(this.hostPath(path)));
  }

  read(path: FsPath, offset: number, into: Uint8Array): number {
    return this.withFile(path, constants.O_RDONLY, (fd) => readSync(fd, into, 0, into.length, offset));
  }

  write(path: FsPath, offset: number, data: Uint8Array): number {
    this.writable();
    return this.withFile(path, constants.O_WRONLY, (fd) => {
      let done = 0;
      while (done < data.length) done += writeSync(fd, data, done, data.length - done, offset + done);
      return done;
    });
  }

  truncate(path: FsPath, size: number): void {
    this.writable();
    this.withFile(path, constants.O_WRONLY, (fd) => ftruncateSync(fd, size));
  }

  createFile(path: FsPath, mode: number): FsStat {
    this.writable();
    const fd = host(() => openSync(this.hostPath(path), constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY | constants.O_NOFOLLOW, mode & 0o7777));
    closeSync(fd);
    return this.stat(path);
  }

  mkdir(path: FsPath, mode: number): FsStat {
    this.writable();
    host(() => mkdirSync(this.hostPath(path), mode & 0o7777));
    return this.stat(path);
  }

  symlink(path: FsPath, target: string): FsStat {
    this.writable();
    host(() => symlinkSync(target, this.hostPath(path)));
    return this.stat(path);
  }

  readlink(path: FsPath): string {
    return host(() => readlinkSync(this.hostPath(path), 'utf8'));
  }

  link(existing: FsPath, newPath: FsPath): void {
    this.writable();
    // link(2) on Linux does not follow a symlink given as the existing name.
    host(() => linkSync(this.hostPath(existing), this.hostPath(newPath)));
  }

  unlink(path: FsPath): void {
    this.writable();
    host(() => unlinkSync(this.hostPath(path)));
  }

  rmdir(path: FsPath): void {
    this.writable();
    host(() => rmdirSync(this.hostPath(path)));
  }

  rename(from: FsPath, to: FsPath): void {
    this.writable();
    host(() => renameSync(this.hostPath(from), this.hostPath(to)));
  }

  chmod(path: FsPath, mode: number): void {
    this.writable();
    // chmod(2) follows links and a link's own mode means nothing on Linux: leave links alone.
    if (this.stat(path).kind === 'symlink') return;
    host(() => chmodSync(this.hostPath(path), mode & 0o7777));
  }

  chown(path: FsPath, uid: number, gid: number): void {
    this.writable();
    const target = this.hostPath(path);
    try {
      lchownSync(target, uid, gid);
    } catch (error) {
      // An unprivileged host cannot give files away; the guest's root expects to (tar, cp -a), so this is not an error.
      if ((error as NodeJS.ErrnoException).code !== 'EPERM') throw toFsError(error);
    }
  }

  utimes(path: FsPath, atimeMs: number, mtimeMs: number): void {
    this.writable();
    host(() => lutimesSync(this.hostPath(path), atimeMs / 1000, mtimeMs / 1000));
  }

  fsync(path: FsPath): void {
    this.withFile(path, constants.O_RDONLY, (fd) => fsyncSync(fd));
  }

  statfs(): FsStatfs {
    const s = host(() => statfsSync(this.root));
    return { blockSize: s.bsize, blocks: s.blocks, blocksFree: s.bfree, blocksAvailable: s.bavail, files: s.files, filesFree: s.ffree, nameMax: 255 };
  }

  private writable(): void {
    if (this.readOnly) throw new FsError(Errno.EROFS, 'read-only file system');
  }

  /** The host path of `path`, after checking each name and that every parent on the way is a real directory. */
  private hostPath(path: FsPath): string {
    checkPath(path);
    let current = this.root;
    for (const name of path.slice(0, -1)) {
      current = join(current, name);
      const stats = host(() => lstatSync(current));
      if (!stats.isDirectory()) throw new FsError(stats.isSymbolicLink() ? Errno.ELOOP : Errno.ENOTDIR, `${name} is not a directory`);
    }
    return path.length === 0 ? current : join(current, path[path.length - 1]);
  }

  /** Opens the file at `path` without following a final symlink, runs `use`, closes it. */
  private withFile<T>(path: FsPath, flags: number, use: (fd: number) => T): T {
    const fd = host(() => openSync(this.hostPath(path), flags | constants.O_NOFOLLOW));
    try {
      return host(() => use(fd));
    } finally {
      closeSync(fd);
    }
  }
}
