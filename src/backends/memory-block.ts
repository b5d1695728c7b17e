// A BlockBackend over a Uint8Array: disks in the browser and in tests.

import type { BlockBackend } from './types.ts';

/** A disk image held in memory; writes change the array (the caller keeps it to save it). */
export class MemoryBlockBackend implements BlockBackend {
  readonly size: number;

  constructor(
    /** The image; its length is the disk size. */
    readonly image: Uint8Array,
    readonly readOnly = false,
    readonly id = 'tabvisor-memory',
  ) {
    this.size = image.length;
  }

  read(offset: number, into: Uint8Array): void {
    checkRange(offset, into.length, this.size);
    into.set(this.image.subarray(offset, offset + into.length));
  }

  write(offset: number, data: Uint8Array): void {
    if (this.readOnly) throw new Error('write to a read-only disk');
    checkRange(offset, data.length, this.size);
    this.image.set(data, offset);
  }

  flush(): void {}
}

/** Throws (caught by the device as an I/O error) when [offset, offset + length) is not inside the disk. */
export function checkRange(offset: number, length: number, size: number): void {
  if (!Number.isSafeInteger(offset) || offset < 0 || offset + length > size) {
    throw new RangeError(`disk access [${offset}, +${length}) outside a ${size}-byte image`);
  }
}
