// Guest time: mtime derives from the instruction count, so runs can be deterministic; the shell may pull it forward to host time.
import { info, setInfo, INFO_TIME_OFFSET, INFO_INSN_COUNT, INFO_HW_IP } from "./state";
import { activeHart, hardwareLines, hartDeadline } from "./harts";

/** Instructions per mtime tick (timebase 10 MHz): 10 gives a nominal 100 MIPS guest clock. */
export let insnPerTick: u64 = 10;
/** The instruction count at the current point of execution (kept exact by the interpreter before time-dependent work). */
export let insnNow: u64 = 0;

/** Sets how many instructions make one tick (at least 1). */
export function setInsnPerTickValue(n: u64): void { insnPerTick = n > 0 ? n : 1; }

/** Sets the instruction count that time and counters read. */
@inline export function setInsnNow(n: u64): void { insnNow = n; }

/** mtime at the current instruction. */
export function mtime(): u64 {
  return info(INFO_TIME_OFFSET) + insnNow / insnPerTick;
}

/** Makes mtime read `value` from now on (a CLINT mtime write, or the shell syncing to host time). */
export function setMtime(value: u64): void {
  setInfo(INFO_TIME_OFFSET, value - insnNow / insnPerTick);
}

/** The running hart's earliest timer compare value (u64.MAX_VALUE when none is armed). */
export function nextDeadline(): u64 {
  return hartDeadline(activeHart);
}

/** Instructions until mtime reaches `deadline` (0 when already reached). */
export function insnsUntil(deadline: u64): u64 {
  const now = mtime();
  if (deadline <= now) return 0;
  const ticks = deadline - now;
  if (ticks > (<u64>1 << 40)) return u64.MAX_VALUE;
  // Ticks advance when insnNow crosses a multiple of insnPerTick.
  return ticks * insnPerTick - insnNow % insnPerTick;
}

/** Recomputes the running hart's lines from the CLINT, its timers and the PLIC (between chunks). */
export function updateInterruptLines(): void {
  setInfo(INFO_HW_IP, hardwareLines(activeHart, mtime()));
}

/** Counts `n` more executed instructions. */
@inline export function addInsns(n: u64): void {
  setInfo(INFO_INSN_COUNT, info(INFO_INSN_COUNT) + n);
}
