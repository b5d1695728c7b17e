// RISC-V F and D extensions: executes every floating-point instruction except loads and stores (unpriv. spec ch. 11, 12).
//
// Round-to-nearest-even on ordinary operands runs on Wasm's own f32/f64 arithmetic, with exact error terms deciding
// the inexact flag; every other case (other rounding modes, NaN/inf operands, results near overflow or underflow)
// goes to the software float in fpu/softfloat.ts. docs/fpu.md explains why each check is sound.

import { X_BASE, F_BASE, FCSR_ADDR } from './layout';
import {
  fpFlags, FLAG_NX, RM_RNE, RM_RTZ, RM_RDN, RM_RMM, INT_W, INT_WU, INT_L, INT_LU,
  softAdd, softMul, softDiv, softSqrt, softFma, softToInt, softFromInt, softConvertFormat,
  softMinMax, softCompare, softClassify,
} from './fpu/softfloat';

/** fpExecute's result: the instruction completed. */
@inline export const FP_DONE: i32 = 0;
/** fpExecute's result: illegal instruction (reserved rounding mode, unknown function, format other than S or D). */
@inline export const FP_ILLEGAL: i32 = 1;

@inline const SIGN64: u64 = 0x8000_0000_0000_0000;
@inline const SIGN32: u64 = 0x8000_0000;
@inline const NAN_BOX: u64 = 0xFFFF_FFFF_0000_0000;

// ---- register file (assembly/layout.ts) ----

@inline function readX(r: u32): u64 { return load<u64>(X_BASE + (r << 3)); }
@inline function writeX(r: u32, value: u64): void {
  if (r != 0) store<u64>(X_BASE + (r << 3), value);
}
@inline function readD(r: u32): u64 { return load<u64>(F_BASE + (r << 3)); }
@inline function writeD(r: u32, value: u64): void { store<u64>(F_BASE + (r << 3), value); }
/** A single operand: a value that is not NaN-boxed reads as the canonical NaN (unpriv. spec 12.2). */
@inline function readS(r: u32): u64 {
  const v = load<u64>(F_BASE + (r << 3));
  return (v & NAN_BOX) == NAN_BOX ? v & 0xFFFF_FFFF : 0x7FC0_0000;
}
@inline function writeS(r: u32, value: u64): void { store<u64>(F_BASE + (r << 3), NAN_BOX | value); }
@inline function readF(r: u32, dbl: bool): u64 { return dbl ? readD(r) : readS(r); }
@inline function writeF(r: u32, value: u64, dbl: bool): void {
  if (dbl) writeD(r, value);
  else writeS(r, value);
}

/** fcsr as fpExecute found it. */
let fcsrBefore: u64 = 0;

/** The rounding mode an instruction uses: its rm field, or frm when rm is 7 (DYN). 5 or more is reserved. */
@inline function roundingMode(funct3: u32): u32 {
  return funct3 == 7 ? <u32>(fcsrBefore >> 5) & 7 : funct3;
}

/**
 * Whether NX has already accrued: flags are sticky (unpriv. spec 11.2), so an inexact test could not change fcsr and
 * the fast paths skip computing their error terms. Software rarely clears fflags, so this is the common case.
 */
@inline function inexactAccrued(): bool { return (fcsrBefore & FLAG_NX) != 0; }

// ---- fast paths: round to nearest even on Wasm floats, exact flags from error terms ----

@inline function f32Bits(bits: u64): f64 { return <f64>reinterpret<f32>(<u32>bits); }
/** Biased exponent field of a binary32 result. */
@inline function expField32(bits: u32): u32 { return (bits >> 23) & 0xFF; }
/** True when |bits| (binary64) is below 2^1023 and not inf/NaN: TwoSum cannot overflow. */
@inline function belowHuge64(bits: u64): bool { return (bits & ~SIGN64) < 0x7FE0_0000_0000_0000; }
/** True when a binary64's biased exponent lies in [64, 2017]: Dekker's TwoProduct is exact (docs/fpu.md). */
@inline function moderate64(bits: u64): bool { return ((bits >> 52) & 0x7FF) - 64 <= 2017 - 64; }

/** Error of Dekker's TwoProduct: x * y - fl(x * y), exact when both are moderate and the product is too. */
@inline function productError(x: f64, y: f64, product: f64): f64 {
  const sx = x * 134217729.0;
  const xHigh = sx - (sx - x);
  const xLow = x - xHigh;
  const sy = y * 134217729.0;
  const yHigh = sy - (sy - y);
  const yLow = y - yHigh;
  return ((xHigh * yHigh - product) + xHigh * yLow + xLow * yHigh) + xLow * yLow;
}

/** Error of Knuth's TwoSum: x + y - sum, exact when no step overflows. */
@inline function sumError(x: f64, y: f64, sum: f64): f64 {
  const yVirtual = sum - x;
  return (x - (sum - yVirtual)) + (y - yVirtual);
}

function addD(a: u64, b: u64, rm: u32): u64 {
  if (rm == RM_RNE) {
    const x = reinterpret<f64>(a);
    const y = reinterpret<f64>(b);
    const sum = x + y;
    const bits = reinterpret<u64>(sum);
    // A sum that is subnormal is exact, so only inexactness is possible here.
    if (belowHuge64(a) && belowHuge64(b) && belowHuge64(bits)) {
      if (!inexactAccrued() && sumError(x, y, sum) != 0) fpFlags |= FLAG_NX;
      return bits;
    }
  }
  return softAdd(a, b, true, rm);
}

function addS(a: u64, b: u64, rm: u32): u64 {
  if (rm == RM_RNE) {
    const x = f32Bits(a);
    const y = f32Bits(b);
    const sum = x + y;
    const rounded = <f32>sum; // innocuous double rounding: 53 >= 2 * 24 + 2
    const bits = reinterpret<u32>(rounded);
    if (expField32(bits) != 0xFF) {
      if (!inexactAccrued() && (sumError(x, y, sum) != 0 || <f64>rounded != sum)) fpFlags |= FLAG_NX;
      return bits;
    }
  }
  return softAdd(a, b, false, rm);
}

function mulD(a: u64, b: u64, rm: u32): u64 {
  if (rm == RM_RNE) {
    const x = reinterpret<f64>(a);
    const y = reinterpret<f64>(b);
    const product = x * y;
    const bits = reinterpret<u64>(product);
    if (moderate64(a) && moderate64(b) && moderate64(bits)) {
      if (!inexactAccrued() && productError(x, y, product) != 0) fpFlags |= FLAG_NX;
      return bits;
    }
  }
  return softMul(a, b, true, rm);
}

function mulS(a: u64, b: u64, rm: u32): u64 {
  if (rm == RM_RNE) {
    const product = f32Bits(a) * f32Bits(b); // exact: 48 significant bits, exponent within binary64's range
    const rounded = <f32>product;
    const bits = reinterpret<u32>(rounded);
    if (expField32(bits) - 2 <= 252) {
      if (!inexactAccrued() && <f64>rounded != product) fpFlags |= FLAG_NX;
      return bits;
    }
    if (product == 0) return bits; // a zero operand times a finite one: exact, sign already right
  }
  return softMul(a, b, false, rm);
}

function divD(a: u64, b: u64, rm: u32): u64 {
  if (rm == RM_RNE) {
    const x = reinterpret<f64>(a);
    const y = reinterpret<f64>(b);
    const quotient = x / y;
    const bits = reinterpret<u64>(quotient);
    if (moderate64(a) && moderate64(b) && moderate64(bits)) {
      // Exact iff quotient * y == x exactly.
      const back = quotient * y;
      if (!inexactAccrued() && (back != x || productError(quotient, y, back) != 0)) fpFlags |= FLAG_NX;
      return bits;
    }
  }
  return softDiv(a, b, true, rm);
}

function divS(a: u64, b: u64, rm: u32): u64 {
  if (rm == RM_RNE) {
    const x = f32Bits(a);
    const y = f32Bits(b);
    const quotient = x / y;
    const rounded = <f32>quotient; // innocuous double rounding for division as well
    const bits = reinterpret<u32>(rounded);
    if (expField32(bits) - 2 <= 252) {
      // The product of two singles is exact in binary64.
      if (!inexactAccrued() && <f64>rounded * y != x) fpFlags |= FLAG_NX;
      return bits;
    }
    if (quotient == 0) return bits; // zero over nonzero, or finite over infinity: exact
  }
  return softDiv(a, b, false, rm);
}

function sqrtD(a: u64, rm: u32): u64 {
  if (rm == RM_RNE && (a >> 63) == 0 && moderate64(a)) {
    const x = reinterpret<f64>(a);
    const root = Math.sqrt(x);
    const square = root * root;
    if (!inexactAccrued() && (square != x || productError(root, root, square) != 0)) fpFlags |= FLAG_NX;
    return reinterpret<u64>(root);
  }
  return softSqrt(a, true, rm);
}

function sqrtS(a: u64, rm: u32): u64 {
  if (rm == RM_RNE && a - 1 < 0x7F7F_FFFF) {
    const x = f32Bits(a);
    const rounded = <f32>Math.sqrt(x);
    const wide = <f64>rounded;
    if (!inexactAccrued() && wide * wide != x) fpFlags |= FLAG_NX;
    return reinterpret<u32>(rounded);
  }
  return softSqrt(a, false, rm);
}

/**
 * Single-precision FMA in binary64: the product is exact; the sum is rounded to odd (TwoSum's error tells which
 * neighbour), and round-to-odd at 53 bits followed by rounding to 24 bits equals one rounding (Boldo-Melquiond).
 */
function fmaS(a: u64, b: u64, c: u64, negateProduct: bool, negateAddend: bool, rm: u32): u64 {
  if (rm == RM_RNE && expField32(<u32>a) != 0xFF && expField32(<u32>b) != 0xFF && expField32(<u32>c) != 0xFF) {
    const product = negateProduct ? -(f32Bits(a) * f32Bits(b)) : f32Bits(a) * f32Bits(b);
    const addend = negateAddend ? -f32Bits(c) : f32Bits(c);
    const sum = product + addend;
    const error = sumError(product, addend, sum);
    let oddBits = reinterpret<u64>(sum);
    if (error != 0 && (oddBits & 1) == 0) {
      oddBits = (error > 0) == (sum > 0) ? oddBits + 1 : oddBits - 1;
    }
    const rounded = <f32>reinterpret<f64>(oddBits);
    const bits = reinterpret<u32>(rounded);
    if (expField32(bits) - 2 <= 252) {
      if (!inexactAccrued() && (error != 0 || <f64>rounded != sum)) fpFlags |= FLAG_NX;
      return bits;
    }
    if (sum == 0 && error == 0) return bits; // exact zero: IEEE's sign rules already applied by the f64 sum
  }
  return softFma(a, b, c, negateProduct, negateAddend, false, rm);
}

/**
 * Double-precision FMA, round to nearest even, by Boldo and Melquiond's emulation: a*b = uh + ul exactly (TwoProduct),
 * c + uh = th + tl exactly (TwoSum), v = tl + ul rounded to odd (TwoSum's error picks the odd neighbour), and then
 * RN(th + v) = RN(a*b + c). The result is exact iff both of the last two sums are (docs/fpu.md).
 */
function fmaD(a: u64, b: u64, c: u64, negateProduct: bool, negateAddend: bool, rm: u32): u64 {
  if (rm == RM_RNE && moderate64(a) && moderate64(b) && ((c & ~SIGN64) == 0 || moderate64(c))) {
    const x = negateProduct ? -reinterpret<f64>(a) : reinterpret<f64>(a);
    const y = reinterpret<f64>(b);
    const z = negateAddend ? -reinterpret<f64>(c) : reinterpret<f64>(c);
    const productHigh = x * y;
    if (moderate64(reinterpret<u64>(productHigh))) {
      const productLow = productError(x, y, productHigh);
      const sumHigh = z + productHigh;
      const sumLow = sumError(z, productHigh, sumHigh);
      const tail = sumLow + productLow;
      const tailError = sumError(sumLow, productLow, tail);
      let oddBits = reinterpret<u64>(tail);
      if (tailError != 0 && (oddBits & 1) == 0) {
        oddBits = (tailError > 0) == (tail > 0) ? oddBits + 1 : oddBits - 1;
      }
      const odd = reinterpret<f64>(oddBits);
      const result = sumHigh + odd;
      const bits = reinterpret<u64>(result);
      if (moderate64(bits)) {
        if (!inexactAccrued() && (tailError != 0 || sumError(sumHigh, odd, result) != 0)) fpFlags |= FLAG_NX;
        return bits;
      }
    }
  }
  return softFma(a, b, c, negateProduct, negateAddend, true, rm);
}

/**
 * FCVT to an integer for every mode but RMM when the rounded value is in range: Wasm's nearest/floor/ceil/trunc round
 * exactly, the conversion of an in-range integral value is exact, and NX is whether rounding changed the value.
 */
function toInt(a: u64, dbl: bool, rm: u32, kind: u32): u64 {
  if (rm != RM_RMM) {
    const x = dbl ? reinterpret<f64>(a) : f32Bits(a);
    let y: f64;
    if (rm == RM_RNE) y = nearest(x);
    else if (rm == RM_RTZ) y = trunc(x);
    else if (rm == RM_RDN) y = floor(x);
    else y = ceil(x);
    let inRange: bool;
    if (kind == INT_W) inRange = y >= -2147483648.0 && y <= 2147483647.0;
    else if (kind == INT_WU) inRange = y >= 0 && y <= 4294967295.0;
    else if (kind == INT_L) inRange = y >= -9223372036854775808.0 && y < 9223372036854775808.0;
    else inRange = y >= 0 && y < 18446744073709551616.0;
    if (inRange) { // false for NaN
      if (!inexactAccrued() && y != x) fpFlags |= FLAG_NX;
      if (kind == INT_LU) return <u64>y;
      if (kind == INT_WU) return <u64>(<i64>(<i32>(<u32>y)));
      return <u64>(<i64>y);
    }
  }
  return softToInt(a, dbl, rm, kind);
}

// ---- instruction groups ----

/** FMADD/FMSUB/FNMSUB/FNMADD (R4 format, unpriv. spec 11.6). */
function fusedMultiplyAdd(insn: u32, opcode: u32): i32 {
  const fmt = (insn >> 25) & 3;
  if (fmt > 1) return FP_ILLEGAL;
  const rm = roundingMode((insn >> 12) & 7);
  if (rm >= 5) return FP_ILLEGAL;
  const dbl = fmt == 1;
  const rs1 = (insn >> 15) & 31;
  const rs2 = (insn >> 20) & 31;
  const rs3 = insn >> 27;
  // 0x43 FMADD: a*b+c, 0x47 FMSUB: a*b-c, 0x4B FNMSUB: -a*b+c, 0x4F FNMADD: -a*b-c.
  const negateProduct = opcode >= 0x4B;
  const negateAddend = opcode == 0x47 || opcode == 0x4F;
  const a = readF(rs1, dbl);
  const b = readF(rs2, dbl);
  const c = readF(rs3, dbl);
  const rd = (insn >> 7) & 31;
  if (dbl) writeD(rd, fmaD(a, b, c, negateProduct, negateAddend, rm));
  else writeS(rd, fmaS(a, b, c, negateProduct, negateAddend, rm));
  return FP_DONE;
}

/** OP-FP (opcode 0x53): everything else. */
function opFp(insn: u32): i32 {
  const funct7 = insn >> 25;
  if ((funct7 & 2) != 0) return FP_ILLEGAL; // fmt H or Q
  const dbl = (funct7 & 1) != 0;
  const rd = (insn >> 7) & 31;
  const funct3 = (insn >> 12) & 7;
  const rs1 = (insn >> 15) & 31;
  const rs2 = (insn >> 20) & 31;
  switch (funct7 >> 2) {
    case 0x00: case 0x01: case 0x02: case 0x03: { // FADD FSUB FMUL FDIV
      const rm = roundingMode(funct3);
      if (rm >= 5) return FP_ILLEGAL;
      const a = readF(rs1, dbl);
      let b = readF(rs2, dbl);
      const op = funct7 >> 2;
      let result: u64;
      if (op <= 1) {
        if (op == 1) b ^= dbl ? SIGN64 : SIGN32; // a - b = a + (-b) exactly, NaNs included (canonical anyway)
        result = dbl ? addD(a, b, rm) : addS(a, b, rm);
      } else if (op == 2) {
        result = dbl ? mulD(a, b, rm) : mulS(a, b, rm);
      } else {
        result = dbl ? divD(a, b, rm) : divS(a, b, rm);
      }
      writeF(rd, result, dbl);
      return FP_DONE;
    }
    case 0x0B: { // FSQRT
      const rm = roundingMode(funct3);
      if (rm >= 5 || rs2 != 0) return FP_ILLEGAL;
      const a = readF(rs1, dbl);
      writeF(rd, dbl ? sqrtD(a, rm) : sqrtS(a, rm), dbl);
      return FP_DONE;
    }
    case 0x04: { // FSGNJ FSGNJN FSGNJX (unpriv. spec 11.7): sign bit only, no flags
      if (funct3 > 2) return FP_ILLEGAL;
      const sign = dbl ? SIGN64 : SIGN32;
      const a = readF(rs1, dbl);
      const b = readF(rs2, dbl);
      const newSign = funct3 == 0 ? b : funct3 == 1 ? ~b : a ^ b;
      writeF(rd, (a & ~sign) | (newSign & sign), dbl);
      return FP_DONE;
    }
    case 0x05: { // FMIN FMAX
      if (funct3 > 1) return FP_ILLEGAL;
      writeF(rd, softMinMax(readF(rs1, dbl), readF(rs2, dbl), dbl, funct3 == 1), dbl);
      return FP_DONE;
    }
    case 0x08: { // FCVT.S.D (funct7 0x20, rs2 1), FCVT.D.S (funct7 0x21, rs2 0)
      if (rs2 != (dbl ? 0 : 1)) return FP_ILLEGAL;
      const rm = roundingMode(funct3);
      if (rm >= 5) return FP_ILLEGAL;
      writeF(rd, softConvertFormat(readF(rs1, !dbl), !dbl, rm), dbl);
      return FP_DONE;
    }
    case 0x14: { // FLE FLT FEQ
      if (funct3 > 2) return FP_ILLEGAL;
      writeX(rd, softCompare(readF(rs1, dbl), readF(rs2, dbl), dbl, funct3));
      return FP_DONE;
    }
    case 0x18: { // FCVT.{W,WU,L,LU}.{S,D}
      const rm = roundingMode(funct3);
      if (rm >= 5 || rs2 > 3) return FP_ILLEGAL;
      writeX(rd, toInt(readF(rs1, dbl), dbl, rm, rs2));
      return FP_DONE;
    }
    case 0x1A: { // FCVT.{S,D}.{W,WU,L,LU}
      const rm = roundingMode(funct3);
      if (rm >= 5 || rs2 > 3) return FP_ILLEGAL;
      writeF(rd, softFromInt(readX(rs1), rs2, dbl, rm), dbl);
      return FP_DONE;
    }
    case 0x1C: { // FMV.X.W / FMV.X.D (funct3 0), FCLASS (funct3 1)
      if (rs2 != 0 || funct3 > 1) return FP_ILLEGAL;
      if (funct3 == 1) {
        writeX(rd, softClassify(readF(rs1, dbl), dbl));
      } else {
        const raw = readD(rs1); // FMV.X.W moves the raw low 32 bits, sign-extended, without the NaN-box check
        writeX(rd, dbl ? raw : <u64>(<i64>(<i32>raw)));
      }
      return FP_DONE;
    }
    case 0x1E: { // FMV.W.X / FMV.D.X
      if (rs2 != 0 || funct3 != 0) return FP_ILLEGAL;
      const value = readX(rs1);
      writeF(rd, dbl ? value : value & 0xFFFF_FFFF, dbl);
      return FP_DONE;
    }
    default:
      return FP_ILLEGAL;
  }
}

/**
 * Executes one OP-FP or FMADD/FMSUB/FNMSUB/FNMADD instruction on the registers in linear memory and accrues its
 * exception flags into fcsr. The caller has checked mstatus.FS and sets it Dirty afterwards. Returns FP_DONE or
 * FP_ILLEGAL (nothing is written then).
 */
export function fpExecute(insn: u32): i32 {
  fpFlags = 0;
  fcsrBefore = load<u64>(FCSR_ADDR);
  const opcode = insn & 0x7F;
  let status: i32;
  if (opcode == 0x53) status = opFp(insn);
  else if ((opcode & 0x73) == 0x43) status = fusedMultiplyAdd(insn, opcode);
  else status = FP_ILLEGAL;
  const accrued = fcsrBefore | fpFlags;
  if (accrued != fcsrBefore) store<u64>(FCSR_ADDR, accrued);
  return status;
}

