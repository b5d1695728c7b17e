// lbu.S: tests `lbu`, load byte, zero-extended (RISC-V Unprivileged ISA 20191213, 2.6).
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN
  // 32-bit encodings only, as in a build without C: rv64uc tests the compressed instructions.
  .option norvc

  // Every aligned slot of a 64-byte table, with offsets from -32 to +24 around its middle
  TEST_LD_OP(2, lbu, 0x0000000000000096, -32, tdat + 32);
  TEST_LD_OP(3, lbu, 0x00000000000000b9, -31, tdat + 32);
  TEST_LD_OP(4, lbu, 0x0000000000000070, -30, tdat + 32);
  TEST_LD_OP(5, lbu, 0x00000000000000eb, -29, tdat + 32);
  TEST_LD_OP(6, lbu, 0x000000000000009a, -28, tdat + 32);
  TEST_LD_OP(7, lbu, 0x000000000000002d, -27, tdat + 32);
  TEST_LD_OP(8, lbu, 0x0000000000000094, -26, tdat + 32);
  TEST_LD_OP(9, lbu, 0x00000000000000ff, -25, tdat + 32);
  TEST_LD_OP(10, lbu, 0x00000000000000de, -24, tdat + 32);
  TEST_LD_OP(11, lbu, 0x00000000000000e1, -23, tdat + 32);
  TEST_LD_OP(12, lbu, 0x00000000000000f8, -22, tdat + 32);
  TEST_LD_OP(13, lbu, 0x0000000000000053, -21, tdat + 32);
  TEST_LD_OP(14, lbu, 0x0000000000000062, -20, tdat + 32);
  TEST_LD_OP(15, lbu, 0x00000000000000d5, -19, tdat + 32);
  TEST_LD_OP(16, lbu, 0x000000000000009c, -18, tdat + 32);
  TEST_LD_OP(17, lbu, 0x00000000000000e7, -17, tdat + 32);
  TEST_LD_OP(18, lbu, 0x0000000000000026, -16, tdat + 32);
  TEST_LD_OP(19, lbu, 0x0000000000000009, -15, tdat + 32);
  TEST_LD_OP(20, lbu, 0x0000000000000080, -14, tdat + 32);
  TEST_LD_OP(21, lbu, 0x00000000000000bb, -13, tdat + 32);
  TEST_LD_OP(22, lbu, 0x000000000000002a, -12, tdat + 32);
  TEST_LD_OP(23, lbu, 0x000000000000007d, -11, tdat + 32);
  TEST_LD_OP(24, lbu, 0x00000000000000a4, -10, tdat + 32);
  TEST_LD_OP(25, lbu, 0x00000000000000cf, -9, tdat + 32);
  TEST_LD_OP(26, lbu, 0x000000000000006e, -8, tdat + 32);
  TEST_LD_OP(27, lbu, 0x0000000000000031, -7, tdat + 32);
  TEST_LD_OP(28, lbu, 0x0000000000000008, -6, tdat + 32);
  TEST_LD_OP(29, lbu, 0x0000000000000023, -5, tdat + 32);
  TEST_LD_OP(30, lbu, 0x00000000000000f2, -4, tdat + 32);
  TEST_LD_OP(31, lbu, 0x0000000000000025, -3, tdat + 32);
  TEST_LD_OP(32, lbu, 0x00000000000000ac, -2, tdat + 32);
  TEST_LD_OP(33, lbu, 0x00000000000000b7, -1, tdat + 32);
  TEST_LD_OP(34, lbu, 0x0000000000000080, 0, tdat + 32);
  TEST_LD_OP(35, lbu, 0x000000000000007f, 1, tdat + 32);
  TEST_LD_OP(36, lbu, 0x00000000000000ff, 2, tdat + 32);
  TEST_LD_OP(37, lbu, 0x0000000000000000, 3, tdat + 32);
  TEST_LD_OP(38, lbu, 0x0000000000000001, 4, tdat + 32);
  TEST_LD_OP(39, lbu, 0x00000000000000fe, 5, tdat + 32);
  TEST_LD_OP(40, lbu, 0x000000000000007f, 6, tdat + 32);
  TEST_LD_OP(41, lbu, 0x0000000000000080, 7, tdat + 32);
  TEST_LD_OP(42, lbu, 0x00000000000000fe, 8, tdat + 32);
  TEST_LD_OP(43, lbu, 0x0000000000000081, 9, tdat + 32);
  TEST_LD_OP(44, lbu, 0x0000000000000018, 10, tdat + 32);
  TEST_LD_OP(45, lbu, 0x00000000000000f3, 11, tdat + 32);
  TEST_LD_OP(46, lbu, 0x0000000000000082, 12, tdat + 32);
  TEST_LD_OP(47, lbu, 0x0000000000000075, 13, tdat + 32);
  TEST_LD_OP(48, lbu, 0x00000000000000bc, 14, tdat + 32);
  TEST_LD_OP(49, lbu, 0x0000000000000087, 15, tdat + 32);
  TEST_LD_OP(50, lbu, 0x0000000000000046, 16, tdat + 32);
  TEST_LD_OP(51, lbu, 0x00000000000000a9, 17, tdat + 32);
  TEST_LD_OP(52, lbu, 0x00000000000000a0, 18, tdat + 32);
  TEST_LD_OP(53, lbu, 0x000000000000005b, 19, tdat + 32);
  TEST_LD_OP(54, lbu, 0x000000000000004a, 20, tdat + 32);
  TEST_LD_OP(55, lbu, 0x000000000000001d, 21, tdat + 32);
  TEST_LD_OP(56, lbu, 0x00000000000000c4, 22, tdat + 32);
  TEST_LD_OP(57, lbu, 0x000000000000006f, 23, tdat + 32);
  TEST_LD_OP(58, lbu, 0x000000000000008e, 24, tdat + 32);
  TEST_LD_OP(59, lbu, 0x00000000000000d1, 25, tdat + 32);
  TEST_LD_OP(60, lbu, 0x0000000000000028, 26, tdat + 32);
  TEST_LD_OP(61, lbu, 0x00000000000000c3, 27, tdat + 32);
  TEST_LD_OP(62, lbu, 0x0000000000000012, 28, tdat + 32);
  TEST_LD_OP(63, lbu, 0x00000000000000c5, 29, tdat + 32);
  TEST_LD_OP(64, lbu, 0x00000000000000cc, 30, tdat + 32);
  TEST_LD_OP(65, lbu, 0x0000000000000057, 31, tdat + 32);

  // The largest positive and negative offsets
  TEST_CASE(66, x14, 0x00000000000000b9, la x2, tdat + 1; li x5, 2047; sub x2, x2, x5; lbu x14, 2047(x2))
  TEST_CASE(67, x14, 0x0000000000000096, la x2, tdat; addi x2, x2, 2047; addi x2, x2, 1; lbu x14, -2048(x2))

  // Destination the same as the base; x0 as the destination stays 0; a later write wins
  TEST_CASE(68, x14, 0x0000000000000080, la x14, tdat + 32; lbu x14, 0(x14))
  TEST_CASE(69, x0, 0, la x2, tdat + 32; lbu x0, 0(x2))
  TEST_CASE(70, x14, 2, la x2, tdat + 32; lbu x14, 0(x2); li x14, 2)

  // The loaded value consumed, and the base produced, 0, 1 and 2 instructions away from the load
  TEST_LD_DEST_BYPASS(71, 0, lbu, 0x000000000000007f, 1, tdat + 32);
  TEST_LD_DEST_BYPASS(72, 1, lbu, 0x00000000000000ff, 2, tdat + 32);
  TEST_LD_DEST_BYPASS(73, 2, lbu, 0x0000000000000000, 3, tdat + 32);
  TEST_LD_SRC1_BYPASS(74, 0, lbu, 0x00000000000000b7, -1, tdat + 32);
  TEST_LD_SRC1_BYPASS(75, 1, lbu, 0x00000000000000ac, -2, tdat + 32);
  TEST_LD_SRC1_BYPASS(76, 2, lbu, 0x0000000000000025, -3, tdat + 32);

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
