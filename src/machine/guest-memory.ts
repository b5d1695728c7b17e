// Bounds-checked access to guest RAM for devices that do DMA (virtio rings), and for loaders.

/**
 * Guest physical RAM as the shell sees it. Every address comes from the guest and is untrusted:
 * each accessor returns null (never throws, never touches memory outside RAM) when the range is not inside RAM.
 */
export class GuestMemory {
  /** @param bytes returns the current view of RAM (re-fetched on each access: a Wasm memory's buffer can be replaced). */
  constructor(private readonly bytes: () => Uint8Array, readonly base: number) {}

  /** RAM size in bytes. */
  get size(): number {
    return this.bytes().length;
  }

  /** Whether [addr, addr + len) lies inside RAM. `addr` may be any number, including > 2^32 or NaN. */
  contains(addr: number, len: number): boolean {
    const offset = addr - this.base;
    return Number.isInteger(offset) && Number.isInteger(len) && offset >= 0 && len >= 0 && offset + len <= this.size;
  }

  /** A live view of [addr, addr + len), or null when it is not entirely inside RAM. */
  view(addr: number, len: number): Uint8Array | null {
    if (!this.contains(addr, len)) return null;
    const ram = this.bytes();
    const offset = addr - this.base;
    return ram.subarray(offset, offset + len);
  }

  /** Little-endian reads; null when out of range. */
  readU8(addr: number): number | null {
    const v = this.view(addr, 1);
    return v ? v[0] : null;
  }
  readU16(addr: number): number | null {
    const v = this.view(addr, 2);
    return v ? v[0] | (v[1] << 8) : null;
  }
  readU32(addr: number): number | null {
    const v = this.view(addr, 4);
    return v ? (v[0] | (v[1] << 8) | (v[2] << 16) | (v[3] << 24)) >>> 0 : null;
  }
  /** A 64-bit guest address or length as a number; values above 2^53 become Infinity, which no range check accepts. */
  readU64(addr: number): number | null {
    const lo = this.readU32(addr);
    const hi = this.readU32(addr + 4);
    if (lo === null || hi === null) return null;
    return hi >= 0x200000 ? Infinity : hi * 0x1_0000_0000 + lo;
  }

  /** Little-endian writes; false when out of range. */
  writeU16(addr: number, value: number): boolean {
    const v = this.view(addr, 2);
    if (!v) return false;
    v[0] = value;
    v[1] = value >>> 8;
    return true;
  }
  writeU32(addr: number, value: number): boolean {
    const v = this.view(addr, 4);
    if (!v) return false;
    v[0] = value;
    v[1] = value >>> 8;
    v[2] = value >>> 16;
    v[3] = value >>> 24;
    return true;
  }
  /** Copies `data` into RAM at `addr`; false (and nothing written) when it does not fit. */
  write(addr: number, data: Uint8Array): boolean {
    const v = this.view(addr, data.length);
    if (!v) return false;
    v.set(data);
    return true;
  }
}
