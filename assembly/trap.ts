// The one trap path: delegation, trap entry, interrupt selection by priority, and mret/sret (privileged spec §3.1.6–3.3).
import {
  csr, setCsr, priv, setPrivRaw, info, PRIV_M, PRIV_S, PRIV_U, INTERRUPT_BIT, INFO_HW_IP,
  CSR_MSTATUS, CSR_MENVCFG, MENVCFG_STCE, CSR_MEDELEG, CSR_MIDELEG, CSR_MIE, CSR_MIP, CSR_MTVEC, CSR_MEPC, CSR_MCAUSE, CSR_MTVAL,
  CSR_STVEC, CSR_SEPC, CSR_SCAUSE, CSR_STVAL, MSTATUS_SIE, MSTATUS_MIE, MSTATUS_SPIE, MSTATUS_MPIE, MSTATUS_SPP,
  MSTATUS_MPP, MSTATUS_MPRV, IRQ_MEI, IRQ_MSI, IRQ_MTI, IRQ_SEI, IRQ_SSI, IRQ_STI,
} from "./state";

/** The LR reservation: host address, size and the value LR read (SC succeeds only if memory still holds it). */
export let reservationHost: u32 = 0;
export let reservationValue: u64 = 0;
export let reservationSize: u32 = 0;

/**
 * Set when a fetch fault's handler address is the faulting address itself: the hart would trap forever without
 * executing anything (a corrupt kernel, or no trap vector yet). The interpreter ends the run with EXIT_TRAP_LOOP.
 */
export let trapLoop: bool = false;
export function clearTrapLoop(): void { trapLoop = false; }

/** Notes a trap whose handler is the address that just failed to fetch. */
@inline function checkTrapLoop(isInterrupt: bool, code: u64, tval: u64, target: u64): u64 {
  if (!isInterrupt && (code == 1 || code == 12) && target == tval) trapLoop = true;
  return target;
}

/** Drops the reservation (traps and xRETs do, so an interrupted LR/SC sequence retries). */
@inline export function clearReservation(): void { reservationHost = 0; }

/**
 * mip as software sees it: the software-writable bits plus the lines driven by CLINT, Sstc and the PLIC. With Sstc
 * enabled, STIP is read-only and follows stimecmp alone, so a software-written STIP is not shown (Sstc spec).
 */
@inline export function mipValue(): u64 {
  let soft = csr(CSR_MIP);
  if (csr(CSR_MENVCFG) & MENVCFG_STCE) soft &= ~(<u64>1 << IRQ_STI);
  return soft | info(INFO_HW_IP);
}

/** Takes a trap: `cause` has INTERRUPT_BIT set for interrupts. Returns the handler's address. */
export function enterTrap(cause: u64, tval: u64, pc: u64): u64 {
  const p = priv();
  const isInterrupt = (cause & INTERRUPT_BIT) != 0;
  const code = cause & 63;
  const deleg = isInterrupt ? csr(CSR_MIDELEG) : csr(CSR_MEDELEG);
  let ms = csr(CSR_MSTATUS);
  clearReservation();
  if (p <= PRIV_S && ((deleg >> code) & 1)) {
    setCsr(CSR_SCAUSE, cause);
    setCsr(CSR_SEPC, pc);
    setCsr(CSR_STVAL, tval);
    ms = (ms & ~(MSTATUS_SPIE | MSTATUS_SPP | MSTATUS_SIE)) | ((ms & MSTATUS_SIE) << 4) | (<u64>p << 8);
    setCsr(CSR_MSTATUS, ms);
    setPrivRaw(PRIV_S);
    return checkTrapLoop(isInterrupt, code, tval, vectorTarget(csr(CSR_STVEC), isInterrupt, code));
  }
  setCsr(CSR_MCAUSE, cause);
  setCsr(CSR_MEPC, pc);
  setCsr(CSR_MTVAL, tval);
  ms = (ms & ~(MSTATUS_MPIE | MSTATUS_MPP | MSTATUS_MIE)) | ((ms & MSTATUS_MIE) << 4) | (<u64>p << 11);
  setCsr(CSR_MSTATUS, ms);
  setPrivRaw(PRIV_M);
  return checkTrapLoop(isInterrupt, code, tval, vectorTarget(csr(CSR_MTVEC), isInterrupt, code));
}

/** The handler address from xtvec: vectored mode sends interrupts to BASE + 4 * cause (§3.1.7). */
@inline function vectorTarget(tvec: u64, isInterrupt: bool, code: u64): u64 {
  const base = tvec & ~(<u64>3);
  return (tvec & 1) && isInterrupt ? base + 4 * code : base;
}

/** The highest-priority interrupt in `bits`: MEI, MSI, MTI, SEI, SSI, STI (§3.1.9). */
function highestPriority(bits: u64): i32 {
  if (bits & (<u64>1 << IRQ_MEI)) return IRQ_MEI;
  if (bits & (<u64>1 << IRQ_MSI)) return IRQ_MSI;
  if (bits & (<u64>1 << IRQ_MTI)) return IRQ_MTI;
  if (bits & (<u64>1 << IRQ_SEI)) return IRQ_SEI;
  if (bits & (<u64>1 << IRQ_SSI)) return IRQ_SSI;
  if (bits & (<u64>1 << IRQ_STI)) return IRQ_STI;
  return -1;
}

/** The interrupt to take now, or -1 (global enables per §3.1.6.1: lower modes are always interruptible). */
export function pendingInterrupt(): i32 {
  const pending = mipValue() & csr(CSR_MIE);
  if (pending == 0) return -1;
  const p = priv();
  const ms = csr(CSR_MSTATUS);
  const mideleg = csr(CSR_MIDELEG);
  const machine = pending & ~mideleg;
  if (machine != 0 && (p < PRIV_M || (ms & MSTATUS_MIE))) return highestPriority(machine);
  const supervisor = pending & mideleg;
  if (supervisor != 0 && (p < PRIV_S || (p == PRIV_S && (ms & MSTATUS_SIE)))) return highestPriority(supervisor);
  return -1;
}

/** Whether any enabled interrupt is pending, ignoring global enables: what wakes WFI (§3.3.3). */
@inline export function wfiWakes(): bool {
  return (mipValue() & csr(CSR_MIE)) != 0;
}

/** mret: returns to MPP with MIE restored (§3.3.2). Caller has checked the privilege. */
export function doMret(): u64 {
  let ms = csr(CSR_MSTATUS);
  const target = <u32>((ms & MSTATUS_MPP) >> 11);
  ms = (ms & ~(MSTATUS_MIE | MSTATUS_MPP)) | ((ms & MSTATUS_MPIE) >> 4) | MSTATUS_MPIE | (<u64>PRIV_U << 11);
  if (target != PRIV_M) ms &= ~MSTATUS_MPRV;
  setCsr(CSR_MSTATUS, ms);
  clearReservation();
  setPrivRaw(target);
  return csr(CSR_MEPC);
}

/** sret: returns to SPP with SIE restored; MPRV is cleared because SRET never returns to M (§3.3.2). */
export function doSret(): u64 {
  let ms = csr(CSR_MSTATUS);
  const target = <u32>((ms & MSTATUS_SPP) >> 8);
  ms = (ms & ~(MSTATUS_SIE | MSTATUS_SPP | MSTATUS_MPRV)) | ((ms & MSTATUS_SPIE) >> 4) | MSTATUS_SPIE;
  setCsr(CSR_MSTATUS, ms);
  clearReservation();
  setPrivRaw(target);
  return csr(CSR_SEPC);
}
