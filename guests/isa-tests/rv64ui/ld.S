// ld.S: tests `ld`, load doubleword (RISC-V Unprivileged ISA 20191213, 5.3).
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN
  // 32-bit encodings only, as in a build without C: rv64uc tests the compressed instructions.
  .option norvc

  // Every aligned slot of a 64-byte table, with offsets from -32 to +24 around its middle
  TEST_LD_OP(2, ld, 0xff942d9aeb70b996, -32, tdat + 32);
  TEST_LD_OP(3, ld, 0xe79cd56253f8e1de, -24, tdat + 32);
  TEST_LD_OP(4, ld, 0xcfa47d2abb800926, -16, tdat + 32);
  TEST_LD_OP(5, ld, 0xb7ac25f22308316e, -8, tdat + 32);
  TEST_LD_OP(6, ld, 0x807ffe0100ff7f80, 0, tdat + 32);
  TEST_LD_OP(7, ld, 0x87bc7582f31881fe, 8, tdat + 32);
  TEST_LD_OP(8, ld, 0x6fc41d4a5ba0a946, 16, tdat + 32);
  TEST_LD_OP(9, ld, 0x57ccc512c328d18e, 24, tdat + 32);

  // The largest positive and negative offsets
  TEST_CASE(10, x14, 0xe79cd56253f8e1de, la x2, tdat + 8; li x5, 2047; sub x2, x2, x5; ld x14, 2047(x2))
  TEST_CASE(11, x14, 0xff942d9aeb70b996, la x2, tdat; addi x2, x2, 2047; addi x2, x2, 1; ld x14, -2048(x2))

  // Destination the same as the base; x0 as the destination stays 0; a later write wins
  TEST_CASE(12, x14, 0x807ffe0100ff7f80, la x14, tdat + 32; ld x14, 0(x14))
  TEST_CASE(13, x0, 0, la x2, tdat + 32; ld x0, 0(x2))
  TEST_CASE(14, x14, 2, la x2, tdat + 32; ld x14, 0(x2); li x14, 2)

  // The loaded value consumed, and the base produced, 0, 1 and 2 instructions away from the load
  TEST_LD_DEST_BYPASS(15, 0, ld, 0x87bc7582f31881fe, 8, tdat + 32);
  TEST_LD_DEST_BYPASS(16, 1, ld, 0x6fc41d4a5ba0a946, 16, tdat + 32);
  TEST_LD_DEST_BYPASS(17, 2, ld, 0x57ccc512c328d18e, 24, tdat + 32);
  TEST_LD_SRC1_BYPASS(18, 0, ld, 0xb7ac25f22308316e, -8, tdat + 32);
  TEST_LD_SRC1_BYPASS(19, 1, ld, 0xcfa47d2abb800926, -16, tdat + 32);
  TEST_LD_SRC1_BYPASS(20, 2, ld, 0xe79cd56253f8e1de, -24, tdat + 32);

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
