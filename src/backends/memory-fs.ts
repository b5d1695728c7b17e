// An in-memory FsBackend: the 9P tree in the browser and in tests.

import {
  Errno,
  FsError,
  S_IFDIR,
  S_IFLNK,
  S_IFREG,
  checkName,
  checkPath,
  type FsBackend,
  type FsKind,
  type FsPath,
  type FsStat,
  type FsStatfs,
} from './fs.ts';

/** Largest file the in-memory tree holds; keeps a guest from asking for a multi-gigabyte allocation with one write. */
export const MEMORY_FS_MAX_FILE = 256 * 1024 * 1024;

interface MemoryNode {
  readonly ino: number;
  readonly kind: FsKind;
  mode: number;
  uid: number;
  gid: number;
  nlink: number;
  atimeMs: number;
  mtimeMs: number;
  ctimeMs: number;
  /** File bytes in [0, size); the array may be larger (capacity). */
  data: Uint8Array;
  size: number;
  /** Directory entries. */
  readonly children: Map<string, MemoryNode>;
  /** Symlink target. */
  target: string;
}

/** A directory tree held in JavaScript objects. */
export class MemoryFs implements FsBackend {
  private nextIno = 1;
  private readonly root: MemoryNode;

  constructor(
    readonly readOnly = false,
    private readonly clock: () => number = Date.now,
  ) {
    this.root = this.newNode('directory', 0o755);
  }

  /** Host-side helper: creates a file (and its parent directories) with `content`, even in a read-only tree. */
  writeFile(path: string, content: Uint8Array | string): void {
    const names = path.split('/').filter((n) => n !== '');
    const dir = this.mkdirs(names.slice(0, -1));
    const name = names[names.length - 1];
    checkName(name);
    const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content.slice();
    const node = dir.children.get(name) ?? this.newNode('file', 0o644);
    node.data = bytes;
    node.size = bytes.length;
    dir.children.set(name, node);
  }

  /** Host-side helper: the bytes of a file, or null when there is none. */
  readFile(path: string): Uint8Array | null {
    try {
      const node = this.lookup(path.split('/').filter((n) => n !== ''));
      return node.kind === 'file' ? node.data.slice(0, node.size) : null;
    } catch {
      return null;
    }
  }

  stat(path: FsPath): FsStat {
    const node = this.lookup(path);
    const typeBits = node.kind === 'directory' ? S_IFDIR : node.kind === 'symlink' ? S_IFLNK : S_IFREG;
    return {
      ino: node.ino,
      kind: node.kind,
      mode: typeBits | (node.mode & 0o7777),
      nlink: node.kind === 'directory' ? 2 + [...node.children.values()].filter((c) => c.kind === 'directory').length : node.nlink,
      uid: node.uid,
      gid: node.gid,
      rdev: 0,
      size: node.kind === 'directory' ? 4096 : node.kind === 'symlink' ? new TextEncoder().encode(node.target).length : node.size,
      blocks: Math.ceil(node.size / 512),
      atimeMs: node.atimeMs,
      mtimeMs: node.mtimeMs,
      ctimeMs: node.ctimeMs,
    };
  }

  readdir(path: FsPath): string[] {
    return [...this.directory(path).children.keys()];
  }

  read(path: FsPath, offset: number, into: Uint8Array): number {
    const node = this.file(path);
    if (offset >= node.size) return 0;
    const n = Math.min(into.length, node.size - offset);
    into.set(node.data.subarray(offset, offset + n));
    return n;
  }

  write(path: FsPath, offset: number, data: Uint8Array): number {
    this.writable();
    const node = this.file(path);
    this.resize(node, Math.max(node.size, offset + data.length));
    node.data.set(data, offset);
    node.mtimeMs = node.ctimeMs = this.clock();
    return data.length;
  }

  truncate(path: FsPath, size: number): void {
    this.writable();
    const node = this.file(path);
    this.resize(node, size);
    node.mtimeMs = node.ctimeMs = this.clock();
  }

  createFile(path: FsPath, mode: number): FsStat {
    return this.add(path, this.newNode('file', mode));
  }

  mkdir(path: FsPath, mode: number): FsStat {
    return this.add(path, this.newNode('directory', mode));
  }

  symlink(path: FsPath, target: string): FsStat {
    const node = this.newNode('symlink', 0o777);
    node.target = target;
    return this.add(path, node);
  }

  readlink(path: FsPath): string {
    const node = this.lookup(path);
    if (node.kind !== 'symlink') throw new FsError(Errno.EINVAL, 'not a symbolic link');
    return node.target;
  }

  link(existing: FsPath, newPath: FsPath): void {
    this.writable();
    const node = this.lookup(existing);
    if (node.kind === 'directory') throw new FsError(Errno.EPERM, 'hard link to a directory');
    const { dir, name } = this.parentOf(newPath);
    if (dir.children.has(name)) throw new FsError(Errno.EEXIST, 'file exists');
    dir.children.set(name, node);
    node.nlink++;
  }

  unlink(path: FsPath): void {
    this.writable();
    const { dir, name } = this.parentOf(path);
    const node = this.childOf(dir, name);
    if (node.kind === 'directory') throw new FsError(Errno.EISDIR, 'is a directory');
    dir.children.delete(name);
    node.nlink--;
  }

  rmdir(path: FsPath): void {
    this.writable();
    if (path.length === 0) throw new FsError(Errno.EBUSY, 'cannot remove the root');
    const { dir, name } = this.parentOf(path);
    const node = this.childOf(dir, name);
    if (node.kind !== 'directory') throw new FsError(Errno.ENOTDIR, 'not a directory');
    if (node.children.size > 0) throw new FsError(Errno.ENOTEMPTY, 'directory not empty');
    dir.children.delete(name);
  }

  rename(from: FsPath, to: FsPath): void {
    this.writable();
    const source = this.parentOf(from);
    const node = this.childOf(source.dir, source.name);
    const target = this.parentOf(to);
    // rename(2): a directory cannot move into itself or below itself.
    if (node.kind === 'directory' && to.length > from.length && from.every((n, i) => to[i] === n)) {
      throw new FsError(Errno.EINVAL, 'cannot move a directory into itself');
    }
    const replaced = target.dir.children.get(target.name);
    if (replaced === node) return;
    if (replaced) {
      if (replaced.kind === 'directory' && node.kind !== 'directory') throw new FsError(Errno.EISDIR, 'is a directory');
      if (replaced.kind !== 'directory' && node.kind === 'directory') throw new FsError(Errno.ENOTDIR, 'not a directory');
      if (replaced.kind === 'directory' && replaced.children.size > 0) throw new FsError(Errno.ENOTEMPTY, 'directory not empty');
      replaced.nlink--;
    }
    source.dir.children.delete(source.name);
    target.dir.children.set(target.name, node);
    node.ctimeMs = this.clock();
  }

  chmod(path: FsPath, mode: number): void {
    this.writable();
    const node = this.lookup(path);
    node.mode = mode & 0o7777;
    node.ctimeMs = this.clock();
  }

  chown(path: FsPath, uid: number, gid: number): void {
    this.writable();
    const node = this.lookup(path);
    if (uid !== -1) node.uid = uid;
    if (gid !== -1) node.gid = gid;
    node.ctimeMs = this.clock();
  }

  utimes(path: FsPath, atimeMs: number, mtimeMs: number): void {
    this.writable();
    const node = this.lookup(path);
    node.atimeMs = atimeMs;
    node.mtimeMs = mtimeMs;
    node.ctimeMs = this.clock();
  }

  fsync(path: FsPath): void {
    this.lookup(path);
  }

  statfs(): FsStatfs {
    let used = 0;
    let files = 0;
    const visit = (node: MemoryNode): void => {
      files++;
      used += node.size;
      if (node.kind === 'directory') node.children.forEach(visit);
    };
    visit(this.root);
    const blockSize = 4096;
    const blocks = MEMORY_FS_MAX_FILE / blockSize;
    const free = Math.max(0, blocks - Math.ceil(used / blockSize));
    return { blockSize, blocks, blocksFree: free, blocksAvailable: free, files: files + 65536, filesFree: 65536, nameMax: 255 };
  }

  private newNode(kind: FsKind, mode: number): MemoryNode {
    const now = this.clock();
    return {
      ino: this.nextIno++,
      kind,
      mode: mode & 0o7777,
      uid: 0,
      gid: 0,
      nlink: 1,
      atimeMs: now,
      mtimeMs: now,
      ctimeMs: now,
      data: new Uint8Array(0),
      size: 0,
      children: new Map(),
      target: '',
    };
  }

  private writable(): void {
    if (this.readOnly) throw new FsError(Errno.EROFS, 'read-only file system');
  }

  /** Walks `path` from the root; intermediate symlinks are not followed (ENOTDIR), as the FsBackend contract says. */
  private lookup(path: FsPath): MemoryNode {
    checkPath(path);
    let node = this.root;
    for (const name of path) {
      if (node.kind !== 'directory') throw new FsError(Errno.ENOTDIR, 'not a directory');
      node = this.childOf(node, name);
    }
    return node;
  }

  private childOf(dir: MemoryNode, name: string): MemoryNode {
    const child = dir.children.get(name);
    if (!child) throw new FsError(Errno.ENOENT, `no such file: ${name}`);
    return child;
  }

  private directory(path: FsPath): MemoryNode {
    const node = this.lookup(path);
    if (node.kind !== 'directory') throw new FsError(Errno.ENOTDIR, 'not a directory');
    return node;
  }

  private file(path: FsPath): MemoryNode {
    const node = this.lookup(path);
    if (node.kind === 'directory') throw new FsError(Errno.EISDIR, 'is a directory');
    if (node.kind !== 'file') throw new FsError(Errno.EINVAL, 'not a regular file');
    return node;
  }

  private parentOf(path: FsPath): { dir: MemoryNode; name: string } {
    if (path.length === 0) throw new FsError(Errno.EINVAL, 'the root has no parent');
    checkName(path[path.length - 1]);
    return { dir: this.directory(path.slice(0, -1)), name: path[path.length - 1] };
  }

  private add(path: FsPath, node: MemoryNode): FsStat {
    this.writable();
    const { dir, name } = this.parentOf(path);
    if (dir.children.has(name)) throw new FsError(Errno.EEXIST, 'file exists');
    dir.children.set(name, node);
    dir.mtimeMs = dir.ctimeMs = this.clock();
    return this.stat(path);
  }

  private mkdirs(names: string[]): MemoryNode {
    let node = this.root;
    for (const name of names) {
      checkName(name);
      let child = node.children.get(name);
      if (!child) {
        child = this.newNode('directory', 0o755);
        node.children.set(name, child);
      }
      if (child.kind !== 'directory') throw new FsError(Errno.ENOTDIR, `${name} is not a directory`);
      node = child;
    }
    return node;
  }

  private resize(node: MemoryNode, size: number): void {
    if (!Number.isSafeInteger(size) || size < 0) throw new FsError(Errno.EINVAL, 'invalid size');
    if (size > MEMORY_FS_MAX_FILE) throw new FsError(Errno.EFBIG, 'file too large for the in-memory tree');
    if (size > node.data.length) {
      const grown = new Uint8Array(Math.min(MEMORY_FS_MAX_FILE, Math.max(size, node.data.length * 2)));
      grown.set(node.data.subarray(0, node.size));
      node.data = grown;
    } else if (size < node.size) {
      node.data.fill(0, size, node.size);
    }
    node.size = size;
  }
}
