// lui.S: tests `lui`, which places a 20-bit immediate in bits 31:12, sign-extended to 64 bits
// (RISC-V Unprivileged ISA 20191213, 2.4 and 5.2).
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN
  // The instruction under test keeps its 32-bit encoding; rv64uc covers c.lui.
  .option norvc

  TEST_CASE(2, x1, 0x0000000000000000, lui x1, 0x00000)
  TEST_CASE(3, x1, 0x0000000000001000, lui x1, 0x00001)
  TEST_CASE(4, x1, 0x000000007ffff000, lui x1, 0x7ffff)
  TEST_CASE(5, x1, 0xffffffff80000000, lui x1, 0x80000)
  TEST_CASE(6, x1, 0xfffffffffffff000, lui x1, 0xfffff)
  TEST_CASE(7, x1, 0x0000000012345000, lui x1, 0x12345)
  TEST_CASE(8, x1, 0xffffffffabcde000, lui x1, 0xabcde)

  // The low 12 bits are cleared, whatever the register held before
  TEST_CASE(9, x1, 0x0000000000005000, li x1, -1; lui x1, 0x5)

  // Shifting the result exposes the sign extension
  TEST_CASE(10, x1, 0xfffffffffffc0000, lui x1, 0x80000; sra x1, x1, 13)
  TEST_CASE(11, x1, 0x000000000007ffff, lui x1, 0x7ffff; srli x1, x1, 12)
  TEST_CASE(12, x1, 0x0000000000000001, lui x1, 0x80000; srli x1, x1, 63)

  // x0 as the destination stays 0
  TEST_CASE(13, x0, 0, lui x0, 0x80000)

  TEST_PASSFAIL

RVTEST_CODE_END

  .data
RVTEST_DATA_BEGIN
RVTEST_DATA_END
