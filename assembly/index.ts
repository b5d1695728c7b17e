// The core's entry points and its interpreter loop: fetch, expand, decode and execute, with TLB fast paths inline.
import { X_BASE, X0_SINK, F_BASE, PC_ADDR, PRIV_ADDR, SCRATCH_ADDR, INFO_ADDR, CSR_BASE, RVC_TABLE, RAM_OFFSET, ROM_BASE,
  ROM_SIZE } from "./layout";
import {
  getX, getF, setF, csr, setCsr, priv, setPrivRaw, info, setInfo, PRIV_M, PRIV_S, INTERRUPT_BIT,
  CAUSE_ILLEGAL, CAUSE_BREAKPOINT, CAUSE_ECALL_U, EXIT_BUDGET, EXIT_HYPERCALL, EXIT_IDLE,
  EXIT_TOHOST, EXIT_BREAKPOINT, EXIT_TRAP_LOOP, ROM_GUEST_BASE, INFO_RAM_SIZE, INFO_INSN_COUNT,
  INFO_HW_IP, INFO_TOHOST, INFO_TIME_OFFSET, CSR_MSTATUS, CSR_MHARTID, CSR_MIP, CSR_SIP, MAX_HARTS, hartSlot, HART_MSIP,
  HART_MTIMECMP, HART_SBI_TIMECMP, HART_EXT_IP,
  MSTATUS_FS, MSTATUS_TSR, MSTATUS_TW, MSTATUS_TVM,
} from "./state";
import {
  tlbLookup, fetchSlow, loadSlow, storeSlow, commitStore, atomicHost, flushTlb, trapPending, trapCause, trapValue,
  clearTrap, chunkBreak, clearChunkBreak, breakChunk, tohostHit, clearTohostHit, dataTlb, fetchTlb, WRITE_TLB_OFFSET,
  TLB_INVALID, ACCESS_READ, ACCESS_WRITE, flushTlbPage,
} from "./mmu";
import { trapLoop, clearTrapLoop, enterTrap, pendingInterrupt, wfiWakes, doMret, doSret, clearReservation, reservationHost,
  reservationValue, reservationSize } from "./trap";
import { csrAllowed, csrRead, csrWrite, markFpDirty } from "./csr";
import { setInsnPerTickValue, setInsnNow, mtime, setMtime, nextDeadline, insnsUntil, updateInterruptLines, addInsns } from "./timer";
import { activeHart, hartCount, setHartCount, setActiveForSave, saveActive, loadHart, switchTo, hartWakes, ticksUntilWake } from "./harts";
import { buildRvcTable, expandCompressed } from "./rvc";
import { fpExecute } from "./fpu";

/** An exit the shell asked for from inside an MMIO handler, taken after the current instruction. */
let requestedExit: i32 = 0;
/** Whether ecall from S-mode leaves the core as a hypercall (firmware "builtin"). */
let hypercalls: bool = false;
/** Whether ebreak leaves the core (a debugger's breakpoint) instead of trapping. */
let ebreakExits: bool = false;

// ---- Layout, for the shell: one source of truth for where state lives. ----
export function xBase(): u32 { return X_BASE; }
export function fBase(): u32 { return F_BASE; }
export function pcAddr(): u32 { return PC_ADDR; }
export function privAddr(): u32 { return PRIV_ADDR; }
export function scratchAddr(): u32 { return SCRATCH_ADDR; }
export function infoAddr(): u32 { return INFO_ADDR; }
export function csrBase(): u32 { return CSR_BASE; }
export function ramHostOffset(): u32 { return RAM_OFFSET; }
export function romHostOffset(): u32 { return ROM_BASE; }
export function romSize(): u32 { return ROM_SIZE; }

/** Allocates guest RAM (bytes) in linear memory for `harts` harts and resets them. Returns 0, or -1 when memory cannot grow. */
export function init(ramBytes: u32, harts: u32): i32 {
  setHartCount(harts);
  const needed = <u64>RAM_OFFSET + <u64>ramBytes + 16; // 16 guard bytes: fetches read 4 bytes at RAM's last halfword
  const pages = <i32>((needed + 0xFFFF) >> 16);
  const have = memory.size();
  if (pages > have && memory.grow(pages - have) < 0) return -1;
  setInfo(INFO_RAM_SIZE, ramBytes);
  buildRvcTable();
  reset();
  return 0;
}

/** Resets every hart: M-mode at the boot ROM, CSRs cleared, timers disarmed; hart 0 runs. RAM is left as it is. */
export function reset(): void {
  for (let h: u32 = 0; h < MAX_HARTS; h++) {
    store<u64>(hartSlot(HART_MTIMECMP, h), u64.MAX_VALUE);
    store<u64>(hartSlot(HART_SBI_TIMECMP, h), u64.MAX_VALUE);
    store<u64>(hartSlot(HART_MSIP, h), 0);
    store<u64>(hartSlot(HART_EXT_IP, h), 0);
  }
  for (let h: u32 = hartCount; h-- > 0;) {
    memory.fill(X_BASE, 0, 0x210);
    memory.fill(CSR_BASE, 0, 4096 * 8);
    setPrivRaw(PRIV_M);
    store<u64>(PC_ADDR, ROM_GUEST_BASE);
    setCsr(CSR_MHARTID, h);
    switchToFresh(h);
  }
  loadHart(0);
  setInfo(INFO_INSN_COUNT, 0);
  setInfo(INFO_TIME_OFFSET, 0);
  setInfo(INFO_HW_IP, 0);
  clearReservation();
  clearTrap();
  clearTrapLoop();
  requestedExit = 0;
  flushTlb();
}

/** Stores the state at the fixed addresses as hart h's (reset builds each hart there in turn). */
function switchToFresh(h: u32): void {
  // saveActive saves under activeHart: point it at h first.
  setActiveForSave(h);
  saveActive();
}

/** Makes hart `h` the one that `run` executes (the shell schedules the harts). */
export function selectHart(h: u32): void { switchTo(h); }
/** The hart `run` executes. */
export function currentHart(): u32 { return activeHart; }

/** Drives an external interrupt line of hart `hart` (9 = SEIP from the PLIC's S context, 11 = MEIP from its M context). */
export function setInterruptLine(hart: u32, irq: u32, level: i32): void {
  if (hart >= hartCount) return;
  const slot = hartSlot(HART_EXT_IP, hart);
  const bit = <u64>1 << irq;
  store<u64>(slot, level ? load<u64>(slot) | bit : load<u64>(slot) & ~bit);
  breakChunk();
}

/** Whether hart `h` has an enabled interrupt pending: a hart waiting in wfi may run again. */
export function hartWakeable(h: u32): i32 {
  setInsnNow(info(INFO_INSN_COUNT));
  return h < hartCount && hartWakes(h, mtime()) ? 1 : 0;
}

/** Ends the current run after the current instruction with `reason` (e.g. EXIT_STOP when the guest powered off). */
export function requestExit(reason: i32): void {
  requestedExit = reason;
  breakChunk();
}

/** Flushes the TLBs (the shell changed satp, privilege or page tables behind the guest's back). */
export function flushTlbs(): void { flushTlb(); }

/** Watches the 8-byte tohost word at physical lo|hi: a store to it ends the run with EXIT_TOHOST. 0 disables. */
export function setTohost(lo: u32, hi: u32): void { setInfo(INFO_TOHOST, (<u64>hi << 32) | lo); }

/** Arms hart `hart`'s SBI timer (set_timer from the builtin firmware): STIP rises when mtime reaches lo|hi. */
export function setSbiTimer(hart: u32, lo: u32, hi: u32): void {
  if (hart >= hartCount) return;
  store<u64>(hartSlot(HART_SBI_TIMECMP, hart), (<u64>hi << 32) | lo);
  breakChunk();
}

/** With `on`, ecall from S-mode exits to the shell (EXIT_HYPERCALL) with pc already past the ecall. */
export function setHypercalls(on: i32): void { hypercalls = on != 0; }
/** With `on`, ebreak exits to the shell (EXIT_BREAKPOINT) with pc at the ebreak. */
export function setEbreakExits(on: i32): void { ebreakExits = on != 0; }

/** How many instructions make one mtime tick (10 MHz timebase): sets the guest's nominal speed. */
export function setInsnPerTick(n: u32): void { setInsnPerTickValue(<u64>n); }

/** Pulls mtime forward to host time (never backwards, so guest time is monotonic). */
export function syncTime(lo: u32, hi: u32): void {
  const host = (<u64>hi << 32) | lo;
  setInsnNow(info(INFO_INSN_COUNT));
  if (host > mtime()) setMtime(host);
}

/** mtime ticks until a timer can wake hart `h` from wfi (0: it can run now), or -1 when nothing armed ever will. */
export function ticksToWake(h: u32): f64 {
  if (h >= hartCount) return -1;
  setInsnNow(info(INFO_INSN_COUNT));
  const ticks = ticksUntilWake(h, mtime());
  return ticks == u64.MAX_VALUE ? -1 : <f64>ticks;
}

/** Advances mtime by `ticks` without executing (an idle guest in deterministic time skips to its timer). */
export function advanceTime(ticks: f64): void {
  setInsnNow(info(INFO_INSN_COUNT));
  setMtime(mtime() + <u64>ticks);
}

/** Instructions executed since reset. */
export function instructionCount(): f64 { return <f64>info(INFO_INSN_COUNT); }

/** The 32-bit equivalent of a 16-bit compressed instruction (0 if reserved): the decoder's own table, for tests. */
export function expand(c: u32): u32 { return expandCompressed(c & 0xFFFF); }

/** Raw bits of the instruction at pc for a trace (16- or 32-bit), or 0 when it cannot be fetched. */
export function peekInstruction(): u32 {
  const pc = load<u64>(PC_ADDR);
  const host = fetchSlow(pc);
  if (trapPending) {
    clearTrap();
    return 0;
  }
  const low = <u32>load<u16>(host);
  if ((low & 3) != 3) return low;
  if ((pc & 0xFFF) != 0xFFE) return load<u32>(host);
  const high = fetchSlow(pc + 2);
  if (trapPending) {
    clearTrap();
    return 0;
  }
  return low | (<u32>load<u16>(high) << 16);
}

@inline function sext32(v: u64): u64 { return <u64><i64><i32>v; }

/** 64x64 -> high 64 bits, unsigned (Wasm has no wide multiply). */
function mulhu(a: u64, b: u64): u64 {
  const a0 = a & 0xFFFF_FFFF, a1 = a >> 32, b0 = b & 0xFFFF_FFFF, b1 = b >> 32;
  const p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
  const mid = (p00 >> 32) + (p01 & 0xFFFF_FFFF) + (p10 & 0xFFFF_FFFF);
  return p11 + (p01 >> 32) + (p10 >> 32) + (mid >> 32);
}
@inline function mulh(a: u64, b: u64): u64 {
  let r = mulhu(a, b);
  if (<i64>a < 0) r -= b;
  if (<i64>b < 0) r -= a;
  return r;
}
@inline function mulhsu(a: u64, b: u64): u64 {
  let r = mulhu(a, b);
  if (<i64>a < 0) r -= b;
  return r;
}

/** The M extension's OP-group results (funct7 = 1), with the spec's division by zero and overflow values (§7.2). */
function mulDiv(f3: u32, a: u64, b: u64): u64 {
  switch (f3) {
    case 0: return a * b;
    case 1: return mulh(a, b);
    case 2: return mulhsu(a, b);
    case 3: return mulhu(a, b);
    case 4: return b == 0 ? u64.MAX_VALUE : (a == 0x8000_0000_0000_0000 && b == u64.MAX_VALUE) ? a : <u64>(<i64>a / <i64>b);
    case 5: return b == 0 ? u64.MAX_VALUE : a / b;
    case 6: return b == 0 ? a : (a == 0x8000_0000_0000_0000 && b == u64.MAX_VALUE) ? 0 : <u64>(<i64>a % <i64>b);
    default: return b == 0 ? a : a % b;
  }
}

/** The M extension's OP-32 results (funct7 = 1); 0xFFFF... marks an illegal funct3 (the caller checks f3 first). */
function mulDivW(f3: u32, a64: u64, b64: u64): u64 {
  const a = <i32>a64, b = <i32>b64;
  switch (f3) {
    case 0: return sext32(<u64>(a * b));
    case 4: return b == 0 ? u64.MAX_VALUE : (a == i32.MIN_VALUE && b == -1) ? sext32(<u64>a) : sext32(<u64>(a / b));
    case 5: return b == 0 ? u64.MAX_VALUE : sext32(<u64>(<u32>a / <u32>b));
    case 6: return b == 0 ? sext32(<u64>a) : (a == i32.MIN_VALUE && b == -1) ? 0 : sext32(<u64>(a % b));
    default: return b == 0 ? sext32(<u64>a) : sext32(<u64>(<u32>a % <u32>b));
  }
}

/** An AMO's new memory value (funct5 selects the operation; §8.4). `word` selects 32-bit semantics. */
function amoCompute(funct5: u32, old: u64, src: u64, word: bool): u64 {
  switch (funct5) {
    case 0x00: return old + src;
    case 0x01: return src;
    case 0x04: return old ^ src;
    case 0x08: return old | src;
    case 0x0C: return old & src;
  }
  if (word) {
    const a = <i32>old, b = <i32>src;
    switch (funct5) {
      case 0x10: return <u64>(a < b ? a : b);
      case 0x14: return <u64>(a > b ? a : b);
      case 0x18: return <u64>(<u32>a < <u32>b ? <u32>a : <u32>b);
      default: return <u64>(<u32>a > <u32>b ? <u32>a : <u32>b);
    }
  }
  switch (funct5) {
    case 0x10: return <i64>old < <i64>src ? old : src;
    case 0x14: return <i64>old > <i64>src ? old : src;
    case 0x18: return old < src ? old : src;
    default: return old > src ? old : src;
  }
}

/** Whether funct5 names an AMO (other than LR/SC). */
@inline function isAmo(funct5: u32): bool {
  return funct5 == 0 || funct5 == 1 || funct5 == 4 || funct5 == 8 || funct5 == 0xC || funct5 == 0x10 ||
    funct5 == 0x14 || funct5 == 0x18 || funct5 == 0x1C;
}

@inline function fpOff(): bool { return (csr(CSR_MSTATUS) & MSTATUS_FS) == 0; }

/**
 * Executes up to `budget` instructions and returns why it stopped (EXIT_*). Interrupts, timers and exits are
 * examined between chunks; a chunk ends at the next timer deadline, or early when an instruction changes
 * something they depend on (CSR writes, xRET, device accesses).
 */
export function run(budget: i32): i32 {
  let pc = load<u64>(PC_ADDR);
  let remaining: i64 = budget;
  let exit = EXIT_BUDGET;
  clearTohostHit();
  while (remaining > 0 && exit == EXIT_BUDGET) {
    const base = info(INFO_INSN_COUNT);
    setInsnNow(base);
    updateInterruptLines();
    if (requestedExit != 0) {
      exit = requestedExit;
      requestedExit = 0;
      break;
    }
    if (trapLoop) {
      clearTrapLoop();
      exit = EXIT_TRAP_LOOP;
      break;
    }
    const irq = pendingInterrupt();
    if (irq >= 0) pc = enterTrap(INTERRUPT_BIT | <u64>irq, 0, pc);
    let chunk = remaining;
    const until = insnsUntil(nextDeadline());
    if (until > 0 && until < <u64>chunk) chunk = <i64>until;
    clearChunkBreak();
    let n = chunk;
    let fetchPage = TLB_INVALID;
    let fetchAddend: u64 = 0;
    // The TLB banks for the current mode; chosen again whenever fetchPage is (every trap invalidates it).
    let readTlb = dataTlb();
    let execTlb = fetchTlb();
    while (n > 0) {
      n--;
      // ---- Fetch: the current page's host address is cached in locals; a page change looks in the fetch TLB. ----
      let host: u32;
      if ((pc & ~(<u64>0xFFF)) == fetchPage) {
        host = <u32>(pc + fetchAddend);
      } else {
        if (fetchPage == TLB_INVALID) { // after a trap: the mode may have changed
          readTlb = dataTlb();
          execTlb = fetchTlb();
        }
        host = tlbLookup(execTlb, pc, 0);
        if (host == 0) {
          host = fetchSlow(pc);
          if (trapPending) { clearTrap(); pc = enterTrap(trapCause, trapValue, pc); fetchPage = TLB_INVALID; continue; }
        }
        fetchPage = pc & ~(<u64>0xFFF);
        fetchAddend = <u64>host - pc;
      }
      let insn: u32;
      if ((pc & 0xFFF) != 0xFFE) {
        insn = load<u32>(host);
      } else {
        insn = load<u16>(host);
        if ((insn & 3) == 3) { // a 32-bit instruction straddling two pages
          let high = tlbLookup(execTlb, pc + 2, 0);
          if (high == 0) {
            high = fetchSlow(pc + 2);
            if (trapPending) { clearTrap(); pc = enterTrap(trapCause, trapValue, pc); fetchPage = TLB_INVALID; continue; }
          }
          insn |= <u32>load<u16>(high) << 16;
        }
      }
      let raw = insn;
      let npc = pc + 4;
      if ((insn & 3) != 3) {
        raw = insn & 0xFFFF;
        insn = load<u32>(RVC_TABLE + (raw << 2));
        npc = pc + 2;
        if (insn == 0) { pc = enterTrap(CAUSE_ILLEGAL, raw, pc); fetchPage = TLB_INVALID; continue; }
      }
      // ---- Decode and execute. ----
      const rd = (insn >> 7) & 31;
      const rs1 = (insn >> 15) & 31;
      const rs2 = (insn >> 20) & 31;
      const f3 = (insn >> 12) & 7;
      // Writes to x0 land in a scratch slot, so x0 always reads 0 without a store per instruction.
      const rdAddr = select<u32>(X_BASE + (rd << 3), X0_SINK, rd != 0);
      switch ((insn >> 2) & 31) {
        case 0x00: { // LOAD
          if (f3 == 7) { pc = enterTrap(CAUSE_ILLEGAL, raw, pc); fetchPage = TLB_INVALID; continue; }
          const va = getX(rs1) + <u64>(<i32>insn >> 20);
          const size: u32 = 1 << (f3 & 3);
          let h = tlbLookup(readTlb, va, <u64>(size - 1));
          if (h == 0) {
            setInsnNow(base + <u64>(chunk - n) - 1);
            h = loadSlow(va, size);
            if (trapPending) { clearTrap(); pc = enterTrap(trapCause, trapValue, pc); fetchPage = TLB_INVALID; continue; }
            if (chunkBreak) { chunk -= n; n = 0; }
          }
          let v: u64;
          switch (f3) {
            case 0: v = <u64><i64>load<i8>(h); break;
            case 1: v = <u64><i64>load<i16>(h); break;
            case 2: v = <u64><i64>load<i32>(h); break;
            case 3: v = load<u64>(h); break;
            case 4: v = <u64>load<u8>(h); break;
            case 5: v = <u64>load<u16>(h); break;
            default: v = <u64>load<u32>(h); break;
          }
          store<u64>(rdAddr, v);
          break;
        }
        case 0x01: { // LOAD-FP: FLW, FLD
          if ((f3 != 2 && f3 != 3) || fpOff()) { pc = enterTrap(CAUSE_ILLEGAL, raw, pc); fetchPage = TLB_INVALID; continue; }
          const va = getX(rs1) + <u64>(<i32>insn >> 20);
          const size: u32 = f3 == 2 ? 4 : 8;
          let h = tlbLookup(readTlb, va, <u64>(size - 1));
          if (h == 0) {
            setInsnNow(base + <u64>(chunk - n) - 1);
            h = loadSlow(va, size);
            if (trapPending) { clearTrap(); pc = enterTrap(trapCause, trapValue, pc); fetchPage = TLB_INVALID; continue; }
            if (chunkBreak) { chunk -= n; n = 0; }
          }
          setF(rd, f3 == 2 ? 0xFFFF_FFFF_0000_0000 | <u64>load<u32>(h) : load<u64>(h)); // NaN-box singles
          markFpDirty();
          break;
        }
        case 0x03: { // MISC-MEM: FENCE, FENCE.I (no caches to synchronise: fetches always read memory)
          if (f3 > 1) { pc = enterTrap(CAUSE_ILLEGAL, raw, pc); fetchPage = TLB_INVALID; continue; }
          break;
        }
        case 0x04: { // OP-IMM
          const imm = <u64>(<i32>insn >> 20);
          const a = getX(rs1);
          let v: u64;
          switch (f3) {
            case 0: v = a + imm; break;
            case 1:
              if ((insn >> 26) != 0) { pc = enterTrap(CAUSE_ILLEGAL, raw, pc); fetchPage = TLB_INVALID; continue; }
              v = a << (imm & 63); break;
            case 2: v = <i64>a < <i64>imm ? 1 : 0; break;
            case 3: v = a < imm ? 1 : 0; break;
            case 4: v = a ^ imm; break;
            case 5: {
              const f6 = insn >> 26;
              if (f6 == 0) v = a >> (imm & 63);
              else if (f6 == 0x10) v = <u64>(<i64>a >> <i64>(imm & 63));
              else { pc = enterTrap(CAUSE_ILLEGAL, raw, pc); fetchPage = TLB_INVALID; continue; }
              break;
            }
            case 6: v = a | imm; break;
            default: v = a & imm; break;
          }
          store<u64>(rdAddr, v);
          break;
        }
        case 0x05: // AUIPC
          store<u64>(rdAddr, pc + <u64>(<i32>(insn & 0xFFFF_F000)));
          break;
        case 0x06: { // OP-IMM-32
          const a = getX(rs1);
          const f7 = insn >> 25;
          let v: u64;
          if (f3 == 0) v = sext32(a + <u64>(<i32>insn >> 20));
          else if (f3 == 1 && f7 == 0) v = sext32(<u64>(<u32>a << rs2));
          else if (f3 == 5 && f7 == 0) v = sext32(<u64>(<u32>a >> rs2));
          else if (f3 == 5 && f7 == 0x20) v = sext32(<u64>(<i32>a >> rs2));
          else { pc = enterTrap(CAUSE_ILLEGAL, raw, pc); fetchPage = TLB_INVALID; continue; }
          store<u64>(rdAddr, v);
          break;
        }
        case 0x08: case 0x09: { // STORE, and STORE-FP (FSW, FSD: the same widths, from an f register)
          const fp = (insn & 0x04) != 0;
          if (fp ? (f3 != 2 && f3 != 3) || fpOff() : f3 > 3) {
            pc = enterTrap(CAUSE_ILLEGAL, raw, pc); fetchPage = TLB_INVALID; continue;
          }
          const va = getX(rs1) + <u64>(((<i32>insn >> 25) << 5) | ((insn >> 7) & 31));
          const size: u32 = 1 << f3;
          const value = fp ? getF(rs2) : getX(rs2);
          let h = tlbLookup(readTlb + WRITE_TLB_OFFSET, va, <u64>(size - 1));
          if (h == 0) {
            setInsnNow(base + <u64>(chunk - n) - 1);
            h = storeSlow(va, size);
            if (trapPending) { clearTrap(); pc = enterTrap(trapCause, trapValue, pc); fetchPage = TLB_INVALID; continue; }
            if (h == SCRATCH_ADDR) {
              store<u64>(SCRATCH_ADDR, value);
              if (!commitStore(size)) { clearTrap(); pc = enterTrap(trapCause, trapValue, pc); fetchPage = TLB_INVALID; continue; }
              if (chunkBreak) { chunk -= n; n = 0; }
              break;
            }
          }
          switch (f3) {
            case 0: store<u8>(h, <u8>value); break;
            case 1: store<u16>(h, <u16>value); break;
            case 2: store<u32>(h, <u32>value); break;
            default: store<u64>(h, value); break;
          }
          break;
        }
        case 0x0B: { // AMO: LR, SC, AMOs (.W and .D)
          const funct5 = insn >> 27;
          if ((f3 != 2 && f3 != 3) || (funct5 == 2 && rs2 != 0) || (funct5 != 2 && funct5 != 3 && !isAmo(funct5))) {
            pc = enterTrap(CAUSE_ILLEGAL, raw, pc); fetchPage = TLB_INVALID; continue;
          }
          const word = f3 == 2;
          const size: u32 = word ? 4 : 8;
          const va = getX(rs1);
          if (funct5 == 2) { // LR
            let h = tlbLookup(readTlb, va, <u64>(size - 1));
            if (h == 0) {
              h = atomicHost(va, size, ACCESS_READ);
              if (trapPending) { clearTrap(); pc = enterTrap(trapCause, trapValue, pc); fetchPage = TLB_INVALID; continue; }
            }
            const v = word ? sext32(<u64>load<u32>(h)) : load<u64>(h);
            reservationHost = h;
            reservationSize = size;
            reservationValue = v;
            store<u64>(rdAddr, v);
            break;
          }
          let h = tlbLookup(readTlb + WRITE_TLB_OFFSET, va, <u64>(size - 1));
          if (h == 0) {
            h = atomicHost(va, size, ACCESS_WRITE);
            if (trapPending) { clearTrap(); pc = enterTrap(trapCause, trapValue, pc); fetchPage = TLB_INVALID; continue; }
          }
          const src = getX(rs2);
          const old = word ? sext32(<u64>load<u32>(h)) : load<u64>(h);
          if (funct5 == 3) { // SC: succeeds only on a live reservation whose memory still holds the LR's value
            const ok = reservationHost == h && reservationSize == size && reservationValue == old;
            clearReservation();
            if (ok) {
              if (word) store<u32>(h, <u32>src);
              else store<u64>(h, src);
            }
            store<u64>(rdAddr, ok ? 0 : 1);
            break;
          }
          const v = amoCompute(funct5, old, src, word);
          if (word) store<u32>(h, <u32>v);
          else store<u64>(h, v);
          store<u64>(rdAddr, old);
          break;
        }
        case 0x0C: { // OP
          const a = getX(rs1), b = getX(rs2);
          const f7 = insn >> 25;
          let v: u64;
          if (f7 == 0) {
            switch (f3) {
              case 0: v = a + b; break;
              case 1: v = a << (b & 63); break;
              case 2: v = <i64>a < <i64>b ? 1 : 0; break;
              case 3: v = a < b ? 1 : 0; break;
              case 4: v = a ^ b; break;
              case 5: v = a >> (b & 63); break;
              case 6: v = a | b; break;
              default: v = a & b; break;
            }
          } else if (f7 == 0x20 && f3 == 0) v = a - b;
          else if (f7 == 0x20 && f3 == 5) v = <u64>(<i64>a >> <i64>(b & 63));
          else if (f7 == 1) v = mulDiv(f3, a, b);
          else { pc = enterTrap(CAUSE_ILLEGAL, raw, pc); fetchPage = TLB_INVALID; continue; }
          store<u64>(rdAddr, v);
          break;
        }
        case 0x0D: // LUI
          store<u64>(rdAddr, <u64>(<i32>(insn & 0xFFFF_F000)));
          break;
        case 0x0E: { // OP-32
          const a = getX(rs1), b = getX(rs2);
          const f7 = insn >> 25;
          let v: u64;
          if (f7 == 0 && f3 == 0) v = sext32(a + b);
          else if (f7 == 0 && f3 == 1) v = sext32(<u64>(<u32>a << (<u32>b & 31)));
          else if (f7 == 0 && f3 == 5) v = sext32(<u64>(<u32>a >> (<u32>b & 31)));
          else if (f7 == 0x20 && f3 == 0) v = sext32(a - b);
          else if (f7 == 0x20 && f3 == 5) v = sext32(<u64>(<i32>a >> (<i32>b & 31)));
          else if (f7 == 1 && (f3 == 0 || f3 >= 4)) v = mulDivW(f3, a, b);
          else { pc = enterTrap(CAUSE_ILLEGAL, raw, pc); fetchPage = TLB_INVALID; continue; }
          store<u64>(rdAddr, v);
          break;
        }
        case 0x10: case 0x11: case 0x12: case 0x13: case 0x14: { // FMADD, FMSUB, FNMSUB, FNMADD, OP-FP
          if (fpOff() || fpExecute(insn) != 0) { pc = enterTrap(CAUSE_ILLEGAL, raw, pc); fetchPage = TLB_INVALID; continue; }
          markFpDirty();
          break;
        }
        case 0x18: { // BRANCH
          const a = getX(rs1), b = getX(rs2);
          let taken: bool;
          switch (f3) {
            case 0: taken = a == b; break;
            case 1: taken = a != b; break;
            case 4: taken = <i64>a < <i64>b; break;
            case 5: taken = <i64>a >= <i64>b; break;
            case 6: taken = a < b; break;
            case 7: taken = a >= b; break;
            default: { pc = enterTrap(CAUSE_ILLEGAL, raw, pc); fetchPage = TLB_INVALID; continue; }
          }
          if (taken) {
            const imm = ((<i32>insn >> 31) << 12) | ((insn >> 25) & 0x3F) << 5 | ((insn >> 8) & 0xF) << 1 |
              ((insn >> 7) & 1) << 11;
            npc = pc + <u64>imm;
          }
          break;
        }
        case 0x19: { // JALR
          if (f3 != 0) { pc = enterTrap(CAUSE_ILLEGAL, raw, pc); fetchPage = TLB_INVALID; continue; }
          const target = (getX(rs1) + <u64>(<i32>insn >> 20)) & ~(<u64>1);
          store<u64>(rdAddr, npc);
          npc = target;
          break;
        }
        case 0x1B: { // JAL
          const imm = ((<i32>insn >> 31) << 20) | (insn & 0xFF000) | ((insn >> 20) & 1) << 11 | ((insn >> 21) & 0x3FF) << 1;
          store<u64>(rdAddr, npc);
          npc = pc + <u64>imm;
          break;
        }
        case 0x1C: { // SYSTEM
          if (f3 == 0) {
            const p = priv();
            if (insn == 0x00000073) { // ECALL
              if (hypercalls && p == PRIV_S) {
                exit = EXIT_HYPERCALL;
                chunk -= n; n = 0;
                break;
              }
              pc = enterTrap(CAUSE_ECALL_U + <u64>p, 0, pc); fetchPage = TLB_INVALID; continue;
            }
            if (insn == 0x00100073) { // EBREAK
              if (ebreakExits) {
                exit = EXIT_BREAKPOINT;
                npc = pc;
                chunk -= n; n = 0;
                break;
              }
              pc = enterTrap(CAUSE_BREAKPOINT, pc, pc); fetchPage = TLB_INVALID; continue;
            }
            if (insn == 0x30200073 && p == PRIV_M) { npc = doMret(); chunk -= n; n = 0; break; }
            if (insn == 0x10200073 && (p == PRIV_M || (p == PRIV_S && !(csr(CSR_MSTATUS) & MSTATUS_TSR)))) {
              npc = doSret(); chunk -= n; n = 0; break;
            }
            if (insn == 0x10500073 && (p == PRIV_M || (p == PRIV_S && !(csr(CSR_MSTATUS) & MSTATUS_TW)))) { // WFI
              if (!wfiWakes()) { exit = EXIT_IDLE; chunk -= n; n = 0; }
              break;
            }
            if ((insn & 0xFE007FFF) == 0x12000073 && (p == PRIV_M || (p == PRIV_S && !(csr(CSR_MSTATUS) & MSTATUS_TVM)))) {
              // SFENCE.VMA: translations live only in the TLBs; with an address, only that page's entries go.
              if (rs1 != 0) flushTlbPage(getX(rs1));
              else flushTlb();
              chunk -= n; n = 0;
              break;
            }
            pc = enterTrap(CAUSE_ILLEGAL, raw, pc); fetchPage = TLB_INVALID; continue;
          }
          if (f3 == 4) { pc = enterTrap(CAUSE_ILLEGAL, raw, pc); fetchPage = TLB_INVALID; continue; }
          // Zicsr: csrrw/s/c with a register, or an immediate (f3 >= 5) in the rs1 field.
          const num = insn >> 20;
          const op = f3 & 3;
          const writes = op == 1 || rs1 != 0;
          if (!csrAllowed(num, writes)) { pc = enterTrap(CAUSE_ILLEGAL, raw, pc); fetchPage = TLB_INVALID; continue; }
          const src = f3 >= 5 ? <u64>rs1 : getX(rs1);
          setInsnNow(base + <u64>(chunk - n) - 1);
          const old = csrRead(num);
          if (writes) {
            // mip/sip read-modify-writes start from the software-written bits, not the lines a device drives (§3.1.9).
            const base = num == CSR_MIP || num == CSR_SIP ? csr(CSR_MIP) : old;
            csrWrite(num, op == 1 ? src : op == 2 ? base | src : base & ~src);
            chunk -= n; n = 0;
          }
          store<u64>(rdAddr, old);
          break;
        }
        default: { pc = enterTrap(CAUSE_ILLEGAL, raw, pc); fetchPage = TLB_INVALID; continue; }
      }
      pc = npc;
    }
    const done = chunk - n;
    addInsns(<u64>done);
    remaining -= done;
    if (tohostHit) exit = EXIT_TOHOST;
  }
  store<u64>(PC_ADDR, pc);
  return exit;
}
