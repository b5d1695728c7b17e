// Self-checking test-case macros for the F and D ISA tests (rv64uf, rv64ud); include after test_macros.h.
//
// Operands and results are raw bit patterns, so every case checks the exact result bits, the NaN box of single
// results (the whole 64-bit register is compared) and the exact fflags. Register use: x11/x12/x13 source bits,
// f10/f11/f12 sources, f13 the result, x14 the result bits, x15 fflags, x7 the expected value.
// `rm` is a rounding-mode operand (rne, rtz, rdn, rup, rmm or dyn); fflags is cleared before each case.
#ifndef TABVISOR_ISA_TEST_MACROS_FP_H
#define TABVISOR_ISA_TEST_MACROS_FP_H

// fflags bits (unpriv. spec 11.2).
#define FP_NX 0x01
#define FP_UF 0x02
#define FP_OF 0x04
#define FP_DZ 0x08
#define FP_NV 0x10

// A single result as its register holds it: NaN-boxed (unpriv. spec 12.2).
#define BOXED(x) (0xffffffff00000000 | (x))

// Runs `code` with fflags cleared, then checks x14 against `result` and fflags against `flags`.
#define TEST_FP_CASE(testnum, flags, result, code...) \
test_ ## testnum: \
  li TESTNUM, testnum; \
  fsflags x0; \
  code; \
  frflags x15; \
  li x7, MASK_XLEN(result); \
  bne x14, x7, fail; \
  li x7, flags; \
  bne x15, x7, fail;

// Sources are placed with fmv.d.x, so a single operand can be given with or without its NaN box.
#define FP_LOAD1(v1) li x11, MASK_XLEN(v1); fmv.d.x f10, x11;
#define FP_LOAD2(v1, v2) FP_LOAD1(v1) li x12, MASK_XLEN(v2); fmv.d.x f11, x12;
#define FP_LOAD3(v1, v2, v3) FP_LOAD2(v1, v2) li x13, MASK_XLEN(v3); fmv.d.x f12, x13;

// f13 = inst(f10, f11) with rounding mode rm.
#define TEST_FP_OP2(testnum, inst, rm, flags, result, v1, v2) \
  TEST_FP_CASE(testnum, flags, result, FP_LOAD2(v1, v2) inst f13, f10, f11, rm; fmv.x.d x14, f13)

// f13 = inst(f10, f11) for instructions without a rounding mode (fmin, fmax, fsgnj*).
#define TEST_FP_OP2_NORM(testnum, inst, flags, result, v1, v2) \
  TEST_FP_CASE(testnum, flags, result, FP_LOAD2(v1, v2) inst f13, f10, f11; fmv.x.d x14, f13)

// f13 = inst(f10) with rounding mode rm (fsqrt, fcvt between formats).
#define TEST_FP_OP1(testnum, inst, rm, flags, result, v1) \
  TEST_FP_CASE(testnum, flags, result, FP_LOAD1(v1) inst f13, f10, rm; fmv.x.d x14, f13)

// f13 = inst(f10) for exact conversions that the assembler takes without a rounding mode (fcvt.d.s).
#define TEST_FP_OP1_NORM(testnum, inst, flags, result, v1) \
  TEST_FP_CASE(testnum, flags, result, FP_LOAD1(v1) inst f13, f10; fmv.x.d x14, f13)

// f13 = inst(f10, f11, f12) with rounding mode rm (the FMA family).
#define TEST_FP_OP3(testnum, inst, rm, flags, result, v1, v2, v3) \
  TEST_FP_CASE(testnum, flags, result, FP_LOAD3(v1, v2, v3) inst f13, f10, f11, f12, rm; fmv.x.d x14, f13)

// x14 = inst(f10, f11) (feq, flt, fle).
#define TEST_FP_CMP(testnum, inst, flags, result, v1, v2) \
  TEST_FP_CASE(testnum, flags, result, FP_LOAD2(v1, v2) inst x14, f10, f11)

// x14 = inst(f10) with rounding mode rm (fcvt to an integer).
#define TEST_FP_INT(testnum, inst, rm, flags, result, v1) \
  TEST_FP_CASE(testnum, flags, result, FP_LOAD1(v1) inst x14, f10, rm)

// x14 = inst(f10) without a rounding mode (fclass, fmv.x.*).
#define TEST_FP_INT_NORM(testnum, inst, flags, result, v1) \
  TEST_FP_CASE(testnum, flags, result, FP_LOAD1(v1) inst x14, f10)

// f13 = inst(x11) with rounding mode rm (fcvt from an integer).
#define TEST_INT_FP(testnum, inst, rm, flags, result, v1) \
  TEST_FP_CASE(testnum, flags, result, li x11, MASK_XLEN(v1); inst f13, x11, rm; fmv.x.d x14, f13)

// f13 = inst(x11) without a rounding mode (fmv.w.x, fmv.d.x).
#define TEST_INT_FP_NORM(testnum, inst, flags, result, v1) \
  TEST_FP_CASE(testnum, flags, result, li x11, MASK_XLEN(v1); inst f13, x11; fmv.x.d x14, f13)

// Dynamic rounding: f13 = inst(f10, f11) with frm set to `frm` and the instruction's rm field DYN.
#define TEST_FP_OP2_FRM(testnum, inst, frm, flags, result, v1, v2) \
  TEST_FP_CASE(testnum, flags, result, li x7, frm; fsrm x7; FP_LOAD2(v1, v2) inst f13, f10, f11, dyn; \
    fmv.x.d x14, f13; fsrmi 0)

#endif
