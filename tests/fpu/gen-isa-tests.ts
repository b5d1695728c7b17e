// Generates the F/D ISA test programs guests/isa-tests/rv64uf/*.S and rv64ud/*.S (except ldst.S, written by hand).
//
// Each case's expected result and fflags are computed by the FPU module; a regenerated program is only committed after
// it passes on QEMU (guests/isa-tests/run-qemu.sh), which makes QEMU the independent reference for every value.
// Usage: npx tsx tests/fpu/gen-isa-tests.ts
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fpOp } from './fp-ops.ts';
import { compileFpuHarness, loadFpuHarness, repoRoot, runFpOp } from './fpu-wasm.ts';

const wasmFile = join(mkdtempSync(join(tmpdir(), 'fpu-gen-')), 'fpu.wasm');
compileFpuHarness(wasmFile);
const fpu = loadFpuHarness(wasmFile);
const RM: Record<string, number> = { rne: 0, rtz: 1, rdn: 2, rup: 3, rmm: 4 };
const RMS = ['rne', 'rtz', 'rdn', 'rup', 'rmm'];
const BOX = 0xffffffff00000000n;
const noRmForm = new Set(['fcvt.d.w', 'fcvt.d.wu', 'fcvt.d.s']);

function fmt(v: bigint, single: boolean): string {
  if (single && (v >> 32n) === 0xffffffffn) return `BOXED(0x${(v & 0xffffffffn).toString(16).padStart(8, '0')})`;
  return `0x${v.toString(16).padStart(16, '0')}`;
}
function flagText(f: number): string {
  const names: string[] = [];
  if (f & 16) names.push('FP_NV');
  if (f & 8) names.push('FP_DZ');
  if (f & 4) names.push('FP_OF');
  if (f & 2) names.push('FP_UF');
  if (f & 1) names.push('FP_NX');
  return names.length ? names.join('|') : '0';
}

let testNumber = 2;
let lines: string[] = [];
function comment(text: string) { lines.push(`  // ${text}`); }

/** Case shapes: which test_macros_fp.h macro a case uses. */
type CaseKind = 'OP2' | 'OP2_NORM' | 'OP1' | 'OP3' | 'CMP' | 'INT' | 'INT_NORM' | 'INTFP' | 'INTFP_NORM' | 'OP2_FRM';

function emit(kind: CaseKind, name: string, rm: string | null, ...values: bigint[]) {
  const op = fpOp(name);
  const resultSingle = /^f(add|sub|mul|div|sqrt|min|max|sgnj|sgnjn|sgnjx|madd|msub|nmsub|nmadd)\.s$/.test(name) || name.startsWith('fcvt.s.') || name === 'fmv.w.x';
  const srcSingle = name.endsWith('.s') || name === 'fmv.x.w';
  const rmNum = rm === null ? 0 : rm === 'dyn' ? 7 : RM[rm]!;
  const out = runFpOp(fpu, op, rmNum, 0, values[0]!, values[1] ?? 0n, values[2] ?? 0n);
  if (out.status !== 0) throw new Error(`illegal ${name}`);
  const n = testNumber++;
  const vs = values.map((v) => (kind.startsWith('INTFP') ? `0x${v.toString(16)}` : fmt(v, srcSingle))).join(', ');
  const res = fmt(out.result, resultSingle);
  const fl = flagText(out.flags);
  switch (kind) {
    case 'OP2': lines.push(`  TEST_FP_OP2(${n}, ${name}, ${rm}, ${fl}, ${res}, ${vs});`); break;
    case 'OP2_NORM': lines.push(`  TEST_FP_OP2_NORM(${n}, ${name}, ${fl}, ${res}, ${vs});`); break;
    case 'OP1':
      if (noRmForm.has(name)) lines.push(`  TEST_FP_OP1_NORM(${n}, ${name}, ${fl}, ${res}, ${vs});`);
      else lines.push(`  TEST_FP_OP1(${n}, ${name}, ${rm}, ${fl}, ${res}, ${vs});`);
      break;
    case 'OP3': lines.push(`  TEST_FP_OP3(${n}, ${name}, ${rm}, ${fl}, ${res}, ${vs});`); break;
    case 'CMP': lines.push(`  TEST_FP_CMP(${n}, ${name}, ${fl}, ${res}, ${vs});`); break;
    case 'INT': lines.push(`  TEST_FP_INT(${n}, ${name}, ${rm}, ${fl}, ${res}, ${vs});`); break;
    case 'INT_NORM': lines.push(`  TEST_FP_INT_NORM(${n}, ${name}, ${fl}, ${res}, ${vs});`); break;
    case 'INTFP':
      if (noRmForm.has(name)) lines.push(`  TEST_INT_FP_NORM(${n}, ${name}, ${fl}, ${res}, ${vs});`);
      else lines.push(`  TEST_INT_FP(${n}, ${name}, ${rm}, ${fl}, ${res}, ${vs});`);
      break;
    case 'INTFP_NORM': lines.push(`  TEST_INT_FP_NORM(${n}, ${name}, ${fl}, ${res}, ${vs});`); break;
    case 'OP2_FRM': lines.push(`  TEST_FP_OP2_FRM(${n}, ${name}, ${RM[rm!]}, ${fl}, ${res}, ${vs});`); break;
    default: throw new Error(kind);
  }
}

function forAllRm(f: (rm: string) => void) { for (const rm of RMS) f(rm); }

function writeTest(path: string, header: string, kind: 'UF' | 'UD', extraBefore = '', extraAfter = '', data = '') {
  const text = `${header}
#include "riscv_test.h"
#include "test_macros.h"
#include "test_macros_fp.h"

RVTEST_RV64${kind}
RVTEST_CODE_BEGIN
${extraBefore}${lines.join('\n')}
${extraAfter}
  TEST_PASSFAIL

RVTEST_CODE_END

  .data
RVTEST_DATA_BEGIN
${data}RVTEST_DATA_END
`;
  writeFileSync(path, text);
  lines = [];
  testNumber = 2;
}
function setTestNumber(n: number) { testNumber = n; }


type P = 's' | 'd';
const dir = (p: P) => join(repoRoot, 'guests/isa-tests', `rv64u${p === 's' ? 'f' : 'd'}`);
const kind = (p: P) => (p === 's' ? 'UF' : 'UD') as 'UF' | 'UD';
const V = (p: P) => {
  const s = p === 's';
  const b = (x: bigint) => (s ? BOX | x : x);
  const neg = (x: bigint) => (s ? x ^ 0x80000000n : x ^ 0x8000000000000000n);
  const one = b(s ? 0x3f800000n : 0x3ff0000000000000n);
  return {
    b, neg,
    zero: b(0n), nzero: b(s ? 0x80000000n : 0x8000000000000000n),
    one, none: neg(one), two: b(s ? 0x40000000n : 0x4000000000000000n), three: b(s ? 0x40400000n : 0x4008000000000000n),
    half: b(s ? 0x3f000000n : 0x3fe0000000000000n), onePlusUlp: one + 1n, oneMinusHalfUlp: b(s ? 0x3f7fffffn : 0x3fefffffffffffffn),
    halfUlp: b(s ? 0x33800000n : 0x3ca0000000000000n), threeQuarterUlp: b(s ? 0x33c00000n : 0x3ca8000000000000n),
    minSub: b(1n), maxSub: b(s ? 0x7fffffn : 0xfffffffffffffn), minNorm: b(s ? 0x800000n : 0x10000000000000n),
    max: b(s ? 0x7f7fffffn : 0x7fefffffffffffffn), inf: b(s ? 0x7f800000n : 0x7ff0000000000000n),
    qnan: b(s ? 0x7fc00000n : 0x7ff8000000000000n), snan: b(s ? 0x7f800001n : 0x7ff0000000000001n),
    payload: b(s ? 0xffc12345n : 0xfff8000000012345n),
    pi: b(s ? 0x40490fdbn : 0x400921fb54442d18n), e: b(s ? 0x402df854n : 0x4005bf0a8b145769n),
    tenth: b(s ? 0x3dcccccdn : 0x3fb999999999999an), big: b(s ? 0x7e800000n : 0x7fd0000000000000n),
  };
};

function arith(p: P) {
  const v = V(p);
  const pairs: Array<[bigint, bigint, string]> = [
    [v.one, v.two, 'exact'], [v.one, v.halfUlp, '1 + half an ulp: a tie'], [v.one, v.threeQuarterUlp, '1 + 3/4 ulp'],
    [v.none, v.neg(v.halfUlp), 'negative tie'], [v.one, v.none, 'exact cancellation'], [v.nzero, v.nzero, '-0 + -0'],
    [v.zero, v.nzero, '+0 + -0'], [v.max, v.max, 'overflow'], [v.max, v.one, 'max + tiny'], [v.minNorm, v.neg(v.minSub), 'subnormal result, exact'],
    [v.minSub, v.minSub, 'subnormals'], [v.inf, v.neg(v.inf), 'inf - inf'], [v.inf, v.one, 'inf + 1'], [v.qnan, v.one, 'qNaN'],
    [v.snan, v.one, 'sNaN'], [v.pi, v.e, 'pi, e'], [v.tenth, v.neg(v.three), '0.1, -3'], [v.minNorm, v.oneMinusHalfUlp, 'tiny after rounding'],
    [v.maxSub, v.onePlusUlp, 'not tiny after rounding'], [v.minSub, v.half, 'half the smallest subnormal'], [v.big, v.three, 'large'],
    [v.payload, v.snan, 'two NaNs'], [v.inf, v.zero, 'inf and 0'],
  ];
  for (const [op, what] of [['fadd', 'addition'], ['fsub', 'subtraction'], ['fmul', 'multiplication']] as const) {
    comment(`${op}.${p}: ${what} in every rounding mode`);
    for (const [a, b2, why] of pairs) { comment(why); forAllRm((rm) => emit('OP2', `${op}.${p}`, rm, a, b2)); }
  }
  writeTest(`${dir(p)}/fadd.S`, `// fadd.S: fadd.${p}, fsub.${p}, fmul.${p} on special and ordinary operands, every static rounding mode, exact fflags\n// (RISC-V unprivileged spec 11.6; results and flags checked bit for bit, singles including their NaN box).`, kind(p));

  const divPairs: Array<[bigint, bigint, string]> = [
    [v.one, v.three, '1/3'], [v.two, v.three, '2/3'], [v.pi, v.e, 'pi/e'], [v.one, v.zero, '1/0'], [v.none, v.zero, '-1/0'],
    [v.zero, v.zero, '0/0'], [v.inf, v.inf, 'inf/inf'], [v.one, v.inf, '1/inf'], [v.max, v.half, 'overflow'],
    [v.minNorm, v.three, 'subnormal quotient'], [v.minSub, v.two, 'half the smallest subnormal'], [v.snan, v.one, 'sNaN'],
    [v.qnan, v.zero, 'qNaN / 0'], [v.three, v.two, 'exact'], [v.nzero, v.three, '-0 / 3'], [v.tenth, v.max, 'tiny quotient'],
  ];
  comment(`fdiv.${p}`);
  for (const [a, b2, why] of divPairs) { comment(why); forAllRm((rm) => emit('OP2', `fdiv.${p}`, rm, a, b2)); }
  const roots: Array<[bigint, string]> = [
    [v.two, 'sqrt(2)'], [v.b(p === 's' ? 0x40800000n : 0x4010000000000000n), 'sqrt(4) exact'], [v.three, 'sqrt(3)'],
    [v.pi, 'sqrt(pi)'], [v.minSub, 'smallest subnormal'], [v.maxSub, 'largest subnormal'], [v.max, 'largest'],
    [v.none, 'negative: invalid'], [v.nzero, '-0'], [v.zero, '+0'], [v.inf, '+inf'], [v.neg(v.inf), '-inf'], [v.snan, 'sNaN'], [v.qnan, 'qNaN'],
    [v.onePlusUlp, '1 + ulp'], [v.oneMinusHalfUlp, '1 - ulp/2'],
  ];
  comment(`fsqrt.${p}`);
  for (const [a, why] of roots) { comment(why); forAllRm((rm) => emit('OP1', `fsqrt.${p}`, rm, a)); }
  writeTest(`${dir(p)}/fdiv.S`, `// fdiv.S: fdiv.${p} and fsqrt.${p}: exact and inexact quotients and roots, DZ, NV, overflow, underflow, every static\n// rounding mode (RISC-V unprivileged spec 11.6).`, kind(p));

  const triples: Array<[bigint, bigint, bigint, string]> = [
    [v.onePlusUlp, v.onePlusUlp, v.none, '(1+u)^2 - 1: needs the exact product'], [v.onePlusUlp, v.oneMinusHalfUlp, v.none, 'exact small result'],
    [v.one, v.one, v.none, 'exact zero'], [v.pi, v.e, v.tenth, 'ordinary'], [v.inf, v.zero, v.qnan, 'inf * 0 + qNaN: invalid'],
    [v.inf, v.zero, v.one, 'inf * 0: invalid'], [v.inf, v.one, v.neg(v.inf), 'inf - inf: invalid'], [v.one, v.one, v.qnan, 'qNaN addend'],
    [v.snan, v.one, v.one, 'sNaN'], [v.max, v.two, v.neg(v.max), 'product overflows, sum does not'], [v.max, v.max, v.one, 'overflow'],
    [v.minNorm, v.half, v.minSub, 'subnormal result'], [v.minSub, v.half, v.zero, 'underflow'], [v.zero, v.one, v.nzero, '0*1 - 0'],
    [v.three, v.tenth, v.neg(v.pi), 'cancellation'], [v.one, v.halfUlp, v.one, 'tie in the single rounding'],
    [v.b(p === 's' ? 0x3f800800n : 0x3ff0000004000000n), v.b(p === 's' ? 0x337ff001n : 0x3c9ffffff8000002n), v.one, 'just above a midpoint: one rounding goes up'],
  ];
  for (const op of ['fmadd', 'fmsub', 'fnmsub', 'fnmadd']) {
    comment(`${op}.${p}`);
    for (const [a, b2, c, why] of triples) { comment(why); forAllRm((rm) => emit('OP3', `${op}.${p}`, rm, a, b2, c)); }
  }
  writeTest(`${dir(p)}/fmadd.S`, `// fmadd.S: fmadd.${p}, fmsub.${p}, fnmsub.${p}, fnmadd.${p} with one rounding of the exact result, every static rounding\n// mode, inf * 0 + qNaN invalid (RISC-V unprivileged spec 11.6).`, kind(p));

  const mm: Array<[bigint, bigint, string]> = [
    [v.one, v.two, 'ordered'], [v.two, v.one, 'reversed'], [v.zero, v.nzero, '+0, -0'], [v.nzero, v.zero, '-0, +0'],
    [v.qnan, v.one, 'qNaN, 1: the other operand'], [v.one, v.qnan, '1, qNaN'], [v.snan, v.one, 'sNaN: NV, the other operand'],
    [v.qnan, v.payload, 'two NaNs: canonical'], [v.snan, v.snan, 'two sNaNs'], [v.neg(v.inf), v.inf, '-inf, inf'], [v.minSub, v.neg(v.minSub), 'subnormals'],
  ];
  for (const op of ['fmin', 'fmax']) { comment(`${op}.${p} (version 2.2 semantics)`); for (const [a, b2, why] of mm) { comment(why); emit('OP2_NORM', `${op}.${p}`, null, a, b2); } }
  writeTest(`${dir(p)}/fmin.S`, `// fmin.S: fmin.${p} and fmax.${p}: -0 < +0, one NaN gives the other operand, two give the canonical NaN, sNaN raises NV\n// (RISC-V unprivileged spec 11.6, version 2.2 semantics).`, kind(p));

  const cmp: Array<[bigint, bigint, string]> = [
    [v.one, v.one, 'equal'], [v.one, v.two, 'less'], [v.two, v.one, 'greater'], [v.zero, v.nzero, '+0 and -0 are equal'],
    [v.qnan, v.one, 'qNaN: FEQ quiet, FLT/FLE invalid'], [v.one, v.snan, 'sNaN: all invalid'], [v.neg(v.inf), v.max, '-inf < max'],
    [v.minSub, v.zero, 'subnormal > 0'], [v.qnan, v.qnan, 'two qNaNs'],
  ];
  for (const op of ['feq', 'flt', 'fle']) { comment(`${op}.${p}`); for (const [a, b2, why] of cmp) { comment(why); emit('CMP', `${op}.${p}`, null, a, b2); } }
  writeTest(`${dir(p)}/fcmp.S`, `// fcmp.S: feq.${p} (quiet: NV only for sNaN), flt.${p} and fle.${p} (signalling: NV for any NaN), -0 == +0\n// (RISC-V unprivileged spec 11.8).`, kind(p));

  const cls: Array<[bigint, string]> = [
    [v.neg(v.inf), '-inf'], [v.none, '-normal'], [v.neg(v.minSub), '-subnormal'], [v.nzero, '-0'], [v.zero, '+0'], [v.maxSub, '+subnormal'],
    [v.max, '+normal'], [v.inf, '+inf'], [v.snan, 'sNaN'], [v.qnan, 'qNaN'], [v.payload, 'negative qNaN with payload'],
  ];
  comment(`fclass.${p}: one bit per class`);
  for (const [a, why] of cls) { comment(why); emit('INT_NORM', `fclass.${p}`, null, a); }
  if (p === 's') { comment('a value that is not NaN-boxed is classified as the canonical NaN'); emit('INT_NORM', 'fclass.s', null, 0x3f800000n); }
  writeTest(`${dir(p)}/fclass.S`, `// fclass.S: fclass.${p} returns one bit per class (RISC-V unprivileged spec 11.9).`, kind(p));

  // Float -> integer
  const cvtIn: Array<[bigint, string]> = [
    [v.b(p === 's' ? 0x3fc00000n : 0x3ff8000000000000n), '1.5'], [v.b(p === 's' ? 0x40200000n : 0x4004000000000000n), '2.5'],
    [v.neg(v.b(p === 's' ? 0x40200000n : 0x4004000000000000n)), '-2.5'], [v.neg(v.half), '-0.5'], [v.tenth, '0.1'], [v.neg(v.tenth), '-0.1'],
    [v.nzero, '-0'], [v.minSub, 'smallest subnormal'], [v.none, '-1'],
    [v.b(p === 's' ? 0x4f000000n : 0x41e0000000000000n), '2^31'], [v.neg(v.b(p === 's' ? 0x4f000000n : 0x41e0000000000000n)), '-2^31'],
    [v.b(p === 's' ? 0x4effffffn : 0x41dfffffffe00000n), 'just below 2^31'], [v.b(p === 's' ? 0x4f800000n : 0x41f0000000000000n), '2^32'],
    [v.b(p === 's' ? 0x4f7fffffn : 0x41efffffffe00000n), 'just below 2^32'], [v.b(p === 's' ? 0x5f000000n : 0x43e0000000000000n), '2^63'],
    [v.neg(v.b(p === 's' ? 0x5f000000n : 0x43e0000000000000n)), '-2^63'], [v.b(p === 's' ? 0x5f7fffffn : 0x43efffffffffffffn), 'just below 2^64'],
    [v.b(p === 's' ? 0x5f800000n : 0x43f0000000000000n), '2^64'], [v.inf, '+inf'], [v.neg(v.inf), '-inf'], [v.qnan, 'qNaN'], [v.snan, 'sNaN'],
    [v.payload, 'negative NaN: still the largest value'],
  ];
  if (p === 'd') cvtIn.push([0x41e0000000100000n, '2^31 + 0.5'], [0xc1e0000000100000n, '-2^31 - 0.5'], [0xc1e0000000200000n, '-2^31 - 1']);
  for (const t of ['w', 'wu', 'l', 'lu']) {
    comment(`fcvt.${t}.${p}`);
    for (const [a, why] of cvtIn) { comment(why); forAllRm((rm) => emit('INT', `fcvt.${t}.${p}`, rm, a)); }
  }
  if (p === 's') { comment('an operand that is not NaN-boxed reads as the canonical NaN'); emit('INT', 'fcvt.w.s', 'rne', 0x3f800000n); }
  writeTest(`${dir(p)}/fcvt_w.S`, `// fcvt_w.S: fcvt.{w,wu,l,lu}.${p}: rounding in every mode, saturation with NV only (no NX) out of range, NaN to the\n// largest value, 32-bit results sign-extended (RISC-V unprivileged spec 11.7, "Domains of float-to-integer conversions").`, kind(p));

  const ints: Array<[bigint, string]> = [
    [0n, '0'], [1n, '1'], [0xffffffffffffffffn, '-1 / 2^64-1'], [0x7fffffffn, '2^31-1'], [0x80000000n, '2^31 (w: -2^31)'],
    [0xffffffffn, '2^32-1 (w: -1)'], [0x1000001n, '2^24+1: a tie in single'], [0x1000003n, '2^24+3'], [0xffffffff7ffffffn, 'upper bits ignored by w/wu'],
    [0x20000000000001n, '2^53+1: a tie in double'], [0x7fffffffffffffffn, '2^63-1'], [0x8000000000000000n, '2^63 / -2^63'],
    [0xfffffffffffff801n, 'negative, inexact'], [0x123456789abcdefn, 'ordinary'],
  ];
  for (const t of ['w', 'wu', 'l', 'lu']) {
    comment(`fcvt.${p}.${t}`);
    for (const [a, why] of ints) {
      comment(why);
      if (p === 'd' && (t === 'w' || t === 'wu')) emit('INTFP', `fcvt.d.${t}`, null, a); else forAllRm((rm) => emit('INTFP', `fcvt.${p}.${t}`, rm, a));
    }
  }
  if (p === 'd') {
    const ds: Array<[bigint, string]> = [
      [0x3ff0000000000000n, '1'], [0x3fb999999999999an, '0.1'], [0x7fefffffffffffffn, 'overflow'], [0x47efffffe0000000n, 'rounds to single max or overflows'],
      [0x36a0000000000000n, 'smallest single subnormal'], [0x3690000000000000n, 'half of it'], [0x0000000000000001n, 'double subnormal: underflow'],
      [0x380fffffe0000000n, 'near the single min normal'], [0x7ff0000000000001n, 'sNaN'], [0xfff8000000000123n, 'qNaN with payload'],
      [0x8000000000000000n, '-0'], [0xfff0000000000000n, '-inf'],
    ];
    comment('fcvt.s.d');
    for (const [a, why] of ds) { comment(why); forAllRm((rm) => emit('OP1', 'fcvt.s.d', rm, a)); }
    const sd: Array<[bigint, string]> = [
      [BOX | 0x3f800000n, '1'], [BOX | 0x00000001n, 'subnormal'], [BOX | 0x7f800001n, 'sNaN'], [BOX | 0xffc12345n, 'qNaN with payload'],
      [BOX | 0xff800000n, '-inf'], [0x3f800000n, 'not NaN-boxed: the canonical NaN'],
    ];
    comment('fcvt.d.s (exact)');
    for (const [a, why] of sd) { comment(why); emit('OP1', 'fcvt.d.s', null, a); }
  }
  writeTest(`${dir(p)}/fcvt.S`, `// fcvt.S: integer to ${p === 's' ? 'single' : 'double'} conversions in every rounding mode${p === 'd' ? ', and conversions between single and double' : ''}\n// (RISC-V unprivileged spec 11.7${p === 'd' ? ', 12.5' : ''}).`, kind(p));
}




function csrPart(p: P): string {
  const t = p === 's' ? 'fadd.s' : 'fadd.d';
  const mv = p === 's' ? 'fmv.w.x' : 'fmv.d.x';
  return `  // fcsr = frm (bits 7:5) | fflags (bits 4:0); frm and fflags are views of it; bits 31:8 read as zero
  // (RISC-V unprivileged spec 11.2).
  TEST_CASE(2, x14, 0xff, li x11, 0x1ff; csrw fcsr, x11; csrr x14, fcsr)
  TEST_CASE(3, x14, 7, csrr x14, frm)
  TEST_CASE(4, x14, 0x1f, csrr x14, fflags)
  TEST_CASE(5, x14, 0x5f, csrwi frm, 2; csrr x14, fcsr)
  TEST_CASE(6, x14, 0x45, csrwi fflags, 5; csrr x14, fcsr)
  TEST_CASE(7, x14, 2, fsrmi x14, 3; csrr x15, fcsr; li x7, 0x65; bne x15, x7, fail)
  TEST_CASE(8, x14, 0x05, fsflagsi x14, 0x1a; csrr x15, fflags; li x7, 0x1a; bne x15, x7, fail)
  TEST_CASE(9, x14, 0x1a, csrrci x14, fflags, 0x10; csrr x15, fflags; li x7, 0x0a; bne x15, x7, fail)
  // Flags accrue: an operation ORs its flags in and never clears any (1/0 adds DZ to the NX already set).
  TEST_CASE(10, x14, 0x69, li x11, 0; csrw fcsr, x11; csrwi fflags, 1; fsrmi 3; \\
    li x11, ${p === 's' ? '0x3f800000' : '0x3ff0000000000000'}; ${mv} f10, x11; ${mv} f11, x0; \\
    ${p === 's' ? 'fdiv.s' : 'fdiv.d'} f12, f10, f11; csrr x14, fcsr)
  TEST_CASE(11, x14, 0x60, li x11, 0x60; csrw fcsr, x11; ${t} f12, f10, f10; csrr x14, fcsr; fsrmi 0)
`;
}

function move(p: P) {
  const s = p === 's';
  const b = (x: bigint) => (s ? BOX | x : x);
  const vals = s
    ? [0x3f800000n, 0xbf800000n, 0x7fc00000n, 0xff800001n, 0x00000001n, 0x80000000n].map(b)
    : [0x3ff0000000000000n, 0xbff0000000000000n, 0x7ff8000000000000n, 0xfff0000000000001n, 0x1n, 0x8000000000000000n];
  setTestNumber(12);
  for (const op of ['fsgnj', 'fsgnjn', 'fsgnjx']) {
    comment(`${op}.${p}: only the sign bit changes, NaNs included (no canonicalization)`);
    for (const a of vals.slice(0, 4)) for (const c of vals.slice(0, 2).concat(vals.slice(3, 6))) emit('OP2_NORM', `${op}.${p}`, null, a, c);
  }
  if (s) {
    comment('NaN-boxing (unpriv. 12.2): an operand whose upper 32 bits are not all ones reads as the canonical NaN');
    emit('OP2_NORM', 'fsgnj.s', null, 0x000000003f800000n, BOX | 0x80000000n);
    emit('OP2_NORM', 'fsgnjx.s', null, BOX | 0x3f800000n, 0xfffffffe80000000n);
    emit('OP2', 'fadd.s', 'rne', 0x7fffffff3f800000n, BOX | 0x3f800000n);
    emit('OP2_NORM', 'fmin.s', null, 0x000000003f800000n, BOX | 0x40000000n);
    comment('fmv.x.w moves the raw low 32 bits, sign-extended, boxed or not');
    for (const a of [BOX | 0x3f800000n, BOX | 0xbf800000n, 0x1234567880000001n, BOX | 0x7f800001n]) emit('INT_NORM', 'fmv.x.w', null, a);
    comment('fmv.w.x NaN-boxes the low 32 bits of the integer register');
    for (const a of [0x3f800000n, 0x123456789abcdef0n, 0xffffffff7f800001n]) emit('INTFP_NORM', 'fmv.w.x', null, a);
  } else {
    comment('fmv.x.d and fmv.d.x move raw bits, signalling NaNs included');
    for (const a of [0x3ff0000000000000n, 0xfff0000000000001n, 0x7ff4000000000123n, 0x8000000000000000n]) {
      emit('INT_NORM', 'fmv.x.d', null, a);
      emit('INTFP_NORM', 'fmv.d.x', null, a);
    }
    comment('a single in a double register: fsgnj.d treats all 64 bits as a double');
    emit('OP2_NORM', 'fsgnj.d', null, BOX | 0x3f800000n, 0x0n);
  }
  writeTest(`${dir(p)}/move.S`, `// move.S: fcsr/frm/fflags accesses and flag accrual, fsgnj{,n,x}.${p}, fmv between register files${s ? ', NaN-boxing of\n// single operands and results' : ''} (RISC-V unprivileged spec 11.2, 11.7, 11.8${s ? ', 12.2' : ''}).`, kind(p), csrPart(p));
}

function rounding(p: P) {
  const s = p === 's';
  const b = (x: bigint) => (s ? BOX | x : x);
  const one = b(s ? 0x3f800000n : 0x3ff0000000000000n);
  const half = b(s ? 0x33800000n : 0x3ca0000000000000n);
  const negOne = b(s ? 0xbf800000n : 0xbff0000000000000n);
  const three = b(s ? 0x40400000n : 0x4008000000000000n);
  setTestNumber(2);
  for (const rm of ['rne', 'rtz', 'rdn', 'rup', 'rmm']) {
    comment(`frm = ${rm}, rm field = dyn`);
    emit('OP2_FRM', `fadd.${p}`, rm, one, half);
    emit('OP2_FRM', `fsub.${p}`, rm, negOne, half);
    emit('OP2_FRM', `fdiv.${p}`, rm, one, three);
    emit('OP2_FRM', `fdiv.${p}`, rm, negOne, three);
  }
  const last = 22;
  const ops = s ? ['fmul.s', 'fsub.s'] : ['fmul.d', 'fsub.d'];
  writeTest(`${dir(p)}/rounding.S`, `// rounding.S: dynamic rounding (rm = dyn reads frm) in every mode, and a static rm that ignores frm (RISC-V\n// unprivileged spec 11.2).`, kind(p), '', `  // A static rounding mode wins over frm.
  TEST_CASE(${last}, x14, ${s ? 'BOXED(0x3eaaaaaa)' : '0x3fd5555555555555'}, li x7, 3; fsrm x7; li x11, ${s ? '0x3f800000' : '0x3ff0000000000000'}; \\
    ${s ? 'fmv.w.x' : 'fmv.d.x'} f10, x11; li x11, ${s ? '0x40400000' : '0x4008000000000000'}; ${s ? 'fmv.w.x' : 'fmv.d.x'} f11, x11; \\
    fdiv.${p} f13, f10, f11, rtz; fmv.x.d x14, f13; fsrmi 0)
  // ${ops.join(' and ')} leave frm alone.
  TEST_CASE(${last + 1}, x14, 4, fsrmi 4; ${ops[0]} f13, f10, f11; ${ops[1]} f13, f10, f11, rne; frrm x14; fsrmi 0)
`);
}

for (const p of ['s', 'd'] as const) {
  arith(p);
  move(p);
  rounding(p);
}
