// ori.S: tests `ori`, or with a sign-extended immediate (RISC-V Unprivileged ISA 20191213, 2.4).
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN
  // 32-bit encodings only, as in a build without C: rv64uc tests the compressed instructions.
  .option norvc

  // Values
  TEST_IMM_OP(2, ori, 0x0000000000000000, 0x0000000000000000, 0);
  TEST_IMM_OP(3, ori, 0x0000000000000001, 0x0000000000000000, 1);
  TEST_IMM_OP(4, ori, 0xffffffffffffffff, 0x0000000000000000, -1);
  TEST_IMM_OP(5, ori, 0x00000000000007ff, 0x0000000000000000, 2047);
  TEST_IMM_OP(6, ori, 0xfffffffffffff800, 0x0000000000000000, -2048);
  TEST_IMM_OP(7, ori, 0x0000000000000555, 0x0000000000000000, 1365);
  TEST_IMM_OP(8, ori, 0xfffffffffffffaaa, 0x0000000000000000, -1366);
  TEST_IMM_OP(9, ori, 0x0000000000000001, 0x0000000000000001, 0);
  TEST_IMM_OP(10, ori, 0x0000000000000001, 0x0000000000000001, 1);
  TEST_IMM_OP(11, ori, 0xffffffffffffffff, 0x0000000000000001, -1);
  TEST_IMM_OP(12, ori, 0x00000000000007ff, 0x0000000000000001, 2047);
  TEST_IMM_OP(13, ori, 0xfffffffffffff801, 0x0000000000000001, -2048);
  TEST_IMM_OP(14, ori, 0x0000000000000555, 0x0000000000000001, 1365);
  TEST_IMM_OP(15, ori, 0xfffffffffffffaab, 0x0000000000000001, -1366);
  TEST_IMM_OP(16, ori, 0xffffffffffffffff, 0xffffffffffffffff, 0);
  TEST_IMM_OP(17, ori, 0xffffffffffffffff, 0xffffffffffffffff, 1);
  TEST_IMM_OP(18, ori, 0xffffffffffffffff, 0xffffffffffffffff, -1);
  TEST_IMM_OP(19, ori, 0xffffffffffffffff, 0xffffffffffffffff, 2047);
  TEST_IMM_OP(20, ori, 0xffffffffffffffff, 0xffffffffffffffff, -2048);
  TEST_IMM_OP(21, ori, 0xffffffffffffffff, 0xffffffffffffffff, 1365);
  TEST_IMM_OP(22, ori, 0xffffffffffffffff, 0xffffffffffffffff, -1366);
  TEST_IMM_OP(23, ori, 0x7fffffffffffffff, 0x7fffffffffffffff, 0);
  TEST_IMM_OP(24, ori, 0x7fffffffffffffff, 0x7fffffffffffffff, 1);
  TEST_IMM_OP(25, ori, 0xffffffffffffffff, 0x7fffffffffffffff, -1);
  TEST_IMM_OP(26, ori, 0x7fffffffffffffff, 0x7fffffffffffffff, 2047);
  TEST_IMM_OP(27, ori, 0xffffffffffffffff, 0x7fffffffffffffff, -2048);
  TEST_IMM_OP(28, ori, 0x7fffffffffffffff, 0x7fffffffffffffff, 1365);
  TEST_IMM_OP(29, ori, 0xffffffffffffffff, 0x7fffffffffffffff, -1366);
  TEST_IMM_OP(30, ori, 0x8000000000000000, 0x8000000000000000, 0);
  TEST_IMM_OP(31, ori, 0x8000000000000001, 0x8000000000000000, 1);
  TEST_IMM_OP(32, ori, 0xffffffffffffffff, 0x8000000000000000, -1);
  TEST_IMM_OP(33, ori, 0x80000000000007ff, 0x8000000000000000, 2047);
  TEST_IMM_OP(34, ori, 0xfffffffffffff800, 0x8000000000000000, -2048);
  TEST_IMM_OP(35, ori, 0x8000000000000555, 0x8000000000000000, 1365);
  TEST_IMM_OP(36, ori, 0xfffffffffffffaaa, 0x8000000000000000, -1366);
  TEST_IMM_OP(37, ori, 0x000000007fffffff, 0x000000007fffffff, 0);
  TEST_IMM_OP(38, ori, 0x000000007fffffff, 0x000000007fffffff, 1);
  TEST_IMM_OP(39, ori, 0xffffffffffffffff, 0x000000007fffffff, -1);
  TEST_IMM_OP(40, ori, 0x000000007fffffff, 0x000000007fffffff, 2047);
  TEST_IMM_OP(41, ori, 0xffffffffffffffff, 0x000000007fffffff, -2048);
  TEST_IMM_OP(42, ori, 0x000000007fffffff, 0x000000007fffffff, 1365);
  TEST_IMM_OP(43, ori, 0xffffffffffffffff, 0x000000007fffffff, -1366);
  TEST_IMM_OP(44, ori, 0xffffffff80000000, 0xffffffff80000000, 0);
  TEST_IMM_OP(45, ori, 0xffffffff80000001, 0xffffffff80000000, 1);
  TEST_IMM_OP(46, ori, 0xffffffffffffffff, 0xffffffff80000000, -1);
  TEST_IMM_OP(47, ori, 0xffffffff800007ff, 0xffffffff80000000, 2047);
  TEST_IMM_OP(48, ori, 0xfffffffffffff800, 0xffffffff80000000, -2048);
  TEST_IMM_OP(49, ori, 0xffffffff80000555, 0xffffffff80000000, 1365);
  TEST_IMM_OP(50, ori, 0xfffffffffffffaaa, 0xffffffff80000000, -1366);
  TEST_IMM_OP(51, ori, 0x0123456789abcdef, 0x0123456789abcdef, 0);
  TEST_IMM_OP(52, ori, 0x0123456789abcdef, 0x0123456789abcdef, 1);
  TEST_IMM_OP(53, ori, 0xffffffffffffffff, 0x0123456789abcdef, -1);
  TEST_IMM_OP(54, ori, 0x0123456789abcfff, 0x0123456789abcdef, 2047);
  TEST_IMM_OP(55, ori, 0xfffffffffffffdef, 0x0123456789abcdef, -2048);
  TEST_IMM_OP(56, ori, 0x0123456789abcdff, 0x0123456789abcdef, 1365);
  TEST_IMM_OP(57, ori, 0xffffffffffffffef, 0x0123456789abcdef, -1366);
  TEST_IMM_OP(58, ori, 0x00000000000007ff, 0x00000000000007ff, 0);
  TEST_IMM_OP(59, ori, 0x00000000000007ff, 0x00000000000007ff, 1);
  TEST_IMM_OP(60, ori, 0xffffffffffffffff, 0x00000000000007ff, -1);
  TEST_IMM_OP(61, ori, 0x00000000000007ff, 0x00000000000007ff, 2047);
  TEST_IMM_OP(62, ori, 0xffffffffffffffff, 0x00000000000007ff, -2048);
  TEST_IMM_OP(63, ori, 0x00000000000007ff, 0x00000000000007ff, 1365);
  TEST_IMM_OP(64, ori, 0xffffffffffffffff, 0x00000000000007ff, -1366);
  TEST_IMM_OP(65, ori, 0xfffffffffffff800, 0xfffffffffffff800, 0);
  TEST_IMM_OP(66, ori, 0xfffffffffffff801, 0xfffffffffffff800, 1);
  TEST_IMM_OP(67, ori, 0xffffffffffffffff, 0xfffffffffffff800, -1);
  TEST_IMM_OP(68, ori, 0xffffffffffffffff, 0xfffffffffffff800, 2047);
  TEST_IMM_OP(69, ori, 0xfffffffffffff800, 0xfffffffffffff800, -2048);
  TEST_IMM_OP(70, ori, 0xfffffffffffffd55, 0xfffffffffffff800, 1365);
  TEST_IMM_OP(71, ori, 0xfffffffffffffaaa, 0xfffffffffffff800, -1366);

  // Source and destination register the same
  TEST_IMM_SRC1_EQ_DEST(72, ori, 0x000000000000000f, 0x000000000000000d, 11);

  // Results and sources consumed 0, 1 and 2 instructions after they are produced
  TEST_IMM_DEST_BYPASS(73, 0, ori, 0x000000000000000f, 0x000000000000000d, 11);
  TEST_IMM_DEST_BYPASS(74, 1, ori, 0x000000000000000f, 0x000000000000000d, 11);
  TEST_IMM_DEST_BYPASS(75, 2, ori, 0x000000000000000f, 0x000000000000000d, 11);
  TEST_IMM_SRC1_BYPASS(76, 0, ori, 0x000000000000000f, 0x000000000000000d, 11);
  TEST_IMM_SRC1_BYPASS(77, 1, ori, 0x000000000000000f, 0x000000000000000d, 11);
  TEST_IMM_SRC1_BYPASS(78, 2, ori, 0x000000000000000f, 0x000000000000000d, 11);

  // x0 as the source reads 0; x0 as the destination stays 0
  TEST_IMM_ZEROSRC1(79, ori, 0x000000000000000b, 11);
  TEST_IMM_ZERODEST(80, ori, 0x000000000000000d, 11);

  TEST_PASSFAIL

RVTEST_CODE_END

  .data
RVTEST_DATA_BEGIN
RVTEST_DATA_END
