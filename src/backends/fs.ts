// The filesystem backend behind virtio-9p: a synchronous, path-based tree that never lets a path leave its root.

/** Linux errno values; the 9P2000.L server sends them to the guest in Rlerror, whatever the host OS. */
export const Errno = {
  EPERM: 1,
  ENOENT: 2,
  EIO: 5,
  EBADF: 9,
  EACCES: 13,
  EBUSY: 16,
  EEXIST: 17,
  EXDEV: 18,
  ENOTDIR: 20,
  EISDIR: 21,
  EINVAL: 22,
  EFBIG: 27,
  ENOSPC: 28,
  EROFS: 30,
  EMLINK: 31,
  ENAMETOOLONG: 36,
  ENOSYS: 38,
  ENOTEMPTY: 39,
  ELOOP: 40,
  ENODATA: 61,
  EPROTO: 71,
  EMSGSIZE: 90,
  EOPNOTSUPP: 95,
} as const;

/** An error with the Linux errno the guest should see. */
export class FsError extends Error {
  constructor(
    readonly errno: number,
    message: string,
  ) {
    super(message);
    this.name = 'FsError';
  }
}

// File type bits of st_mode (Linux <sys/stat.h>).
/** Mask of the type bits. */
export const S_IFMT = 0o170000;
/** Directory. */
export const S_IFDIR = 0o040000;
/** Regular file. */
export const S_IFREG = 0o100000;
/** Symbolic link. */
export const S_IFLNK = 0o120000;

/** A path below the backend's root as single names: never empty names, ".", "..", "/" or NUL (see `checkName`). */
export type FsPath = readonly string[];

/** What kind of node a path names. */
export type FsKind = 'file' | 'directory' | 'symlink' | 'other';

/** lstat() of a node, in the units 9P's getattr wants. */
export interface FsStat {
  /** Stable number for the node while it exists; the 9P qid path. */
  readonly ino: number;
  readonly kind: FsKind;
  /** Full st_mode: type bits and permission bits. */
  readonly mode: number;
  readonly nlink: number;
  readonly uid: number;
  readonly gid: number;
  readonly rdev: number;
  readonly size: number;
  /** 512-byte blocks allocated. */
  readonly blocks: number;
  readonly atimeMs: number;
  readonly mtimeMs: number;
  readonly ctimeMs: number;
}

/** statfs() of the whole tree. */
export interface FsStatfs {
  readonly blockSize: number;
  readonly blocks: number;
  readonly blocksFree: number;
  readonly blocksAvailable: number;
  readonly files: number;
  readonly filesFree: number;
  readonly nameMax: number;
}

/**
 * A directory tree served to the guest. All calls are synchronous and throw FsError on failure. No call follows a
 * symbolic link (the guest resolves links itself), so no path can reach outside the root.
 */
export interface FsBackend {
  /** Mutations throw EROFS. */
  readonly readOnly: boolean;
  /** The node at `path`, not following a final symlink. */
  stat(path: FsPath): FsStat;
  /** Names in a directory, without "." and "..". */
  readdir(path: FsPath): string[];
  /** Reads up to `into.length` bytes at `offset`; returns the count (0 at end of file). */
  read(path: FsPath, offset: number, into: Uint8Array): number;
  /** Writes `data` at `offset`, growing the file; returns the count. */
  write(path: FsPath, offset: number, data: Uint8Array): number;
  /** Sets the file's size. */
  truncate(path: FsPath, size: number): void;
  /** Creates an empty regular file; EEXIST if the name exists. */
  createFile(path: FsPath, mode: number): FsStat;
  /** Creates a directory; EEXIST if the name exists. */
  mkdir(path: FsPath, mode: number): FsStat;
  /** Creates a symbolic link holding `target` (which is never resolved here). */
  symlink(path: FsPath, target: string): FsStat;
  /** A symbolic link's target. */
  readlink(path: FsPath): string;
  /** A hard link `newPath` to the non-directory `existing`. */
  link(existing: FsPath, newPath: FsPath): void;
  /** Removes a non-directory. */
  unlink(path: FsPath): void;
  /** Removes an empty directory. */
  rmdir(path: FsPath): void;
  /** rename(2): replaces a non-directory or an empty directory at `to`. */
  rename(from: FsPath, to: FsPath): void;
  /** Sets the permission bits (type bits of `mode` are ignored). */
  chmod(path: FsPath, mode: number): void;
  /** Sets owner and group; -1 leaves one unchanged. */
  chown(path: FsPath, uid: number, gid: number): void;
  /** Sets access and modification times. */
  utimes(path: FsPath, atimeMs: number, mtimeMs: number): void;
  /** Flushes a file's data to stable storage. */
  fsync(path: FsPath): void;
  /** Sizes of the whole tree. */
  statfs(): FsStatfs;
}

/** Longest name accepted (NAME_MAX). */
export const NAME_MAX = 255;

/** Throws EINVAL/ENAMETOOLONG unless `name` is one plain directory entry name. */
export function checkName(name: string): void {
  if (name === '' || name === '.' || name === '..' || name.includes('/') || name.includes('\0')) {
    throw new FsError(Errno.EINVAL, `invalid file name ${JSON.stringify(name)}`);
  }
  if (new TextEncoder().encode(name).length > NAME_MAX) throw new FsError(Errno.ENAMETOOLONG, 'file name too long');
}

/** Throws unless every element of `path` is a plain name. */
export function checkPath(path: FsPath): void {
  for (const name of path) checkName(name);
}
