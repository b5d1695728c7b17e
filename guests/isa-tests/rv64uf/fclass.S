// fclass.S: fclass.s returns one bit per class (RISC-V unprivileged spec 11.9).
#include "riscv_test.h"
#include "test_macros.h"
#include "test_macros_fp.h"

RVTEST_RV64UF
RVTEST_CODE_BEGIN
  // fclass.s: one bit per class
  // -inf
  TEST_FP_INT_NORM(2, fclass.s, 0, 0x0000000000000001, BOXED(0xff800000));
  // -normal
  TEST_FP_INT_NORM(3, fclass.s, 0, 0x0000000000000002, BOXED(0xbf800000));
  // -subnormal
  TEST_FP_INT_NORM(4, fclass.s, 0, 0x0000000000000004, BOXED(0x80000001));
  // -0
  TEST_FP_INT_NORM(5, fclass.s, 0, 0x0000000000000008, BOXED(0x80000000));
  // +0
  TEST_FP_INT_NORM(6, fclass.s, 0, 0x0000000000000010, BOXED(0x00000000));
  // +subnormal
  TEST_FP_INT_NORM(7, fclass.s, 0, 0x0000000000000020, BOXED(0x007fffff));
  // +normal
  TEST_FP_INT_NORM(8, fclass.s, 0, 0x0000000000000040, BOXED(0x7f7fffff));
  // +inf
  TEST_FP_INT_NORM(9, fclass.s, 0, 0x0000000000000080, BOXED(0x7f800000));
  // sNaN
  TEST_FP_INT_NORM(10, fclass.s, 0, 0x0000000000000100, BOXED(0x7f800001));
  // qNaN
  TEST_FP_INT_NORM(11, fclass.s, 0, 0x0000000000000200, BOXED(0x7fc00000));
  // negative qNaN with payload
  TEST_FP_INT_NORM(12, fclass.s, 0, 0x0000000000000200, BOXED(0xffc12345));
  // a value that is not NaN-boxed is classified as the canonical NaN
  TEST_FP_INT_NORM(13, fclass.s, 0, 0x0000000000000200, 0x000000003f800000);

  TEST_PASSFAIL

RVTEST_CODE_END

  .data
RVTEST_DATA_BEGIN
RVTEST_DATA_END
