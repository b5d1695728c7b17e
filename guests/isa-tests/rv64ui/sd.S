// sd.S: tests `sd`, store doubleword (RISC-V Unprivileged ISA 20191213, 5.3).
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN
  // 32-bit encodings only, as in a build without C: rv64uc tests the compressed instructions.
  .option norvc

  // Store every aligned slot from -16 to +15 around the middle of a 48-byte table, load it back,
  // then check the doublewords around it so that a store of the wrong width or place is caught
  TEST_ST_OP(2, ld, sd, 0xaaaaaaaaaaaaaaaa, -16, sdat + 16);
  TEST_CASE(3, x14, 0xaaaaaaaaaaaaaaaa, la x2, sdat; ld x14, 0(x2))
  TEST_CASE(4, x14, 0x7956d74c459243a8, la x2, sdat; ld x14, 8(x2))
  TEST_ST_OP(5, ld, sd, 0x0000000000000000, -8, sdat + 16);
  TEST_CASE(6, x14, 0xaaaaaaaaaaaaaaaa, la x2, sdat; ld x14, 0(x2))
  TEST_CASE(7, x14, 0x0000000000000000, la x2, sdat; ld x14, 8(x2))
  TEST_CASE(8, x14, 0xa19ebf54ed5aab30, la x2, sdat; ld x14, 16(x2))
  TEST_ST_OP(9, ld, sd, 0x8000000000000000, 0, sdat + 16);
  TEST_CASE(10, x14, 0x0000000000000000, la x2, sdat; ld x14, 8(x2))
  TEST_CASE(11, x14, 0x8000000000000000, la x2, sdat; ld x14, 16(x2))
  TEST_CASE(12, x14, 0xc9e6a75c952213b8, la x2, sdat; ld x14, 24(x2))
  TEST_ST_OP(13, ld, sd, 0x7fffffffffffffff, 8, sdat + 16);
  TEST_CASE(14, x14, 0x8000000000000000, la x2, sdat; ld x14, 16(x2))
  TEST_CASE(15, x14, 0x7fffffffffffffff, la x2, sdat; ld x14, 24(x2))
  TEST_CASE(16, x14, 0xf12e8f643dea7b40, la x2, sdat; ld x14, 32(x2))

  // The largest positive and negative offsets
  TEST_CASE(17, x14, 0x0123456789abcdef, la x2, xdat + 8; li x5, 2047; sub x2, x2, x5; li x1, 0x0123456789abcdef; sd x1, 2047(x2); la x2, xdat; ld x14, 8(x2))
  TEST_CASE(18, x14, 0xfedcba9876543210, la x2, xdat; addi x2, x2, 2047; addi x2, x2, 1; li x1, 0xfedcba9876543210; sd x1, -2048(x2); la x2, xdat; ld x14, 0(x2))

  // The data register the same as the base register: the address itself is stored
  TEST_CASE(19, x14, 0, la x2, xdat + 16; sd x2, 0(x2); ld x14, 0(x2); xor x14, x14, x2; slli x14, x14, 0)

  // Data and base produced 0, 1 and 2 instructions before the store, in both orders
  TEST_ST_SRC12_BYPASS(20, 0, 0, ld, sd, 0x1122334455667788, 0, bdat);
  TEST_ST_SRC12_BYPASS(21, 0, 1, ld, sd, 0x1223344556677889, 8, bdat);
  TEST_ST_SRC12_BYPASS(22, 0, 2, ld, sd, 0x132435465768798a, 16, bdat);
  TEST_ST_SRC12_BYPASS(23, 1, 0, ld, sd, 0x1425364758697a8b, 24, bdat);
  TEST_ST_SRC12_BYPASS(24, 1, 1, ld, sd, 0x15263748596a7b8c, 32, bdat);
  TEST_ST_SRC12_BYPASS(25, 2, 0, ld, sd, 0x162738495a6b7c8d, 40, bdat);
  TEST_ST_SRC21_BYPASS(26, 0, 0, ld, sd, 0x1728394a5b6c7d8e, 48, bdat);
  TEST_ST_SRC21_BYPASS(27, 0, 1, ld, sd, 0x18293a4b5c6d7e8f, 56, bdat);
  TEST_ST_SRC21_BYPASS(28, 0, 2, ld, sd, 0x192a3b4c5d6e7f90, 64, bdat);
  TEST_ST_SRC21_BYPASS(29, 1, 0, ld, sd, 0x1a2b3c4d5e6f8091, 72, bdat);
  TEST_ST_SRC21_BYPASS(30, 1, 1, ld, sd, 0x1b2c3d4e5f708192, 80, bdat);
  TEST_ST_SRC21_BYPASS(31, 2, 0, ld, sd, 0x1c2d3e4f60718293, 88, bdat);

  TEST_PASSFAIL

RVTEST_CODE_END

  .data
RVTEST_DATA_BEGIN
  .align 3
sdat:
  .byte 0x20, 0xdb, 0xca, 0x9d, 0x44, 0xef, 0x0e, 0x51
  .byte 0xa8, 0x43, 0x92, 0x45, 0x4c, 0xd7, 0x56, 0x79
  .byte 0x30, 0xab, 0x5a, 0xed, 0x54, 0xbf, 0x9e, 0xa1
  .byte 0xb8, 0x13, 0x22, 0x95, 0x5c, 0xa7, 0xe6, 0xc9
  .byte 0x40, 0x7b, 0xea, 0x3d, 0x64, 0x8f, 0x2e, 0xf1
  .byte 0xc8, 0xe3, 0xb2, 0xe5, 0x6c, 0x77, 0x76, 0x19
xdat:
  .zero 24
bdat:
  .zero 96
RVTEST_DATA_END
