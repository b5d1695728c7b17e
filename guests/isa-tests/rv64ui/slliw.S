// slliw.S: tests `slliw`, 32-bit left shift by a 5-bit immediate, result sign-extended (RISC-V Unprivileged ISA 20191213, 5.2).
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN
  // 32-bit encodings only, as in a build without C: rv64uc tests the compressed instructions.
  .option norvc

  // Values
  TEST_IMM_OP(2, slliw, 0x0000000000000001, 0x0000000000000001, 0);
  TEST_IMM_OP(3, slliw, 0x0000000000000002, 0x0000000000000001, 1);
  TEST_IMM_OP(4, slliw, 0x0000000000000080, 0x0000000000000001, 7);
  TEST_IMM_OP(5, slliw, 0x0000000000004000, 0x0000000000000001, 14);
  TEST_IMM_OP(6, slliw, 0xffffffff80000000, 0x0000000000000001, 31);
  TEST_IMM_OP(7, slliw, 0xffffffffffffffff, 0xffffffffffffffff, 0);
  TEST_IMM_OP(8, slliw, 0xfffffffffffffffe, 0xffffffffffffffff, 1);
  TEST_IMM_OP(9, slliw, 0xffffffffffffff80, 0xffffffffffffffff, 7);
  TEST_IMM_OP(10, slliw, 0xffffffffffffc000, 0xffffffffffffffff, 14);
  TEST_IMM_OP(11, slliw, 0xffffffff80000000, 0xffffffffffffffff, 31);
  TEST_IMM_OP(12, slliw, 0xffffffff80000000, 0x0000000080000000, 0);
  TEST_IMM_OP(13, slliw, 0x0000000000000000, 0x0000000080000000, 1);
  TEST_IMM_OP(14, slliw, 0x0000000000000000, 0x0000000080000000, 7);
  TEST_IMM_OP(15, slliw, 0x0000000000000000, 0x0000000080000000, 14);
  TEST_IMM_OP(16, slliw, 0x0000000000000000, 0x0000000080000000, 31);
  TEST_IMM_OP(17, slliw, 0xffffffff89abcdef, 0x0123456789abcdef, 0);
  TEST_IMM_OP(18, slliw, 0x0000000013579bde, 0x0123456789abcdef, 1);
  TEST_IMM_OP(19, slliw, 0xffffffffd5e6f780, 0x0123456789abcdef, 7);
  TEST_IMM_OP(20, slliw, 0xfffffffff37bc000, 0x0123456789abcdef, 14);
  TEST_IMM_OP(21, slliw, 0xffffffff80000000, 0x0123456789abcdef, 31);
  TEST_IMM_OP(22, slliw, 0x000000007fffffff, 0x000000007fffffff, 0);
  TEST_IMM_OP(23, slliw, 0xfffffffffffffffe, 0x000000007fffffff, 1);
  TEST_IMM_OP(24, slliw, 0xffffffffffffff80, 0x000000007fffffff, 7);
  TEST_IMM_OP(25, slliw, 0xffffffffffffc000, 0x000000007fffffff, 14);
  TEST_IMM_OP(26, slliw, 0xffffffff80000000, 0x000000007fffffff, 31);
  TEST_IMM_OP(27, slliw, 0x0000000000000001, 0xffffffff00000001, 0);
  TEST_IMM_OP(28, slliw, 0x0000000000000002, 0xffffffff00000001, 1);
  TEST_IMM_OP(29, slliw, 0x0000000000000080, 0xffffffff00000001, 7);
  TEST_IMM_OP(30, slliw, 0x0000000000004000, 0xffffffff00000001, 14);
  TEST_IMM_OP(31, slliw, 0xffffffff80000000, 0xffffffff00000001, 31);
  TEST_IMM_OP(32, slliw, 0x0000000021212121, 0x2121212121212121, 0);
  TEST_IMM_OP(33, slliw, 0x0000000042424242, 0x2121212121212121, 1);
  TEST_IMM_OP(34, slliw, 0xffffffff90909080, 0x2121212121212121, 7);
  TEST_IMM_OP(35, slliw, 0x0000000048484000, 0x2121212121212121, 14);
  TEST_IMM_OP(36, slliw, 0xffffffff80000000, 0x2121212121212121, 31);

  // Source and destination register the same
  TEST_IMM_SRC1_EQ_DEST(37, slliw, 0x0000000000000080, 0x0000000080000001, 7);

  // Results and sources consumed 0, 1 and 2 instructions after they are produced
  TEST_IMM_DEST_BYPASS(38, 0, slliw, 0x0000000000000080, 0x0000000080000001, 7);
  TEST_IMM_DEST_BYPASS(39, 1, slliw, 0x0000000000000080, 0x0000000080000001, 7);
  TEST_IMM_DEST_BYPASS(40, 2, slliw, 0x0000000000000080, 0x0000000080000001, 7);
  TEST_IMM_SRC1_BYPASS(41, 0, slliw, 0x0000000000000080, 0x0000000080000001, 7);
  TEST_IMM_SRC1_BYPASS(42, 1, slliw, 0x0000000000000080, 0x0000000080000001, 7);
  TEST_IMM_SRC1_BYPASS(43, 2, slliw, 0x0000000000000080, 0x0000000080000001, 7);

  // x0 as the source reads 0; x0 as the destination stays 0
  TEST_IMM_ZEROSRC1(44, slliw, 0x0000000000000000, 7);
  TEST_IMM_ZERODEST(45, slliw, 0x0000000080000001, 7);

  TEST_PASSFAIL

RVTEST_CODE_END

  .data
RVTEST_DATA_BEGIN
RVTEST_DATA_END
