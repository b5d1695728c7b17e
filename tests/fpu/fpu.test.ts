// FPU unit tests through the standalone harness: results against JS where JS is exact, and hand-derived cases for
// every flag, rounding mode, NaN rule, conversion edge and illegal encoding (RISC-V unprivileged spec ch. 11, 12).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fpOp } from './fp-ops.ts';
import { compileFpuHarness, loadFpuHarness, runFpOp, type FpuHarness } from './fpu-wasm.ts';

const NX = 1, UF = 2, OF = 4, DZ = 8, NV = 16;
const RNE = 0, RTZ = 1, RDN = 2, RUP = 3, RMM = 4, DYN = 7;
const BOX = 0xffff_ffff_0000_0000n;
const CANONICAL_D = 0x7ff8_0000_0000_0000n;
const CANONICAL_S = BOX | 0x7fc0_0000n;

let fpu: FpuHarness;

beforeAll(() => {
  const wasmFile = join(mkdtempSync(join(tmpdir(), 'fpu-test-')), 'fpu.wasm');
  compileFpuHarness(wasmFile);
  fpu = loadFpuHarness(wasmFile);
}, 180_000);

const view = new DataView(new ArrayBuffer(8));
function doubleBits(x: number): bigint {
  if (Number.isNaN(x)) return CANONICAL_D;
  view.setFloat64(0, x);
  return view.getBigUint64(0);
}
function bitsDouble(bits: bigint): number {
  view.setBigUint64(0, bits);
  return view.getFloat64(0);
}
function singleBits(x: number): bigint {
  if (Number.isNaN(x)) return CANONICAL_S;
  view.setFloat32(0, x);
  return BOX | BigInt(view.getUint32(0));
}
function bitsSingle(bits: bigint): number {
  view.setUint32(0, Number(bits & 0xffff_ffffn));
  return view.getFloat32(0);
}

/** xorshift64* with a fixed seed, as in guests/fp-diff. */
function makeRandom(seed: bigint): () => bigint {
  let state = seed;
  const mask = (1n << 64n) - 1n;
  return () => {
    state ^= state >> 12n;
    state ^= (state << 25n) & mask;
    state ^= state >> 27n;
    return (state * 0x2545f4914f6cdd1dn) & mask;
  };
}

/** Random doubles: any bit pattern, or a moderate exponent (so that results are mostly ordinary numbers). */
function randomDouble(random: () => bigint): bigint {
  const r = random();
  if ((r & 3n) === 0n) return random();
  const exponent = 1023n + ((r >> 8n) % 200n) - 100n;
  return ((r >> 63n) << 63n) | (exponent << 52n) | (random() & 0xf_ffff_ffff_ffffn);
}
function randomSingle(random: () => bigint): bigint {
  const r = random();
  if ((r & 3n) === 0n) return BOX | (random() & 0xffff_ffffn);
  const exponent = 127n + ((r >> 8n) % 60n) - 30n;
  return BOX | (((r >> 63n) & 1n) << 31n) | (exponent << 23n) | (random() & 0x7f_ffffn);
}

describe('round-to-nearest-even results agree with JS arithmetic (exact there)', () => {
  const cases: Array<[string, (x: number, y: number) => number]> = [
    ['fadd', (x, y) => x + y],
    ['fsub', (x, y) => x - y],
    ['fmul', (x, y) => x * y],
    ['fdiv', (x, y) => x / y],
    ['fsqrt', (x) => Math.sqrt(x)],
  ];
  for (const [base, jsOp] of cases) {
    it(`${base}.d on 20000 random operand pairs`, () => {
      const random = makeRandom(0x1234_5678_9abc_def1n);
      const op = fpOp(`${base}.d`);
      for (let i = 0; i < 20000; i++) {
        const a = randomDouble(random);
        const b = randomDouble(random);
        const outcome = runFpOp(fpu, op, RNE, RNE, a, b);
        const expected = doubleBits(jsOp(bitsDouble(a), bitsDouble(b)));
        if (outcome.result !== expected) expect(`${a.toString(16)} ${b.toString(16)} -> ${outcome.result.toString(16)}`).toBe(expected.toString(16));
      }
    });
    // Rounding the exact double result to single equals one rounding for + - * / sqrt (53 >= 2 * 24 + 2).
    it(`${base}.s on 20000 random operand pairs`, () => {
      const random = makeRandom(0x0fed_cba9_8765_4321n);
      const op = fpOp(`${base}.s`);
      for (let i = 0; i < 20000; i++) {
        const a = randomSingle(random);
        const b = randomSingle(random);
        const outcome = runFpOp(fpu, op, RNE, RNE, a, b);
        const expected = singleBits(Math.fround(jsOp(bitsSingle(a), bitsSingle(b))));
        if (outcome.result !== expected) expect(`${a.toString(16)} ${b.toString(16)} -> ${outcome.result.toString(16)}`).toBe(expected.toString(16));
      }
    });
  }

  it('fmul.s raises NX exactly when the double product (exact) differs from the single result', () => {
    const random = makeRandom(0x5555_aaaa_5555_aaaan);
    const op = fpOp('fmul.s');
    for (let i = 0; i < 20000; i++) {
      const a = randomSingle(random);
      const b = randomSingle(random);
      const product = bitsSingle(a) * bitsSingle(b);
      const rounded = Math.fround(product);
      if (!Number.isFinite(rounded) || Math.abs(rounded) < 2 ** -126 || Number.isNaN(product)) continue;
      const outcome = runFpOp(fpu, op, RNE, RNE, a, b);
      expect(outcome.flags).toBe(rounded === product ? 0 : NX);
    }
  });
});

interface Case {
  op: string;
  rm: number;
  a: bigint;
  b?: bigint;
  c?: bigint;
  result: bigint;
  flags: number;
  why: string;
}

const ONE_D = 0x3ff0_0000_0000_0000n;
const TWO_D = 0x4000_0000_0000_0000n;
const MAX_D = 0x7fef_ffff_ffff_ffffn;
const INF_D = 0x7ff0_0000_0000_0000n;
const MIN_NORMAL_D = 0x0010_0000_0000_0000n;
const SNAN_D = 0x7ff0_0000_0000_0001n;
const NEG = 0x8000_0000_0000_0000n;
const ONE_S = BOX | 0x3f80_0000n;
const SNAN_S = BOX | 0x7f80_0001n;

const cases: Case[] = [
  // Rounding of 1 + 2^-53 (exactly half an ulp above 1) and 1 + 3*2^-54.
  { op: 'fadd.d', rm: RNE, a: ONE_D, b: 0x3ca0_0000_0000_0000n, result: ONE_D, flags: NX, why: 'tie to even' },
  { op: 'fadd.d', rm: RMM, a: ONE_D, b: 0x3ca0_0000_0000_0000n, result: ONE_D + 1n, flags: NX, why: 'tie away' },
  { op: 'fadd.d', rm: RUP, a: ONE_D, b: 0x3ca0_0000_0000_0000n, result: ONE_D + 1n, flags: NX, why: 'up' },
  { op: 'fadd.d', rm: RDN, a: ONE_D, b: 0x3ca0_0000_0000_0000n, result: ONE_D, flags: NX, why: 'down' },
  { op: 'fadd.d', rm: RTZ, a: NEG | ONE_D, b: NEG | 0x3ca8_0000_0000_0000n, result: NEG | ONE_D, flags: NX, why: 'toward zero' },
  { op: 'fadd.d', rm: RDN, a: NEG | ONE_D, b: NEG | 0x3ca0_0000_0000_0000n, result: NEG | (ONE_D + 1n), flags: NX, why: 'down, negative' },
  // Exact zero sums: +0, except -0 when rounding down (IEEE 754 6.3).
  { op: 'fsub.d', rm: RNE, a: ONE_D, b: ONE_D, result: 0n, flags: 0, why: 'x - x = +0' },
  { op: 'fsub.d', rm: RDN, a: ONE_D, b: ONE_D, result: NEG, flags: 0, why: 'x - x = -0 in RDN' },
  { op: 'fadd.d', rm: RNE, a: NEG, b: NEG, result: NEG, flags: 0, why: '-0 + -0 = -0' },
  // Overflow: infinity or the largest finite value, by mode and sign (IEEE 754 7.4).
  { op: 'fmul.d', rm: RNE, a: MAX_D, b: TWO_D, result: INF_D, flags: OF | NX, why: 'overflow to inf' },
  { op: 'fmul.d', rm: RTZ, a: MAX_D, b: TWO_D, result: MAX_D, flags: OF | NX, why: 'overflow to max' },
  { op: 'fmul.d', rm: RUP, a: NEG | MAX_D, b: TWO_D, result: NEG | MAX_D, flags: OF | NX, why: 'negative, up' },
  { op: 'fmul.d', rm: RDN, a: NEG | MAX_D, b: TWO_D, result: NEG | INF_D, flags: OF | NX, why: 'negative, down' },
  { op: 'fadd.d', rm: RUP, a: MAX_D, b: ONE_D, result: INF_D, flags: OF | NX, why: 'max + tiny rounds up past max' },
  { op: 'fadd.d', rm: RNE, a: MAX_D, b: ONE_D, result: MAX_D, flags: NX, why: 'max + tiny stays max' },
  // Tininess after rounding (unpriv. 11.2): (2^-1022)(1 - 2^-53) is tiny even though it rounds to 2^-1022 ...
  { op: 'fmul.d', rm: RNE, a: MIN_NORMAL_D, b: 0x3fef_ffff_ffff_ffffn, result: MIN_NORMAL_D, flags: UF | NX, why: 'tiny, rounds to min normal' },
  // ... while (2^-1022 - 2^-1074)(1 + 2^-52) rounds to 2^-1022 even with an unbounded exponent: not tiny.
  { op: 'fmul.d', rm: RNE, a: 0x000f_ffff_ffff_ffffn, b: ONE_D + 1n, result: MIN_NORMAL_D, flags: NX, why: 'not tiny after rounding' },
  { op: 'fmul.d', rm: RNE, a: 1n, b: 0x3fe0_0000_0000_0000n, result: 0n, flags: UF | NX, why: 'half the smallest subnormal ties to 0' },
  { op: 'fmul.d', rm: RUP, a: 1n, b: 0x3fe0_0000_0000_0000n, result: 1n, flags: UF | NX, why: 'rounds up to the smallest subnormal' },
  { op: 'fmul.d', rm: RNE, a: 2n, b: 0x3fe0_0000_0000_0000n, result: 1n, flags: 0, why: 'exact subnormal: no UF' },
  { op: 'fmul.s', rm: RNE, a: BOX | 0x0080_0000n, b: BOX | 0x3f7f_ffffn, result: BOX | 0x0080_0000n, flags: UF | NX, why: 'single tiny' },
  { op: 'fmul.s', rm: RNE, a: BOX | 0x007f_ffffn, b: BOX | 0x3f80_0001n, result: BOX | 0x0080_0000n, flags: NX, why: 'single not tiny' },
  // Division and square root.
  { op: 'fdiv.d', rm: RNE, a: ONE_D, b: 0n, result: INF_D, flags: DZ, why: '1/0' },
  { op: 'fdiv.d', rm: RNE, a: ONE_D, b: NEG, result: NEG | INF_D, flags: DZ, why: '1/-0' },
  { op: 'fdiv.d', rm: RNE, a: 0n, b: 0n, result: CANONICAL_D, flags: NV, why: '0/0' },
  { op: 'fdiv.d', rm: RNE, a: INF_D, b: INF_D, result: CANONICAL_D, flags: NV, why: 'inf/inf' },
  { op: 'fdiv.d', rm: RTZ, a: ONE_D, b: 0x4008_0000_0000_0000n, result: 0x3fd5_5555_5555_5555n, flags: NX, why: '1/3 toward zero' },
  { op: 'fdiv.d', rm: RUP, a: ONE_D, b: 0x4008_0000_0000_0000n, result: 0x3fd5_5555_5555_5556n, flags: NX, why: '1/3 up' },
  { op: 'fdiv.s', rm: RNE, a: ONE_S, b: BOX | 0x4040_0000n, result: BOX | 0x3eaa_aaabn, flags: NX, why: 'single 1/3' },
  { op: 'fsqrt.d', rm: RNE, a: NEG | ONE_D, result: CANONICAL_D, flags: NV, why: 'sqrt(-1)' },
  { op: 'fsqrt.d', rm: RNE, a: NEG, result: NEG, flags: 0, why: 'sqrt(-0) = -0' },
  { op: 'fsqrt.d', rm: RNE, a: 0x4010_0000_0000_0000n, result: TWO_D, flags: 0, why: 'sqrt(4) exact' },
  { op: 'fsqrt.d', rm: RNE, a: TWO_D, result: 0x3ff6_a09e_667f_3bcdn, flags: NX, why: 'sqrt(2)' },
  { op: 'fsqrt.d', rm: RDN, a: TWO_D, result: 0x3ff6_a09e_667f_3bccn, flags: NX, why: 'sqrt(2) down' },
  { op: 'fsqrt.d', rm: RNE, a: 1n, result: 0x1e60_0000_0000_0000n, flags: 0, why: 'sqrt(2^-1074) = 2^-537' },
  { op: 'fsqrt.s', rm: RUP, a: BOX | 0x4000_0000n, result: BOX | 0x3fb5_04f4n, flags: NX, why: 'single sqrt(2) up' },
  // NaNs: canonical results, NV only for signalling ones (except the always-invalid cases).
  { op: 'fadd.d', rm: RNE, a: SNAN_D, b: ONE_D, result: CANONICAL_D, flags: NV, why: 'sNaN operand' },
  { op: 'fadd.d', rm: RNE, a: 0xfff8_0000_0000_1234n, b: ONE_D, result: CANONICAL_D, flags: 0, why: 'qNaN payload dropped' },
  { op: 'fadd.d', rm: RNE, a: INF_D, b: NEG | INF_D, result: CANONICAL_D, flags: NV, why: 'inf - inf' },
  { op: 'fmul.d', rm: RNE, a: INF_D, b: 0n, result: CANONICAL_D, flags: NV, why: 'inf * 0' },
  // FMA: one rounding, inf*0 + qNaN is invalid (unpriv. 11.6).
  { op: 'fmadd.d', rm: RNE, a: INF_D, b: 0n, c: CANONICAL_D, result: CANONICAL_D, flags: NV, why: 'inf*0 + qNaN' },
  { op: 'fmadd.d', rm: RNE, a: ONE_D, b: ONE_D, c: CANONICAL_D, result: CANONICAL_D, flags: 0, why: '1*1 + qNaN' },
  { op: 'fmadd.d', rm: RNE, a: ONE_D + 1n, b: 0x3fef_ffff_ffff_ffffn, c: NEG | ONE_D, result: 0x3c9f_ffff_ffff_fffen, flags: 0, why: '(1+2^-52)(1-2^-53) - 1 = 2^-53 - 2^-105 exactly: no intermediate rounding' },
  { op: 'fmadd.d', rm: RNE, a: ONE_D + 1n, b: ONE_D + 1n, c: NEG | ONE_D, result: 0x3cc0_0000_0000_0000n, flags: NX, why: '2^-51 + 2^-104 ties to even' },
  { op: 'fmadd.d', rm: RUP, a: ONE_D + 1n, b: ONE_D + 1n, c: NEG | ONE_D, result: 0x3cc0_0000_0000_0001n, flags: NX, why: 'the u^2 term rounds up' },
  { op: 'fmsub.d', rm: RNE, a: ONE_D, b: ONE_D, c: ONE_D, result: 0n, flags: 0, why: '1*1 - 1 = +0' },
  { op: 'fmsub.d', rm: RDN, a: ONE_D, b: ONE_D, c: ONE_D, result: NEG, flags: 0, why: '1*1 - 1 = -0 in RDN' },
  { op: 'fnmadd.d', rm: RNE, a: ONE_D, b: TWO_D, c: ONE_D, result: NEG | 0x4008_0000_0000_0000n, flags: 0, why: '-(1*2) - 1' },
  { op: 'fnmsub.d', rm: RNE, a: ONE_D, b: TWO_D, c: ONE_D, result: NEG | ONE_D, flags: 0, why: '-(1*2) + 1' },
  { op: 'fnmadd.d', rm: RNE, a: 0n, b: ONE_D, c: 0n, result: NEG, flags: 0, why: '-(0*1) - 0 = -0' },
  { op: 'fmadd.s', rm: RNE, a: BOX | 0x3f80_0001n, b: BOX | 0x3f80_0001n, c: BOX | 0xbf80_0000n, result: BOX | 0x3480_0000n, flags: NX, why: 'single FMA: 2^-22 + 2^-46 ties to even' },
  { op: 'fmadd.s', rm: RUP, a: BOX | 0x3f80_0001n, b: BOX | 0x3f80_0001n, c: BOX | 0xbf80_0000n, result: BOX | 0x3480_0001n, flags: NX, why: 'single FMA keeps u^2 when rounding up' },
  // 1 + 2^-53 (1 + 2^-78): just above a midpoint. Two roundings (or a plain TwoSum chain) land on the midpoint and
  // round to even (down); the single rounding must go up.
  { op: 'fmadd.d', rm: RNE, a: 0x3ff0_0000_0400_0000n, b: 0x3c9f_ffff_f800_0002n, c: ONE_D, result: ONE_D + 1n, flags: NX, why: 'just above a midpoint' },
  { op: 'fmadd.s', rm: RNE, a: BOX | 0x3f80_0800n, b: BOX | 0x337f_f001n, c: ONE_S, result: BOX | 0x3f80_0001n, flags: NX, why: 'single: just above a midpoint' },
  // FMIN/FMAX (2.2 semantics).
  { op: 'fmin.d', rm: 0, a: 0n, b: NEG, result: NEG, flags: 0, why: 'min(+0, -0) = -0' },
  { op: 'fmax.d', rm: 1, a: NEG, b: 0n, result: 0n, flags: 0, why: 'max(-0, +0) = +0' },
  { op: 'fmin.d', rm: 0, a: CANONICAL_D, b: ONE_D, result: ONE_D, flags: 0, why: 'qNaN -> other' },
  { op: 'fmin.d', rm: 0, a: SNAN_D, b: ONE_D, result: ONE_D, flags: NV, why: 'sNaN -> other, NV' },
  { op: 'fmax.d', rm: 1, a: SNAN_D, b: CANONICAL_D | 5n, result: CANONICAL_D, flags: NV, why: 'two NaNs -> canonical' },
  // Comparisons: FEQ quiet, FLT/FLE signalling.
  { op: 'feq.d', rm: 2, a: CANONICAL_D, b: ONE_D, result: 0n, flags: 0, why: 'feq qNaN quiet' },
  { op: 'feq.d', rm: 2, a: SNAN_D, b: ONE_D, result: 0n, flags: NV, why: 'feq sNaN' },
  { op: 'flt.d', rm: 1, a: CANONICAL_D, b: ONE_D, result: 0n, flags: NV, why: 'flt qNaN signals' },
  { op: 'fle.d', rm: 0, a: NEG, b: 0n, result: 1n, flags: 0, why: '-0 <= +0' },
  { op: 'flt.d', rm: 1, a: NEG, b: 0n, result: 0n, flags: 0, why: '-0 < +0 is false' },
  { op: 'feq.s', rm: 2, a: ONE_S, b: ONE_S, result: 1n, flags: 0, why: 'feq.s equal' },
  // FCLASS.
  { op: 'fclass.d', rm: 1, a: NEG | INF_D, result: 1n << 0n, flags: 0, why: '-inf' },
  { op: 'fclass.d', rm: 1, a: NEG | ONE_D, result: 1n << 1n, flags: 0, why: '-normal' },
  { op: 'fclass.d', rm: 1, a: NEG | 1n, result: 1n << 2n, flags: 0, why: '-subnormal' },
  { op: 'fclass.d', rm: 1, a: NEG, result: 1n << 3n, flags: 0, why: '-0' },
  { op: 'fclass.d', rm: 1, a: 0n, result: 1n << 4n, flags: 0, why: '+0' },
  { op: 'fclass.d', rm: 1, a: 1n, result: 1n << 5n, flags: 0, why: '+subnormal' },
  { op: 'fclass.d', rm: 1, a: ONE_D, result: 1n << 6n, flags: 0, why: '+normal' },
  { op: 'fclass.d', rm: 1, a: INF_D, result: 1n << 7n, flags: 0, why: '+inf' },
  { op: 'fclass.d', rm: 1, a: SNAN_D, result: 1n << 8n, flags: 0, why: 'sNaN' },
  { op: 'fclass.d', rm: 1, a: CANONICAL_D, result: 1n << 9n, flags: 0, why: 'qNaN' },
  { op: 'fclass.s', rm: 1, a: 0x3f80_0000n, result: 1n << 9n, flags: 0, why: 'unboxed single reads as qNaN' },
  // NaN-boxing (unpriv. 12.2).
  { op: 'fadd.s', rm: RNE, a: 0x0000_0000_3f80_0000n, b: ONE_S, result: CANONICAL_S, flags: 0, why: 'unboxed operand' },
  { op: 'fsgnj.s', rm: 0, a: 0x1234_5678_3f80_0000n, b: ONE_S, result: CANONICAL_S, flags: 0, why: 'unboxed sgnj source' },
  { op: 'fsgnjn.s', rm: 1, a: ONE_S, b: ONE_S, result: BOX | 0xbf80_0000n, flags: 0, why: 'fsgnjn' },
  { op: 'fsgnjx.d', rm: 2, a: NEG | ONE_D, b: NEG | TWO_D, result: ONE_D, flags: 0, why: 'fsgnjx' },
  { op: 'fmv.x.w', rm: 0, a: 0x0000_0000_8000_0001n, result: 0xffff_ffff_8000_0001n, flags: 0, why: 'raw, sign-extended' },
  { op: 'fmv.w.x', rm: 0, a: 0x1234_5678_9abc_def0n, result: BOX | 0x9abc_def0n, flags: 0, why: 'boxed' },
  { op: 'fmv.x.d', rm: 0, a: SNAN_D, result: SNAN_D, flags: 0, why: 'raw bits' },
  { op: 'fmv.d.x', rm: 0, a: SNAN_D, result: SNAN_D, flags: 0, why: 'raw bits' },
  // Float to integer: saturation, NV without NX out of range (unpriv. 11.7 table).
  { op: 'fcvt.w.d', rm: RNE, a: 0x41e0_0000_0000_0000n, result: 0x7fff_ffffn, flags: NV, why: '2^31 -> max' },
  { op: 'fcvt.w.d', rm: RNE, a: NEG | 0x41e0_0000_0000_0000n, result: 0xffff_ffff_8000_0000n, flags: 0, why: '-2^31 fits' },
  { op: 'fcvt.w.d', rm: RTZ, a: NEG | 0x41e0_0000_0010_0000n, result: 0xffff_ffff_8000_0000n, flags: NX, why: '-2^31 - 0.5 toward zero' },
  { op: 'fcvt.w.d', rm: RNE, a: NEG | 0x41e0_0000_0030_0000n, result: 0xffff_ffff_8000_0000n, flags: NV, why: '-2^31 - 1.5 out of range' },
  { op: 'fcvt.w.d', rm: RNE, a: CANONICAL_D, result: 0x7fff_ffffn, flags: NV, why: 'NaN -> max' },
  { op: 'fcvt.w.d', rm: RNE, a: NEG | INF_D, result: 0xffff_ffff_8000_0000n, flags: NV, why: '-inf -> min' },
  { op: 'fcvt.wu.d', rm: RNE, a: NEG | ONE_D, result: 0n, flags: NV, why: '-1 -> 0' },
  { op: 'fcvt.wu.d', rm: RNE, a: NEG | 0x3fd0_0000_0000_0000n, result: 0n, flags: NX, why: '-0.25 rounds to 0: only NX' },
  { op: 'fcvt.wu.d', rm: RNE, a: 0x41ef_ffff_ffe0_0000n, result: 0xffff_ffff_ffff_ffffn, flags: 0, why: '2^32-1 sign-extended' },
  { op: 'fcvt.wu.d', rm: RNE, a: INF_D, result: 0xffff_ffff_ffff_ffffn, flags: NV, why: 'inf -> 2^32-1 sign-extended' },
  { op: 'fcvt.l.d', rm: RNE, a: 0x43e0_0000_0000_0000n, result: 0x7fff_ffff_ffff_ffffn, flags: NV, why: '2^63 -> max' },
  { op: 'fcvt.l.d', rm: RNE, a: NEG | 0x43e0_0000_0000_0000n, result: 0x8000_0000_0000_0000n, flags: 0, why: '-2^63 fits' },
  { op: 'fcvt.lu.d', rm: RNE, a: 0x43ef_ffff_ffff_ffffn, result: 0xffff_ffff_ffff_f800n, flags: 0, why: 'largest below 2^64' },
  { op: 'fcvt.lu.d', rm: RNE, a: 0x43f0_0000_0000_0000n, result: 0xffff_ffff_ffff_ffffn, flags: NV, why: '2^64 -> max' },
  { op: 'fcvt.l.d', rm: RNE, a: 0x4004_0000_0000_0000n, result: 2n, flags: NX, why: '2.5 -> 2 (even)' },
  { op: 'fcvt.l.d', rm: RMM, a: 0x4004_0000_0000_0000n, result: 3n, flags: NX, why: '2.5 -> 3 (away)' },
  { op: 'fcvt.l.d', rm: RDN, a: NEG | 0x3fe0_0000_0000_0000n, result: 0xffff_ffff_ffff_ffffn, flags: NX, why: '-0.5 down' },
  { op: 'fcvt.l.d', rm: RUP, a: 0x3cb0_0000_0000_0000n, result: 1n, flags: NX, why: 'tiny up' },
  { op: 'fcvt.w.s', rm: RNE, a: 0x3f80_0000n, result: 0x7fff_ffffn, flags: NV, why: 'unboxed single is NaN' },
  // Integer to float.
  { op: 'fcvt.s.w', rm: RNE, a: 0x0100_0001n, result: BOX | 0x4b80_0000n, flags: NX, why: '2^24+1 ties to even' },
  { op: 'fcvt.s.w', rm: RUP, a: 0x0100_0001n, result: BOX | 0x4b80_0001n, flags: NX, why: '2^24+1 up' },
  { op: 'fcvt.s.wu', rm: RNE, a: 0xffff_ffffn, result: BOX | 0x4f80_0000n, flags: NX, why: '2^32-1' },
  { op: 'fcvt.d.w', rm: RNE, a: 0x1234_5678_ffff_ffffn, result: NEG | ONE_D, flags: 0, why: 'uses the low 32 bits, signed' },
  { op: 'fcvt.d.wu', rm: RNE, a: 0x1234_5678_ffff_ffffn, result: 0x41ef_ffff_ffe0_0000n, flags: 0, why: 'low 32 bits, unsigned' },
  { op: 'fcvt.d.l', rm: RNE, a: 0x8000_0000_0000_0000n, result: NEG | 0x43e0_0000_0000_0000n, flags: 0, why: '-2^63' },
  { op: 'fcvt.d.lu', rm: RTZ, a: 0xffff_ffff_ffff_ffffn, result: 0x43ef_ffff_ffff_ffffn, flags: NX, why: '2^64-1 toward zero' },
  { op: 'fcvt.d.lu', rm: RNE, a: 0n, result: 0n, flags: 0, why: '0 -> +0' },
  // Between formats.
  { op: 'fcvt.s.d', rm: RNE, a: MAX_D, result: BOX | 0x7f80_0000n, flags: OF | NX, why: 'overflow' },
  { op: 'fcvt.s.d', rm: RTZ, a: MAX_D, result: BOX | 0x7f7f_ffffn, flags: OF | NX, why: 'overflow toward zero' },
  { op: 'fcvt.s.d', rm: RNE, a: 1n, result: BOX, flags: UF | NX, why: 'underflow to +0' },
  { op: 'fcvt.s.d', rm: RNE, a: SNAN_D, result: CANONICAL_S, flags: NV, why: 'sNaN' },
  { op: 'fcvt.d.s', rm: RNE, a: SNAN_S, result: CANONICAL_D, flags: NV, why: 'sNaN' },
  { op: 'fcvt.d.s', rm: RNE, a: BOX | 1n, result: 0x36a0_0000_0000_0000n, flags: 0, why: 'subnormal single is exact' },
];

describe('hand-derived cases', () => {
  for (const c of cases) {
    it(`${c.op} rm=${c.rm}: ${c.why}`, () => {
      const op = fpOp(c.op);
      const outcome = runFpOp(fpu, op, c.rm, RNE, c.a, c.b ?? 0n, c.c ?? 0n);
      expect(outcome.status).toBe(0);
      expect(outcome.result.toString(16)).toBe(c.result.toString(16));
      expect(outcome.flags).toBe(c.flags);
    });
  }
});

describe('rounding mode field, fcsr and encodings', () => {
  it('uses frm when rm is DYN and ignores frm for a static rm', () => {
    const op = fpOp('fadd.d');
    const half = 0x3ca0_0000_0000_0000n;
    expect(runFpOp(fpu, op, DYN, RUP, ONE_D, half).result).toBe(ONE_D + 1n);
    expect(runFpOp(fpu, op, DYN, RDN, ONE_D, half).result).toBe(ONE_D);
    expect(runFpOp(fpu, op, RNE, RUP, ONE_D, half).result).toBe(ONE_D);
  });

  it('accrues flags into fcsr without touching frm', () => {
    fpu.setFcsr((RUP << 5) | DZ);
    fpu.setF(1, ONE_D);
    fpu.setF(2, 0x3ca0_0000_0000_0000n);
    expect(fpu.execute(fpOp('fadd.d').encode(RNE, 3, 1, 2, 0))).toBe(0);
    expect(fpu.getFcsr()).toBe((RUP << 5) | DZ | NX);
  });

  it('rejects reserved rounding modes, a reserved frm under DYN, and unknown encodings, writing nothing', () => {
    const add = fpOp('fadd.d');
    const illegal = (insn: number, frm = RNE) => {
      fpu.setFcsr(frm << 5);
      fpu.setF(3, 0x5a5an);
      const status = fpu.execute(insn >>> 0);
      expect(fpu.getF(3)).toBe(0x5a5an);
      expect(fpu.getFcsr()).toBe(frm << 5);
      return status;
    };
    expect(illegal(add.encode(5, 3, 1, 2, 0))).toBe(1);
    expect(illegal(add.encode(6, 3, 1, 2, 0))).toBe(1);
    for (const frm of [5, 6, 7]) expect(illegal(add.encode(DYN, 3, 1, 2, 0), frm)).toBe(1);
    expect(illegal(fpOp('fmadd.d').encode(5, 3, 1, 2, 4))).toBe(1);
    expect(illegal(fpOp('fcvt.d.w').encode(6, 3, 1, 2, 0))).toBe(1);
    expect(illegal(add.encode(RNE, 3, 1, 2, 0) | (2 << 25))).toBe(1); // fmt H
    expect(illegal(add.encode(RNE, 3, 1, 2, 0) | (3 << 25))).toBe(1); // fmt Q
    expect(illegal(fpOp('fmadd.s').encode(RNE, 3, 1, 2, 4) | (3 << 25))).toBe(1); // fmt Q
    expect(illegal(fpOp('fsqrt.d').encode(RNE, 3, 1, 0, 0) | (1 << 20))).toBe(1); // rs2 must be 0
    expect(illegal(fpOp('fcvt.s.d').encode(RNE, 3, 1, 0, 0) & ~(1 << 20))).toBe(1); // fcvt.s.s
    expect(illegal(fpOp('fcvt.w.d').encode(RNE, 3, 1, 0, 0) | (4 << 20))).toBe(1); // no such integer type
    expect(illegal(fpOp('fmin.d').encode(0, 3, 1, 2, 0) | (2 << 12))).toBe(1);
    expect(illegal(fpOp('fsgnj.d').encode(0, 3, 1, 2, 0) | (3 << 12))).toBe(1);
    expect(illegal(fpOp('feq.d').encode(0, 3, 1, 2, 0) | (3 << 12))).toBe(1);
    expect(illegal(fpOp('fclass.d').encode(0, 3, 1, 0, 0) | (2 << 12))).toBe(1);
    expect(illegal(fpOp('fmv.d.x').encode(0, 3, 1, 0, 0) | (1 << 12))).toBe(1);
    expect(illegal((0x7f << 25) | 0x53)).toBe(1);
  });

  it('never writes x0', () => {
    fpu.setF(1, ONE_D);
    fpu.setF(2, ONE_D);
    expect(fpu.execute(fpOp('feq.d').encode(2, 0, 1, 2, 0))).toBe(0);
    expect(fpu.getX(0)).toBe(0n);
  });

  it('writes single results NaN-boxed', () => {
    expect(runFpOp(fpu, fpOp('fadd.s'), RNE, RNE, ONE_S, ONE_S).result).toBe(BOX | 0x4000_0000n);
  });
});

describe('the fast paths agree with the software float (round to nearest even)', () => {
  const referenceOps: Array<[string, number]> = [['fadd', 0], ['fmul', 1], ['fdiv', 2], ['fsqrt', 3], ['fmadd', 4]];
  for (const dbl of [true, false]) {
    for (const [base, referenceOp] of referenceOps) {
      const name = `${base}.${dbl ? 'd' : 's'}`;
      it(`${name} on 30000 random operand sets, with cancellations`, () => {
        const random = makeRandom(0x0bad_cafe_f00d_d00dn ^ BigInt(referenceOp));
        const op = fpOp(name);
        const sign = dbl ? NEG : 0x8000_0000n;
        for (let i = 0; i < 30000; i++) {
          const a = dbl ? randomDouble(random) : randomSingle(random);
          const b = dbl ? randomDouble(random) : randomSingle(random);
          let c = dbl ? randomDouble(random) : randomSingle(random);
          let x = a;
          let y = b;
          const shape = random() & 3n;
          if (referenceOp === 4 && shape === 1n) {
            // An addend near -(a*b): the product's low bits decide the result.
            const product = runFpOp(fpu, fpOp(dbl ? 'fmul.d' : 'fmul.s'), RTZ, RNE, a, b).result;
            c = (product ^ sign) + (random() & 3n) - 1n;
          } else if (referenceOp === 4 && shape === 2n) {
            // c + (1 + 2^-k)(h (1 - 2^-k + 2^-2k)) = c + h (1 + 2^-3k), h = half an ulp of c, then nudged by an ulp or
            // two: results a hair above or below a midpoint, where a double rounding goes wrong.
            const exponent = dbl ? (c >> 52n) & 0x7ffn : (c >> 23n) & 0xffn;
            if (exponent > 80n && exponent < (dbl ? 2000n : 200n)) {
              x = dbl ? 0x3ff0_0000_0400_0000n : BOX | 0x3f80_0800n;
              y = dbl ? ((exponent - 54n) << 52n) | 0xf_ffff_f800_0002n : BOX | ((exponent - 25n) << 23n) | 0x7f_f001n;
              y = y + (random() & 3n) - 1n;
              if ((random() & 1n) === 1n) y ^= sign;
            }
          }
          const fast = runFpOp(fpu, op, RNE, RNE, x, y, c);
          const referenceFlags = fpu.softReference(referenceOp, dbl, RNE, 5, 1, 2, 4);
          const reference = fpu.getF(5);
          if (fast.result !== reference || fast.flags !== referenceFlags) {
            const operands = `${name} ${x.toString(16)} ${y.toString(16)} ${c.toString(16)}`;
            expect(`${operands}: ${fast.result.toString(16)} flags ${fast.flags}`)
              .toBe(`${operands}: ${reference.toString(16)} flags ${referenceFlags}`);
          }
        }
      });
    }
  }
});

describe('an NX flag that has already accrued', () => {
  // With NX set the fast paths skip their error terms (the flag cannot change); results and other flags must not.
  for (const name of ['fadd.d', 'fmul.d', 'fdiv.d', 'fsqrt.d', 'fmadd.d', 'fadd.s', 'fmul.s', 'fdiv.s', 'fsqrt.s', 'fmadd.s', 'fcvt.w.d']) {
    it(`${name} gives the same results and flags (plus NX) on 5000 random operand sets`, () => {
      const random = makeRandom(0x7777_1111_3333_5555n);
      const op = fpOp(name);
      const dbl = name.endsWith('.d');
      for (let i = 0; i < 5000; i++) {
        const [a, b, c] = [0, 1, 2].map(() => (dbl ? randomDouble(random) : randomSingle(random))) as [bigint, bigint, bigint];
        const clean = runFpOp(fpu, op, RNE, RNE, a, b, c);
        fpu.setFcsr(NX);
        fpu.execute(op.encode(RNE, 3, 1, 2, 4));
        const accrued = { result: op.shape === 'f_x' ? fpu.getX(3) : fpu.getF(3), flags: fpu.getFcsr() & 31 };
        expect(accrued).toEqual({ result: clean.result, flags: clean.flags | NX });
      }
    });
  }
});
