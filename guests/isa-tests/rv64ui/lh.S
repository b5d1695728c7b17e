// lh.S: tests `lh`, load halfword, sign-extended (RISC-V Unprivileged ISA 20191213, 2.6).
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN
  // 32-bit encodings only, as in a build without C: rv64uc tests the compressed instructions.
  .option norvc

  // Every aligned slot of a 64-byte table, with offsets from -32 to +24 around its middle
  TEST_LD_OP(2, lh, 0xffffffffffffb996, -32, tdat + 32);
  TEST_LD_OP(3, lh, 0xffffffffffffeb70, -30, tdat + 32);
  TEST_LD_OP(4, lh, 0x0000000000002d9a, -28, tdat + 32);
  TEST_LD_OP(5, lh, 0xffffffffffffff94, -26, tdat + 32);
  TEST_LD_OP(6, lh, 0xffffffffffffe1de, -24, tdat + 32);
  TEST_LD_OP(7, lh, 0x00000000000053f8, -22, tdat + 32);
  TEST_LD_OP(8, lh, 0xffffffffffffd562, -20, tdat + 32);
  TEST_LD_OP(9, lh, 0xffffffffffffe79c, -18, tdat + 32);
  TEST_LD_OP(10, lh, 0x0000000000000926, -16, tdat + 32);
  TEST_LD_OP(11, lh, 0xffffffffffffbb80, -14, tdat + 32);
  TEST_LD_OP(12, lh, 0x0000000000007d2a, -12, tdat + 32);
  TEST_LD_OP(13, lh, 0xffffffffffffcfa4, -10, tdat + 32);
  TEST_LD_OP(14, lh, 0x000000000000316e, -8, tdat + 32);
  TEST_LD_OP(15, lh, 0x0000000000002308, -6, tdat + 32);
  TEST_LD_OP(16, lh, 0x00000000000025f2, -4, tdat + 32);
  TEST_LD_OP(17, lh, 0xffffffffffffb7ac, -2, tdat + 32);
  TEST_LD_OP(18, lh, 0x0000000000007f80, 0, tdat + 32);
  TEST_LD_OP(19, lh, 0x00000000000000ff, 2, tdat + 32);
  TEST_LD_OP(20, lh, 0xfffffffffffffe01, 4, tdat + 32);
  TEST_LD_OP(21, lh, 0xffffffffffff807f, 6, tdat + 32);
  TEST_LD_OP(22, lh, 0xffffffffffff81fe, 8, tdat + 32);
  TEST_LD_OP(23, lh, 0xfffffffffffff318, 10, tdat + 32);
  TEST_LD_OP(24, lh, 0x0000000000007582, 12, tdat + 32);
  TEST_LD_OP(25, lh, 0xffffffffffff87bc, 14, tdat + 32);
  TEST_LD_OP(26, lh, 0xffffffffffffa946, 16, tdat + 32);
  TEST_LD_OP(27, lh, 0x0000000000005ba0, 18, tdat + 32);
  TEST_LD_OP(28, lh, 0x0000000000001d4a, 20, tdat + 32);
  TEST_LD_OP(29, lh, 0x0000000000006fc4, 22, tdat + 32);
  TEST_LD_OP(30, lh, 0xffffffffffffd18e, 24, tdat + 32);
  TEST_LD_OP(31, lh, 0xffffffffffffc328, 26, tdat + 32);
  TEST_LD_OP(32, lh, 0xffffffffffffc512, 28, tdat + 32);
  TEST_LD_OP(33, lh, 0x00000000000057cc, 30, tdat + 32);

  // The largest positive and negative offsets
  TEST_CASE(34, x14, 0xffffffffffffeb70, la x2, tdat + 2; li x5, 2047; sub x2, x2, x5; lh x14, 2047(x2))
  TEST_CASE(35, x14, 0xffffffffffffb996, la x2, tdat; addi x2, x2, 2047; addi x2, x2, 1; lh x14, -2048(x2))

  // Destination the same as the base; x0 as the destination stays 0; a later write wins
  TEST_CASE(36, x14, 0x0000000000007f80, la x14, tdat + 32; lh x14, 0(x14))
  TEST_CASE(37, x0, 0, la x2, tdat + 32; lh x0, 0(x2))
  TEST_CASE(38, x14, 2, la x2, tdat + 32; lh x14, 0(x2); li x14, 2)

  // The loaded value consumed, and the base produced, 0, 1 and 2 instructions away from the load
  TEST_LD_DEST_BYPASS(39, 0, lh, 0x00000000000000ff, 2, tdat + 32);
  TEST_LD_DEST_BYPASS(40, 1, lh, 0xfffffffffffffe01, 4, tdat + 32);
  TEST_LD_DEST_BYPASS(41, 2, lh, 0xffffffffffff807f, 6, tdat + 32);
  TEST_LD_SRC1_BYPASS(42, 0, lh, 0xffffffffffffb7ac, -2, tdat + 32);
  TEST_LD_SRC1_BYPASS(43, 1, lh, 0x00000000000025f2, -4, tdat + 32);
  TEST_LD_SRC1_BYPASS(44, 2, lh, 0x0000000000002308, -6, tdat + 32);

  TEST_PASSFAIL

RVTEST_CODE_END

  .data
RVTEST_DATA_BEGIN
  .align 3
tdat:
  .byte 0x96, 0xb9, 0x70, 0xeb, 0x9a, 0x2d, 0x94, 0xff
  .byte 0xde, 0xe1, 0xf8, 0x53, 0x62, 0xd5, 0x9c, 0xe7
  .byte 0x26, 0x09, 0x80, 0xbb, 0x2a, 0x7d, 0xa4, 0xcf
  .byte 0x6e, 0x31, 0x08, 0x23, 0xf2, 0x25, 0xac, 0xb7
  .byte 0x80, 0x7f, 0xff, 0x00, 0x01, 0xfe, 0x7f, 0x80
  .byte 0xfe, 0x81, 0x18, 0xf3, 0x82, 0x75, 0xbc, 0x87
  .byte 0x46, 0xa9, 0xa0, 0x5b, 0x4a, 0x1d, 0xc4, 0x6f
  .byte 0x8e, 0xd1, 0x28, 0xc3, 0x12, 0xc5, 0xcc, 0x57
RVTEST_DATA_END
