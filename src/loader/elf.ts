// ELF64 RISC-V executables: validation, loadable segments, entry point and symbols (ELF spec; RISC-V psABI).

/** A failure to load an image, with a message meant for the user. */
export class ImageError extends Error {
  override name = 'ImageError';
}

/** One PT_LOAD segment: `data` goes at physical `addr`, followed by zeroes up to `memSize`. */
export interface ElfSegment {
  addr: number;
  data: Uint8Array;
  memSize: number;
}

/** What loading needs from an ELF file. */
export interface ElfImage {
  entry: number;
  segments: ElfSegment[];
  /** Symbol name -> value, from .symtab (empty when stripped). */
  symbols: Map<string, number>;
}

const EM_RISCV = 243;
const PT_LOAD = 1;
const SHT_SYMTAB = 2;

/** Whether `bytes` starts like an ELF file (so callers can tell ELF from raw images). */
export function isElf(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x7f && bytes[1] === 0x45 && bytes[2] === 0x4c && bytes[3] === 0x46;
}

/** Parses a 64-bit little-endian RISC-V ELF executable; throws ImageError naming what is wrong. */
export function parseElf(bytes: Uint8Array, name = 'image'): ElfImage {
  if (!isElf(bytes)) throw new ImageError(`${name}: not an ELF file`);
  if (bytes.length < 64) throw new ImageError(`${name}: truncated ELF header`);
  if (bytes[4] !== 2) throw new ImageError(`${name}: not a 64-bit ELF (EI_CLASS ${bytes[4]})`);
  if (bytes[5] !== 1) throw new ImageError(`${name}: not little-endian`);
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (o: number): number => dv.getUint16(o, true);
  const u32 = (o: number): number => dv.getUint32(o, true);
  const u64 = (o: number): number => {
    const v = dv.getBigUint64(o, true);
    if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw new ImageError(`${name}: value 0x${v.toString(16)} out of range`);
    return Number(v);
  };
  const machine = u16(18);
  if (machine !== EM_RISCV) throw new ImageError(`${name}: not a RISC-V ELF (e_machine ${machine})`);
  const type = u16(16);
  if (type !== 2 && type !== 3) throw new ImageError(`${name}: not an executable (e_type ${type})`);
  const entry = u64(24);
  const phoff = u64(32);
  const shoff = u64(40);
  const phentsize = u16(54);
  const phnum = u16(56);
  const shentsize = u16(58);
  const shnum = u16(60);
  const inFile = (off: number, len: number): boolean => off >= 0 && len >= 0 && off + len <= bytes.length;
  if (phnum === 0) throw new ImageError(`${name}: no program headers`);
  if (phentsize < 56 || !inFile(phoff, phnum * phentsize)) throw new ImageError(`${name}: truncated program headers`);

  const segments: ElfSegment[] = [];
  for (let i = 0; i < phnum; i++) {
    const ph = phoff + i * phentsize;
    if (u32(ph) !== PT_LOAD) continue;
    const offset = u64(ph + 8);
    const paddr = u64(ph + 24);
    const fileSize = u64(ph + 32);
    const memSize = u64(ph + 40);
    if (!inFile(offset, fileSize)) throw new ImageError(`${name}: segment ${i} extends past the end of the file (truncated?)`);
    if (memSize < fileSize) throw new ImageError(`${name}: segment ${i} has p_memsz < p_filesz`);
    if (memSize === 0) continue;
    segments.push({ addr: paddr, data: bytes.subarray(offset, offset + fileSize), memSize });
  }
  if (segments.length === 0) throw new ImageError(`${name}: no loadable segments`);

  const symbols = new Map<string, number>();
  if (shnum > 0 && shentsize >= 64 && inFile(shoff, shnum * shentsize)) {
    for (let i = 0; i < shnum; i++) {
      const sh = shoff + i * shentsize;
      if (u32(sh + 4) !== SHT_SYMTAB) continue;
      const symOff = u64(sh + 24);
      const symSize = u64(sh + 32);
      const link = u32(sh + 40);
      const entSize = u64(sh + 56);
      if (link >= shnum || !inFile(symOff, symSize) || entSize < 24) throw new ImageError(`${name}: corrupt symbol table`);
      const strSh = shoff + link * shentsize;
      const strOff = u64(strSh + 24);
      const strSize = u64(strSh + 32);
      if (!inFile(strOff, strSize)) throw new ImageError(`${name}: corrupt string table`);
      for (let s = symOff; s + entSize <= symOff + symSize; s += entSize) {
        const nameOff = u32(s);
        if (nameOff === 0 || nameOff >= strSize) continue;
        let end = strOff + nameOff;
        while (end < strOff + strSize && bytes[end] !== 0) end++;
        const value = dv.getBigUint64(s + 8, true);
        if (value > BigInt(Number.MAX_SAFE_INTEGER)) continue; // kernel virtual addresses and the like: never needed here
        symbols.set(new TextDecoder().decode(bytes.subarray(strOff + nameOff, end)), Number(value));
      }
    }
  }
  return { entry, segments, symbols };
}

/** Where loadElf puts segments: `fits` says whether a range is memory, `load` copies bytes there (a Core is one). */
export interface ElfTarget {
  fits(addr: number, size: number): boolean;
  load(addr: number, bytes: Uint8Array): void;
}

/** Places every segment, zero-filling its BSS; throws ImageError, before writing anything, if one does not fit. */
export function loadElf(image: ElfImage, target: ElfTarget, name = 'image'): void {
  for (const seg of image.segments) {
    if (!target.fits(seg.addr, seg.memSize)) {
      throw new ImageError(`${name}: segment at 0x${seg.addr.toString(16)} (${seg.memSize} bytes) is outside the machine's memory`);
    }
  }
  for (const seg of image.segments) {
    target.load(seg.addr, seg.data);
    if (seg.memSize > seg.data.length) target.load(seg.addr + seg.data.length, new Uint8Array(seg.memSize - seg.data.length));
  }
}
