// Several harts on one core: the running hart's state sits at the fixed addresses; the others wait in save areas.
import { X_BASE, CSR_BASE, HART_SAVE_BASE, HART_SAVE_SIZE } from "./layout";
import { csr, MAX_HARTS, CSR_MIE, CSR_MIP, CSR_MENVCFG, CSR_STIMECMP, MENVCFG_STCE, hartSlot, HART_MSIP, HART_MTIMECMP,
  HART_SBI_TIMECMP, HART_EXT_IP, IRQ_MSI, IRQ_MTI, IRQ_STI } from "./state";
import { flushTlb } from "./mmu";
import { clearReservation } from "./trap";

/** Bytes of registers, pc and privilege at the start of a hart's state. */
@inline const REGS_SIZE: u32 = 0x210;
@inline const CSRS_SIZE: u32 = 4096 * 8;

/** The hart whose state is at the fixed addresses. */
export let activeHart: u32 = 0;
/** How many harts the machine has. */
export let hartCount: u32 = 1;

/** Sets the number of harts (1..MAX_HARTS). */
export function setHartCount(n: u32): void {
  hartCount = n < 1 ? 1 : n > MAX_HARTS ? MAX_HARTS : n;
}

@inline function saveArea(h: u32): u32 { return HART_SAVE_BASE + h * HART_SAVE_SIZE; }

/** Names the hart whose state is at the fixed addresses (reset builds each hart's state there before saving it). */
export function setActiveForSave(h: u32): void { activeHart = h; }

/** Copies the running hart's state to its save area. */
export function saveActive(): void {
  const area = saveArea(activeHart);
  memory.copy(area, X_BASE, REGS_SIZE);
  memory.copy(area + REGS_SIZE, CSR_BASE, CSRS_SIZE);
}

/** Makes hart `h` the running one, without saving the current one first (reset uses it to load fresh states). */
export function loadHart(h: u32): void {
  const area = saveArea(h);
  memory.copy(X_BASE, area, REGS_SIZE);
  memory.copy(CSR_BASE, area + REGS_SIZE, CSRS_SIZE);
  activeHart = h;
  flushTlb();
  clearReservation();
}

/** Makes hart `h` the running one. Translations and the reservation belong to the hart that made them. */
export function switchTo(h: u32): void {
  if (h == activeHart || h >= hartCount) return;
  saveActive();
  loadHart(h);
}

/** A CSR of hart `h`, running or saved. */
export function hartCsr(h: u32, n: u32): u64 {
  return h == activeHart ? csr(n) : load<u64>(saveArea(h) + REGS_SIZE + (n << 3));
}

/** The interrupt lines of hart `h` that come from outside its CSRs, at time `now` (§3.1.9, Sstc). */
export function hardwareLines(h: u32, now: u64): u64 {
  let hw = load<u64>(hartSlot(HART_EXT_IP, h));
  if (load<u64>(hartSlot(HART_MSIP, h)) & 1) hw |= <u64>1 << IRQ_MSI;
  if (now >= load<u64>(hartSlot(HART_MTIMECMP, h))) hw |= <u64>1 << IRQ_MTI;
  let sti = now >= load<u64>(hartSlot(HART_SBI_TIMECMP, h));
  if ((hartCsr(h, CSR_MENVCFG) & MENVCFG_STCE) && now >= hartCsr(h, CSR_STIMECMP)) sti = true;
  if (sti) hw |= <u64>1 << IRQ_STI;
  return hw;
}

/** The earliest timer compare value of hart `h` (u64.MAX_VALUE when none is armed). */
export function hartDeadline(h: u32): u64 {
  let d = load<u64>(hartSlot(HART_MTIMECMP, h));
  const sbi = load<u64>(hartSlot(HART_SBI_TIMECMP, h));
  if (sbi < d) d = sbi;
  if (hartCsr(h, CSR_MENVCFG) & MENVCFG_STCE) {
    const s = hartCsr(h, CSR_STIMECMP);
    if (s < d) d = s;
  }
  return d;
}

/** Hart `h`'s mip: the software-written bits (but STIP, which follows stimecmp under Sstc) and the lines. */
export function hartMip(h: u32, now: u64): u64 {
  let soft = hartCsr(h, CSR_MIP);
  if (hartCsr(h, CSR_MENVCFG) & MENVCFG_STCE) soft &= ~(<u64>1 << IRQ_STI);
  return soft | hardwareLines(h, now);
}

/** Whether hart `h` has an interrupt pending and enabled in mie: what wakes it from wfi (§3.3.3). */
export function hartWakes(h: u32, now: u64): bool {
  return (hartMip(h, now) & hartCsr(h, CSR_MIE)) != 0;
}

/**
 * mtime ticks until a timer can wake hart `h` from wfi: 0 when an enabled interrupt is already pending, otherwise
 * the nearest future compare value whose interrupt is enabled in mie, or u64.MAX_VALUE when there is none (a timer
 * that already fired but is masked, or one that is not armed, can never wake it).
 */
export function ticksUntilWake(h: u32, now: u64): u64 {
  if (hartWakes(h, now)) return 0;
  const mie = hartCsr(h, CSR_MIE);
  let d = u64.MAX_VALUE;
  if (mie & (<u64>1 << IRQ_MTI)) d = future(load<u64>(hartSlot(HART_MTIMECMP, h)), now, d);
  if (mie & (<u64>1 << IRQ_STI)) {
    d = future(load<u64>(hartSlot(HART_SBI_TIMECMP, h)), now, d);
    if (hartCsr(h, CSR_MENVCFG) & MENVCFG_STCE) d = future(hartCsr(h, CSR_STIMECMP), now, d);
  }
  return d == u64.MAX_VALUE ? d : d - now;
}

/** The earlier of `best` and `deadline`, counting `deadline` only if it is still ahead of `now`. */
@inline function future(deadline: u64, now: u64, best: u64): u64 {
  return deadline > now && deadline < best ? deadline : best;
}
