// remw.S: tests `remw`, signed 32-bit remainder, result sign-extended; x%0 = x, MIN%-1 = 0 (RISC-V Unprivileged ISA 20191213, 7.2, table 7.1).
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN
  // 32-bit encodings only, as in a build without C: rv64uc tests the compressed instructions.
  .option norvc

  // Values
  TEST_RR_OP(2, remw, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000);
  TEST_RR_OP(3, remw, 0x0000000000000000, 0x0000000000000000, 0x0000000000000001);
  TEST_RR_OP(4, remw, 0x0000000000000000, 0x0000000000000000, 0xffffffffffffffff);
  TEST_RR_OP(5, remw, 0x0000000000000000, 0x0000000000000000, 0x0000000000000002);
  TEST_RR_OP(6, remw, 0x0000000000000000, 0x0000000000000000, 0xfffffffffffffffe);
  TEST_RR_OP(7, remw, 0x0000000000000000, 0x0000000000000000, 0x0000000000000007);
  TEST_RR_OP(8, remw, 0x0000000000000000, 0x0000000000000000, 0xfffffffffffffff9);
  TEST_RR_OP(9, remw, 0x0000000000000000, 0x0000000000000000, 0x000000007fffffff);
  TEST_RR_OP(10, remw, 0x0000000000000000, 0x0000000000000000, 0xffffffff80000000);
  TEST_RR_OP(11, remw, 0x0000000000000000, 0x0000000000000000, 0x0000000080000000);
  TEST_RR_OP(12, remw, 0x0000000000000000, 0x0000000000000000, 0xffffffff00000000);
  TEST_RR_OP(13, remw, 0x0000000000000000, 0x0000000000000000, 0x123456789abcdef0);
  TEST_RR_OP(14, remw, 0x0000000000000001, 0x0000000000000001, 0x0000000000000000);
  TEST_RR_OP(15, remw, 0x0000000000000000, 0x0000000000000001, 0x0000000000000001);
  TEST_RR_OP(16, remw, 0x0000000000000000, 0x0000000000000001, 0xffffffffffffffff);
  TEST_RR_OP(17, remw, 0x0000000000000001, 0x0000000000000001, 0x0000000000000002);
  TEST_RR_OP(18, remw, 0x0000000000000001, 0x0000000000000001, 0xfffffffffffffffe);
  TEST_RR_OP(19, remw, 0x0000000000000001, 0x0000000000000001, 0x0000000000000007);
  TEST_RR_OP(20, remw, 0x0000000000000001, 0x0000000000000001, 0xfffffffffffffff9);
  TEST_RR_OP(21, remw, 0x0000000000000001, 0x0000000000000001, 0x000000007fffffff);
  TEST_RR_OP(22, remw, 0x0000000000000001, 0x0000000000000001, 0xffffffff80000000);
  TEST_RR_OP(23, remw, 0x0000000000000001, 0x0000000000000001, 0x0000000080000000);
  TEST_RR_OP(24, remw, 0x0000000000000001, 0x0000000000000001, 0xffffffff00000000);
  TEST_RR_OP(25, remw, 0x0000000000000001, 0x0000000000000001, 0x123456789abcdef0);
  TEST_RR_OP(26, remw, 0xffffffffffffffff, 0xffffffffffffffff, 0x0000000000000000);
  TEST_RR_OP(27, remw, 0x0000000000000000, 0xffffffffffffffff, 0x0000000000000001);
  TEST_RR_OP(28, remw, 0x0000000000000000, 0xffffffffffffffff, 0xffffffffffffffff);
  TEST_RR_OP(29, remw, 0xffffffffffffffff, 0xffffffffffffffff, 0x0000000000000002);
  TEST_RR_OP(30, remw, 0xffffffffffffffff, 0xffffffffffffffff, 0xfffffffffffffffe);
  TEST_RR_OP(31, remw, 0xffffffffffffffff, 0xffffffffffffffff, 0x0000000000000007);
  TEST_RR_OP(32, remw, 0xffffffffffffffff, 0xffffffffffffffff, 0xfffffffffffffff9);
  TEST_RR_OP(33, remw, 0xffffffffffffffff, 0xffffffffffffffff, 0x000000007fffffff);
  TEST_RR_OP(34, remw, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffff80000000);
  TEST_RR_OP(35, remw, 0xffffffffffffffff, 0xffffffffffffffff, 0x0000000080000000);
  TEST_RR_OP(36, remw, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffff00000000);
  TEST_RR_OP(37, remw, 0xffffffffffffffff, 0xffffffffffffffff, 0x123456789abcdef0);
  TEST_RR_OP(38, remw, 0x0000000000000002, 0x0000000000000002, 0x0000000000000000);
  TEST_RR_OP(39, remw, 0x0000000000000000, 0x0000000000000002, 0x0000000000000001);
  TEST_RR_OP(40, remw, 0x0000000000000000, 0x0000000000000002, 0xffffffffffffffff);
  TEST_RR_OP(41, remw, 0x0000000000000000, 0x0000000000000002, 0x0000000000000002);
  TEST_RR_OP(42, remw, 0x0000000000000000, 0x0000000000000002, 0xfffffffffffffffe);
  TEST_RR_OP(43, remw, 0x0000000000000002, 0x0000000000000002, 0x0000000000000007);
  TEST_RR_OP(44, remw, 0x0000000000000002, 0x0000000000000002, 0xfffffffffffffff9);
  TEST_RR_OP(45, remw, 0x0000000000000002, 0x0000000000000002, 0x000000007fffffff);
  TEST_RR_OP(46, remw, 0x0000000000000002, 0x0000000000000002, 0xffffffff80000000);
  TEST_RR_OP(47, remw, 0x0000000000000002, 0x0000000000000002, 0x0000000080000000);
  TEST_RR_OP(48, remw, 0x0000000000000002, 0x0000000000000002, 0xffffffff00000000);
  TEST_RR_OP(49, remw, 0x0000000000000002, 0x0000000000000002, 0x123456789abcdef0);
  TEST_RR_OP(50, remw, 0xfffffffffffffffe, 0xfffffffffffffffe, 0x0000000000000000);
  TEST_RR_OP(51, remw, 0x0000000000000000, 0xfffffffffffffffe, 0x0000000000000001);
  TEST_RR_OP(52, remw, 0x0000000000000000, 0xfffffffffffffffe, 0xffffffffffffffff);
  TEST_RR_OP(53, remw, 0x0000000000000000, 0xfffffffffffffffe, 0x0000000000000002);
  TEST_RR_OP(54, remw, 0x0000000000000000, 0xfffffffffffffffe, 0xfffffffffffffffe);
  TEST_RR_OP(55, remw, 0xfffffffffffffffe, 0xfffffffffffffffe, 0x0000000000000007);
  TEST_RR_OP(56, remw, 0xfffffffffffffffe, 0xfffffffffffffffe, 0xfffffffffffffff9);
  TEST_RR_OP(57, remw, 0xfffffffffffffffe, 0xfffffffffffffffe, 0x000000007fffffff);
  TEST_RR_OP(58, remw, 0xfffffffffffffffe, 0xfffffffffffffffe, 0xffffffff80000000);
  TEST_RR_OP(59, remw, 0xfffffffffffffffe, 0xfffffffffffffffe, 0x0000000080000000);
  TEST_RR_OP(60, remw, 0xfffffffffffffffe, 0xfffffffffffffffe, 0xffffffff00000000);
  TEST_RR_OP(61, remw, 0xfffffffffffffffe, 0xfffffffffffffffe, 0x123456789abcdef0);
  TEST_RR_OP(62, remw, 0x0000000000000007, 0x0000000000000007, 0x0000000000000000);
  TEST_RR_OP(63, remw, 0x0000000000000000, 0x0000000000000007, 0x0000000000000001);
  TEST_RR_OP(64, remw, 0x0000000000000000, 0x0000000000000007, 0xffffffffffffffff);
  TEST_RR_OP(65, remw, 0x0000000000000001, 0x0000000000000007, 0x0000000000000002);
  TEST_RR_OP(66, remw, 0x0000000000000001, 0x0000000000000007, 0xfffffffffffffffe);
  TEST_RR_OP(67, remw, 0x0000000000000000, 0x0000000000000007, 0x0000000000000007);
  TEST_RR_OP(68, remw, 0x0000000000000000, 0x0000000000000007, 0xfffffffffffffff9);
  TEST_RR_OP(69, remw, 0x0000000000000007, 0x0000000000000007, 0x000000007fffffff);
  TEST_RR_OP(70, remw, 0x0000000000000007, 0x0000000000000007, 0xffffffff80000000);
  TEST_RR_OP(71, remw, 0x0000000000000007, 0x0000000000000007, 0x0000000080000000);
  TEST_RR_OP(72, remw, 0x0000000000000007, 0x0000000000000007, 0xffffffff00000000);
  TEST_RR_OP(73, remw, 0x0000000000000007, 0x0000000000000007, 0x123456789abcdef0);
  TEST_RR_OP(74, remw, 0xfffffffffffffff9, 0xfffffffffffffff9, 0x0000000000000000);
  TEST_RR_OP(75, remw, 0x0000000000000000, 0xfffffffffffffff9, 0x0000000000000001);
  TEST_RR_OP(76, remw, 0x0000000000000000, 0xfffffffffffffff9, 0xffffffffffffffff);
  TEST_RR_OP(77, remw, 0xffffffffffffffff, 0xfffffffffffffff9, 0x0000000000000002);
  TEST_RR_OP(78, remw, 0xffffffffffffffff, 0xfffffffffffffff9, 0xfffffffffffffffe);
  TEST_RR_OP(79, remw, 0x0000000000000000, 0xfffffffffffffff9, 0x0000000000000007);
  TEST_RR_OP(80, remw, 0x0000000000000000, 0xfffffffffffffff9, 0xfffffffffffffff9);
  TEST_RR_OP(81, remw, 0xfffffffffffffff9, 0xfffffffffffffff9, 0x000000007fffffff);
  TEST_RR_OP(82, remw, 0xfffffffffffffff9, 0xfffffffffffffff9, 0xffffffff80000000);
  TEST_RR_OP(83, remw, 0xfffffffffffffff9, 0xfffffffffffffff9, 0x0000000080000000);
  TEST_RR_OP(84, remw, 0xfffffffffffffff9, 0xfffffffffffffff9, 0xffffffff00000000);
  TEST_RR_OP(85, remw, 0xfffffffffffffff9, 0xfffffffffffffff9, 0x123456789abcdef0);
  TEST_RR_OP(86, remw, 0x000000007fffffff, 0x000000007fffffff, 0x0000000000000000);
  TEST_RR_OP(87, remw, 0x0000000000000000, 0x000000007fffffff, 0x0000000000000001);
  TEST_RR_OP(88, remw, 0x0000000000000000, 0x000000007fffffff, 0xffffffffffffffff);
  TEST_RR_OP(89, remw, 0x0000000000000001, 0x000000007fffffff, 0x0000000000000002);
  TEST_RR_OP(90, remw, 0x0000000000000001, 0x000000007fffffff, 0xfffffffffffffffe);
  TEST_RR_OP(91, remw, 0x0000000000000001, 0x000000007fffffff, 0x0000000000000007);
  TEST_RR_OP(92, remw, 0x0000000000000001, 0x000000007fffffff, 0xfffffffffffffff9);
  TEST_RR_OP(93, remw, 0x0000000000000000, 0x000000007fffffff, 0x000000007fffffff);
  TEST_RR_OP(94, remw, 0x000000007fffffff, 0x000000007fffffff, 0xffffffff80000000);
  TEST_RR_OP(95, remw, 0x000000007fffffff, 0x000000007fffffff, 0x0000000080000000);
  TEST_RR_OP(96, remw, 0x000000007fffffff, 0x000000007fffffff, 0xffffffff00000000);
  TEST_RR_OP(97, remw, 0x000000001abcdeef, 0x000000007fffffff, 0x123456789abcdef0);
  TEST_RR_OP(98, remw, 0xffffffff80000000, 0xffffffff80000000, 0x0000000000000000);
  TEST_RR_OP(99, remw, 0x0000000000000000, 0xffffffff80000000, 0x0000000000000001);
  TEST_RR_OP(100, remw, 0x0000000000000000, 0xffffffff80000000, 0xffffffffffffffff);
  TEST_RR_OP(101, remw, 0x0000000000000000, 0xffffffff80000000, 0x0000000000000002);
  TEST_RR_OP(102, remw, 0x0000000000000000, 0xffffffff80000000, 0xfffffffffffffffe);
  TEST_RR_OP(103, remw, 0xfffffffffffffffe, 0xffffffff80000000, 0x0000000000000007);
  TEST_RR_OP(104, remw, 0xfffffffffffffffe, 0xffffffff80000000, 0xfffffffffffffff9);
  TEST_RR_OP(105, remw, 0xffffffffffffffff, 0xffffffff80000000, 0x000000007fffffff);
  TEST_RR_OP(106, remw, 0x0000000000000000, 0xffffffff80000000, 0xffffffff80000000);
  TEST_RR_OP(107, remw, 0x0000000000000000, 0xffffffff80000000, 0x0000000080000000);
  TEST_RR_OP(108, remw, 0xffffffff80000000, 0xffffffff80000000, 0xffffffff00000000);
  TEST_RR_OP(109, remw, 0xffffffffe5432110, 0xffffffff80000000, 0x123456789abcdef0);
  TEST_RR_OP(110, remw, 0xffffffff80000000, 0x0000000080000000, 0x0000000000000000);
  TEST_RR_OP(111, remw, 0x0000000000000000, 0x0000000080000000, 0x0000000000000001);
  TEST_RR_OP(112, remw, 0x0000000000000000, 0x0000000080000000, 0xffffffffffffffff);
  TEST_RR_OP(113, remw, 0x0000000000000000, 0x0000000080000000, 0x0000000000000002);
  TEST_RR_OP(114, remw, 0x0000000000000000, 0x0000000080000000, 0xfffffffffffffffe);
  TEST_RR_OP(115, remw, 0xfffffffffffffffe, 0x0000000080000000, 0x0000000000000007);
  TEST_RR_OP(116, remw, 0xfffffffffffffffe, 0x0000000080000000, 0xfffffffffffffff9);
  TEST_RR_OP(117, remw, 0xffffffffffffffff, 0x0000000080000000, 0x000000007fffffff);
  TEST_RR_OP(118, remw, 0x0000000000000000, 0x0000000080000000, 0xffffffff80000000);
  TEST_RR_OP(119, remw, 0x0000000000000000, 0x0000000080000000, 0x0000000080000000);
  TEST_RR_OP(120, remw, 0xffffffff80000000, 0x0000000080000000, 0xffffffff00000000);
  TEST_RR_OP(121, remw, 0xffffffffe5432110, 0x0000000080000000, 0x123456789abcdef0);
  TEST_RR_OP(122, remw, 0x0000000000000000, 0xffffffff00000000, 0x0000000000000000);
  TEST_RR_OP(123, remw, 0x0000000000000000, 0xffffffff00000000, 0x0000000000000001);
  TEST_RR_OP(124, remw, 0x0000000000000000, 0xffffffff00000000, 0xffffffffffffffff);
  TEST_RR_OP(125, remw, 0x0000000000000000, 0xffffffff00000000, 0x0000000000000002);
  TEST_RR_OP(126, remw, 0x0000000000000000, 0xffffffff00000000, 0xfffffffffffffffe);
  TEST_RR_OP(127, remw, 0x0000000000000000, 0xffffffff00000000, 0x0000000000000007);
  TEST_RR_OP(128, remw, 0x0000000000000000, 0xffffffff00000000, 0xfffffffffffffff9);
  TEST_RR_OP(129, remw, 0x0000000000000000, 0xffffffff00000000, 0x000000007fffffff);
  TEST_RR_OP(130, remw, 0x0000000000000000, 0xffffffff00000000, 0xffffffff80000000);
  TEST_RR_OP(131, remw, 0x0000000000000000, 0xffffffff00000000, 0x0000000080000000);
  TEST_RR_OP(132, remw, 0x0000000000000000, 0xffffffff00000000, 0xffffffff00000000);
  TEST_RR_OP(133, remw, 0x0000000000000000, 0xffffffff00000000, 0x123456789abcdef0);
  TEST_RR_OP(134, remw, 0xffffffff9abcdef0, 0x123456789abcdef0, 0x0000000000000000);
  TEST_RR_OP(135, remw, 0x0000000000000000, 0x123456789abcdef0, 0x0000000000000001);
  TEST_RR_OP(136, remw, 0x0000000000000000, 0x123456789abcdef0, 0xffffffffffffffff);
  TEST_RR_OP(137, remw, 0x0000000000000000, 0x123456789abcdef0, 0x0000000000000002);
  TEST_RR_OP(138, remw, 0x0000000000000000, 0x123456789abcdef0, 0xfffffffffffffffe);
  TEST_RR_OP(139, remw, 0xfffffffffffffffb, 0x123456789abcdef0, 0x0000000000000007);
  TEST_RR_OP(140, remw, 0xfffffffffffffffb, 0x123456789abcdef0, 0xfffffffffffffff9);
  TEST_RR_OP(141, remw, 0xffffffff9abcdef0, 0x123456789abcdef0, 0x000000007fffffff);
  TEST_RR_OP(142, remw, 0xffffffff9abcdef0, 0x123456789abcdef0, 0xffffffff80000000);
  TEST_RR_OP(143, remw, 0xffffffff9abcdef0, 0x123456789abcdef0, 0x0000000080000000);
  TEST_RR_OP(144, remw, 0xffffffff9abcdef0, 0x123456789abcdef0, 0xffffffff00000000);
  TEST_RR_OP(145, remw, 0x0000000000000000, 0x123456789abcdef0, 0x123456789abcdef0);

  // Source and destination registers the same
  TEST_RR_SRC1_EQ_DEST(146, remw, 0xfffffffffffffffe, 0xffffffffffffffec, 0x0000000000000006);
  TEST_RR_SRC2_EQ_DEST(147, remw, 0xfffffffffffffffe, 0xffffffffffffffec, 0x0000000000000006);
  TEST_RR_SRC12_EQ_DEST(148, remw, 0x0000000000000000, 0xffffffffffffffec);

  // Results and sources consumed 0, 1 and 2 instructions after they are produced
  TEST_RR_DEST_BYPASS(149, 0, remw, 0xfffffffffffffffe, 0xffffffffffffffec, 0x0000000000000006);
  TEST_RR_DEST_BYPASS(150, 1, remw, 0xfffffffffffffffe, 0xffffffffffffffec, 0x0000000000000006);
  TEST_RR_DEST_BYPASS(151, 2, remw, 0xfffffffffffffffe, 0xffffffffffffffec, 0x0000000000000006);
  TEST_RR_SRC12_BYPASS(152, 0, 0, remw, 0xfffffffffffffffe, 0xffffffffffffffec, 0x0000000000000006);
  TEST_RR_SRC12_BYPASS(153, 0, 1, remw, 0xfffffffffffffffe, 0xffffffffffffffec, 0x0000000000000006);
  TEST_RR_SRC12_BYPASS(154, 0, 2, remw, 0xfffffffffffffffe, 0xffffffffffffffec, 0x0000000000000006);
  TEST_RR_SRC12_BYPASS(155, 1, 0, remw, 0xfffffffffffffffe, 0xffffffffffffffec, 0x0000000000000006);
  TEST_RR_SRC12_BYPASS(156, 1, 1, remw, 0xfffffffffffffffe, 0xffffffffffffffec, 0x0000000000000006);
  TEST_RR_SRC12_BYPASS(157, 2, 0, remw, 0xfffffffffffffffe, 0xffffffffffffffec, 0x0000000000000006);
  TEST_RR_SRC21_BYPASS(158, 0, 0, remw, 0xfffffffffffffffe, 0xffffffffffffffec, 0x0000000000000006);
  TEST_RR_SRC21_BYPASS(159, 0, 1, remw, 0xfffffffffffffffe, 0xffffffffffffffec, 0x0000000000000006);
  TEST_RR_SRC21_BYPASS(160, 0, 2, remw, 0xfffffffffffffffe, 0xffffffffffffffec, 0x0000000000000006);
  TEST_RR_SRC21_BYPASS(161, 1, 0, remw, 0xfffffffffffffffe, 0xffffffffffffffec, 0x0000000000000006);
  TEST_RR_SRC21_BYPASS(162, 1, 1, remw, 0xfffffffffffffffe, 0xffffffffffffffec, 0x0000000000000006);
  TEST_RR_SRC21_BYPASS(163, 2, 0, remw, 0xfffffffffffffffe, 0xffffffffffffffec, 0x0000000000000006);

  // x0 as a source reads 0; x0 as a destination stays 0
  TEST_RR_ZEROSRC1(164, remw, 0x0000000000000000, 0x0000000000000006);
  TEST_RR_ZEROSRC2(165, remw, 0xffffffffffffffec, 0xffffffffffffffec);
  TEST_RR_ZEROSRC12(166, remw, 0x0000000000000000);
  TEST_RR_ZERODEST(167, remw, 0xffffffffffffffec, 0x0000000000000006);

  TEST_PASSFAIL

RVTEST_CODE_END

  .data
RVTEST_DATA_BEGIN
RVTEST_DATA_END
