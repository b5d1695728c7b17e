// xori.S: tests `xori`, exclusive or with a sign-extended immediate; xori rd, rs1, -1 is not (RISC-V Unprivileged ISA 20191213, 2.4).
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN
  // 32-bit encodings only, as in a build without C: rv64uc tests the compressed instructions.
  .option norvc

  // Values
  TEST_IMM_OP(2, xori, 0x0000000000000000, 0x0000000000000000, 0);
  TEST_IMM_OP(3, xori, 0x0000000000000001, 0x0000000000000000, 1);
  TEST_IMM_OP(4, xori, 0xffffffffffffffff, 0x0000000000000000, -1);
  TEST_IMM_OP(5, xori, 0x00000000000007ff, 0x0000000000000000, 2047);
  TEST_IMM_OP(6, xori, 0xfffffffffffff800, 0x0000000000000000, -2048);
  TEST_IMM_OP(7, xori, 0x0000000000000555, 0x0000000000000000, 1365);
  TEST_IMM_OP(8, xori, 0xfffffffffffffaaa, 0x0000000000000000, -1366);
  TEST_IMM_OP(9, xori, 0x0000000000000001, 0x0000000000000001, 0);
  TEST_IMM_OP(10, xori, 0x0000000000000000, 0x0000000000000001, 1);
  TEST_IMM_OP(11, xori, 0xfffffffffffffffe, 0x0000000000000001, -1);
  TEST_IMM_OP(12, xori, 0x00000000000007fe, 0x0000000000000001, 2047);
  TEST_IMM_OP(13, xori, 0xfffffffffffff801, 0x0000000000000001, -2048);
  TEST_IMM_OP(14, xori, 0x0000000000000554, 0x0000000000000001, 1365);
  TEST_IMM_OP(15, xori, 0xfffffffffffffaab, 0x0000000000000001, -1366);
  TEST_IMM_OP(16, xori, 0xffffffffffffffff, 0xffffffffffffffff, 0);
  TEST_IMM_OP(17, xori, 0xfffffffffffffffe, 0xffffffffffffffff, 1);
  TEST_IMM_OP(18, xori, 0x0000000000000000, 0xffffffffffffffff, -1);
  TEST_IMM_OP(19, xori, 0xfffffffffffff800, 0xffffffffffffffff, 2047);
  TEST_IMM_OP(20, xori, 0x00000000000007ff, 0xffffffffffffffff, -2048);
  TEST_IMM_OP(21, xori, 0xfffffffffffffaaa, 0xffffffffffffffff, 1365);
  TEST_IMM_OP(22, xori, 0x0000000000000555, 0xffffffffffffffff, -1366);
  TEST_IMM_OP(23, xori, 0x7fffffffffffffff, 0x7fffffffffffffff, 0);
  TEST_IMM_OP(24, xori, 0x7ffffffffffffffe, 0x7fffffffffffffff, 1);
  TEST_IMM_OP(25, xori, 0x8000000000000000, 0x7fffffffffffffff, -1);
  TEST_IMM_OP(26, xori, 0x7ffffffffffff800, 0x7fffffffffffffff, 2047);
  TEST_IMM_OP(27, xori, 0x80000000000007ff, 0x7fffffffffffffff, -2048);
  TEST_IMM_OP(28, xori, 0x7ffffffffffffaaa, 0x7fffffffffffffff, 1365);
  TEST_IMM_OP(29, xori, 0x8000000000000555, 0x7fffffffffffffff, -1366);
  TEST_IMM_OP(30, xori, 0x8000000000000000, 0x8000000000000000, 0);
  TEST_IMM_OP(31, xori, 0x8000000000000001, 0x8000000000000000, 1);
  TEST_IMM_OP(32, xori, 0x7fffffffffffffff, 0x8000000000000000, -1);
  TEST_IMM_OP(33, xori, 0x80000000000007ff, 0x8000000000000000, 2047);
  TEST_IMM_OP(34, xori, 0x7ffffffffffff800, 0x8000000000000000, -2048);
  TEST_IMM_OP(35, xori, 0x8000000000000555, 0x8000000000000000, 1365);
  TEST_IMM_OP(36, xori, 0x7ffffffffffffaaa, 0x8000000000000000, -1366);
  TEST_IMM_OP(37, xori, 0x000000007fffffff, 0x000000007fffffff, 0);
  TEST_IMM_OP(38, xori, 0x000000007ffffffe, 0x000000007fffffff, 1);
  TEST_IMM_OP(39, xori, 0xffffffff80000000, 0x000000007fffffff, -1);
  TEST_IMM_OP(40, xori, 0x000000007ffff800, 0x000000007fffffff, 2047);
  TEST_IMM_OP(41, xori, 0xffffffff800007ff, 0x000000007fffffff, -2048);
  TEST_IMM_OP(42, xori, 0x000000007ffffaaa, 0x000000007fffffff, 1365);
  TEST_IMM_OP(43, xori, 0xffffffff80000555, 0x000000007fffffff, -1366);
  TEST_IMM_OP(44, xori, 0xffffffff80000000, 0xffffffff80000000, 0);
  TEST_IMM_OP(45, xori, 0xffffffff80000001, 0xffffffff80000000, 1);
  TEST_IMM_OP(46, xori, 0x000000007fffffff, 0xffffffff80000000, -1);
  TEST_IMM_OP(47, xori, 0xffffffff800007ff, 0xffffffff80000000, 2047);
  TEST_IMM_OP(48, xori, 0x000000007ffff800, 0xffffffff80000000, -2048);
  TEST_IMM_OP(49, xori, 0xffffffff80000555, 0xffffffff80000000, 1365);
  TEST_IMM_OP(50, xori, 0x000000007ffffaaa, 0xffffffff80000000, -1366);
  TEST_IMM_OP(51, xori, 0x0123456789abcdef, 0x0123456789abcdef, 0);
  TEST_IMM_OP(52, xori, 0x0123456789abcdee, 0x0123456789abcdef, 1);
  TEST_IMM_OP(53, xori, 0xfedcba9876543210, 0x0123456789abcdef, -1);
  TEST_IMM_OP(54, xori, 0x0123456789abca10, 0x0123456789abcdef, 2047);
  TEST_IMM_OP(55, xori, 0xfedcba98765435ef, 0x0123456789abcdef, -2048);
  TEST_IMM_OP(56, xori, 0x0123456789abc8ba, 0x0123456789abcdef, 1365);
  TEST_IMM_OP(57, xori, 0xfedcba9876543745, 0x0123456789abcdef, -1366);
  TEST_IMM_OP(58, xori, 0x00000000000007ff, 0x00000000000007ff, 0);
  TEST_IMM_OP(59, xori, 0x00000000000007fe, 0x00000000000007ff, 1);
  TEST_IMM_OP(60, xori, 0xfffffffffffff800, 0x00000000000007ff, -1);
  TEST_IMM_OP(61, xori, 0x0000000000000000, 0x00000000000007ff, 2047);
  TEST_IMM_OP(62, xori, 0xffffffffffffffff, 0x00000000000007ff, -2048);
  TEST_IMM_OP(63, xori, 0x00000000000002aa, 0x00000000000007ff, 1365);
  TEST_IMM_OP(64, xori, 0xfffffffffffffd55, 0x00000000000007ff, -1366);
  TEST_IMM_OP(65, xori, 0xfffffffffffff800, 0xfffffffffffff800, 0);
  TEST_IMM_OP(66, xori, 0xfffffffffffff801, 0xfffffffffffff800, 1);
  TEST_IMM_OP(67, xori, 0x00000000000007ff, 0xfffffffffffff800, -1);
  TEST_IMM_OP(68, xori, 0xffffffffffffffff, 0xfffffffffffff800, 2047);
  TEST_IMM_OP(69, xori, 0x0000000000000000, 0xfffffffffffff800, -2048);
  TEST_IMM_OP(70, xori, 0xfffffffffffffd55, 0xfffffffffffff800, 1365);
  TEST_IMM_OP(71, xori, 0x00000000000002aa, 0xfffffffffffff800, -1366);

  // Source and destination register the same
  TEST_IMM_SRC1_EQ_DEST(72, xori, 0x0000000000000006, 0x000000000000000d, 11);

  // Results and sources consumed 0, 1 and 2 instructions after they are produced
  TEST_IMM_DEST_BYPASS(73, 0, xori, 0x0000000000000006, 0x000000000000000d, 11);
  TEST_IMM_DEST_BYPASS(74, 1, xori, 0x0000000000000006, 0x000000000000000d, 11);
  TEST_IMM_DEST_BYPASS(75, 2, xori, 0x0000000000000006, 0x000000000000000d, 11);
  TEST_IMM_SRC1_BYPASS(76, 0, xori, 0x0000000000000006, 0x000000000000000d, 11);
  TEST_IMM_SRC1_BYPASS(77, 1, xori, 0x0000000000000006, 0x000000000000000d, 11);
  TEST_IMM_SRC1_BYPASS(78, 2, xori, 0x0000000000000006, 0x000000000000000d, 11);

  // x0 as the source reads 0; x0 as the destination stays 0
  TEST_IMM_ZEROSRC1(79, xori, 0x000000000000000b, 11);
  TEST_IMM_ZERODEST(80, xori, 0x000000000000000d, 11);

  TEST_PASSFAIL

RVTEST_CODE_END

  .data
RVTEST_DATA_BEGIN
RVTEST_DATA_END
