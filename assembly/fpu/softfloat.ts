// Software IEEE 754 binary32/binary64 arithmetic: every RISC-V rounding mode, exact exception flags, canonical NaNs.
//
// Values travel as raw bit patterns in a u64 (a single in the low 32 bits). Internally a finite nonzero value is
// (sign, exp, sig) with value = sig * 2^(exp - 62) and the leading 1 of sig at bit 62; bits below the target precision
// are kept, with every bit shifted out OR-ed into bit 0 ("jamming"), so rounding sees the exact value's position.

/** fflags bit: inexact (RISC-V unprivileged spec, "Floating-Point Control and Status Register"). */
@inline export const FLAG_NX: u32 = 1;
/** fflags bit: underflow. */
@inline export const FLAG_UF: u32 = 2;
/** fflags bit: overflow. */
@inline export const FLAG_OF: u32 = 4;
/** fflags bit: divide by zero. */
@inline export const FLAG_DZ: u32 = 8;
/** fflags bit: invalid operation. */
@inline export const FLAG_NV: u32 = 16;

/** Rounding mode: to nearest, ties to even. */
@inline export const RM_RNE: u32 = 0;
/** Rounding mode: toward zero. */
@inline export const RM_RTZ: u32 = 1;
/** Rounding mode: down (toward -inf). */
@inline export const RM_RDN: u32 = 2;
/** Rounding mode: up (toward +inf). */
@inline export const RM_RUP: u32 = 3;
/** Rounding mode: to nearest, ties to max magnitude. */
@inline export const RM_RMM: u32 = 4;

/** Exception flags raised by the operation in progress; fpExecute clears them first and ORs them into fcsr after. */
export let fpFlags: u32 = 0;

/** Integer conversion kinds, in the order of the rs2 field of FCVT (W, WU, L, LU). */
@inline export const INT_W: u32 = 0;
/** Unsigned 32-bit integer. */
@inline export const INT_WU: u32 = 1;
/** Signed 64-bit integer. */
@inline export const INT_L: u32 = 2;
/** Unsigned 64-bit integer. */
@inline export const INT_LU: u32 = 3;

// ---- format parameters (dbl: binary64, else binary32) ----

@inline function precision(dbl: bool): i32 { return dbl ? 53 : 24; }
@inline function expMin(dbl: bool): i32 { return dbl ? -1022 : -126; }
@inline function expMax(dbl: bool): i32 { return dbl ? 1023 : 127; }
@inline function fracMask(dbl: bool): u64 { return dbl ? 0x000F_FFFF_FFFF_FFFF : 0x007F_FFFF; }
@inline function signBit(dbl: bool): u64 { return dbl ? 0x8000_0000_0000_0000 : 0x8000_0000; }
@inline function expField(bits: u64, dbl: bool): i32 {
  return dbl ? <i32>((bits >> 52) & 0x7FF) : <i32>((bits >> 23) & 0xFF);
}
@inline function expAllOnes(dbl: bool): i32 { return dbl ? 0x7FF : 0xFF; }

/** True when the sign bit of a value of the given format is set. */
@inline function isNegative(bits: u64, dbl: bool): bool { return (bits & signBit(dbl)) != 0; }
/** True for any NaN. */
@inline function isNaN(bits: u64, dbl: bool): bool {
  return expField(bits, dbl) == expAllOnes(dbl) && (bits & fracMask(dbl)) != 0;
}
/** True for a signalling NaN (quiet bit, the top fraction bit, clear). */
@inline function isSignalingNaN(bits: u64, dbl: bool): bool {
  return isNaN(bits, dbl) && (bits & (<u64>1 << (precision(dbl) - 2))) == 0;
}
/** True for +inf or -inf. */
@inline function isInfinite(bits: u64, dbl: bool): bool {
  return expField(bits, dbl) == expAllOnes(dbl) && (bits & fracMask(dbl)) == 0;
}
/** True for +0 or -0. */
@inline function isZero(bits: u64, dbl: bool): bool { return (bits & ~signBit(dbl)) == 0; }
/** The canonical NaN (unpriv. spec 11.3: 0x7fc00000 / 0x7ff8000000000000). */
@inline function canonicalNaN(dbl: bool): u64 { return dbl ? 0x7FF8_0000_0000_0000 : 0x7FC0_0000; }
@inline function signedZero(negative: bool, dbl: bool): u64 { return negative ? signBit(dbl) : 0; }
@inline function infinity(negative: bool, dbl: bool): u64 {
  return signedZero(negative, dbl) | (<u64>expAllOnes(dbl) << (precision(dbl) - 1));
}
/** Sign of an exact zero sum of operands of opposite signs (IEEE 754 6.3): -0 only when rounding down. */
@inline function zeroOfCancellation(rm: u32, dbl: bool): u64 { return signedZero(rm == RM_RDN, dbl); }

/** Exponent of a finite nonzero value once its significand is normalized to bit 62 (see normSig). */
@inline function normExp(bits: u64, dbl: bool): i32 {
  const e = expField(bits, dbl);
  if (e != 0) return e - expMax(dbl);
  const shift = <i32>clz(bits & fracMask(dbl)) - 1;
  return expMin(dbl) - (precision(dbl) - 1) - shift + 62;
}
/** Significand of a finite nonzero value with its leading 1 at bit 62 (subnormals are normalized). */
@inline function normSig(bits: u64, dbl: bool): u64 {
  const frac = bits & fracMask(dbl);
  if (expField(bits, dbl) != 0) return (frac | (<u64>1 << (precision(dbl) - 1))) << (63 - precision(dbl));
  return frac << (clz(frac) - 1);
}

/** x >> n with every bit shifted out OR-ed into bit 0. */
@inline function shiftRightJam(x: u64, n: i32): u64 {
  if (n <= 0) return x;
  if (n >= 63) return x != 0 ? 1 : 0;
  return (x >> n) | ((x & ((<u64>1 << n) - 1)) != 0 ? 1 : 0);
}

/** Result of a NaN operand: NV if any operand is signalling (IEEE 754 6.2), always the canonical NaN (unpriv. 11.3). */
@inline function nanResult(signaling: bool, dbl: bool): u64 {
  if (signaling) fpFlags |= FLAG_NV;
  return canonicalNaN(dbl);
}
@inline function invalidResult(dbl: bool): u64 {
  fpFlags |= FLAG_NV;
  return canonicalNaN(dbl);
}

/** Whether rounding the magnitude `kept` + fraction `rest` (half = the weight of the round bit) increments it. */
@inline function roundIncrements(negative: bool, kept: u64, rest: u64, half: u64, rm: u32): bool {
  switch (rm) {
    case RM_RNE: return rest > half || (rest == half && (kept & 1) != 0);
    case RM_RDN: return negative && rest != 0;
    case RM_RUP: return !negative && rest != 0;
    case RM_RMM: return rest >= half;
    default: return false;
  }
}

/** Largest finite value or infinity: what an overflow gives in each rounding mode (IEEE 754 7.4). */
function overflowResult(negative: bool, dbl: bool, rm: u32): u64 {
  const toInfinity = rm == RM_RNE || rm == RM_RMM || (rm == RM_RDN && negative) || (rm == RM_RUP && !negative);
  if (toInfinity) return infinity(negative, dbl);
  return signedZero(negative, dbl) | (dbl ? <u64>0x7FEF_FFFF_FFFF_FFFF : <u64>0x7F7F_FFFF);
}

/**
 * Rounds sign * sig * 2^(exp - 62) (sig's leading 1 at bit 62, sticky bits jammed into bit 0) to the format, raising
 * NX, UF (tiny after rounding and inexact, as RISC-V specifies: unpriv. 11.2 defers to IEEE 754 7.5), OF.
 */
function roundPack(negative: bool, exp: i32, sig: u64, dbl: bool, rm: u32): u64 {
  const p = precision(dbl);
  const emin = expMin(dbl);
  const roundBits = 63 - p;
  const roundMask: u64 = (<u64>1 << roundBits) - 1;
  const half: u64 = <u64>1 << (roundBits - 1);
  let tiny = false;
  if (exp < emin) {
    // Tininess after rounding: tiny unless rounding to p bits with an unbounded exponent reaches 2^emin.
    const carries = (sig >> roundBits) == (<u64>1 << p) - 1 &&
      roundIncrements(negative, sig >> roundBits, sig & roundMask, half, rm);
    tiny = exp < emin - 1 || !carries;
    sig = shiftRightJam(sig, emin - exp);
    exp = emin;
  }
  const rest = sig & roundMask;
  let kept = sig >> roundBits;
  if (roundIncrements(negative, kept, rest, half, rm)) {
    kept++;
    if (kept == <u64>1 << p) {
      kept >>= 1;
      exp++;
    }
  }
  if (rest != 0) {
    fpFlags |= tiny ? FLAG_NX | FLAG_UF : FLAG_NX;
  }
  if (exp > expMax(dbl)) {
    fpFlags |= FLAG_OF | FLAG_NX;
    return overflowResult(negative, dbl, rm);
  }
  // A subnormal keeps biased exponent 0; one that rounded up to 2^(p-1) becomes the smallest normal.
  const biased: u64 = kept >= (<u64>1 << (p - 1)) ? <u64>(exp + expMax(dbl)) : 0;
  return signedZero(negative, dbl) | (biased << (p - 1)) | (kept & fracMask(dbl));
}

/** a + b, correctly rounded. */
export function softAdd(a: u64, b: u64, dbl: bool, rm: u32): u64 {
  if (isNaN(a, dbl) || isNaN(b, dbl)) return nanResult(isSignalingNaN(a, dbl) || isSignalingNaN(b, dbl), dbl);
  const negA = isNegative(a, dbl);
  const negB = isNegative(b, dbl);
  const infA = isInfinite(a, dbl);
  const infB = isInfinite(b, dbl);
  if (infA || infB) {
    if (infA && infB && negA != negB) return invalidResult(dbl);
    return infA ? a : b;
  }
  const zeroA = isZero(a, dbl);
  const zeroB = isZero(b, dbl);
  if (zeroA && zeroB) return negA == negB ? a : zeroOfCancellation(rm, dbl);
  if (zeroA) return b;
  if (zeroB) return a;
  let expA = normExp(a, dbl);
  let sigA = normSig(a, dbl);
  let expB = normExp(b, dbl);
  let sigB = normSig(b, dbl);
  let negative = negA;
  if (expB > expA || (expB == expA && sigB > sigA)) {
    const e = expA; expA = expB; expB = e;
    const s = sigA; sigA = sigB; sigB = s;
    negative = negB;
  }
  sigB = shiftRightJam(sigB, expA - expB);
  if (negA == negB) {
    let sum = sigA + sigB;
    if ((sum >> 63) != 0) {
      sum = (sum >> 1) | (sum & 1);
      expA++;
    }
    return roundPack(negative, expA, sum, dbl, rm);
  }
  const diff = sigA - sigB;
  if (diff == 0) return zeroOfCancellation(rm, dbl);
  const shift = <i32>clz(diff) - 1;
  return roundPack(negative, expA - shift, diff << shift, dbl, rm);
}

// 128-bit results of mul128 and the 128-bit helpers (globals: no allocation on the hot path).
let wideHi: u64 = 0;
let wideLo: u64 = 0;

/** Full 64x64 -> 128-bit product into wideHi:wideLo. */
@inline function mul128(a: u64, b: u64): void {
  const a0 = a & 0xFFFF_FFFF;
  const a1 = a >> 32;
  const b0 = b & 0xFFFF_FFFF;
  const b1 = b >> 32;
  const p00 = a0 * b0;
  const p01 = a0 * b1;
  const p10 = a1 * b0;
  const mid = (p00 >> 32) + (p01 & 0xFFFF_FFFF) + (p10 & 0xFFFF_FFFF);
  wideLo = (mid << 32) | (p00 & 0xFFFF_FFFF);
  wideHi = a1 * b1 + (p01 >> 32) + (p10 >> 32) + (mid >> 32);
}

/** hi:lo >> n with the bits shifted out jammed into bit 0, into wideHi:wideLo. */
function shiftRightJam128(hi: u64, lo: u64, n: i32): void {
  if (n <= 0) {
    wideHi = hi; wideLo = lo;
  } else if (n < 64) {
    wideLo = (lo >> n) | (hi << (64 - n)) | ((lo << (64 - n)) != 0 ? 1 : 0);
    wideHi = hi >> n;
  } else if (n == 64) {
    wideLo = hi | (lo != 0 ? 1 : 0);
    wideHi = 0;
  } else if (n < 128) {
    wideLo = (hi >> (n - 64)) | (((hi << (128 - n)) | lo) != 0 ? 1 : 0);
    wideHi = 0;
  } else {
    wideLo = (hi | lo) != 0 ? 1 : 0;
    wideHi = 0;
  }
}

/** a * b, correctly rounded. */
export function softMul(a: u64, b: u64, dbl: bool, rm: u32): u64 {
  if (isNaN(a, dbl) || isNaN(b, dbl)) return nanResult(isSignalingNaN(a, dbl) || isSignalingNaN(b, dbl), dbl);
  const negative = isNegative(a, dbl) != isNegative(b, dbl);
  if (isInfinite(a, dbl) || isInfinite(b, dbl)) {
    if (isZero(a, dbl) || isZero(b, dbl)) return invalidResult(dbl);
    return infinity(negative, dbl);
  }
  if (isZero(a, dbl) || isZero(b, dbl)) return signedZero(negative, dbl);
  let exp = normExp(a, dbl) + normExp(b, dbl);
  mul128(normSig(a, dbl), normSig(b, dbl));
  // The product lies in [2^124, 2^126): keep its top 64 bits, jam the rest.
  let sig = (wideHi << 2) | (wideLo >> 62) | ((wideLo << 2) != 0 ? 1 : 0);
  if ((sig >> 63) != 0) {
    sig = (sig >> 1) | (sig & 1);
    exp++;
  }
  return roundPack(negative, exp, sig, dbl, rm);
}

/** a / b, correctly rounded; DZ for a finite nonzero dividend over zero. */
export function softDiv(a: u64, b: u64, dbl: bool, rm: u32): u64 {
  if (isNaN(a, dbl) || isNaN(b, dbl)) return nanResult(isSignalingNaN(a, dbl) || isSignalingNaN(b, dbl), dbl);
  const negative = isNegative(a, dbl) != isNegative(b, dbl);
  const infA = isInfinite(a, dbl);
  const infB = isInfinite(b, dbl);
  if (infA) return infB ? invalidResult(dbl) : infinity(negative, dbl);
  if (infB) return signedZero(negative, dbl);
  if (isZero(b, dbl)) {
    if (isZero(a, dbl)) return invalidResult(dbl);
    fpFlags |= FLAG_DZ;
    return infinity(negative, dbl);
  }
  if (isZero(a, dbl)) return signedZero(negative, dbl);
  let exp = normExp(a, dbl) - normExp(b, dbl);
  // 53-bit integer significands; long division 10 quotient bits per hardware divide.
  let num = normSig(a, dbl) >> 10;
  const den = normSig(b, dbl) >> 10;
  if (num < den) {
    num <<= 1;
    exp--;
  }
  let quotient: u64 = 1;
  let remainder = num - den;
  const steps = dbl ? 6 : 3;
  for (let i = 0; i < steps; i++) {
    remainder <<= 10;
    quotient = (quotient << 10) | (remainder / den);
    remainder %= den;
  }
  const sig = (quotient << (62 - 10 * steps)) | (remainder != 0 ? 1 : 0);
  return roundPack(negative, exp, sig, dbl, rm);
}

/**
 * (-1)^negateProduct * a * b + (-1)^negateAddend * c with a single rounding (FMADD/FMSUB/FNMSUB/FNMADD).
 * inf * 0 is invalid even when c is a quiet NaN (unpriv. spec 11.6).
 */
export function softFma(a: u64, b: u64, c: u64, negateProduct: bool, negateAddend: bool, dbl: bool, rm: u32): u64 {
  const infTimesZero = (isInfinite(a, dbl) && isZero(b, dbl)) || (isZero(a, dbl) && isInfinite(b, dbl));
  if (isNaN(a, dbl) || isNaN(b, dbl) || isNaN(c, dbl)) {
    return nanResult(infTimesZero || isSignalingNaN(a, dbl) || isSignalingNaN(b, dbl) || isSignalingNaN(c, dbl), dbl);
  }
  if (infTimesZero) return invalidResult(dbl);
  const negP = (isNegative(a, dbl) != isNegative(b, dbl)) != negateProduct;
  const negC = isNegative(c, dbl) != negateAddend;
  const addend = negateAddend ? c ^ signBit(dbl) : c;
  if (isInfinite(a, dbl) || isInfinite(b, dbl)) {
    if (isInfinite(c, dbl) && negC != negP) return invalidResult(dbl);
    return infinity(negP, dbl);
  }
  if (isInfinite(c, dbl)) return addend;
  if (isZero(a, dbl) || isZero(b, dbl)) {
    if (isZero(c, dbl)) return negC == negP ? signedZero(negP, dbl) : zeroOfCancellation(rm, dbl);
    return addend;
  }
  // Exact product as a 128-bit significand with its leading 1 at bit 126: value = P * 2^(expP - 126).
  let expP = normExp(a, dbl) + normExp(b, dbl);
  mul128(normSig(a, dbl), normSig(b, dbl));
  let pHi = wideHi;
  let pLo = wideLo;
  if ((pHi >> 61) != 0) {
    pHi = (pHi << 1) | (pLo >> 63);
    pLo <<= 1;
    expP++;
  } else {
    pHi = (pHi << 2) | (pLo >> 62);
    pLo <<= 2;
  }
  if (isZero(c, dbl)) return roundPack(negP, expP, pHi | (pLo != 0 ? 1 : 0), dbl, rm);
  const expC = normExp(c, dbl);
  const cHi = normSig(c, dbl);
  // Order by magnitude, align the smaller, then add or subtract in 128 bits.
  let bigHi = pHi, bigLo = pLo, bigExp = expP, negative = negP;
  let smallHi = cHi, smallLo: u64 = 0, smallExp = expC;
  if (expC > expP || (expC == expP && cHi > pHi)) {
    bigHi = cHi; bigLo = 0; bigExp = expC; negative = negC;
    smallHi = pHi; smallLo = pLo; smallExp = expP;
  }
  shiftRightJam128(smallHi, smallLo, bigExp - smallExp);
  smallHi = wideHi;
  smallLo = wideLo;
  let hi: u64, lo: u64;
  if (negP == negC) {
    lo = bigLo + smallLo;
    hi = bigHi + smallHi + (lo < bigLo ? 1 : 0);
    if ((hi >> 63) != 0) {
      lo = (lo >> 1) | (hi << 63) | (lo & 1);
      hi >>= 1;
      bigExp++;
    }
  } else {
    lo = bigLo - smallLo;
    hi = bigHi - smallHi - (bigLo < smallLo ? 1 : 0);
    if (hi == 0 && lo == 0) return zeroOfCancellation(rm, dbl);
    const lz = hi != 0 ? <i32>clz(hi) : 64 + <i32>clz(lo);
    const shift = lz - 1;
    if (shift >= 64) {
      hi = lo << (shift - 64);
      lo = 0;
    } else if (shift > 0) {
      hi = (hi << shift) | (lo >> (64 - shift));
      lo <<= shift;
    }
    bigExp -= shift;
  }
  return roundPack(negative, bigExp, hi | (lo != 0 ? 1 : 0), dbl, rm);
}

/** r * r - s computed exactly in sign (Dekker's TwoProduct; r in [1, 2), s in [1, 4), so nothing over- or underflows). */
function squareMinus(r: f64, s: f64): f64 {
  const split = r * 134217729.0;
  const high = split - (split - r);
  const low = r - high;
  const square = r * r;
  const error = ((high * high - square) + 2.0 * high * low) + low * low;
  // square - s is exact (Sterbenz: they are within a factor 2), and the final rounded sum keeps the exact sign.
  return (square - s) + error;
}

/**
 * sqrt(a), correctly rounded. Wasm's sqrt is correctly rounded to nearest even (and never ties), so the other modes
 * only need the sign of root^2 - a, computed exactly on a copy of a scaled by an even power of two into [1, 4).
 */
export function softSqrt(a: u64, dbl: bool, rm: u32): u64 {
  if (isNaN(a, dbl)) return nanResult(isSignalingNaN(a, dbl), dbl);
  if (isZero(a, dbl)) return a;
  if (isNegative(a, dbl)) return invalidResult(dbl);
  if (isInfinite(a, dbl)) return a;
  const exp = normExp(a, dbl);
  const odd = exp & 1;
  const scaled = reinterpret<f64>((<u64>(1023 + odd) << 52) | ((normSig(a, dbl) >> 10) & 0x000F_FFFF_FFFF_FFFF));
  let root: u64;
  let residual: f64;
  if (dbl) {
    const r = Math.sqrt(scaled);
    residual = squareMinus(r, scaled);
    root = reinterpret<u64>(r);
  } else {
    // Rounding the double root to single is exact-to-single (53 >= 2*24 + 2: double rounding is innocuous for sqrt).
    const r = <f32>Math.sqrt(scaled);
    const wide = <f64>r;
    residual = wide * wide - scaled; // both terms are multiples of 2^-46 below 4: exact
    root = <u64>reinterpret<u32>(r);
  }
  if (residual != 0) {
    fpFlags |= FLAG_NX;
    if (residual > 0 && (rm == RM_RTZ || rm == RM_RDN)) root--;
    else if (residual < 0 && rm == RM_RUP) root++;
  }
  // The root is normal for every input, so scaling back is an exponent-field addition.
  return root + (<u64>(<i64>((exp - odd) >> 1)) << (precision(dbl) - 1));
}

@inline function intMaxResult(kind: u32): u64 {
  if (kind == INT_W) return 0x7FFF_FFFF;
  if (kind == INT_L) return 0x7FFF_FFFF_FFFF_FFFF;
  return 0xFFFF_FFFF_FFFF_FFFF; // WU saturates to 2^32 - 1, sign-extended like every 32-bit result
}
@inline function intMinResult(kind: u32): u64 {
  if (kind == INT_W) return 0xFFFF_FFFF_8000_0000;
  if (kind == INT_L) return 0x8000_0000_0000_0000;
  return 0;
}

/**
 * FCVT.{W,WU,L,LU}.{S,D}: rounds to an integer, saturating out-of-range inputs with NV only (unpriv. spec 11.7 table
 * "Domains of float-to-integer conversions"); NaN converts to the largest value. 32-bit results are sign-extended.
 */
export function softToInt(a: u64, dbl: bool, rm: u32, kind: u32): u64 {
  if (isNaN(a, dbl)) {
    fpFlags |= FLAG_NV;
    return intMaxResult(kind);
  }
  const negative = isNegative(a, dbl);
  if (isZero(a, dbl)) return 0;
  const exp = isInfinite(a, dbl) ? 1024 : normExp(a, dbl);
  if (exp > 63) {
    fpFlags |= FLAG_NV;
    return negative ? intMinResult(kind) : intMaxResult(kind);
  }
  const sig = normSig(a, dbl);
  let magnitude: u64;
  let rest: u64 = 0;
  let half: u64 = 1;
  if (exp >= 62) {
    magnitude = sig << (exp - 62);
  } else if (exp >= -1) {
    const shift = 62 - exp;
    magnitude = sig >> shift;
    rest = sig & ((<u64>1 << shift) - 1);
    half = <u64>1 << (shift - 1);
  } else {
    // Below one half: a nonzero fraction smaller than the half-way point.
    magnitude = 0;
    rest = 1;
    half = 2;
  }
  if (roundIncrements(negative, magnitude, rest, half, rm)) magnitude++;
  let inRange: bool;
  let result: u64;
  if (kind == INT_W || kind == INT_L) {
    const limit: u64 = kind == INT_W ? 0x8000_0000 : 0x8000_0000_0000_0000;
    inRange = negative ? magnitude <= limit : magnitude < limit;
    result = negative ? 0 - magnitude : magnitude;
    if (kind == INT_W) result = <u64>(<i64>(<i32>result));
  } else {
    inRange = negative ? magnitude == 0 : (kind == INT_LU || magnitude <= 0xFFFF_FFFF);
    result = kind == INT_WU ? <u64>(<i64>(<i32>magnitude)) : magnitude;
  }
  if (!inRange) {
    fpFlags |= FLAG_NV;
    return negative ? intMinResult(kind) : intMaxResult(kind);
  }
  if (rest != 0) fpFlags |= FLAG_NX;
  return result;
}

/** FCVT.{S,D}.{W,WU,L,LU}: the integer in the low bits of x (per kind), correctly rounded. */
export function softFromInt(x: u64, kind: u32, dbl: bool, rm: u32): u64 {
  let negative = false;
  let magnitude: u64;
  if (kind == INT_W) {
    const v = <i64>(<i32>x);
    negative = v < 0;
    magnitude = <u64>(negative ? -v : v);
  } else if (kind == INT_WU) {
    magnitude = x & 0xFFFF_FFFF;
  } else if (kind == INT_L) {
    negative = <i64>x < 0;
    magnitude = negative ? 0 - x : x;
  } else {
    magnitude = x;
  }
  if (magnitude == 0) return 0;
  const lz = <i32>clz(magnitude);
  const top = magnitude << lz;
  return roundPack(negative, 63 - lz, (top >> 1) | (top & 1), dbl, rm);
}

/** FCVT.S.D (fromDouble) or FCVT.D.S: NaN becomes the canonical NaN, NV if it was signalling. */
export function softConvertFormat(a: u64, fromDouble: bool, rm: u32): u64 {
  const toDouble = !fromDouble;
  if (isNaN(a, fromDouble)) return nanResult(isSignalingNaN(a, fromDouble), toDouble);
  const negative = isNegative(a, fromDouble);
  if (isInfinite(a, fromDouble)) return infinity(negative, toDouble);
  if (isZero(a, fromDouble)) return signedZero(negative, toDouble);
  return roundPack(negative, normExp(a, fromDouble), normSig(a, fromDouble), toDouble, rm);
}

/** A non-NaN value of either format as an f64 (exact). */
@inline function toF64(bits: u64, dbl: bool): f64 {
  return dbl ? reinterpret<f64>(bits) : <f64>reinterpret<f32>(<u32>bits);
}

/**
 * FMIN/FMAX (unpriv. spec 11.6, version 2.2 semantics): -0 < +0; a single NaN operand yields the other operand;
 * two NaNs yield the canonical NaN; a signalling NaN raises NV.
 */
export function softMinMax(a: u64, b: u64, dbl: bool, wantMax: bool): u64 {
  if (isSignalingNaN(a, dbl) || isSignalingNaN(b, dbl)) fpFlags |= FLAG_NV;
  const nanA = isNaN(a, dbl);
  const nanB = isNaN(b, dbl);
  if (nanA && nanB) return canonicalNaN(dbl);
  if (nanA) return b;
  if (nanB) return a;
  const x = toF64(a, dbl);
  const y = toF64(b, dbl);
  const negA = isNegative(a, dbl);
  if (wantMax) return x > y || (x == y && !negA) ? a : b;
  return x < y || (x == y && negA) ? a : b;
}

/** Comparison kinds, in the order of FLE/FLT/FEQ's funct3. */
@inline const CMP_LE: u32 = 0;
/** Less than (signalling). */
@inline const CMP_LT: u32 = 1;
/** Equal (quiet). */
@inline const CMP_EQ: u32 = 2;

/** FEQ is quiet (NV only for signalling NaNs); FLT/FLE signal NV for any NaN (unpriv. spec 11.8). */
export function softCompare(a: u64, b: u64, dbl: bool, kind: u32): u64 {
  if (isNaN(a, dbl) || isNaN(b, dbl)) {
    if (kind != CMP_EQ || isSignalingNaN(a, dbl) || isSignalingNaN(b, dbl)) fpFlags |= FLAG_NV;
    return 0;
  }
  const x = toF64(a, dbl);
  const y = toF64(b, dbl);
  if (kind == CMP_EQ) return x == y ? 1 : 0;
  if (kind == CMP_LT) return x < y ? 1 : 0;
  return x <= y ? 1 : 0;
}

/** FCLASS: a one-hot mask (unpriv. spec 11.9 table "Format of result of FCLASS instruction"). */
export function softClassify(a: u64, dbl: bool): u64 {
  const negative = isNegative(a, dbl);
  if (isNaN(a, dbl)) return isSignalingNaN(a, dbl) ? 1 << 8 : 1 << 9;
  if (isInfinite(a, dbl)) return negative ? 1 << 0 : 1 << 7;
  if (isZero(a, dbl)) return negative ? 1 << 3 : 1 << 4;
  if (expField(a, dbl) == 0) return negative ? 1 << 2 : 1 << 5;
  return negative ? 1 << 1 : 1 << 6;
}
