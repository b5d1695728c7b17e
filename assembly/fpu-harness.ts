// Standalone test entry for the FPU (tests/fpu): fpExecute plus register and fcsr access as i32 halves.

import { X_BASE, F_BASE, FCSR_ADDR } from './layout';

import { fpFlags, softAdd, softMul, softDiv, softSqrt, softFma } from './fpu/softfloat';

export { fpExecute } from './fpu';

/** Sets f register r to hi:lo. */
export function setF(r: u32, lo: u32, hi: u32): void { store<u64>(F_BASE + (r << 3), (<u64>hi << 32) | lo); }
/** Low 32 bits of f register r. */
export function getFLo(r: u32): u32 { return <u32>load<u64>(F_BASE + (r << 3)); }
/** High 32 bits of f register r. */
export function getFHi(r: u32): u32 { return <u32>(load<u64>(F_BASE + (r << 3)) >> 32); }
/** Sets x register r to hi:lo. */
export function setX(r: u32, lo: u32, hi: u32): void { store<u64>(X_BASE + (r << 3), (<u64>hi << 32) | lo); }
/** Low 32 bits of x register r. */
export function getXLo(r: u32): u32 { return <u32>load<u64>(X_BASE + (r << 3)); }
/** High 32 bits of x register r. */
export function getXHi(r: u32): u32 { return <u32>(load<u64>(X_BASE + (r << 3)) >> 32); }
/** Sets fcsr. */
export function setFcsr(value: u32): void { store<u64>(FCSR_ADDR, value); }
/** Reads fcsr. */
export function getFcsr(): u32 { return <u32>load<u64>(FCSR_ADDR); }

/**
 * The software float alone (no fast path) on f registers, to cross-check the fast paths: op 0 add, 1 mul, 2 div,
 * 3 sqrt, 4 fused multiply-add (rs3 the addend). Returns the exception flags it raised.
 */
export function softReference(op: u32, dbl: bool, rm: u32, rd: u32, rs1: u32, rs2: u32, rs3: u32): u32 {
  const mask: u64 = dbl ? 0xFFFF_FFFF_FFFF_FFFF : 0xFFFF_FFFF;
  const a = load<u64>(F_BASE + (rs1 << 3)) & mask;
  const b = load<u64>(F_BASE + (rs2 << 3)) & mask;
  const c = load<u64>(F_BASE + (rs3 << 3)) & mask;
  fpFlags = 0;
  let result: u64;
  if (op == 0) result = softAdd(a, b, dbl, rm);
  else if (op == 1) result = softMul(a, b, dbl, rm);
  else if (op == 2) result = softDiv(a, b, dbl, rm);
  else if (op == 3) result = softSqrt(a, dbl, rm);
  else result = softFma(a, b, c, false, false, dbl, rm);
  store<u64>(F_BASE + (rd << 3), dbl ? result : 0xFFFF_FFFF_0000_0000 | result);
  return fpFlags;
}
