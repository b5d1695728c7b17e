// sh.S: tests `sh`, store halfword (RISC-V Unprivileged ISA 20191213, 2.6).
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN
  // 32-bit encodings only, as in a build without C: rv64uc tests the compressed instructions.
  .option norvc

  // Store every aligned slot from -16 to +15 around the middle of a 48-byte table, load it back,
  // then check the doublewords around it so that a store of the wrong width or place is caught
  TEST_ST_OP(2, lh, sh, 0xffffffffffffaaaa, -16, sdat + 16);
  TEST_CASE(3, x14, 0x510eef449dcaaaaa, la x2, sdat; ld x14, 0(x2))
  TEST_CASE(4, x14, 0x7956d74c459243a8, la x2, sdat; ld x14, 8(x2))
  TEST_ST_OP(5, lhu, sh, 0x0000000000000000, -14, sdat + 16);
  TEST_CASE(6, x14, 0x510eef440000aaaa, la x2, sdat; ld x14, 0(x2))
  TEST_CASE(7, x14, 0x7956d74c459243a8, la x2, sdat; ld x14, 8(x2))
  TEST_ST_OP(8, lh, sh, 0xffffffffffff8000, -12, sdat + 16);
  TEST_CASE(9, x14, 0x510e80000000aaaa, la x2, sdat; ld x14, 0(x2))
  TEST_CASE(10, x14, 0x7956d74c459243a8, la x2, sdat; ld x14, 8(x2))
  TEST_ST_OP(11, lhu, sh, 0x0000000000007fff, -10, sdat + 16);
  TEST_CASE(12, x14, 0x7fff80000000aaaa, la x2, sdat; ld x14, 0(x2))
  TEST_CASE(13, x14, 0x7956d74c459243a8, la x2, sdat; ld x14, 8(x2))
  TEST_ST_OP(14, lh, sh, 0xffffffffffffffff, -8, sdat + 16);
  TEST_CASE(15, x14, 0x7fff80000000aaaa, la x2, sdat; ld x14, 0(x2))
  TEST_CASE(16, x14, 0x7956d74c4592ffff, la x2, sdat; ld x14, 8(x2))
  TEST_CASE(17, x14, 0xa19ebf54ed5aab30, la x2, sdat; ld x14, 16(x2))
  TEST_ST_OP(18, lhu, sh, 0x000000000000cdef, -6, sdat + 16);
  TEST_CASE(19, x14, 0x7fff80000000aaaa, la x2, sdat; ld x14, 0(x2))
  TEST_CASE(20, x14, 0x7956d74ccdefffff, la x2, sdat; ld x14, 8(x2))
  TEST_CASE(21, x14, 0xa19ebf54ed5aab30, la x2, sdat; ld x14, 16(x2))
  TEST_ST_OP(22, lh, sh, 0x0000000000000102, -4, sdat + 16);
  TEST_CASE(23, x14, 0x7fff80000000aaaa, la x2, sdat; ld x14, 0(x2))
  TEST_CASE(24, x14, 0x79560102cdefffff, la x2, sdat; ld x14, 8(x2))
  TEST_CASE(25, x14, 0xa19ebf54ed5aab30, la x2, sdat; ld x14, 16(x2))
  TEST_ST_OP(26, lhu, sh, 0x000000000000a00a, -2, sdat + 16);
  TEST_CASE(27, x14, 0x7fff80000000aaaa, la x2, sdat; ld x14, 0(x2))
  TEST_CASE(28, x14, 0xa00a0102cdefffff, la x2, sdat; ld x14, 8(x2))
  TEST_CASE(29, x14, 0xa19ebf54ed5aab30, la x2, sdat; ld x14, 16(x2))
  TEST_ST_OP(30, lh, sh, 0x0000000000005555, 0, sdat + 16);
  TEST_CASE(31, x14, 0xa00a0102cdefffff, la x2, sdat; ld x14, 8(x2))
  TEST_CASE(32, x14, 0xa19ebf54ed5a5555, la x2, sdat; ld x14, 16(x2))
  TEST_CASE(33, x14, 0xc9e6a75c952213b8, la x2, sdat; ld x14, 24(x2))
  TEST_ST_OP(34, lhu, sh, 0x000000000000aaaa, 2, sdat + 16);
  TEST_CASE(35, x14, 0xa00a0102cdefffff, la x2, sdat; ld x14, 8(x2))
  TEST_CASE(36, x14, 0xa19ebf54aaaa5555, la x2, sdat; ld x14, 16(x2))
  TEST_CASE(37, x14, 0xc9e6a75c952213b8, la x2, sdat; ld x14, 24(x2))
  TEST_ST_OP(38, lh, sh, 0x0000000000000000, 4, sdat + 16);
  TEST_CASE(39, x14, 0xa00a0102cdefffff, la x2, sdat; ld x14, 8(x2))
  TEST_CASE(40, x14, 0xa19e0000aaaa5555, la x2, sdat; ld x14, 16(x2))
  TEST_CASE(41, x14, 0xc9e6a75c952213b8, la x2, sdat; ld x14, 24(x2))
  TEST_ST_OP(42, lhu, sh, 0x0000000000008000, 6, sdat + 16);
  TEST_CASE(43, x14, 0xa00a0102cdefffff, la x2, sdat; ld x14, 8(x2))
  TEST_CASE(44, x14, 0x80000000aaaa5555, la x2, sdat; ld x14, 16(x2))
  TEST_CASE(45, x14, 0xc9e6a75c952213b8, la x2, sdat; ld x14, 24(x2))
  TEST_ST_OP(46, lh, sh, 0x0000000000007fff, 8, sdat + 16);
  TEST_CASE(47, x14, 0x80000000aaaa5555, la x2, sdat; ld x14, 16(x2))
  TEST_CASE(48, x14, 0xc9e6a75c95227fff, la x2, sdat; ld x14, 24(x2))
  TEST_CASE(49, x14, 0xf12e8f643dea7b40, la x2, sdat; ld x14, 32(x2))
  TEST_ST_OP(50, lhu, sh, 0x000000000000ffff, 10, sdat + 16);
  TEST_CASE(51, x14, 0x80000000aaaa5555, la x2, sdat; ld x14, 16(x2))
  TEST_CASE(52, x14, 0xc9e6a75cffff7fff, la x2, sdat; ld x14, 24(x2))
  TEST_CASE(53, x14, 0xf12e8f643dea7b40, la x2, sdat; ld x14, 32(x2))
  TEST_ST_OP(54, lh, sh, 0xffffffffffffcdef, 12, sdat + 16);
  TEST_CASE(55, x14, 0x80000000aaaa5555, la x2, sdat; ld x14, 16(x2))
  TEST_CASE(56, x14, 0xc9e6cdefffff7fff, la x2, sdat; ld x14, 24(x2))
  TEST_CASE(57, x14, 0xf12e8f643dea7b40, la x2, sdat; ld x14, 32(x2))
  TEST_ST_OP(58, lhu, sh, 0x0000000000000102, 14, sdat + 16);
  TEST_CASE(59, x14, 0x80000000aaaa5555, la x2, sdat; ld x14, 16(x2))
  TEST_CASE(60, x14, 0x0102cdefffff7fff, la x2, sdat; ld x14, 24(x2))
  TEST_CASE(61, x14, 0xf12e8f643dea7b40, la x2, sdat; ld x14, 32(x2))

  // The largest positive and negative offsets
  TEST_CASE(62, x14, 0xffffffffffffcdef, la x2, xdat + 8; li x5, 2047; sub x2, x2, x5; li x1, 0x0123456789abcdef; sh x1, 2047(x2); la x2, xdat; lh x14, 8(x2))
  TEST_CASE(63, x14, 0x0000000000003210, la x2, xdat; addi x2, x2, 2047; addi x2, x2, 1; li x1, 0xfedcba9876543210; sh x1, -2048(x2); la x2, xdat; lh x14, 0(x2))

  // The data register the same as the base register: the address itself is stored
  TEST_CASE(64, x14, 0, la x2, xdat + 16; sh x2, 0(x2); lhu x14, 0(x2); xor x14, x14, x2; slli x14, x14, 48)

  // Data and base produced 0, 1 and 2 instructions before the store, in both orders
  TEST_ST_SRC12_BYPASS(65, 0, 0, lh, sh, 0x0000000000007788, 0, bdat);
  TEST_ST_SRC12_BYPASS(66, 0, 1, lh, sh, 0x0000000000007889, 8, bdat);
  TEST_ST_SRC12_BYPASS(67, 0, 2, lh, sh, 0x000000000000798a, 16, bdat);
  TEST_ST_SRC12_BYPASS(68, 1, 0, lh, sh, 0x0000000000007a8b, 24, bdat);
  TEST_ST_SRC12_BYPASS(69, 1, 1, lh, sh, 0x0000000000007b8c, 32, bdat);
  TEST_ST_SRC12_BYPASS(70, 2, 0, lh, sh, 0x0000000000007c8d, 40, bdat);
  TEST_ST_SRC21_BYPASS(71, 0, 0, lh, sh, 0x0000000000007d8e, 48, bdat);
  TEST_ST_SRC21_BYPASS(72, 0, 1, lh, sh, 0x0000000000007e8f, 56, bdat);
  TEST_ST_SRC21_BYPASS(73, 0, 2, lh, sh, 0x0000000000007f90, 64, bdat);
  TEST_ST_SRC21_BYPASS(74, 1, 0, lh, sh, 0xffffffffffff8091, 72, bdat);
  TEST_ST_SRC21_BYPASS(75, 1, 1, lh, sh, 0xffffffffffff8192, 80, bdat);
  TEST_ST_SRC21_BYPASS(76, 2, 0, lh, sh, 0xffffffffffff8293, 88, bdat);

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
