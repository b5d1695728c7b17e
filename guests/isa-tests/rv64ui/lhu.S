// lhu.S: tests `lhu`, load halfword, zero-extended (RISC-V Unprivileged ISA 20191213, 2.6).
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN
  // 32-bit encodings only, as in a build without C: rv64uc tests the compressed instructions.
  .option norvc

  // Every aligned slot of a 64-byte table, with offsets from -32 to +24 around its middle
  TEST_LD_OP(2, lhu, 0x000000000000b996, -32, tdat + 32);
  TEST_LD_OP(3, lhu, 0x000000000000eb70, -30, tdat + 32);
  TEST_LD_OP(4, lhu, 0x0000000000002d9a, -28, tdat + 32);
  TEST_LD_OP(5, lhu, 0x000000000000ff94, -26, tdat + 32);
  TEST_LD_OP(6, lhu, 0x000000000000e1de, -24, tdat + 32);
  TEST_LD_OP(7, lhu, 0x00000000000053f8, -22, tdat + 32);
  TEST_LD_OP(8, lhu, 0x000000000000d562, -20, tdat + 32);
  TEST_LD_OP(9, lhu, 0x000000000000e79c, -18, tdat + 32);
  TEST_LD_OP(10, lhu, 0x0000000000000926, -16, tdat + 32);
  TEST_LD_OP(11, lhu, 0x000000000000bb80, -14, tdat + 32);
  TEST_LD_OP(12, lhu, 0x0000000000007d2a, -12, tdat + 32);
  TEST_LD_OP(13, lhu, 0x000000000000cfa4, -10, tdat + 32);
  TEST_LD_OP(14, lhu, 0x000000000000316e, -8, tdat + 32);
  TEST_LD_OP(15, lhu, 0x0000000000002308, -6, tdat + 32);
  TEST_LD_OP(16, lhu, 0x00000000000025f2, -4, tdat + 32);
  TEST_LD_OP(17, lhu, 0x000000000000b7ac, -2, tdat + 32);
  TEST_LD_OP(18, lhu, 0x0000000000007f80, 0, tdat + 32);
  TEST_LD_OP(19, lhu, 0x00000000000000ff, 2, tdat + 32);
  TEST_LD_OP(20, lhu, 0x000000000000fe01, 4, tdat + 32);
  TEST_LD_OP(21, lhu, 0x000000000000807f, 6, tdat + 32);
  TEST_LD_OP(22, lhu, 0x00000000000081fe, 8, tdat + 32);
  TEST_LD_OP(23, lhu, 0x000000000000f318, 10, tdat + 32);
  TEST_LD_OP(24, lhu, 0x0000000000007582, 12, tdat + 32);
  TEST_LD_OP(25, lhu, 0x00000000000087bc, 14, tdat + 32);
  TEST_LD_OP(26, lhu, 0x000000000000a946, 16, tdat + 32);
  TEST_LD_OP(27, lhu, 0x0000000000005ba0, 18, tdat + 32);
  TEST_LD_OP(28, lhu, 0x0000000000001d4a, 20, tdat + 32);
  TEST_LD_OP(29, lhu, 0x0000000000006fc4, 22, tdat + 32);
  TEST_LD_OP(30, lhu, 0x000000000000d18e, 24, tdat + 32);
  TEST_LD_OP(31, lhu, 0x000000000000c328, 26, tdat + 32);
  TEST_LD_OP(32, lhu, 0x000000000000c512, 28, tdat + 32);
  TEST_LD_OP(33, lhu, 0x00000000000057cc, 30, tdat + 32);

  // The largest positive and negative offsets
  TEST_CASE(34, x14, 0x000000000000eb70, la x2, tdat + 2; li x5, 2047; sub x2, x2, x5; lhu x14, 2047(x2))
  TEST_CASE(35, x14, 0x000000000000b996, la x2, tdat; addi x2, x2, 2047; addi x2, x2, 1; lhu x14, -2048(x2))

  // Destination the same as the base; x0 as the destination stays 0; a later write wins
  TEST_CASE(36, x14, 0x0000000000007f80, la x14, tdat + 32; lhu x14, 0(x14))
  TEST_CASE(37, x0, 0, la x2, tdat + 32; lhu x0, 0(x2))
  TEST_CASE(38, x14, 2, la x2, tdat + 32; lhu x14, 0(x2); li x14, 2)

  // The loaded value consumed, and the base produced, 0, 1 and 2 instructions away from the load
  TEST_LD_DEST_BYPASS(39, 0, lhu, 0x00000000000000ff, 2, tdat + 32);
  TEST_LD_DEST_BYPASS(40, 1, lhu, 0x000000000000fe01, 4, tdat + 32);
  TEST_LD_DEST_BYPASS(41, 2, lhu, 0x000000000000807f, 6, tdat + 32);
  TEST_LD_SRC1_BYPASS(42, 0, lhu, 0x000000000000b7ac, -2, tdat + 32);
  TEST_LD_SRC1_BYPASS(43, 1, lhu, 0x00000000000025f2, -4, tdat + 32);
  TEST_LD_SRC1_BYPASS(44, 2, lhu, 0x0000000000002308, -6, tdat + 32);

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
