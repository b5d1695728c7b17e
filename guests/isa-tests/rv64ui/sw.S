// sw.S: tests `sw`, store word (RISC-V Unprivileged ISA 20191213, 2.6).
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN
  // 32-bit encodings only, as in a build without C: rv64uc tests the compressed instructions.
  .option norvc

  // Store every aligned slot from -16 to +15 around the middle of a 48-byte table, load it back,
  // then check the doublewords around it so that a store of the wrong width or place is caught
  TEST_ST_OP(2, lw, sw, 0xffffffffaaaaaaaa, -16, sdat + 16);
  TEST_CASE(3, x14, 0x510eef44aaaaaaaa, la x2, sdat; ld x14, 0(x2))
  TEST_CASE(4, x14, 0x7956d74c459243a8, la x2, sdat; ld x14, 8(x2))
  TEST_ST_OP(5, lwu, sw, 0x0000000000000000, -12, sdat + 16);
  TEST_CASE(6, x14, 0x00000000aaaaaaaa, la x2, sdat; ld x14, 0(x2))
  TEST_CASE(7, x14, 0x7956d74c459243a8, la x2, sdat; ld x14, 8(x2))
  TEST_ST_OP(8, lw, sw, 0xffffffff80000000, -8, sdat + 16);
  TEST_CASE(9, x14, 0x00000000aaaaaaaa, la x2, sdat; ld x14, 0(x2))
  TEST_CASE(10, x14, 0x7956d74c80000000, la x2, sdat; ld x14, 8(x2))
  TEST_CASE(11, x14, 0xa19ebf54ed5aab30, la x2, sdat; ld x14, 16(x2))
  TEST_ST_OP(12, lwu, sw, 0x000000007fffffff, -4, sdat + 16);
  TEST_CASE(13, x14, 0x00000000aaaaaaaa, la x2, sdat; ld x14, 0(x2))
  TEST_CASE(14, x14, 0x7fffffff80000000, la x2, sdat; ld x14, 8(x2))
  TEST_CASE(15, x14, 0xa19ebf54ed5aab30, la x2, sdat; ld x14, 16(x2))
  TEST_ST_OP(16, lw, sw, 0xffffffffffffffff, 0, sdat + 16);
  TEST_CASE(17, x14, 0x7fffffff80000000, la x2, sdat; ld x14, 8(x2))
  TEST_CASE(18, x14, 0xa19ebf54ffffffff, la x2, sdat; ld x14, 16(x2))
  TEST_CASE(19, x14, 0xc9e6a75c952213b8, la x2, sdat; ld x14, 24(x2))
  TEST_ST_OP(20, lwu, sw, 0x0000000090abcdef, 4, sdat + 16);
  TEST_CASE(21, x14, 0x7fffffff80000000, la x2, sdat; ld x14, 8(x2))
  TEST_CASE(22, x14, 0x90abcdefffffffff, la x2, sdat; ld x14, 16(x2))
  TEST_CASE(23, x14, 0xc9e6a75c952213b8, la x2, sdat; ld x14, 24(x2))
  TEST_ST_OP(24, lw, sw, 0x000000000e0f0102, 8, sdat + 16);
  TEST_CASE(25, x14, 0x90abcdefffffffff, la x2, sdat; ld x14, 16(x2))
  TEST_CASE(26, x14, 0xc9e6a75c0e0f0102, la x2, sdat; ld x14, 24(x2))
  TEST_CASE(27, x14, 0xf12e8f643dea7b40, la x2, sdat; ld x14, 32(x2))
  TEST_ST_OP(28, lwu, sw, 0x00000000a00aa00a, 12, sdat + 16);
  TEST_CASE(29, x14, 0x90abcdefffffffff, la x2, sdat; ld x14, 16(x2))
  TEST_CASE(30, x14, 0xa00aa00a0e0f0102, la x2, sdat; ld x14, 24(x2))
  TEST_CASE(31, x14, 0xf12e8f643dea7b40, la x2, sdat; ld x14, 32(x2))

  // The largest positive and negative offsets
  TEST_CASE(32, x14, 0xffffffff89abcdef, la x2, xdat + 8; li x5, 2047; sub x2, x2, x5; li x1, 0x0123456789abcdef; sw x1, 2047(x2); la x2, xdat; lw x14, 8(x2))
  TEST_CASE(33, x14, 0x0000000076543210, la x2, xdat; addi x2, x2, 2047; addi x2, x2, 1; li x1, 0xfedcba9876543210; sw x1, -2048(x2); la x2, xdat; lw x14, 0(x2))

  // The data register the same as the base register: the address itself is stored
  TEST_CASE(34, x14, 0, la x2, xdat + 16; sw x2, 0(x2); lwu x14, 0(x2); xor x14, x14, x2; slli x14, x14, 32)

  // Data and base produced 0, 1 and 2 instructions before the store, in both orders
  TEST_ST_SRC12_BYPASS(35, 0, 0, lw, sw, 0x0000000055667788, 0, bdat);
  TEST_ST_SRC12_BYPASS(36, 0, 1, lw, sw, 0x0000000056677889, 8, bdat);
  TEST_ST_SRC12_BYPASS(37, 0, 2, lw, sw, 0x000000005768798a, 16, bdat);
  TEST_ST_SRC12_BYPASS(38, 1, 0, lw, sw, 0x0000000058697a8b, 24, bdat);
  TEST_ST_SRC12_BYPASS(39, 1, 1, lw, sw, 0x00000000596a7b8c, 32, bdat);
  TEST_ST_SRC12_BYPASS(40, 2, 0, lw, sw, 0x000000005a6b7c8d, 40, bdat);
  TEST_ST_SRC21_BYPASS(41, 0, 0, lw, sw, 0x000000005b6c7d8e, 48, bdat);
  TEST_ST_SRC21_BYPASS(42, 0, 1, lw, sw, 0x000000005c6d7e8f, 56, bdat);
  TEST_ST_SRC21_BYPASS(43, 0, 2, lw, sw, 0x000000005d6e7f90, 64, bdat);
  TEST_ST_SRC21_BYPASS(44, 1, 0, lw, sw, 0x000000005e6f8091, 72, bdat);
  TEST_ST_SRC21_BYPASS(45, 1, 1, lw, sw, 0x000000005f708192, 80, bdat);
  TEST_ST_SRC21_BYPASS(46, 2, 0, lw, sw, 0x0000000060718293, 88, bdat);

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
