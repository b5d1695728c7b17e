// A BlockBackend over a host file through node:fs synchronous calls (the CLI's -drive file=…).

import { closeSync, fstatSync, fsyncSync, openSync, readSync, writeSync } from 'node:fs';
import { basename } from 'node:path';
import { checkRange } from './memory-block.ts';
import type { BlockBackend } from './types.ts';

/** A raw disk image in a host file; read-only mode opens the file read-only so the host enforces it too. */
export class NodeBlockBackend implements BlockBackend {
  readonly size: number;
  readonly id: string;
  private fd: number;

  constructor(
    readonly path: string,
    readonly readOnly = false,
  ) {
    this.fd = openSync(path, readOnly ? 'r' : 'r+');
    this.size = fstatSync(this.fd).size;
    this.id = basename(path).slice(0, 20);
  }

  read(offset: number, into: Uint8Array): void {
    checkRange(offset, into.length, this.size);
    let done = 0;
    while (done < into.length) {
      const n = readSync(this.fd, into, done, into.length - done, offset + done);
      if (n === 0) throw new Error(`${this.path}: unexpected end of file`);
      done += n;
    }
  }

  write(offset: number, data: Uint8Array): void {
    if (this.readOnly) throw new Error(`${this.path} is read-only`);
    checkRange(offset, data.length, this.size);
    let done = 0;
    while (done < data.length) done += writeSync(this.fd, data, done, data.length - done, offset + done);
  }

  flush(): void {
    if (!this.readOnly) fsyncSync(this.fd);
  }

  /** Closes the file; the backend is unusable afterwards. */
  close(): void {
    closeSync(this.fd);
    this.fd = -1;
  }
}
