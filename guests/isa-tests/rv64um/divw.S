// divw.S: tests `divw`, signed 32-bit division, result sign-extended; x/0 = -1, MIN/-1 = MIN (RISC-V Unprivileged ISA 20191213, 7.2, table 7.1).
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN
  // 32-bit encodings only, as in a build without C: rv64uc tests the compressed instructions.
  .option norvc

  // Values
  TEST_RR_OP(2, divw, 0xffffffffffffffff, 0x0000000000000000, 0x0000000000000000);
  TEST_RR_OP(3, divw, 0x0000000000000000, 0x0000000000000000, 0x0000000000000001);
  TEST_RR_OP(4, divw, 0x0000000000000000, 0x0000000000000000, 0xffffffffffffffff);
  TEST_RR_OP(5, divw, 0x0000000000000000, 0x0000000000000000, 0x0000000000000002);
  TEST_RR_OP(6, divw, 0x0000000000000000, 0x0000000000000000, 0xfffffffffffffffe);
  TEST_RR_OP(7, divw, 0x0000000000000000, 0x0000000000000000, 0x0000000000000007);
  TEST_RR_OP(8, divw, 0x0000000000000000, 0x0000000000000000, 0xfffffffffffffff9);
  TEST_RR_OP(9, divw, 0x0000000000000000, 0x0000000000000000, 0x000000007fffffff);
  TEST_RR_OP(10, divw, 0x0000000000000000, 0x0000000000000000, 0xffffffff80000000);
  TEST_RR_OP(11, divw, 0x0000000000000000, 0x0000000000000000, 0x0000000080000000);
  TEST_RR_OP(12, divw, 0xffffffffffffffff, 0x0000000000000000, 0xffffffff00000000);
  TEST_RR_OP(13, divw, 0x0000000000000000, 0x0000000000000000, 0x123456789abcdef0);
  TEST_RR_OP(14, divw, 0xffffffffffffffff, 0x0000000000000001, 0x0000000000000000);
  TEST_RR_OP(15, divw, 0x0000000000000001, 0x0000000000000001, 0x0000000000000001);
  TEST_RR_OP(16, divw, 0xffffffffffffffff, 0x0000000000000001, 0xffffffffffffffff);
  TEST_RR_OP(17, divw, 0x0000000000000000, 0x0000000000000001, 0x0000000000000002);
  TEST_RR_OP(18, divw, 0x0000000000000000, 0x0000000000000001, 0xfffffffffffffffe);
  TEST_RR_OP(19, divw, 0x0000000000000000, 0x0000000000000001, 0x0000000000000007);
  TEST_RR_OP(20, divw, 0x0000000000000000, 0x0000000000000001, 0xfffffffffffffff9);
  TEST_RR_OP(21, divw, 0x0000000000000000, 0x0000000000000001, 0x000000007fffffff);
  TEST_RR_OP(22, divw, 0x0000000000000000, 0x0000000000000001, 0xffffffff80000000);
  TEST_RR_OP(23, divw, 0x0000000000000000, 0x0000000000000001, 0x0000000080000000);
  TEST_RR_OP(24, divw, 0xffffffffffffffff, 0x0000000000000001, 0xffffffff00000000);
  TEST_RR_OP(25, divw, 0x0000000000000000, 0x0000000000000001, 0x123456789abcdef0);
  TEST_RR_OP(26, divw, 0xffffffffffffffff, 0xffffffffffffffff, 0x0000000000000000);
  TEST_RR_OP(27, divw, 0xffffffffffffffff, 0xffffffffffffffff, 0x0000000000000001);
  TEST_RR_OP(28, divw, 0x0000000000000001, 0xffffffffffffffff, 0xffffffffffffffff);
  TEST_RR_OP(29, divw, 0x0000000000000000, 0xffffffffffffffff, 0x0000000000000002);
  TEST_RR_OP(30, divw, 0x0000000000000000, 0xffffffffffffffff, 0xfffffffffffffffe);
  TEST_RR_OP(31, divw, 0x0000000000000000, 0xffffffffffffffff, 0x0000000000000007);
  TEST_RR_OP(32, divw, 0x0000000000000000, 0xffffffffffffffff, 0xfffffffffffffff9);
  TEST_RR_OP(33, divw, 0x0000000000000000, 0xffffffffffffffff, 0x000000007fffffff);
  TEST_RR_OP(34, divw, 0x0000000000000000, 0xffffffffffffffff, 0xffffffff80000000);
  TEST_RR_OP(35, divw, 0x0000000000000000, 0xffffffffffffffff, 0x0000000080000000);
  TEST_RR_OP(36, divw, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffff00000000);
  TEST_RR_OP(37, divw, 0x0000000000000000, 0xffffffffffffffff, 0x123456789abcdef0);
  TEST_RR_OP(38, divw, 0xffffffffffffffff, 0x0000000000000002, 0x0000000000000000);
  TEST_RR_OP(39, divw, 0x0000000000000002, 0x0000000000000002, 0x0000000000000001);
  TEST_RR_OP(40, divw, 0xfffffffffffffffe, 0x0000000000000002, 0xffffffffffffffff);
  TEST_RR_OP(41, divw, 0x0000000000000001, 0x0000000000000002, 0x0000000000000002);
  TEST_RR_OP(42, divw, 0xffffffffffffffff, 0x0000000000000002, 0xfffffffffffffffe);
  TEST_RR_OP(43, divw, 0x0000000000000000, 0x0000000000000002, 0x0000000000000007);
  TEST_RR_OP(44, divw, 0x0000000000000000, 0x0000000000000002, 0xfffffffffffffff9);
  TEST_RR_OP(45, divw, 0x0000000000000000, 0x0000000000000002, 0x000000007fffffff);
  TEST_RR_OP(46, divw, 0x0000000000000000, 0x0000000000000002, 0xffffffff80000000);
  TEST_RR_OP(47, divw, 0x0000000000000000, 0x0000000000000002, 0x0000000080000000);
  TEST_RR_OP(48, divw, 0xffffffffffffffff, 0x0000000000000002, 0xffffffff00000000);
  TEST_RR_OP(49, divw, 0x0000000000000000, 0x0000000000000002, 0x123456789abcdef0);
  TEST_RR_OP(50, divw, 0xffffffffffffffff, 0xfffffffffffffffe, 0x0000000000000000);
  TEST_RR_OP(51, divw, 0xfffffffffffffffe, 0xfffffffffffffffe, 0x0000000000000001);
  TEST_RR_OP(52, divw, 0x0000000000000002, 0xfffffffffffffffe, 0xffffffffffffffff);
  TEST_RR_OP(53, divw, 0xffffffffffffffff, 0xfffffffffffffffe, 0x0000000000000002);
  TEST_RR_OP(54, divw, 0x0000000000000001, 0xfffffffffffffffe, 0xfffffffffffffffe);
  TEST_RR_OP(55, divw, 0x0000000000000000, 0xfffffffffffffffe, 0x0000000000000007);
  TEST_RR_OP(56, divw, 0x0000000000000000, 0xfffffffffffffffe, 0xfffffffffffffff9);
  TEST_RR_OP(57, divw, 0x0000000000000000, 0xfffffffffffffffe, 0x000000007fffffff);
  TEST_RR_OP(58, divw, 0x0000000000000000, 0xfffffffffffffffe, 0xffffffff80000000);
  TEST_RR_OP(59, divw, 0x0000000000000000, 0xfffffffffffffffe, 0x0000000080000000);
  TEST_RR_OP(60, divw, 0xffffffffffffffff, 0xfffffffffffffffe, 0xffffffff00000000);
  TEST_RR_OP(61, divw, 0x0000000000000000, 0xfffffffffffffffe, 0x123456789abcdef0);
  TEST_RR_OP(62, divw, 0xffffffffffffffff, 0x0000000000000007, 0x0000000000000000);
  TEST_RR_OP(63, divw, 0x0000000000000007, 0x0000000000000007, 0x0000000000000001);
  TEST_RR_OP(64, divw, 0xfffffffffffffff9, 0x0000000000000007, 0xffffffffffffffff);
  TEST_RR_OP(65, divw, 0x0000000000000003, 0x0000000000000007, 0x0000000000000002);
  TEST_RR_OP(66, divw, 0xfffffffffffffffd, 0x0000000000000007, 0xfffffffffffffffe);
  TEST_RR_OP(67, divw, 0x0000000000000001, 0x0000000000000007, 0x0000000000000007);
  TEST_RR_OP(68, divw, 0xffffffffffffffff, 0x0000000000000007, 0xfffffffffffffff9);
  TEST_RR_OP(69, divw, 0x0000000000000000, 0x0000000000000007, 0x000000007fffffff);
  TEST_RR_OP(70, divw, 0x0000000000000000, 0x0000000000000007, 0xffffffff80000000);
  TEST_RR_OP(71, divw, 0x0000000000000000, 0x0000000000000007, 0x0000000080000000);
  TEST_RR_OP(72, divw, 0xffffffffffffffff, 0x0000000000000007, 0xffffffff00000000);
  TEST_RR_OP(73, divw, 0x0000000000000000, 0x0000000000000007, 0x123456789abcdef0);
  TEST_RR_OP(74, divw, 0xffffffffffffffff, 0xfffffffffffffff9, 0x0000000000000000);
  TEST_RR_OP(75, divw, 0xfffffffffffffff9, 0xfffffffffffffff9, 0x0000000000000001);
  TEST_RR_OP(76, divw, 0x0000000000000007, 0xfffffffffffffff9, 0xffffffffffffffff);
  TEST_RR_OP(77, divw, 0xfffffffffffffffd, 0xfffffffffffffff9, 0x0000000000000002);
  TEST_RR_OP(78, divw, 0x0000000000000003, 0xfffffffffffffff9, 0xfffffffffffffffe);
  TEST_RR_OP(79, divw, 0xffffffffffffffff, 0xfffffffffffffff9, 0x0000000000000007);
  TEST_RR_OP(80, divw, 0x0000000000000001, 0xfffffffffffffff9, 0xfffffffffffffff9);
  TEST_RR_OP(81, divw, 0x0000000000000000, 0xfffffffffffffff9, 0x000000007fffffff);
  TEST_RR_OP(82, divw, 0x0000000000000000, 0xfffffffffffffff9, 0xffffffff80000000);
  TEST_RR_OP(83, divw, 0x0000000000000000, 0xfffffffffffffff9, 0x0000000080000000);
  TEST_RR_OP(84, divw, 0xffffffffffffffff, 0xfffffffffffffff9, 0xffffffff00000000);
  TEST_RR_OP(85, divw, 0x0000000000000000, 0xfffffffffffffff9, 0x123456789abcdef0);
  TEST_RR_OP(86, divw, 0xffffffffffffffff, 0x000000007fffffff, 0x0000000000000000);
  TEST_RR_OP(87, divw, 0x000000007fffffff, 0x000000007fffffff, 0x0000000000000001);
  TEST_RR_OP(88, divw, 0xffffffff80000001, 0x000000007fffffff, 0xffffffffffffffff);
  TEST_RR_OP(89, divw, 0x000000003fffffff, 0x000000007fffffff, 0x0000000000000002);
  TEST_RR_OP(90, divw, 0xffffffffc0000001, 0x000000007fffffff, 0xfffffffffffffffe);
  TEST_RR_OP(91, divw, 0x0000000012492492, 0x000000007fffffff, 0x0000000000000007);
  TEST_RR_OP(92, divw, 0xffffffffedb6db6e, 0x000000007fffffff, 0xfffffffffffffff9);
  TEST_RR_OP(93, divw, 0x0000000000000001, 0x000000007fffffff, 0x000000007fffffff);
  TEST_RR_OP(94, divw, 0x0000000000000000, 0x000000007fffffff, 0xffffffff80000000);
  TEST_RR_OP(95, divw, 0x0000000000000000, 0x000000007fffffff, 0x0000000080000000);
  TEST_RR_OP(96, divw, 0xffffffffffffffff, 0x000000007fffffff, 0xffffffff00000000);
  TEST_RR_OP(97, divw, 0xffffffffffffffff, 0x000000007fffffff, 0x123456789abcdef0);
  TEST_RR_OP(98, divw, 0xffffffffffffffff, 0xffffffff80000000, 0x0000000000000000);
  TEST_RR_OP(99, divw, 0xffffffff80000000, 0xffffffff80000000, 0x0000000000000001);
  TEST_RR_OP(100, divw, 0xffffffff80000000, 0xffffffff80000000, 0xffffffffffffffff);
  TEST_RR_OP(101, divw, 0xffffffffc0000000, 0xffffffff80000000, 0x0000000000000002);
  TEST_RR_OP(102, divw, 0x0000000040000000, 0xffffffff80000000, 0xfffffffffffffffe);
  TEST_RR_OP(103, divw, 0xffffffffedb6db6e, 0xffffffff80000000, 0x0000000000000007);
  TEST_RR_OP(104, divw, 0x0000000012492492, 0xffffffff80000000, 0xfffffffffffffff9);
  TEST_RR_OP(105, divw, 0xffffffffffffffff, 0xffffffff80000000, 0x000000007fffffff);
  TEST_RR_OP(106, divw, 0x0000000000000001, 0xffffffff80000000, 0xffffffff80000000);
  TEST_RR_OP(107, divw, 0x0000000000000001, 0xffffffff80000000, 0x0000000080000000);
  TEST_RR_OP(108, divw, 0xffffffffffffffff, 0xffffffff80000000, 0xffffffff00000000);
  TEST_RR_OP(109, divw, 0x0000000000000001, 0xffffffff80000000, 0x123456789abcdef0);
  TEST_RR_OP(110, divw, 0xffffffffffffffff, 0x0000000080000000, 0x0000000000000000);
  TEST_RR_OP(111, divw, 0xffffffff80000000, 0x0000000080000000, 0x0000000000000001);
  TEST_RR_OP(112, divw, 0xffffffff80000000, 0x0000000080000000, 0xffffffffffffffff);
  TEST_RR_OP(113, divw, 0xffffffffc0000000, 0x0000000080000000, 0x0000000000000002);
  TEST_RR_OP(114, divw, 0x0000000040000000, 0x0000000080000000, 0xfffffffffffffffe);
  TEST_RR_OP(115, divw, 0xffffffffedb6db6e, 0x0000000080000000, 0x0000000000000007);
  TEST_RR_OP(116, divw, 0x0000000012492492, 0x0000000080000000, 0xfffffffffffffff9);
  TEST_RR_OP(117, divw, 0xffffffffffffffff, 0x0000000080000000, 0x000000007fffffff);
  TEST_RR_OP(118, divw, 0x0000000000000001, 0x0000000080000000, 0xffffffff80000000);
  TEST_RR_OP(119, divw, 0x0000000000000001, 0x0000000080000000, 0x0000000080000000);
  TEST_RR_OP(120, divw, 0xffffffffffffffff, 0x0000000080000000, 0xffffffff00000000);
  TEST_RR_OP(121, divw, 0x0000000000000001, 0x0000000080000000, 0x123456789abcdef0);
  TEST_RR_OP(122, divw, 0xffffffffffffffff, 0xffffffff00000000, 0x0000000000000000);
  TEST_RR_OP(123, divw, 0x0000000000000000, 0xffffffff00000000, 0x0000000000000001);
  TEST_RR_OP(124, divw, 0x0000000000000000, 0xffffffff00000000, 0xffffffffffffffff);
  TEST_RR_OP(125, divw, 0x0000000000000000, 0xffffffff00000000, 0x0000000000000002);
  TEST_RR_OP(126, divw, 0x0000000000000000, 0xffffffff00000000, 0xfffffffffffffffe);
  TEST_RR_OP(127, divw, 0x0000000000000000, 0xffffffff00000000, 0x0000000000000007);
  TEST_RR_OP(128, divw, 0x0000000000000000, 0xffffffff00000000, 0xfffffffffffffff9);
  TEST_RR_OP(129, divw, 0x0000000000000000, 0xffffffff00000000, 0x000000007fffffff);
  TEST_RR_OP(130, divw, 0x0000000000000000, 0xffffffff00000000, 0xffffffff80000000);
  TEST_RR_OP(131, divw, 0x0000000000000000, 0xffffffff00000000, 0x0000000080000000);
  TEST_RR_OP(132, divw, 0xffffffffffffffff, 0xffffffff00000000, 0xffffffff00000000);
  TEST_RR_OP(133, divw, 0x0000000000000000, 0xffffffff00000000, 0x123456789abcdef0);
  TEST_RR_OP(134, divw, 0xffffffffffffffff, 0x123456789abcdef0, 0x0000000000000000);
  TEST_RR_OP(135, divw, 0xffffffff9abcdef0, 0x123456789abcdef0, 0x0000000000000001);
  TEST_RR_OP(136, divw, 0x0000000065432110, 0x123456789abcdef0, 0xffffffffffffffff);
  TEST_RR_OP(137, divw, 0xffffffffcd5e6f78, 0x123456789abcdef0, 0x0000000000000002);
  TEST_RR_OP(138, divw, 0x0000000032a19088, 0x123456789abcdef0, 0xfffffffffffffffe);
  TEST_RR_OP(139, divw, 0xfffffffff188b223, 0x123456789abcdef0, 0x0000000000000007);
  TEST_RR_OP(140, divw, 0x000000000e774ddd, 0x123456789abcdef0, 0xfffffffffffffff9);
  TEST_RR_OP(141, divw, 0x0000000000000000, 0x123456789abcdef0, 0x000000007fffffff);
  TEST_RR_OP(142, divw, 0x0000000000000000, 0x123456789abcdef0, 0xffffffff80000000);
  TEST_RR_OP(143, divw, 0x0000000000000000, 0x123456789abcdef0, 0x0000000080000000);
  TEST_RR_OP(144, divw, 0xffffffffffffffff, 0x123456789abcdef0, 0xffffffff00000000);
  TEST_RR_OP(145, divw, 0x0000000000000001, 0x123456789abcdef0, 0x123456789abcdef0);

  // Source and destination registers the same
  TEST_RR_SRC1_EQ_DEST(146, divw, 0xfffffffffffffffd, 0xffffffffffffffec, 0x0000000000000006);
  TEST_RR_SRC2_EQ_DEST(147, divw, 0xfffffffffffffffd, 0xffffffffffffffec, 0x0000000000000006);
  TEST_RR_SRC12_EQ_DEST(148, divw, 0x0000000000000001, 0xffffffffffffffec);

  // Results and sources consumed 0, 1 and 2 instructions after they are produced
  TEST_RR_DEST_BYPASS(149, 0, divw, 0xfffffffffffffffd, 0xffffffffffffffec, 0x0000000000000006);
  TEST_RR_DEST_BYPASS(150, 1, divw, 0xfffffffffffffffd, 0xffffffffffffffec, 0x0000000000000006);
  TEST_RR_DEST_BYPASS(151, 2, divw, 0xfffffffffffffffd, 0xffffffffffffffec, 0x0000000000000006);
  TEST_RR_SRC12_BYPASS(152, 0, 0, divw, 0xfffffffffffffffd, 0xffffffffffffffec, 0x0000000000000006);
  TEST_RR_SRC12_BYPASS(153, 0, 1, divw, 0xfffffffffffffffd, 0xffffffffffffffec, 0x0000000000000006);
  TEST_RR_SRC12_BYPASS(154, 0, 2, divw, 0xfffffffffffffffd, 0xffffffffffffffec, 0x0000000000000006);
  TEST_RR_SRC12_BYPASS(155, 1, 0, divw, 0xfffffffffffffffd, 0xffffffffffffffec, 0x0000000000000006);
  TEST_RR_SRC12_BYPASS(156, 1, 1, divw, 0xfffffffffffffffd, 0xffffffffffffffec, 0x0000000000000006);
  TEST_RR_SRC12_BYPASS(157, 2, 0, divw, 0xfffffffffffffffd, 0xffffffffffffffec, 0x0000000000000006);
  TEST_RR_SRC21_BYPASS(158, 0, 0, divw, 0xfffffffffffffffd, 0xffffffffffffffec, 0x0000000000000006);
  TEST_RR_SRC21_BYPASS(159, 0, 1, divw, 0xfffffffffffffffd, 0xffffffffffffffec, 0x0000000000000006);
  TEST_RR_SRC21_BYPASS(160, 0, 2, divw, 0xfffffffffffffffd, 0xffffffffffffffec, 0x0000000000000006);
  TEST_RR_SRC21_BYPASS(161, 1, 0, divw, 0xfffffffffffffffd, 0xffffffffffffffec, 0x0000000000000006);
  TEST_RR_SRC21_BYPASS(162, 1, 1, divw, 0xfffffffffffffffd, 0xffffffffffffffec, 0x0000000000000006);
  TEST_RR_SRC21_BYPASS(163, 2, 0, divw, 0xfffffffffffffffd, 0xffffffffffffffec, 0x0000000000000006);

  // x0 as a source reads 0; x0 as a destination stays 0
  TEST_RR_ZEROSRC1(164, divw, 0x0000000000000000, 0x0000000000000006);
  TEST_RR_ZEROSRC2(165, divw, 0xffffffffffffffff, 0xffffffffffffffec);
  TEST_RR_ZEROSRC12(166, divw, 0xffffffffffffffff);
  TEST_RR_ZERODEST(167, divw, 0xffffffffffffffec, 0x0000000000000006);

  TEST_PASSFAIL

RVTEST_CODE_END

  .data
RVTEST_DATA_BEGIN
RVTEST_DATA_END
