// sraiw.S: tests `sraiw`, 32-bit arithmetic right shift by a 5-bit immediate, result sign-extended (RISC-V Unprivileged ISA 20191213, 5.2).
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN
  // 32-bit encodings only, as in a build without C: rv64uc tests the compressed instructions.
  .option norvc

  // Values
  TEST_IMM_OP(2, sraiw, 0x0000000000000001, 0x0000000000000001, 0);
  TEST_IMM_OP(3, sraiw, 0x0000000000000000, 0x0000000000000001, 1);
  TEST_IMM_OP(4, sraiw, 0x0000000000000000, 0x0000000000000001, 7);
  TEST_IMM_OP(5, sraiw, 0x0000000000000000, 0x0000000000000001, 14);
  TEST_IMM_OP(6, sraiw, 0x0000000000000000, 0x0000000000000001, 31);
  TEST_IMM_OP(7, sraiw, 0xffffffffffffffff, 0xffffffffffffffff, 0);
  TEST_IMM_OP(8, sraiw, 0xffffffffffffffff, 0xffffffffffffffff, 1);
  TEST_IMM_OP(9, sraiw, 0xffffffffffffffff, 0xffffffffffffffff, 7);
  TEST_IMM_OP(10, sraiw, 0xffffffffffffffff, 0xffffffffffffffff, 14);
  TEST_IMM_OP(11, sraiw, 0xffffffffffffffff, 0xffffffffffffffff, 31);
  TEST_IMM_OP(12, sraiw, 0xffffffff80000000, 0x0000000080000000, 0);
  TEST_IMM_OP(13, sraiw, 0xffffffffc0000000, 0x0000000080000000, 1);
  TEST_IMM_OP(14, sraiw, 0xffffffffff000000, 0x0000000080000000, 7);
  TEST_IMM_OP(15, sraiw, 0xfffffffffffe0000, 0x0000000080000000, 14);
  TEST_IMM_OP(16, sraiw, 0xffffffffffffffff, 0x0000000080000000, 31);
  TEST_IMM_OP(17, sraiw, 0xffffffff89abcdef, 0x0123456789abcdef, 0);
  TEST_IMM_OP(18, sraiw, 0xffffffffc4d5e6f7, 0x0123456789abcdef, 1);
  TEST_IMM_OP(19, sraiw, 0xffffffffff13579b, 0x0123456789abcdef, 7);
  TEST_IMM_OP(20, sraiw, 0xfffffffffffe26af, 0x0123456789abcdef, 14);
  TEST_IMM_OP(21, sraiw, 0xffffffffffffffff, 0x0123456789abcdef, 31);
  TEST_IMM_OP(22, sraiw, 0x000000007fffffff, 0x000000007fffffff, 0);
  TEST_IMM_OP(23, sraiw, 0x000000003fffffff, 0x000000007fffffff, 1);
  TEST_IMM_OP(24, sraiw, 0x0000000000ffffff, 0x000000007fffffff, 7);
  TEST_IMM_OP(25, sraiw, 0x000000000001ffff, 0x000000007fffffff, 14);
  TEST_IMM_OP(26, sraiw, 0x0000000000000000, 0x000000007fffffff, 31);
  TEST_IMM_OP(27, sraiw, 0x0000000000000001, 0xffffffff00000001, 0);
  TEST_IMM_OP(28, sraiw, 0x0000000000000000, 0xffffffff00000001, 1);
  TEST_IMM_OP(29, sraiw, 0x0000000000000000, 0xffffffff00000001, 7);
  TEST_IMM_OP(30, sraiw, 0x0000000000000000, 0xffffffff00000001, 14);
  TEST_IMM_OP(31, sraiw, 0x0000000000000000, 0xffffffff00000001, 31);
  TEST_IMM_OP(32, sraiw, 0x0000000021212121, 0x2121212121212121, 0);
  TEST_IMM_OP(33, sraiw, 0x0000000010909090, 0x2121212121212121, 1);
  TEST_IMM_OP(34, sraiw, 0x0000000000424242, 0x2121212121212121, 7);
  TEST_IMM_OP(35, sraiw, 0x0000000000008484, 0x2121212121212121, 14);
  TEST_IMM_OP(36, sraiw, 0x0000000000000000, 0x2121212121212121, 31);

  // Source and destination register the same
  TEST_IMM_SRC1_EQ_DEST(37, sraiw, 0xffffffffff000000, 0x8000000080000001, 7);

  // Results and sources consumed 0, 1 and 2 instructions after they are produced
  TEST_IMM_DEST_BYPASS(38, 0, sraiw, 0xffffffffff000000, 0x8000000080000001, 7);
  TEST_IMM_DEST_BYPASS(39, 1, sraiw, 0xffffffffff000000, 0x8000000080000001, 7);
  TEST_IMM_DEST_BYPASS(40, 2, sraiw, 0xffffffffff000000, 0x8000000080000001, 7);
  TEST_IMM_SRC1_BYPASS(41, 0, sraiw, 0xffffffffff000000, 0x8000000080000001, 7);
  TEST_IMM_SRC1_BYPASS(42, 1, sraiw, 0xffffffffff000000, 0x8000000080000001, 7);
  TEST_IMM_SRC1_BYPASS(43, 2, sraiw, 0xffffffffff000000, 0x8000000080000001, 7);

  // x0 as the source reads 0; x0 as the destination stays 0
  TEST_IMM_ZEROSRC1(44, sraiw, 0x0000000000000000, 7);
  TEST_IMM_ZERODEST(45, sraiw, 0x8000000080000001, 7);

  TEST_PASSFAIL

RVTEST_CODE_END

  .data
RVTEST_DATA_BEGIN
RVTEST_DATA_END
