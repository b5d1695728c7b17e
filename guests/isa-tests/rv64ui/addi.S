// addi.S: tests `addi`, addition of a sign-extended 12-bit immediate (RISC-V Unprivileged ISA 20191213, 2.4).
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN
  // 32-bit encodings only, as in a build without C: rv64uc tests the compressed instructions.
  .option norvc

  // Values
  TEST_IMM_OP(2, addi, 0x0000000000000000, 0x0000000000000000, 0);
  TEST_IMM_OP(3, addi, 0x0000000000000001, 0x0000000000000000, 1);
  TEST_IMM_OP(4, addi, 0xffffffffffffffff, 0x0000000000000000, -1);
  TEST_IMM_OP(5, addi, 0x00000000000007ff, 0x0000000000000000, 2047);
  TEST_IMM_OP(6, addi, 0xfffffffffffff800, 0x0000000000000000, -2048);
  TEST_IMM_OP(7, addi, 0x0000000000000555, 0x0000000000000000, 1365);
  TEST_IMM_OP(8, addi, 0xfffffffffffffaaa, 0x0000000000000000, -1366);
  TEST_IMM_OP(9, addi, 0x0000000000000001, 0x0000000000000001, 0);
  TEST_IMM_OP(10, addi, 0x0000000000000002, 0x0000000000000001, 1);
  TEST_IMM_OP(11, addi, 0x0000000000000000, 0x0000000000000001, -1);
  TEST_IMM_OP(12, addi, 0x0000000000000800, 0x0000000000000001, 2047);
  TEST_IMM_OP(13, addi, 0xfffffffffffff801, 0x0000000000000001, -2048);
  TEST_IMM_OP(14, addi, 0x0000000000000556, 0x0000000000000001, 1365);
  TEST_IMM_OP(15, addi, 0xfffffffffffffaab, 0x0000000000000001, -1366);
  TEST_IMM_OP(16, addi, 0xffffffffffffffff, 0xffffffffffffffff, 0);
  TEST_IMM_OP(17, addi, 0x0000000000000000, 0xffffffffffffffff, 1);
  TEST_IMM_OP(18, addi, 0xfffffffffffffffe, 0xffffffffffffffff, -1);
  TEST_IMM_OP(19, addi, 0x00000000000007fe, 0xffffffffffffffff, 2047);
  TEST_IMM_OP(20, addi, 0xfffffffffffff7ff, 0xffffffffffffffff, -2048);
  TEST_IMM_OP(21, addi, 0x0000000000000554, 0xffffffffffffffff, 1365);
  TEST_IMM_OP(22, addi, 0xfffffffffffffaa9, 0xffffffffffffffff, -1366);
  TEST_IMM_OP(23, addi, 0x7fffffffffffffff, 0x7fffffffffffffff, 0);
  TEST_IMM_OP(24, addi, 0x8000000000000000, 0x7fffffffffffffff, 1);
  TEST_IMM_OP(25, addi, 0x7ffffffffffffffe, 0x7fffffffffffffff, -1);
  TEST_IMM_OP(26, addi, 0x80000000000007fe, 0x7fffffffffffffff, 2047);
  TEST_IMM_OP(27, addi, 0x7ffffffffffff7ff, 0x7fffffffffffffff, -2048);
  TEST_IMM_OP(28, addi, 0x8000000000000554, 0x7fffffffffffffff, 1365);
  TEST_IMM_OP(29, addi, 0x7ffffffffffffaa9, 0x7fffffffffffffff, -1366);
  TEST_IMM_OP(30, addi, 0x8000000000000000, 0x8000000000000000, 0);
  TEST_IMM_OP(31, addi, 0x8000000000000001, 0x8000000000000000, 1);
  TEST_IMM_OP(32, addi, 0x7fffffffffffffff, 0x8000000000000000, -1);
  TEST_IMM_OP(33, addi, 0x80000000000007ff, 0x8000000000000000, 2047);
  TEST_IMM_OP(34, addi, 0x7ffffffffffff800, 0x8000000000000000, -2048);
  TEST_IMM_OP(35, addi, 0x8000000000000555, 0x8000000000000000, 1365);
  TEST_IMM_OP(36, addi, 0x7ffffffffffffaaa, 0x8000000000000000, -1366);
  TEST_IMM_OP(37, addi, 0x000000007fffffff, 0x000000007fffffff, 0);
  TEST_IMM_OP(38, addi, 0x0000000080000000, 0x000000007fffffff, 1);
  TEST_IMM_OP(39, addi, 0x000000007ffffffe, 0x000000007fffffff, -1);
  TEST_IMM_OP(40, addi, 0x00000000800007fe, 0x000000007fffffff, 2047);
  TEST_IMM_OP(41, addi, 0x000000007ffff7ff, 0x000000007fffffff, -2048);
  TEST_IMM_OP(42, addi, 0x0000000080000554, 0x000000007fffffff, 1365);
  TEST_IMM_OP(43, addi, 0x000000007ffffaa9, 0x000000007fffffff, -1366);
  TEST_IMM_OP(44, addi, 0xffffffff80000000, 0xffffffff80000000, 0);
  TEST_IMM_OP(45, addi, 0xffffffff80000001, 0xffffffff80000000, 1);
  TEST_IMM_OP(46, addi, 0xffffffff7fffffff, 0xffffffff80000000, -1);
  TEST_IMM_OP(47, addi, 0xffffffff800007ff, 0xffffffff80000000, 2047);
  TEST_IMM_OP(48, addi, 0xffffffff7ffff800, 0xffffffff80000000, -2048);
  TEST_IMM_OP(49, addi, 0xffffffff80000555, 0xffffffff80000000, 1365);
  TEST_IMM_OP(50, addi, 0xffffffff7ffffaaa, 0xffffffff80000000, -1366);
  TEST_IMM_OP(51, addi, 0x0123456789abcdef, 0x0123456789abcdef, 0);
  TEST_IMM_OP(52, addi, 0x0123456789abcdf0, 0x0123456789abcdef, 1);
  TEST_IMM_OP(53, addi, 0x0123456789abcdee, 0x0123456789abcdef, -1);
  TEST_IMM_OP(54, addi, 0x0123456789abd5ee, 0x0123456789abcdef, 2047);
  TEST_IMM_OP(55, addi, 0x0123456789abc5ef, 0x0123456789abcdef, -2048);
  TEST_IMM_OP(56, addi, 0x0123456789abd344, 0x0123456789abcdef, 1365);
  TEST_IMM_OP(57, addi, 0x0123456789abc899, 0x0123456789abcdef, -1366);
  TEST_IMM_OP(58, addi, 0x00000000000007ff, 0x00000000000007ff, 0);
  TEST_IMM_OP(59, addi, 0x0000000000000800, 0x00000000000007ff, 1);
  TEST_IMM_OP(60, addi, 0x00000000000007fe, 0x00000000000007ff, -1);
  TEST_IMM_OP(61, addi, 0x0000000000000ffe, 0x00000000000007ff, 2047);
  TEST_IMM_OP(62, addi, 0xffffffffffffffff, 0x00000000000007ff, -2048);
  TEST_IMM_OP(63, addi, 0x0000000000000d54, 0x00000000000007ff, 1365);
  TEST_IMM_OP(64, addi, 0x00000000000002a9, 0x00000000000007ff, -1366);
  TEST_IMM_OP(65, addi, 0xfffffffffffff800, 0xfffffffffffff800, 0);
  TEST_IMM_OP(66, addi, 0xfffffffffffff801, 0xfffffffffffff800, 1);
  TEST_IMM_OP(67, addi, 0xfffffffffffff7ff, 0xfffffffffffff800, -1);
  TEST_IMM_OP(68, addi, 0xffffffffffffffff, 0xfffffffffffff800, 2047);
  TEST_IMM_OP(69, addi, 0xfffffffffffff000, 0xfffffffffffff800, -2048);
  TEST_IMM_OP(70, addi, 0xfffffffffffffd55, 0xfffffffffffff800, 1365);
  TEST_IMM_OP(71, addi, 0xfffffffffffff2aa, 0xfffffffffffff800, -1366);

  // Source and destination register the same
  TEST_IMM_SRC1_EQ_DEST(72, addi, 0x0000000000000018, 0x000000000000000d, 11);

  // Results and sources consumed 0, 1 and 2 instructions after they are produced
  TEST_IMM_DEST_BYPASS(73, 0, addi, 0x0000000000000018, 0x000000000000000d, 11);
  TEST_IMM_DEST_BYPASS(74, 1, addi, 0x0000000000000018, 0x000000000000000d, 11);
  TEST_IMM_DEST_BYPASS(75, 2, addi, 0x0000000000000018, 0x000000000000000d, 11);
  TEST_IMM_SRC1_BYPASS(76, 0, addi, 0x0000000000000018, 0x000000000000000d, 11);
  TEST_IMM_SRC1_BYPASS(77, 1, addi, 0x0000000000000018, 0x000000000000000d, 11);
  TEST_IMM_SRC1_BYPASS(78, 2, addi, 0x0000000000000018, 0x000000000000000d, 11);

  // x0 as the source reads 0; x0 as the destination stays 0
  TEST_IMM_ZEROSRC1(79, addi, 0x000000000000000b, 11);
  TEST_IMM_ZERODEST(80, addi, 0x000000000000000d, 11);

  TEST_PASSFAIL

RVTEST_CODE_END

  .data
RVTEST_DATA_BEGIN
RVTEST_DATA_END
