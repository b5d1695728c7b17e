// fmin.S: fmin.s and fmax.s: -0 < +0, one NaN gives the other operand, two give the canonical NaN, sNaN raises NV
// (RISC-V unprivileged spec 11.6, version 2.2 semantics).
#include "riscv_test.h"
#include "test_macros.h"
#include "test_macros_fp.h"

RVTEST_RV64UF
RVTEST_CODE_BEGIN
  // fmin.s (version 2.2 semantics)
  // ordered
  TEST_FP_OP2_NORM(2, fmin.s, 0, BOXED(0x3f800000), BOXED(0x3f800000), BOXED(0x40000000));
  // reversed
  TEST_FP_OP2_NORM(3, fmin.s, 0, BOXED(0x3f800000), BOXED(0x40000000), BOXED(0x3f800000));
  // +0, -0
  TEST_FP_OP2_NORM(4, fmin.s, 0, BOXED(0x80000000), BOXED(0x00000000), BOXED(0x80000000));
  // -0, +0
  TEST_FP_OP2_NORM(5, fmin.s, 0, BOXED(0x80000000), BOXED(0x80000000), BOXED(0x00000000));
  // qNaN, 1: the other operand
  TEST_FP_OP2_NORM(6, fmin.s, 0, BOXED(0x3f800000), BOXED(0x7fc00000), BOXED(0x3f800000));
  // 1, qNaN
  TEST_FP_OP2_NORM(7, fmin.s, 0, BOXED(0x3f800000), BOXED(0x3f800000), BOXED(0x7fc00000));
  // sNaN: NV, the other operand
  TEST_FP_OP2_NORM(8, fmin.s, FP_NV, BOXED(0x3f800000), BOXED(0x7f800001), BOXED(0x3f800000));
  // two NaNs: canonical
  TEST_FP_OP2_NORM(9, fmin.s, 0, BOXED(0x7fc00000), BOXED(0x7fc00000), BOXED(0xffc12345));
  // two sNaNs
  TEST_FP_OP2_NORM(10, fmin.s, FP_NV, BOXED(0x7fc00000), BOXED(0x7f800001), BOXED(0x7f800001));
  // -inf, inf
  TEST_FP_OP2_NORM(11, fmin.s, 0, BOXED(0xff800000), BOXED(0xff800000), BOXED(0x7f800000));
  // subnormals
  TEST_FP_OP2_NORM(12, fmin.s, 0, BOXED(0x80000001), BOXED(0x00000001), BOXED(0x80000001));
  // fmax.s (version 2.2 semantics)
  // ordered
  TEST_FP_OP2_NORM(13, fmax.s, 0, BOXED(0x40000000), BOXED(0x3f800000), BOXED(0x40000000));
  // reversed
  TEST_FP_OP2_NORM(14, fmax.s, 0, BOXED(0x40000000), BOXED(0x40000000), BOXED(0x3f800000));
  // +0, -0
  TEST_FP_OP2_NORM(15, fmax.s, 0, BOXED(0x00000000), BOXED(0x00000000), BOXED(0x80000000));
  // -0, +0
  TEST_FP_OP2_NORM(16, fmax.s, 0, BOXED(0x00000000), BOXED(0x80000000), BOXED(0x00000000));
  // qNaN, 1: the other operand
  TEST_FP_OP2_NORM(17, fmax.s, 0, BOXED(0x3f800000), BOXED(0x7fc00000), BOXED(0x3f800000));
  // 1, qNaN
  TEST_FP_OP2_NORM(18, fmax.s, 0, BOXED(0x3f800000), BOXED(0x3f800000), BOXED(0x7fc00000));
  // sNaN: NV, the other operand
  TEST_FP_OP2_NORM(19, fmax.s, FP_NV, BOXED(0x3f800000), BOXED(0x7f800001), BOXED(0x3f800000));
  // two NaNs: canonical
  TEST_FP_OP2_NORM(20, fmax.s, 0, BOXED(0x7fc00000), BOXED(0x7fc00000), BOXED(0xffc12345));
  // two sNaNs
  TEST_FP_OP2_NORM(21, fmax.s, FP_NV, BOXED(0x7fc00000), BOXED(0x7f800001), BOXED(0x7f800001));
  // -inf, inf
  TEST_FP_OP2_NORM(22, fmax.s, 0, BOXED(0x7f800000), BOXED(0xff800000), BOXED(0x7f800000));
  // subnormals
  TEST_FP_OP2_NORM(23, fmax.s, 0, BOXED(0x00000001), BOXED(0x00000001), BOXED(0x80000001));

  TEST_PASSFAIL

RVTEST_CODE_END

  .data
RVTEST_DATA_BEGIN
RVTEST_DATA_END
