// addiw.S: tests `addiw`, 32-bit addition of an immediate, result sign-extended; addiw rd, rs1, 0 is sext.w (RISC-V Unprivileged ISA 20191213, 5.2).
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN
  // 32-bit encodings only, as in a build without C: rv64uc tests the compressed instructions.
  .option norvc

  // Values
  TEST_IMM_OP(2, addiw, 0x0000000000000000, 0x0000000000000000, 0);
  TEST_IMM_OP(3, addiw, 0x0000000000000001, 0x0000000000000000, 1);
  TEST_IMM_OP(4, addiw, 0xffffffffffffffff, 0x0000000000000000, -1);
  TEST_IMM_OP(5, addiw, 0x00000000000007ff, 0x0000000000000000, 2047);
  TEST_IMM_OP(6, addiw, 0xfffffffffffff800, 0x0000000000000000, -2048);
  TEST_IMM_OP(7, addiw, 0x0000000000000555, 0x0000000000000000, 1365);
  TEST_IMM_OP(8, addiw, 0xfffffffffffffaaa, 0x0000000000000000, -1366);
  TEST_IMM_OP(9, addiw, 0x0000000000000001, 0x0000000000000001, 0);
  TEST_IMM_OP(10, addiw, 0x0000000000000002, 0x0000000000000001, 1);
  TEST_IMM_OP(11, addiw, 0x0000000000000000, 0x0000000000000001, -1);
  TEST_IMM_OP(12, addiw, 0x0000000000000800, 0x0000000000000001, 2047);
  TEST_IMM_OP(13, addiw, 0xfffffffffffff801, 0x0000000000000001, -2048);
  TEST_IMM_OP(14, addiw, 0x0000000000000556, 0x0000000000000001, 1365);
  TEST_IMM_OP(15, addiw, 0xfffffffffffffaab, 0x0000000000000001, -1366);
  TEST_IMM_OP(16, addiw, 0xffffffffffffffff, 0xffffffffffffffff, 0);
  TEST_IMM_OP(17, addiw, 0x0000000000000000, 0xffffffffffffffff, 1);
  TEST_IMM_OP(18, addiw, 0xfffffffffffffffe, 0xffffffffffffffff, -1);
  TEST_IMM_OP(19, addiw, 0x00000000000007fe, 0xffffffffffffffff, 2047);
  TEST_IMM_OP(20, addiw, 0xfffffffffffff7ff, 0xffffffffffffffff, -2048);
  TEST_IMM_OP(21, addiw, 0x0000000000000554, 0xffffffffffffffff, 1365);
  TEST_IMM_OP(22, addiw, 0xfffffffffffffaa9, 0xffffffffffffffff, -1366);
  TEST_IMM_OP(23, addiw, 0x000000007fffffff, 0x000000007fffffff, 0);
  TEST_IMM_OP(24, addiw, 0xffffffff80000000, 0x000000007fffffff, 1);
  TEST_IMM_OP(25, addiw, 0x000000007ffffffe, 0x000000007fffffff, -1);
  TEST_IMM_OP(26, addiw, 0xffffffff800007fe, 0x000000007fffffff, 2047);
  TEST_IMM_OP(27, addiw, 0x000000007ffff7ff, 0x000000007fffffff, -2048);
  TEST_IMM_OP(28, addiw, 0xffffffff80000554, 0x000000007fffffff, 1365);
  TEST_IMM_OP(29, addiw, 0x000000007ffffaa9, 0x000000007fffffff, -1366);
  TEST_IMM_OP(30, addiw, 0xffffffff80000000, 0x0000000080000000, 0);
  TEST_IMM_OP(31, addiw, 0xffffffff80000001, 0x0000000080000000, 1);
  TEST_IMM_OP(32, addiw, 0x000000007fffffff, 0x0000000080000000, -1);
  TEST_IMM_OP(33, addiw, 0xffffffff800007ff, 0x0000000080000000, 2047);
  TEST_IMM_OP(34, addiw, 0x000000007ffff800, 0x0000000080000000, -2048);
  TEST_IMM_OP(35, addiw, 0xffffffff80000555, 0x0000000080000000, 1365);
  TEST_IMM_OP(36, addiw, 0x000000007ffffaaa, 0x0000000080000000, -1366);
  TEST_IMM_OP(37, addiw, 0xffffffffffffffff, 0x00000000ffffffff, 0);
  TEST_IMM_OP(38, addiw, 0x0000000000000000, 0x00000000ffffffff, 1);
  TEST_IMM_OP(39, addiw, 0xfffffffffffffffe, 0x00000000ffffffff, -1);
  TEST_IMM_OP(40, addiw, 0x00000000000007fe, 0x00000000ffffffff, 2047);
  TEST_IMM_OP(41, addiw, 0xfffffffffffff7ff, 0x00000000ffffffff, -2048);
  TEST_IMM_OP(42, addiw, 0x0000000000000554, 0x00000000ffffffff, 1365);
  TEST_IMM_OP(43, addiw, 0xfffffffffffffaa9, 0x00000000ffffffff, -1366);
  TEST_IMM_OP(44, addiw, 0xffffffff89abcdef, 0x0123456789abcdef, 0);
  TEST_IMM_OP(45, addiw, 0xffffffff89abcdf0, 0x0123456789abcdef, 1);
  TEST_IMM_OP(46, addiw, 0xffffffff89abcdee, 0x0123456789abcdef, -1);
  TEST_IMM_OP(47, addiw, 0xffffffff89abd5ee, 0x0123456789abcdef, 2047);
  TEST_IMM_OP(48, addiw, 0xffffffff89abc5ef, 0x0123456789abcdef, -2048);
  TEST_IMM_OP(49, addiw, 0xffffffff89abd344, 0x0123456789abcdef, 1365);
  TEST_IMM_OP(50, addiw, 0xffffffff89abc899, 0x0123456789abcdef, -1366);
  TEST_IMM_OP(51, addiw, 0x000000007ffff800, 0xffffffff7ffff800, 0);
  TEST_IMM_OP(52, addiw, 0x000000007ffff801, 0xffffffff7ffff800, 1);
  TEST_IMM_OP(53, addiw, 0x000000007ffff7ff, 0xffffffff7ffff800, -1);
  TEST_IMM_OP(54, addiw, 0x000000007fffffff, 0xffffffff7ffff800, 2047);
  TEST_IMM_OP(55, addiw, 0x000000007ffff000, 0xffffffff7ffff800, -2048);
  TEST_IMM_OP(56, addiw, 0x000000007ffffd55, 0xffffffff7ffff800, 1365);
  TEST_IMM_OP(57, addiw, 0x000000007ffff2aa, 0xffffffff7ffff800, -1366);

  // Source and destination register the same
  TEST_IMM_SRC1_EQ_DEST(58, addiw, 0x0000000000000018, 0x000000000000000d, 11);

  // Results and sources consumed 0, 1 and 2 instructions after they are produced
  TEST_IMM_DEST_BYPASS(59, 0, addiw, 0x0000000000000018, 0x000000000000000d, 11);
  TEST_IMM_DEST_BYPASS(60, 1, addiw, 0x0000000000000018, 0x000000000000000d, 11);
  TEST_IMM_DEST_BYPASS(61, 2, addiw, 0x0000000000000018, 0x000000000000000d, 11);
  TEST_IMM_SRC1_BYPASS(62, 0, addiw, 0x0000000000000018, 0x000000000000000d, 11);
  TEST_IMM_SRC1_BYPASS(63, 1, addiw, 0x0000000000000018, 0x000000000000000d, 11);
  TEST_IMM_SRC1_BYPASS(64, 2, addiw, 0x0000000000000018, 0x000000000000000d, 11);

  // x0 as the source reads 0; x0 as the destination stays 0
  TEST_IMM_ZEROSRC1(65, addiw, 0x000000000000000b, 11);
  TEST_IMM_ZERODEST(66, addiw, 0x000000000000000d, 11);

  TEST_PASSFAIL

RVTEST_CODE_END

  .data
RVTEST_DATA_BEGIN
RVTEST_DATA_END
