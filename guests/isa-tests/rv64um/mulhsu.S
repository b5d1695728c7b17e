// mulhsu.S: tests `mulhsu`, high 64 bits of the signed rs1 x unsigned rs2 product (RISC-V Unprivileged ISA 20191213, 7.1).
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN
  // 32-bit encodings only, as in a build without C: rv64uc tests the compressed instructions.
  .option norvc

  // Values
  TEST_RR_OP(2, mulhsu, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000);
  TEST_RR_OP(3, mulhsu, 0x0000000000000000, 0x0000000000000000, 0x0000000000000001);
  TEST_RR_OP(4, mulhsu, 0x0000000000000000, 0x0000000000000000, 0xffffffffffffffff);
  TEST_RR_OP(5, mulhsu, 0x0000000000000000, 0x0000000000000000, 0x0000000000000002);
  TEST_RR_OP(6, mulhsu, 0x0000000000000000, 0x0000000000000000, 0x0000000000000003);
  TEST_RR_OP(7, mulhsu, 0x0000000000000000, 0x0000000000000000, 0xfffffffffffffffd);
  TEST_RR_OP(8, mulhsu, 0x0000000000000000, 0x0000000000000000, 0x7fffffffffffffff);
  TEST_RR_OP(9, mulhsu, 0x0000000000000000, 0x0000000000000000, 0x8000000000000000);
  TEST_RR_OP(10, mulhsu, 0x0000000000000000, 0x0000000000000000, 0x00000000ffffffff);
  TEST_RR_OP(11, mulhsu, 0x0000000000000000, 0x0000000000000000, 0x0123456789abcdef);
  TEST_RR_OP(12, mulhsu, 0x0000000000000000, 0x0000000000000000, 0xfedcba9876543210);
  TEST_RR_OP(13, mulhsu, 0x0000000000000000, 0x0000000000000001, 0x0000000000000000);
  TEST_RR_OP(14, mulhsu, 0x0000000000000000, 0x0000000000000001, 0x0000000000000001);
  TEST_RR_OP(15, mulhsu, 0x0000000000000000, 0x0000000000000001, 0xffffffffffffffff);
  TEST_RR_OP(16, mulhsu, 0x0000000000000000, 0x0000000000000001, 0x0000000000000002);
  TEST_RR_OP(17, mulhsu, 0x0000000000000000, 0x0000000000000001, 0x0000000000000003);
  TEST_RR_OP(18, mulhsu, 0x0000000000000000, 0x0000000000000001, 0xfffffffffffffffd);
  TEST_RR_OP(19, mulhsu, 0x0000000000000000, 0x0000000000000001, 0x7fffffffffffffff);
  TEST_RR_OP(20, mulhsu, 0x0000000000000000, 0x0000000000000001, 0x8000000000000000);
  TEST_RR_OP(21, mulhsu, 0x0000000000000000, 0x0000000000000001, 0x00000000ffffffff);
  TEST_RR_OP(22, mulhsu, 0x0000000000000000, 0x0000000000000001, 0x0123456789abcdef);
  TEST_RR_OP(23, mulhsu, 0x0000000000000000, 0x0000000000000001, 0xfedcba9876543210);
  TEST_RR_OP(24, mulhsu, 0x0000000000000000, 0xffffffffffffffff, 0x0000000000000000);
  TEST_RR_OP(25, mulhsu, 0xffffffffffffffff, 0xffffffffffffffff, 0x0000000000000001);
  TEST_RR_OP(26, mulhsu, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff);
  TEST_RR_OP(27, mulhsu, 0xffffffffffffffff, 0xffffffffffffffff, 0x0000000000000002);
  TEST_RR_OP(28, mulhsu, 0xffffffffffffffff, 0xffffffffffffffff, 0x0000000000000003);
  TEST_RR_OP(29, mulhsu, 0xffffffffffffffff, 0xffffffffffffffff, 0xfffffffffffffffd);
  TEST_RR_OP(30, mulhsu, 0xffffffffffffffff, 0xffffffffffffffff, 0x7fffffffffffffff);
  TEST_RR_OP(31, mulhsu, 0xffffffffffffffff, 0xffffffffffffffff, 0x8000000000000000);
  TEST_RR_OP(32, mulhsu, 0xffffffffffffffff, 0xffffffffffffffff, 0x00000000ffffffff);
  TEST_RR_OP(33, mulhsu, 0xffffffffffffffff, 0xffffffffffffffff, 0x0123456789abcdef);
  TEST_RR_OP(34, mulhsu, 0xffffffffffffffff, 0xffffffffffffffff, 0xfedcba9876543210);
  TEST_RR_OP(35, mulhsu, 0x0000000000000000, 0x0000000000000002, 0x0000000000000000);
  TEST_RR_OP(36, mulhsu, 0x0000000000000000, 0x0000000000000002, 0x0000000000000001);
  TEST_RR_OP(37, mulhsu, 0x0000000000000001, 0x0000000000000002, 0xffffffffffffffff);
  TEST_RR_OP(38, mulhsu, 0x0000000000000000, 0x0000000000000002, 0x0000000000000002);
  TEST_RR_OP(39, mulhsu, 0x0000000000000000, 0x0000000000000002, 0x0000000000000003);
  TEST_RR_OP(40, mulhsu, 0x0000000000000001, 0x0000000000000002, 0xfffffffffffffffd);
  TEST_RR_OP(41, mulhsu, 0x0000000000000000, 0x0000000000000002, 0x7fffffffffffffff);
  TEST_RR_OP(42, mulhsu, 0x0000000000000001, 0x0000000000000002, 0x8000000000000000);
  TEST_RR_OP(43, mulhsu, 0x0000000000000000, 0x0000000000000002, 0x00000000ffffffff);
  TEST_RR_OP(44, mulhsu, 0x0000000000000000, 0x0000000000000002, 0x0123456789abcdef);
  TEST_RR_OP(45, mulhsu, 0x0000000000000001, 0x0000000000000002, 0xfedcba9876543210);
  TEST_RR_OP(46, mulhsu, 0x0000000000000000, 0x0000000000000003, 0x0000000000000000);
  TEST_RR_OP(47, mulhsu, 0x0000000000000000, 0x0000000000000003, 0x0000000000000001);
  TEST_RR_OP(48, mulhsu, 0x0000000000000002, 0x0000000000000003, 0xffffffffffffffff);
  TEST_RR_OP(49, mulhsu, 0x0000000000000000, 0x0000000000000003, 0x0000000000000002);
  TEST_RR_OP(50, mulhsu, 0x0000000000000000, 0x0000000000000003, 0x0000000000000003);
  TEST_RR_OP(51, mulhsu, 0x0000000000000002, 0x0000000000000003, 0xfffffffffffffffd);
  TEST_RR_OP(52, mulhsu, 0x0000000000000001, 0x0000000000000003, 0x7fffffffffffffff);
  TEST_RR_OP(53, mulhsu, 0x0000000000000001, 0x0000000000000003, 0x8000000000000000);
  TEST_RR_OP(54, mulhsu, 0x0000000000000000, 0x0000000000000003, 0x00000000ffffffff);
  TEST_RR_OP(55, mulhsu, 0x0000000000000000, 0x0000000000000003, 0x0123456789abcdef);
  TEST_RR_OP(56, mulhsu, 0x0000000000000002, 0x0000000000000003, 0xfedcba9876543210);
  TEST_RR_OP(57, mulhsu, 0x0000000000000000, 0xfffffffffffffffd, 0x0000000000000000);
  TEST_RR_OP(58, mulhsu, 0xffffffffffffffff, 0xfffffffffffffffd, 0x0000000000000001);
  TEST_RR_OP(59, mulhsu, 0xfffffffffffffffd, 0xfffffffffffffffd, 0xffffffffffffffff);
  TEST_RR_OP(60, mulhsu, 0xffffffffffffffff, 0xfffffffffffffffd, 0x0000000000000002);
  TEST_RR_OP(61, mulhsu, 0xffffffffffffffff, 0xfffffffffffffffd, 0x0000000000000003);
  TEST_RR_OP(62, mulhsu, 0xfffffffffffffffd, 0xfffffffffffffffd, 0xfffffffffffffffd);
  TEST_RR_OP(63, mulhsu, 0xfffffffffffffffe, 0xfffffffffffffffd, 0x7fffffffffffffff);
  TEST_RR_OP(64, mulhsu, 0xfffffffffffffffe, 0xfffffffffffffffd, 0x8000000000000000);
  TEST_RR_OP(65, mulhsu, 0xffffffffffffffff, 0xfffffffffffffffd, 0x00000000ffffffff);
  TEST_RR_OP(66, mulhsu, 0xffffffffffffffff, 0xfffffffffffffffd, 0x0123456789abcdef);
  TEST_RR_OP(67, mulhsu, 0xfffffffffffffffd, 0xfffffffffffffffd, 0xfedcba9876543210);
  TEST_RR_OP(68, mulhsu, 0x0000000000000000, 0x7fffffffffffffff, 0x0000000000000000);
  TEST_RR_OP(69, mulhsu, 0x0000000000000000, 0x7fffffffffffffff, 0x0000000000000001);
  TEST_RR_OP(70, mulhsu, 0x7ffffffffffffffe, 0x7fffffffffffffff, 0xffffffffffffffff);
  TEST_RR_OP(71, mulhsu, 0x0000000000000000, 0x7fffffffffffffff, 0x0000000000000002);
  TEST_RR_OP(72, mulhsu, 0x0000000000000001, 0x7fffffffffffffff, 0x0000000000000003);
  TEST_RR_OP(73, mulhsu, 0x7ffffffffffffffd, 0x7fffffffffffffff, 0xfffffffffffffffd);
  TEST_RR_OP(74, mulhsu, 0x3fffffffffffffff, 0x7fffffffffffffff, 0x7fffffffffffffff);
  TEST_RR_OP(75, mulhsu, 0x3fffffffffffffff, 0x7fffffffffffffff, 0x8000000000000000);
  TEST_RR_OP(76, mulhsu, 0x000000007fffffff, 0x7fffffffffffffff, 0x00000000ffffffff);
  TEST_RR_OP(77, mulhsu, 0x0091a2b3c4d5e6f7, 0x7fffffffffffffff, 0x0123456789abcdef);
  TEST_RR_OP(78, mulhsu, 0x7f6e5d4c3b2a1907, 0x7fffffffffffffff, 0xfedcba9876543210);
  TEST_RR_OP(79, mulhsu, 0x0000000000000000, 0x8000000000000000, 0x0000000000000000);
  TEST_RR_OP(80, mulhsu, 0xffffffffffffffff, 0x8000000000000000, 0x0000000000000001);
  TEST_RR_OP(81, mulhsu, 0x8000000000000000, 0x8000000000000000, 0xffffffffffffffff);
  TEST_RR_OP(82, mulhsu, 0xffffffffffffffff, 0x8000000000000000, 0x0000000000000002);
  TEST_RR_OP(83, mulhsu, 0xfffffffffffffffe, 0x8000000000000000, 0x0000000000000003);
  TEST_RR_OP(84, mulhsu, 0x8000000000000001, 0x8000000000000000, 0xfffffffffffffffd);
  TEST_RR_OP(85, mulhsu, 0xc000000000000000, 0x8000000000000000, 0x7fffffffffffffff);
  TEST_RR_OP(86, mulhsu, 0xc000000000000000, 0x8000000000000000, 0x8000000000000000);
  TEST_RR_OP(87, mulhsu, 0xffffffff80000000, 0x8000000000000000, 0x00000000ffffffff);
  TEST_RR_OP(88, mulhsu, 0xff6e5d4c3b2a1908, 0x8000000000000000, 0x0123456789abcdef);
  TEST_RR_OP(89, mulhsu, 0x8091a2b3c4d5e6f8, 0x8000000000000000, 0xfedcba9876543210);
  TEST_RR_OP(90, mulhsu, 0x0000000000000000, 0x00000000ffffffff, 0x0000000000000000);
  TEST_RR_OP(91, mulhsu, 0x0000000000000000, 0x00000000ffffffff, 0x0000000000000001);
  TEST_RR_OP(92, mulhsu, 0x00000000fffffffe, 0x00000000ffffffff, 0xffffffffffffffff);
  TEST_RR_OP(93, mulhsu, 0x0000000000000000, 0x00000000ffffffff, 0x0000000000000002);
  TEST_RR_OP(94, mulhsu, 0x0000000000000000, 0x00000000ffffffff, 0x0000000000000003);
  TEST_RR_OP(95, mulhsu, 0x00000000fffffffe, 0x00000000ffffffff, 0xfffffffffffffffd);
  TEST_RR_OP(96, mulhsu, 0x000000007fffffff, 0x00000000ffffffff, 0x7fffffffffffffff);
  TEST_RR_OP(97, mulhsu, 0x000000007fffffff, 0x00000000ffffffff, 0x8000000000000000);
  TEST_RR_OP(98, mulhsu, 0x0000000000000000, 0x00000000ffffffff, 0x00000000ffffffff);
  TEST_RR_OP(99, mulhsu, 0x0000000001234567, 0x00000000ffffffff, 0x0123456789abcdef);
  TEST_RR_OP(100, mulhsu, 0x00000000fedcba97, 0x00000000ffffffff, 0xfedcba9876543210);
  TEST_RR_OP(101, mulhsu, 0x0000000000000000, 0x0123456789abcdef, 0x0000000000000000);
  TEST_RR_OP(102, mulhsu, 0x0000000000000000, 0x0123456789abcdef, 0x0000000000000001);
  TEST_RR_OP(103, mulhsu, 0x0123456789abcdee, 0x0123456789abcdef, 0xffffffffffffffff);
  TEST_RR_OP(104, mulhsu, 0x0000000000000000, 0x0123456789abcdef, 0x0000000000000002);
  TEST_RR_OP(105, mulhsu, 0x0000000000000000, 0x0123456789abcdef, 0x0000000000000003);
  TEST_RR_OP(106, mulhsu, 0x0123456789abcdee, 0x0123456789abcdef, 0xfffffffffffffffd);
  TEST_RR_OP(107, mulhsu, 0x0091a2b3c4d5e6f7, 0x0123456789abcdef, 0x7fffffffffffffff);
  TEST_RR_OP(108, mulhsu, 0x0091a2b3c4d5e6f7, 0x0123456789abcdef, 0x8000000000000000);
  TEST_RR_OP(109, mulhsu, 0x0000000001234567, 0x0123456789abcdef, 0x00000000ffffffff);
  TEST_RR_OP(110, mulhsu, 0x00014b66dc33f6ac, 0x0123456789abcdef, 0x0123456789abcdef);
  TEST_RR_OP(111, mulhsu, 0x0121fa00ad77d742, 0x0123456789abcdef, 0xfedcba9876543210);
  TEST_RR_OP(112, mulhsu, 0x0000000000000000, 0xfedcba9876543210, 0x0000000000000000);
  TEST_RR_OP(113, mulhsu, 0xffffffffffffffff, 0xfedcba9876543210, 0x0000000000000001);
  TEST_RR_OP(114, mulhsu, 0xfedcba9876543210, 0xfedcba9876543210, 0xffffffffffffffff);
  TEST_RR_OP(115, mulhsu, 0xffffffffffffffff, 0xfedcba9876543210, 0x0000000000000002);
  TEST_RR_OP(116, mulhsu, 0xffffffffffffffff, 0xfedcba9876543210, 0x0000000000000003);
  TEST_RR_OP(117, mulhsu, 0xfedcba9876543210, 0xfedcba9876543210, 0xfffffffffffffffd);
  TEST_RR_OP(118, mulhsu, 0xff6e5d4c3b2a1908, 0xfedcba9876543210, 0x7fffffffffffffff);
  TEST_RR_OP(119, mulhsu, 0xff6e5d4c3b2a1908, 0xfedcba9876543210, 0x8000000000000000);
  TEST_RR_OP(120, mulhsu, 0xfffffffffedcba98, 0xfedcba9876543210, 0x00000000ffffffff);
  TEST_RR_OP(121, mulhsu, 0xfffeb49923cc0953, 0xfedcba9876543210, 0x0123456789abcdef);
  TEST_RR_OP(122, mulhsu, 0xfede05ff528828bc, 0xfedcba9876543210, 0xfedcba9876543210);

  // Source and destination registers the same
  TEST_RR_SRC1_EQ_DEST(123, mulhsu, 0x0121fa00ad77d742, 0x0123456789abcdef, 0xfedcba9876543210);
  TEST_RR_SRC2_EQ_DEST(124, mulhsu, 0x0121fa00ad77d742, 0x0123456789abcdef, 0xfedcba9876543210);
  TEST_RR_SRC12_EQ_DEST(125, mulhsu, 0x00014b66dc33f6ac, 0x0123456789abcdef);

  // Results and sources consumed 0, 1 and 2 instructions after they are produced
  TEST_RR_DEST_BYPASS(126, 0, mulhsu, 0x0121fa00ad77d742, 0x0123456789abcdef, 0xfedcba9876543210);
  TEST_RR_DEST_BYPASS(127, 1, mulhsu, 0x0121fa00ad77d742, 0x0123456789abcdef, 0xfedcba9876543210);
  TEST_RR_DEST_BYPASS(128, 2, mulhsu, 0x0121fa00ad77d742, 0x0123456789abcdef, 0xfedcba9876543210);
  TEST_RR_SRC12_BYPASS(129, 0, 0, mulhsu, 0x0121fa00ad77d742, 0x0123456789abcdef, 0xfedcba9876543210);
  TEST_RR_SRC12_BYPASS(130, 0, 1, mulhsu, 0x0121fa00ad77d742, 0x0123456789abcdef, 0xfedcba9876543210);
  TEST_RR_SRC12_BYPASS(131, 0, 2, mulhsu, 0x0121fa00ad77d742, 0x0123456789abcdef, 0xfedcba9876543210);
  TEST_RR_SRC12_BYPASS(132, 1, 0, mulhsu, 0x0121fa00ad77d742, 0x0123456789abcdef, 0xfedcba9876543210);
  TEST_RR_SRC12_BYPASS(133, 1, 1, mulhsu, 0x0121fa00ad77d742, 0x0123456789abcdef, 0xfedcba9876543210);
  TEST_RR_SRC12_BYPASS(134, 2, 0, mulhsu, 0x0121fa00ad77d742, 0x0123456789abcdef, 0xfedcba9876543210);
  TEST_RR_SRC21_BYPASS(135, 0, 0, mulhsu, 0x0121fa00ad77d742, 0x0123456789abcdef, 0xfedcba9876543210);
  TEST_RR_SRC21_BYPASS(136, 0, 1, mulhsu, 0x0121fa00ad77d742, 0x0123456789abcdef, 0xfedcba9876543210);
  TEST_RR_SRC21_BYPASS(137, 0, 2, mulhsu, 0x0121fa00ad77d742, 0x0123456789abcdef, 0xfedcba9876543210);
  TEST_RR_SRC21_BYPASS(138, 1, 0, mulhsu, 0x0121fa00ad77d742, 0x0123456789abcdef, 0xfedcba9876543210);
  TEST_RR_SRC21_BYPASS(139, 1, 1, mulhsu, 0x0121fa00ad77d742, 0x0123456789abcdef, 0xfedcba9876543210);
  TEST_RR_SRC21_BYPASS(140, 2, 0, mulhsu, 0x0121fa00ad77d742, 0x0123456789abcdef, 0xfedcba9876543210);

  // x0 as a source reads 0; x0 as a destination stays 0
  TEST_RR_ZEROSRC1(141, mulhsu, 0x0000000000000000, 0xfedcba9876543210);
  TEST_RR_ZEROSRC2(142, mulhsu, 0x0000000000000000, 0x0123456789abcdef);
  TEST_RR_ZEROSRC12(143, mulhsu, 0x0000000000000000);
  TEST_RR_ZERODEST(144, mulhsu, 0x0123456789abcdef, 0xfedcba9876543210);

  TEST_PASSFAIL

RVTEST_CODE_END

  .data
RVTEST_DATA_BEGIN
RVTEST_DATA_END
