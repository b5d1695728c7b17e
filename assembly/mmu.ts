// Sv39 translation, the software TLBs, and the slow paths for memory accesses (misaligned, MMIO, CLINT, tohost).
import { TLB_BASE, TLB_ENTRIES, RAM_OFFSET, ROM_BASE, ROM_SIZE, SCRATCH_ADDR } from "./layout";
import {
  csr, priv, info, PRIV_M, PRIV_S, PRIV_U, CSR_SATP, CSR_MSTATUS, MSTATUS_MPRV, MSTATUS_SUM,
  MSTATUS_MXR, RAM_GUEST_BASE, ROM_GUEST_BASE, CLINT_BASE, CLINT_SIZE, INFO_RAM_SIZE, INFO_TOHOST,
  hartSlot, HART_MSIP, HART_MTIMECMP, CAUSE_FETCH_ACCESS, CAUSE_LOAD_ACCESS, CAUSE_STORE_ACCESS, CAUSE_FETCH_PAGE,
  CAUSE_LOAD_PAGE, CAUSE_STORE_PAGE, CAUSE_LOAD_MISALIGNED, CAUSE_STORE_MISALIGNED,
} from "./state";
import { hartCount } from "./harts";
import { mtime, setMtime } from "./timer";

// The shell's MMIO handlers: the value travels through SCRATCH_ADDR; a non-zero result means no device (access fault).
@external("env", "mmioRead") declare function mmioRead(addr: u32, size: u32): i32;
@external("env", "mmioWrite") declare function mmioWrite(addr: u32, size: u32): i32;

@inline export const ACCESS_FETCH: u32 = 0;
@inline export const ACCESS_READ: u32 = 1;
@inline export const ACCESS_WRITE: u32 = 2;

/**
 * The TLBs, in banks by the kind of translation they cache, so that changing privilege (every trap and sret) or
 * toggling SUM (Linux does around each user copy) selects another bank instead of flushing. Each TLB has
 * TLB_ENTRIES entries of { tag: page VA, addend: host - VA }.
 * Data banks (a read TLB, then its write TLB): M (untranslated), S with SUM = 0, S with SUM = 1, U.
 * Fetch banks: M, S, U (SUM never lets S-mode fetch from user pages).
 */
@inline const TLB_SIZE: u32 = TLB_ENTRIES * 16;
@inline const DATA_BANKS: u32 = TLB_BASE;
@inline const FETCH_BANKS: u32 = TLB_BASE + 4 * 2 * TLB_SIZE;
@inline const TLB_END: u32 = FETCH_BANKS + 3 * TLB_SIZE;
/** From a data bank's read TLB to its write TLB. */
@inline export const WRITE_TLB_OFFSET: u32 = TLB_SIZE;
/** A tag no address can match: page tags have their low 12 bits clear but for at most the alignment bits. */
@inline export const TLB_INVALID: u64 = u64.MAX_VALUE;
@inline const PAGE_MASK: u64 = ~(<u64>0xFFF);

/** The pending trap raised by a slow path (cause, tval); `trapPending` says whether there is one. */
export let trapPending: bool = false;
export let trapCause: u64 = 0;
export let trapValue: u64 = 0;
/** Set when the current instruction must end the interpreter's chunk (interrupt lines or timers changed, exit requested). */
export let chunkBreak: bool = false;

/** What the store written to SCRATCH_ADDR still has to do (see commitStore). */
@inline const COMMIT_MMIO: u32 = 1;
@inline const COMMIT_MISALIGNED: u32 = 2;
@inline const COMMIT_CLINT: u32 = 3;
@inline const COMMIT_TOHOST: u32 = 4;
let commitKind: u32 = 0;
let commitAddr: u64 = 0;
let commitAddr2: u64 = 0;
let commitVa: u64 = 0;
/** Set when a store hit the watched tohost word: the interpreter then exits with EXIT_TOHOST. */
export let tohostHit: bool = false;

/** Raises a synchronous exception from a slow path. */
export function raise(cause: u64, tval: u64): void {
  trapPending = true;
  trapCause = cause;
  trapValue = tval;
}

/** Clears the pending trap once the interpreter has taken it. */
export function clearTrap(): void { trapPending = false; }

/** Asks the interpreter to end its chunk after the current instruction. */
export function breakChunk(): void { chunkBreak = true; }
export function clearChunkBreak(): void { chunkBreak = false; }
export function clearTohostHit(): void { tohostHit = false; }

/** Invalidates every TLB entry of every bank (satp write, sfence.vma, MXR change, another hart). */
export function flushTlb(): void {
  for (let e: u32 = TLB_BASE; e < TLB_END; e += 16) store<u64>(e, TLB_INVALID);
  superpagesCached = false;
}

/**
 * Invalidates the entries for the page of `va` in every TLB (sfence.vma with an address), or everything when a
 * superpage translation may be cached: its other 4 KiB pages would sit in other slots.
 */
export function flushTlbPage(va: u64): void {
  if (superpagesCached) {
    flushTlb();
    return;
  }
  const slot = (<u32>(va >> 12) & (TLB_ENTRIES - 1)) << 4;
  for (let tlb: u32 = TLB_BASE; tlb < TLB_END; tlb += TLB_SIZE) store<u64>(tlb + slot, TLB_INVALID);
}

/** The read TLB of the bank that data accesses use now (its write TLB follows at WRITE_TLB_OFFSET). */
export function dataTlb(): u32 {
  const p = dataPriv();
  let bank: u32 = 0;
  if (p == PRIV_U) bank = 3;
  else if (p == PRIV_S) bank = (csr(CSR_MSTATUS) & MSTATUS_SUM) ? 2 : 1;
  return DATA_BANKS + bank * 2 * TLB_SIZE;
}

/** The fetch TLB of the current privilege mode. */
export function fetchTlb(): u32 {
  const p = priv();
  return FETCH_BANKS + (p == PRIV_M ? 0 : p == PRIV_S ? 1 : 2) * TLB_SIZE;
}

@inline function ramSize(): u64 { return info(INFO_RAM_SIZE); }

/** Whether [pa, pa + size) is RAM. */
@inline export function isRam(pa: u64, size: u64): bool {
  return pa >= RAM_GUEST_BASE && pa - RAM_GUEST_BASE + size <= ramSize();
}
@inline function isRom(pa: u64, size: u64): bool {
  return pa >= ROM_GUEST_BASE && pa - ROM_GUEST_BASE + size <= <u64>ROM_SIZE;
}
/** Host (linear memory) address of a RAM physical address. */
@inline export function ramHost(pa: u64): u32 { return RAM_OFFSET + <u32>(pa - RAM_GUEST_BASE); }

@inline function accessFaultCause(access: u32): u64 {
  return access == ACCESS_FETCH ? CAUSE_FETCH_ACCESS : access == ACCESS_READ ? CAUSE_LOAD_ACCESS : CAUSE_STORE_ACCESS;
}
@inline function pageFaultCause(access: u32): u64 {
  return access == ACCESS_FETCH ? CAUSE_FETCH_PAGE : access == ACCESS_READ ? CAUSE_LOAD_PAGE : CAUSE_STORE_PAGE;
}

/** The privilege data accesses use: MPP when M-mode sets MPRV (§3.1.6.3). */
@inline function dataPriv(): u32 {
  let p = priv();
  const ms = csr(CSR_MSTATUS);
  if (p == PRIV_M && (ms & MSTATUS_MPRV)) p = <u32>((ms >> 11) & 3);
  return p;
}

// PTE bits (§4.3.1).
@inline const PTE_V: u64 = 1;
@inline const PTE_R: u64 = 2;
@inline const PTE_W: u64 = 4;
@inline const PTE_X: u64 = 8;
@inline const PTE_U: u64 = 16;
@inline const PTE_A: u64 = 64;
@inline const PTE_D: u64 = 128;
/** Bits 63..54 (N, PBMT, reserved): this core implements neither Svnapot nor Svpbmt, so they must be zero. */
@inline const PTE_HIGH_RESERVED: u64 = 0xFFC0_0000_0000_0000;

/** Set by translate when the leaf PTE's D bit is set (or was just set), so a write TLB entry may be cached. */
let lastWritable: bool = false;
/** Set by translate when the leaf was a superpage; fill() then notes that one may be cached. */
let lastSuperpage: bool = false;
/** Whether a TLB may hold a page of a superpage translation (sfence.vma with an address must then flush all). */
let superpagesCached: bool = false;

/**
 * Translates a virtual address for one access (§4.3.2, Sv39 with hardware A/D updates).
 * On a fault it raises the exception and returns 0 (check trapPending).
 */
export function translate(va: u64, access: u32): u64 {
  const p = access == ACCESS_FETCH ? priv() : dataPriv();
  const satp = csr(CSR_SATP);
  lastWritable = true;
  lastSuperpage = false;
  if (p == PRIV_M || (satp >> 60) == 0) return va;
  // Sv39: bits 63..39 must equal bit 38.
  if (<u64>((<i64>va << 25) >> 25) != va) {
    raise(pageFaultCause(access), va);
    return 0;
  }
  let table = (satp & 0xFFF_FFFF_FFFF) << 12;
  for (let level = 2; level >= 0; level--) {
    const pteAddr = table + (((va >> (12 + 9 * <u64>level)) & 0x1FF) << 3);
    if (!isRam(pteAddr, 8)) {
      raise(accessFaultCause(access), va);
      return 0;
    }
    const host = ramHost(pteAddr);
    let pte = load<u64>(host);
    if (!(pte & PTE_V) || (!(pte & PTE_R) && (pte & PTE_W)) || (pte & PTE_HIGH_RESERVED)) break;
    if (!(pte & (PTE_R | PTE_X))) {
      table = ((pte >> 10) & 0xFFF_FFFF_FFFF) << 12;
      continue;
    }
    // A leaf: check permissions (§4.3.1, SUM and MXR in §3.1.6.3).
    if (access == ACCESS_FETCH) {
      if (!(pte & PTE_X)) break;
    } else if (access == ACCESS_READ) {
      const ms = csr(CSR_MSTATUS);
      if (!(pte & PTE_R) && !((ms & MSTATUS_MXR) && (pte & PTE_X))) break;
    } else if (!(pte & PTE_W)) break;
    if (pte & PTE_U) {
      if (p == PRIV_S && (access == ACCESS_FETCH || !(csr(CSR_MSTATUS) & MSTATUS_SUM))) break;
    } else if (p == PRIV_U) break;
    const ppn = (pte >> 10) & 0xFFF_FFFF_FFFF;
    const levelMask: u64 = (<u64>1 << (9 * <u64>level)) - 1;
    if (ppn & levelMask) break; // misaligned superpage
    let update = pte | PTE_A;
    if (access == ACCESS_WRITE) update |= PTE_D;
    if (update != pte) {
      store<u64>(host, update);
      pte = update;
    }
    lastWritable = (pte & PTE_D) != 0;
    lastSuperpage = level > 0;
    const vpnLow = (va >> 12) & levelMask;
    return (((ppn & ~levelMask) | vpnLow) << 12) | (va & 0xFFF);
  }
  raise(pageFaultCause(access), va);
  return 0;
}

/** Installs a TLB entry mapping va's page to the host page of pa. */
@inline function fill(tlb: u32, va: u64, hostPage: u32): void {
  if (lastSuperpage) superpagesCached = true;
  const e = tlb + ((<u32>(va >> 12) & (TLB_ENTRIES - 1)) << 4);
  store<u64>(e, va & PAGE_MASK);
  store<u64>(e, <u64>hostPage - (va & PAGE_MASK), 8);
}

/** The TLB fast path: host address of va for an access of (alignMask + 1) bytes, or 0 on a miss or misalignment. */
@inline export function tlbLookup(tlb: u32, va: u64, alignMask: u64): u32 {
  const e = tlb + ((<u32>(va >> 12) & (TLB_ENTRIES - 1)) << 4);
  if (load<u64>(e) == (va & (PAGE_MASK | alignMask))) return <u32>(va + load<u64>(e, 8));
  return 0;
}

/** Host address of the instruction bytes at va (RAM or ROM), filling the fetch TLB; 0 with a trap raised on a fault. */
export function fetchSlow(va: u64): u32 {
  const pa = translate(va, ACCESS_FETCH);
  if (trapPending) return 0;
  if (isRam(pa, 2)) {
    fill(fetchTlb(), va, ramHost(pa & PAGE_MASK));
    return ramHost(pa);
  }
  if (isRom(pa, 2)) {
    fill(fetchTlb(), va, ROM_BASE + <u32>((pa & PAGE_MASK) - ROM_GUEST_BASE));
    return ROM_BASE + <u32>(pa - ROM_GUEST_BASE);
  }
  raise(CAUSE_FETCH_ACCESS, va);
  return 0;
}

/** Reads `size` bytes at physical pa into SCRATCH_ADDR (CLINT or a device); false when nothing answers there. */
function readDevice(pa: u64, size: u32): bool {
  if (pa >= CLINT_BASE && pa < CLINT_BASE + CLINT_SIZE) {
    store<u64>(SCRATCH_ADDR, clintRead(<u32>(pa - CLINT_BASE), size));
    return true;
  }
  if (pa >> 32) return false;
  return mmioRead(<u32>pa, size) == 0;
}

/** Reads one byte at a physical address, from wherever it lives; -1 when nothing answers there. */
function readPhysByte(pa: u64): i32 {
  if (isRam(pa, 1)) return load<u8>(ramHost(pa));
  if (isRom(pa, 1)) return load<u8>(ROM_BASE + <u32>(pa - ROM_GUEST_BASE));
  if (!readDevice(pa, 1)) return -1;
  return load<u8>(SCRATCH_ADDR);
}

/**
 * The load slow path: returns the host address to load from (RAM, ROM or SCRATCH_ADDR holding a device's value),
 * filling the read TLB for RAM; 0 with a trap raised on a fault. Misaligned loads are emulated byte by byte.
 */
export function loadSlow(va: u64, size: u32): u32 {
  if (va & (size - 1)) {
    // Translate both pages first so a fault leaves nothing half done.
    const pa0 = translate(va, ACCESS_READ);
    if (trapPending) return 0;
    const vaEnd = va + size - 1;
    const pa1 = translate(vaEnd & PAGE_MASK, ACCESS_READ);
    if (trapPending) return 0;
    let value: u64 = 0;
    for (let i: u32 = 0; i < size; i++) {
      const v = va + i;
      const pa = (v & PAGE_MASK) == (va & PAGE_MASK) ? pa0 + i : pa1 + (v & 0xFFF);
      const b = readPhysByte(pa);
      if (b < 0) {
        raise(CAUSE_LOAD_ACCESS, v);
        return 0;
      }
      value |= <u64>b << (8 * <u64>i);
    }
    store<u64>(SCRATCH_ADDR, value);
    return SCRATCH_ADDR;
  }
  const pa = translate(va, ACCESS_READ);
  if (trapPending) return 0;
  if (isRam(pa, size)) {
    fill(dataTlb(), va, ramHost(pa & PAGE_MASK));
    return ramHost(pa);
  }
  if (isRom(pa, size)) return ROM_BASE + <u32>(pa - ROM_GUEST_BASE);
  if (!readDevice(pa, size)) {
    raise(CAUSE_LOAD_ACCESS, va);
    return 0;
  }
  return SCRATCH_ADDR;
}

/**
 * The store slow path: returns the host address to store to. For RAM that is the RAM itself (filling the write TLB
 * when the page is dirty); for devices, misaligned stores and the tohost word it is SCRATCH_ADDR, and the interpreter
 * must call commitStore(size) after writing there. 0 with a trap raised on a fault.
 */
export function storeSlow(va: u64, size: u32): u32 {
  commitKind = 0;
  if (va & (size - 1)) {
    const pa0 = translate(va, ACCESS_WRITE);
    if (trapPending) return 0;
    const pa1 = translate((va + size - 1) & PAGE_MASK, ACCESS_WRITE);
    if (trapPending) return 0;
    commitKind = COMMIT_MISALIGNED;
    commitAddr = pa0;
    commitAddr2 = pa1;
    commitVa = va;
    return SCRATCH_ADDR;
  }
  const pa = translate(va, ACCESS_WRITE);
  if (trapPending) return 0;
  if (isRam(pa, size)) {
    if (onTohostPage(pa)) {
      commitKind = COMMIT_TOHOST;
      commitAddr = pa;
      return SCRATCH_ADDR;
    }
    if (lastWritable) fill(dataTlb() + WRITE_TLB_OFFSET, va, ramHost(pa & PAGE_MASK));
    return ramHost(pa);
  }
  if (pa >= CLINT_BASE && pa < CLINT_BASE + CLINT_SIZE) {
    commitKind = COMMIT_CLINT;
  } else if (!(pa >> 32) && !isRom(pa, size)) {
    commitKind = COMMIT_MMIO;
  } else {
    raise(CAUSE_STORE_ACCESS, va);
    return 0;
  }
  commitAddr = pa;
  commitVa = va;
  return SCRATCH_ADDR;
}

/** Whether `pa` shares a page with the watched tohost word (such pages get no write TLB entries). */
@inline function onTohostPage(pa: u64): bool {
  const tohost = info(INFO_TOHOST);
  return tohost != 0 && (pa & PAGE_MASK) == (tohost & PAGE_MASK);
}

/** Writes one byte at a physical address; false when nothing takes it. */
function writePhysByte(pa: u64, b: u8): bool {
  if (isRam(pa, 1)) {
    store<u8>(ramHost(pa), b);
    return true;
  }
  store<u8>(SCRATCH_ADDR, b);
  if (pa >= CLINT_BASE && pa < CLINT_BASE + CLINT_SIZE) {
    clintWrite(<u32>(pa - CLINT_BASE), 1, b);
    return true;
  }
  if ((pa >> 32) || isRom(pa, 1)) return false;
  return mmioWrite(<u32>pa, 1) == 0;
}

/** Finishes a store that storeSlow routed through SCRATCH_ADDR; false with a trap raised when the device refused. */
export function commitStore(size: u32): bool {
  const value = load<u64>(SCRATCH_ADDR);
  switch (commitKind) {
    case COMMIT_TOHOST: {
      memory.copy(ramHost(commitAddr), SCRATCH_ADDR, size);
      if (commitAddr <= info(INFO_TOHOST) + 7 && commitAddr + size > info(INFO_TOHOST)) tohostHit = true;
      chunkBreak = chunkBreak || tohostHit;
      return true;
    }
    case COMMIT_CLINT:
      clintWrite(<u32>(commitAddr - CLINT_BASE), size, value);
      return true;
    case COMMIT_MMIO:
      if (mmioWrite(<u32>commitAddr, size) != 0) {
        raise(CAUSE_STORE_ACCESS, commitVa);
        return false;
      }
      return true;
    case COMMIT_MISALIGNED: {
      for (let i: u32 = 0; i < size; i++) {
        const v = commitVa + i;
        const pa = (v & PAGE_MASK) == (commitVa & PAGE_MASK) ? commitAddr + i : commitAddr2 + (v & 0xFFF);
        if (!writePhysByte(pa, <u8>(value >> (8 * <u64>i)))) {
          raise(CAUSE_STORE_ACCESS, v);
          return false;
        }
      }
      return true;
    }
  }
  return true;
}

/**
 * Host address for an atomic access (LR, SC, AMO) of `size` bytes: it must be aligned and in RAM (§8.4: misaligned
 * atomics raise address-misaligned; atomics to devices raise access faults here). 0 with a trap raised otherwise.
 */
export function atomicHost(va: u64, size: u32, access: u32): u32 {
  if (va & (size - 1)) {
    raise(access == ACCESS_READ ? CAUSE_LOAD_MISALIGNED : CAUSE_STORE_MISALIGNED, va);
    return 0;
  }
  const pa = translate(va, access);
  if (trapPending) return 0;
  if (!isRam(pa, size)) {
    raise(access == ACCESS_READ ? CAUSE_LOAD_ACCESS : CAUSE_STORE_ACCESS, va);
    return 0;
  }
  // Never cache a write translation for the tohost page: stores there must reach storeSlow's watch.
  if (access == ACCESS_WRITE && lastWritable && !onTohostPage(pa)) fill(dataTlb() + WRITE_TLB_OFFSET, va, ramHost(pa & PAGE_MASK));
  return ramHost(pa);
}

// CLINT registers (SiFive CLINT layout, as on QEMU's virt machine).
@inline const CLINT_MSIP: u32 = 0x0000;
@inline const CLINT_MTIMECMP: u32 = 0x4000;
@inline const CLINT_MTIME: u32 = 0xBFF8;

/** Reads a CLINT register (4- or 8-byte accesses, or parts of them): msip and mtimecmp of each hart, and mtime. */
function clintRead(offset: u32, size: u32): u64 {
  let reg: u64 = 0;
  let base: u32 = 0;
  if (offset >= CLINT_MTIME && offset < CLINT_MTIME + 8) {
    reg = mtime();
    base = CLINT_MTIME;
  } else if (offset >= CLINT_MTIMECMP && offset < CLINT_MTIMECMP + 8 * hartCount) {
    base = offset & ~7;
    reg = load<u64>(hartSlot(HART_MTIMECMP, (base - CLINT_MTIMECMP) >> 3));
  } else if (offset < CLINT_MSIP + 4 * hartCount) {
    base = offset & ~3;
    reg = load<u64>(hartSlot(HART_MSIP, base >> 2)) & 1;
  }
  const shift = <u64>(offset - base) * 8;
  const mask: u64 = size >= 8 ? u64.MAX_VALUE : (<u64>1 << (<u64>size * 8)) - 1;
  return (reg >> shift) & mask;
}

/** Merges a partial write of `size` bytes at byte `at` into a 64-bit register value. */
@inline function merge(old: u64, at: u32, size: u32, value: u64): u64 {
  const shift = <u64>at * 8;
  const mask: u64 = size >= 8 ? u64.MAX_VALUE : ((<u64>1 << (<u64>size * 8)) - 1) << shift;
  return (old & ~mask) | ((value << shift) & mask);
}

/** Writes a CLINT register; timers and msip changes end the chunk so interrupts are re-evaluated. */
function clintWrite(offset: u32, size: u32, value: u64): void {
  if (offset >= CLINT_MTIME && offset < CLINT_MTIME + 8) {
    setMtime(merge(mtime(), offset - CLINT_MTIME, size, value));
  } else if (offset >= CLINT_MTIMECMP && offset < CLINT_MTIMECMP + 8 * hartCount) {
    const slot = hartSlot(HART_MTIMECMP, (offset - CLINT_MTIMECMP) >> 3);
    store<u64>(slot, merge(load<u64>(slot), (offset - CLINT_MTIMECMP) & 7, size, value));
  } else if (offset < CLINT_MSIP + 4 * hartCount) {
    if ((offset & 3) == 0) store<u64>(hartSlot(HART_MSIP, offset >> 2), value & 1);
  }
  chunkBreak = true;
}
