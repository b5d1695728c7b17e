// fclass.S: fclass.d returns one bit per class (RISC-V unprivileged spec 11.9).
#include "riscv_test.h"
#include "test_macros.h"
#include "test_macros_fp.h"

RVTEST_RV64UD
RVTEST_CODE_BEGIN
  // fclass.d: one bit per class
  // -inf
  TEST_FP_INT_NORM(2, fclass.d, 0, 0x0000000000000001, 0xfff0000000000000);
  // -normal
  TEST_FP_INT_NORM(3, fclass.d, 0, 0x0000000000000002, 0xbff0000000000000);
  // -subnormal
  TEST_FP_INT_NORM(4, fclass.d, 0, 0x0000000000000004, 0x8000000000000001);
  // -0
  TEST_FP_INT_NORM(5, fclass.d, 0, 0x0000000000000008, 0x8000000000000000);
  // +0
  TEST_FP_INT_NORM(6, fclass.d, 0, 0x0000000000000010, 0x0000000000000000);
  // +subnormal
  TEST_FP_INT_NORM(7, fclass.d, 0, 0x0000000000000020, 0x000fffffffffffff);
  // +normal
  TEST_FP_INT_NORM(8, fclass.d, 0, 0x0000000000000040, 0x7fefffffffffffff);
  // +inf
  TEST_FP_INT_NORM(9, fclass.d, 0, 0x0000000000000080, 0x7ff0000000000000);
  // sNaN
  TEST_FP_INT_NORM(10, fclass.d, 0, 0x0000000000000100, 0x7ff0000000000001);
  // qNaN
  TEST_FP_INT_NORM(11, fclass.d, 0, 0x0000000000000200, 0x7ff8000000000000);
  // negative qNaN with payload
  TEST_FP_INT_NORM(12, fclass.d, 0, 0x0000000000000200, 0xfff8000000012345);

  TEST_PASSFAIL

RVTEST_CODE_END

  .data
RVTEST_DATA_BEGIN
RVTEST_DATA_END
