// sb.S: tests `sb`, store byte (RISC-V Unprivileged ISA 20191213, 2.6).
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN
  // 32-bit encodings only, as in a build without C: rv64uc tests the compressed instructions.
  .option norvc

  // Store every aligned slot from -16 to +15 around the middle of a 48-byte table, load it back,
  // then check the doublewords around it so that a store of the wrong width or place is caught
  TEST_ST_OP(2, lb, sb, 0xffffffffffffffaa, -16, sdat + 16);
  TEST_CASE(3, x14, 0x510eef449dcadbaa, la x2, sdat; ld x14, 0(x2))
  TEST_CASE(4, x14, 0x7956d74c459243a8, la x2, sdat; ld x14, 8(x2))
  TEST_ST_OP(5, lbu, sb, 0x0000000000000000, -15, sdat + 16);
  TEST_CASE(6, x14, 0x510eef449dca00aa, la x2, sdat; ld x14, 0(x2))
  TEST_CASE(7, x14, 0x7956d74c459243a8, la x2, sdat; ld x14, 8(x2))
  TEST_ST_OP(8, lb, sb, 0xffffffffffffff80, -14, sdat + 16);
  TEST_CASE(9, x14, 0x510eef449d8000aa, la x2, sdat; ld x14, 0(x2))
  TEST_CASE(10, x14, 0x7956d74c459243a8, la x2, sdat; ld x14, 8(x2))
  TEST_ST_OP(11, lbu, sb, 0x000000000000007f, -13, sdat + 16);
  TEST_CASE(12, x14, 0x510eef447f8000aa, la x2, sdat; ld x14, 0(x2))
  TEST_CASE(13, x14, 0x7956d74c459243a8, la x2, sdat; ld x14, 8(x2))
  TEST_ST_OP(14, lb, sb, 0xffffffffffffffff, -12, sdat + 16);
  TEST_CASE(15, x14, 0x510eefff7f8000aa, la x2, sdat; ld x14, 0(x2))
  TEST_CASE(16, x14, 0x7956d74c459243a8, la x2, sdat; ld x14, 8(x2))
  TEST_ST_OP(17, lbu, sb, 0x0000000000000002, -11, sdat + 16);
  TEST_CASE(18, x14, 0x510e02ff7f8000aa, la x2, sdat; ld x14, 0(x2))
  TEST_CASE(19, x14, 0x7956d74c459243a8, la x2, sdat; ld x14, 8(x2))
  TEST_ST_OP(20, lb, sb, 0x0000000000000002, -10, sdat + 16);
  TEST_CASE(21, x14, 0x510202ff7f8000aa, la x2, sdat; ld x14, 0(x2))
  TEST_CASE(22, x14, 0x7956d74c459243a8, la x2, sdat; ld x14, 8(x2))
  TEST_ST_OP(23, lbu, sb, 0x000000000000000a, -9, sdat + 16);
  TEST_CASE(24, x14, 0x0a0202ff7f8000aa, la x2, sdat; ld x14, 0(x2))
  TEST_CASE(25, x14, 0x7956d74c459243a8, la x2, sdat; ld x14, 8(x2))
  TEST_ST_OP(26, lb, sb, 0x0000000000000055, -8, sdat + 16);
  TEST_CASE(27, x14, 0x0a0202ff7f8000aa, la x2, sdat; ld x14, 0(x2))
  TEST_CASE(28, x14, 0x7956d74c45924355, la x2, sdat; ld x14, 8(x2))
  TEST_CASE(29, x14, 0xa19ebf54ed5aab30, la x2, sdat; ld x14, 16(x2))
  TEST_ST_OP(30, lbu, sb, 0x00000000000000aa, -7, sdat + 16);
  TEST_CASE(31, x14, 0x0a0202ff7f8000aa, la x2, sdat; ld x14, 0(x2))
  TEST_CASE(32, x14, 0x7956d74c4592aa55, la x2, sdat; ld x14, 8(x2))
  TEST_CASE(33, x14, 0xa19ebf54ed5aab30, la x2, sdat; ld x14, 16(x2))
  TEST_ST_OP(34, lb, sb, 0x0000000000000000, -6, sdat + 16);
  TEST_CASE(35, x14, 0x0a0202ff7f8000aa, la x2, sdat; ld x14, 0(x2))
  TEST_CASE(36, x14, 0x7956d74c4500aa55, la x2, sdat; ld x14, 8(x2))
  TEST_CASE(37, x14, 0xa19ebf54ed5aab30, la x2, sdat; ld x14, 16(x2))
  TEST_ST_OP(38, lbu, sb, 0x0000000000000080, -5, sdat + 16);
  TEST_CASE(39, x14, 0x0a0202ff7f8000aa, la x2, sdat; ld x14, 0(x2))
  TEST_CASE(40, x14, 0x7956d74c8000aa55, la x2, sdat; ld x14, 8(x2))
  TEST_CASE(41, x14, 0xa19ebf54ed5aab30, la x2, sdat; ld x14, 16(x2))
  TEST_ST_OP(42, lb, sb, 0x000000000000007f, -4, sdat + 16);
  TEST_CASE(43, x14, 0x0a0202ff7f8000aa, la x2, sdat; ld x14, 0(x2))
  TEST_CASE(44, x14, 0x7956d77f8000aa55, la x2, sdat; ld x14, 8(x2))
  TEST_CASE(45, x14, 0xa19ebf54ed5aab30, la x2, sdat; ld x14, 16(x2))
  TEST_ST_OP(46, lbu, sb, 0x00000000000000ff, -3, sdat + 16);
  TEST_CASE(47, x14, 0x0a0202ff7f8000aa, la x2, sdat; ld x14, 0(x2))
  TEST_CASE(48, x14, 0x7956ff7f8000aa55, la x2, sdat; ld x14, 8(x2))
  TEST_CASE(49, x14, 0xa19ebf54ed5aab30, la x2, sdat; ld x14, 16(x2))
  TEST_ST_OP(50, lb, sb, 0xffffffffffffffef, -2, sdat + 16);
  TEST_CASE(51, x14, 0x0a0202ff7f8000aa, la x2, sdat; ld x14, 0(x2))
  TEST_CASE(52, x14, 0x79efff7f8000aa55, la x2, sdat; ld x14, 8(x2))
  TEST_CASE(53, x14, 0xa19ebf54ed5aab30, la x2, sdat; ld x14, 16(x2))
  TEST_ST_OP(54, lbu, sb, 0x0000000000000002, -1, sdat + 16);
  TEST_CASE(55, x14, 0x0a0202ff7f8000aa, la x2, sdat; ld x14, 0(x2))
  TEST_CASE(56, x14, 0x02efff7f8000aa55, la x2, sdat; ld x14, 8(x2))
  TEST_CASE(57, x14, 0xa19ebf54ed5aab30, la x2, sdat; ld x14, 16(x2))
  TEST_ST_OP(58, lb, sb, 0x000000000000000a, 0, sdat + 16);
  TEST_CASE(59, x14, 0x02efff7f8000aa55, la x2, sdat; ld x14, 8(x2))
  TEST_CASE(60, x14, 0xa19ebf54ed5aab0a, la x2, sdat; ld x14, 16(x2))
  TEST_CASE(61, x14, 0xc9e6a75c952213b8, la x2, sdat; ld x14, 24(x2))
  TEST_ST_OP(62, lbu, sb, 0x0000000000000055, 1, sdat + 16);
  TEST_CASE(63, x14, 0x02efff7f8000aa55, la x2, sdat; ld x14, 8(x2))
  TEST_CASE(64, x14, 0xa19ebf54ed5a550a, la x2, sdat; ld x14, 16(x2))
  TEST_CASE(65, x14, 0xc9e6a75c952213b8, la x2, sdat; ld x14, 24(x2))
  TEST_ST_OP(66, lb, sb, 0xffffffffffffffaa, 2, sdat + 16);
  TEST_CASE(67, x14, 0x02efff7f8000aa55, la x2, sdat; ld x14, 8(x2))
  TEST_CASE(68, x14, 0xa19ebf54edaa550a, la x2, sdat; ld x14, 16(x2))
  TEST_CASE(69, x14, 0xc9e6a75c952213b8, la x2, sdat; ld x14, 24(x2))
  TEST_ST_OP(70, lbu, sb, 0x0000000000000000, 3, sdat + 16);
  TEST_CASE(71, x14, 0x02efff7f8000aa55, la x2, sdat; ld x14, 8(x2))
  TEST_CASE(72, x14, 0xa19ebf5400aa550a, la x2, sdat; ld x14, 16(x2))
  TEST_CASE(73, x14, 0xc9e6a75c952213b8, la x2, sdat; ld x14, 24(x2))
  TEST_ST_OP(74, lb, sb, 0xffffffffffffff80, 4, sdat + 16);
  TEST_CASE(75, x14, 0x02efff7f8000aa55, la x2, sdat; ld x14, 8(x2))
  TEST_CASE(76, x14, 0xa19ebf8000aa550a, la x2, sdat; ld x14, 16(x2))
  TEST_CASE(77, x14, 0xc9e6a75c952213b8, la x2, sdat; ld x14, 24(x2))
  TEST_ST_OP(78, lbu, sb, 0x000000000000007f, 5, sdat + 16);
  TEST_CASE(79, x14, 0x02efff7f8000aa55, la x2, sdat; ld x14, 8(x2))
  TEST_CASE(80, x14, 0xa19e7f8000aa550a, la x2, sdat; ld x14, 16(x2))
  TEST_CASE(81, x14, 0xc9e6a75c952213b8, la x2, sdat; ld x14, 24(x2))
  TEST_ST_OP(82, lb, sb, 0xffffffffffffffff, 6, sdat + 16);
  TEST_CASE(83, x14, 0x02efff7f8000aa55, la x2, sdat; ld x14, 8(x2))
  TEST_CASE(84, x14, 0xa1ff7f8000aa550a, la x2, sdat; ld x14, 16(x2))
  TEST_CASE(85, x14, 0xc9e6a75c952213b8, la x2, sdat; ld x14, 24(x2))
  TEST_ST_OP(86, lbu, sb, 0x00000000000000ef, 7, sdat + 16);
  TEST_CASE(87, x14, 0x02efff7f8000aa55, la x2, sdat; ld x14, 8(x2))
  TEST_CASE(88, x14, 0xefff7f8000aa550a, la x2, sdat; ld x14, 16(x2))
  TEST_CASE(89, x14, 0xc9e6a75c952213b8, la x2, sdat; ld x14, 24(x2))
  TEST_ST_OP(90, lb, sb, 0x0000000000000002, 8, sdat + 16);
  TEST_CASE(91, x14, 0xefff7f8000aa550a, la x2, sdat; ld x14, 16(x2))
  TEST_CASE(92, x14, 0xc9e6a75c95221302, la x2, sdat; ld x14, 24(x2))
  TEST_CASE(93, x14, 0xf12e8f643dea7b40, la x2, sdat; ld x14, 32(x2))
  TEST_ST_OP(94, lbu, sb, 0x000000000000000a, 9, sdat + 16);
  TEST_CASE(95, x14, 0xefff7f8000aa550a, la x2, sdat; ld x14, 16(x2))
  TEST_CASE(96, x14, 0xc9e6a75c95220a02, la x2, sdat; ld x14, 24(x2))
  TEST_CASE(97, x14, 0xf12e8f643dea7b40, la x2, sdat; ld x14, 32(x2))
  TEST_ST_OP(98, lb, sb, 0x0000000000000055, 10, sdat + 16);
  TEST_CASE(99, x14, 0xefff7f8000aa550a, la x2, sdat; ld x14, 16(x2))
  TEST_CASE(100, x14, 0xc9e6a75c95550a02, la x2, sdat; ld x14, 24(x2))
  TEST_CASE(101, x14, 0xf12e8f643dea7b40, la x2, sdat; ld x14, 32(x2))
  TEST_ST_OP(102, lbu, sb, 0x00000000000000aa, 11, sdat + 16);
  TEST_CASE(103, x14, 0xefff7f8000aa550a, la x2, sdat; ld x14, 16(x2))
  TEST_CASE(104, x14, 0xc9e6a75caa550a02, la x2, sdat; ld x14, 24(x2))
  TEST_CASE(105, x14, 0xf12e8f643dea7b40, la x2, sdat; ld x14, 32(x2))
  TEST_ST_OP(106, lb, sb, 0x0000000000000000, 12, sdat + 16);
  TEST_CASE(107, x14, 0xefff7f8000aa550a, la x2, sdat; ld x14, 16(x2))
  TEST_CASE(108, x14, 0xc9e6a700aa550a02, la x2, sdat; ld x14, 24(x2))
  TEST_CASE(109, x14, 0xf12e8f643dea7b40, la x2, sdat; ld x14, 32(x2))
  TEST_ST_OP(110, lbu, sb, 0x0000000000000080, 13, sdat + 16);
  TEST_CASE(111, x14, 0xefff7f8000aa550a, la x2, sdat; ld x14, 16(x2))
  TEST_CASE(112, x14, 0xc9e68000aa550a02, la x2, sdat; ld x14, 24(x2))
  TEST_CASE(113, x14, 0xf12e8f643dea7b40, la x2, sdat; ld x14, 32(x2))
  TEST_ST_OP(114, lb, sb, 0x000000000000007f, 14, sdat + 16);
  TEST_CASE(115, x14, 0xefff7f8000aa550a, la x2, sdat; ld x14, 16(x2))
  TEST_CASE(116, x14, 0xc97f8000aa550a02, la x2, sdat; ld x14, 24(x2))
  TEST_CASE(117, x14, 0xf12e8f643dea7b40, la x2, sdat; ld x14, 32(x2))
  TEST_ST_OP(118, lbu, sb, 0x00000000000000ff, 15, sdat + 16);
  TEST_CASE(119, x14, 0xefff7f8000aa550a, la x2, sdat; ld x14, 16(x2))
  TEST_CASE(120, x14, 0xff7f8000aa550a02, la x2, sdat; ld x14, 24(x2))
  TEST_CASE(121, x14, 0xf12e8f643dea7b40, la x2, sdat; ld x14, 32(x2))

  // The largest positive and negative offsets
  TEST_CASE(122, x14, 0xffffffffffffffef, la x2, xdat + 8; li x5, 2047; sub x2, x2, x5; li x1, 0x0123456789abcdef; sb x1, 2047(x2); la x2, xdat; lb x14, 8(x2))
  TEST_CASE(123, x14, 0x0000000000000010, la x2, xdat; addi x2, x2, 2047; addi x2, x2, 1; li x1, 0xfedcba9876543210; sb x1, -2048(x2); la x2, xdat; lb x14, 0(x2))

  // The data register the same as the base register: the address itself is stored
  TEST_CASE(124, x14, 0, la x2, xdat + 16; sb x2, 0(x2); lbu x14, 0(x2); xor x14, x14, x2; slli x14, x14, 56)

  // Data and base produced 0, 1 and 2 instructions before the store, in both orders
  TEST_ST_SRC12_BYPASS(125, 0, 0, lb, sb, 0xffffffffffffff88, 0, bdat);
  TEST_ST_SRC12_BYPASS(126, 0, 1, lb, sb, 0xffffffffffffff89, 8, bdat);
  TEST_ST_SRC12_BYPASS(127, 0, 2, lb, sb, 0xffffffffffffff8a, 16, bdat);
  TEST_ST_SRC12_BYPASS(128, 1, 0, lb, sb, 0xffffffffffffff8b, 24, bdat);
  TEST_ST_SRC12_BYPASS(129, 1, 1, lb, sb, 0xffffffffffffff8c, 32, bdat);
  TEST_ST_SRC12_BYPASS(130, 2, 0, lb, sb, 0xffffffffffffff8d, 40, bdat);
  TEST_ST_SRC21_BYPASS(131, 0, 0, lb, sb, 0xffffffffffffff8e, 48, bdat);
  TEST_ST_SRC21_BYPASS(132, 0, 1, lb, sb, 0xffffffffffffff8f, 56, bdat);
  TEST_ST_SRC21_BYPASS(133, 0, 2, lb, sb, 0xffffffffffffff90, 64, bdat);
  TEST_ST_SRC21_BYPASS(134, 1, 0, lb, sb, 0xffffffffffffff91, 72, bdat);
  TEST_ST_SRC21_BYPASS(135, 1, 1, lb, sb, 0xffffffffffffff92, 80, bdat);
  TEST_ST_SRC21_BYPASS(136, 2, 0, lb, sb, 0xffffffffffffff93, 88, bdat);

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
