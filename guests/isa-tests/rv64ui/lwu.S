// lwu.S: tests `lwu`, load word, zero-extended (RISC-V Unprivileged ISA 20191213, 5.3).
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN
  // 32-bit encodings only, as in a build without C: rv64uc tests the compressed instructions.
  .option norvc

  // Every aligned slot of a 64-byte table, with offsets from -32 to +24 around its middle
  TEST_LD_OP(2, lwu, 0x00000000eb70b996, -32, tdat + 32);
  TEST_LD_OP(3, lwu, 0x00000000ff942d9a, -28, tdat + 32);
  TEST_LD_OP(4, lwu, 0x0000000053f8e1de, -24, tdat + 32);
  TEST_LD_OP(5, lwu, 0x00000000e79cd562, -20, tdat + 32);
  TEST_LD_OP(6, lwu, 0x00000000bb800926, -16, tdat + 32);
  TEST_LD_OP(7, lwu, 0x00000000cfa47d2a, -12, tdat + 32);
  TEST_LD_OP(8, lwu, 0x000000002308316e, -8, tdat + 32);
  TEST_LD_OP(9, lwu, 0x00000000b7ac25f2, -4, tdat + 32);
  TEST_LD_OP(10, lwu, 0x0000000000ff7f80, 0, tdat + 32);
  TEST_LD_OP(11, lwu, 0x00000000807ffe01, 4, tdat + 32);
  TEST_LD_OP(12, lwu, 0x00000000f31881fe, 8, tdat + 32);
  TEST_LD_OP(13, lwu, 0x0000000087bc7582, 12, tdat + 32);
  TEST_LD_OP(14, lwu, 0x000000005ba0a946, 16, tdat + 32);
  TEST_LD_OP(15, lwu, 0x000000006fc41d4a, 20, tdat + 32);
  TEST_LD_OP(16, lwu, 0x00000000c328d18e, 24, tdat + 32);
  TEST_LD_OP(17, lwu, 0x0000000057ccc512, 28, tdat + 32);

  // The largest positive and negative offsets
  TEST_CASE(18, x14, 0x00000000ff942d9a, la x2, tdat + 4; li x5, 2047; sub x2, x2, x5; lwu x14, 2047(x2))
  TEST_CASE(19, x14, 0x00000000eb70b996, la x2, tdat; addi x2, x2, 2047; addi x2, x2, 1; lwu x14, -2048(x2))

  // Destination the same as the base; x0 as the destination stays 0; a later write wins
  TEST_CASE(20, x14, 0x0000000000ff7f80, la x14, tdat + 32; lwu x14, 0(x14))
  TEST_CASE(21, x0, 0, la x2, tdat + 32; lwu x0, 0(x2))
  TEST_CASE(22, x14, 2, la x2, tdat + 32; lwu x14, 0(x2); li x14, 2)

  // The loaded value consumed, and the base produced, 0, 1 and 2 instructions away from the load
  TEST_LD_DEST_BYPASS(23, 0, lwu, 0x00000000807ffe01, 4, tdat + 32);
  TEST_LD_DEST_BYPASS(24, 1, lwu, 0x00000000f31881fe, 8, tdat + 32);
  TEST_LD_DEST_BYPASS(25, 2, lwu, 0x0000000087bc7582, 12, tdat + 32);
  TEST_LD_SRC1_BYPASS(26, 0, lwu, 0x00000000b7ac25f2, -4, tdat + 32);
  TEST_LD_SRC1_BYPASS(27, 1, lwu, 0x000000002308316e, -8, tdat + 32);
  TEST_LD_SRC1_BYPASS(28, 2, lwu, 0x00000000cfa47d2a, -12, tdat + 32);

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
