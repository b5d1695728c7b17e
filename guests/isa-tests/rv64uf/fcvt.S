// fcvt.S: integer to single conversions in every rounding mode
// (RISC-V unprivileged spec 11.7).
#include "riscv_test.h"
#include "test_macros.h"
#include "test_macros_fp.h"

RVTEST_RV64UF
RVTEST_CODE_BEGIN
  // fcvt.s.w
  // 0
  TEST_INT_FP(2, fcvt.s.w, rne, 0, BOXED(0x00000000), 0x0);
  TEST_INT_FP(3, fcvt.s.w, rtz, 0, BOXED(0x00000000), 0x0);
  TEST_INT_FP(4, fcvt.s.w, rdn, 0, BOXED(0x00000000), 0x0);
  TEST_INT_FP(5, fcvt.s.w, rup, 0, BOXED(0x00000000), 0x0);
  TEST_INT_FP(6, fcvt.s.w, rmm, 0, BOXED(0x00000000), 0x0);
  // 1
  TEST_INT_FP(7, fcvt.s.w, rne, 0, BOXED(0x3f800000), 0x1);
  TEST_INT_FP(8, fcvt.s.w, rtz, 0, BOXED(0x3f800000), 0x1);
  TEST_INT_FP(9, fcvt.s.w, rdn, 0, BOXED(0x3f800000), 0x1);
  TEST_INT_FP(10, fcvt.s.w, rup, 0, BOXED(0x3f800000), 0x1);
  TEST_INT_FP(11, fcvt.s.w, rmm, 0, BOXED(0x3f800000), 0x1);
  // -1 / 2^64-1
  TEST_INT_FP(12, fcvt.s.w, rne, 0, BOXED(0xbf800000), 0xffffffffffffffff);
  TEST_INT_FP(13, fcvt.s.w, rtz, 0, BOXED(0xbf800000), 0xffffffffffffffff);
  TEST_INT_FP(14, fcvt.s.w, rdn, 0, BOXED(0xbf800000), 0xffffffffffffffff);
  TEST_INT_FP(15, fcvt.s.w, rup, 0, BOXED(0xbf800000), 0xffffffffffffffff);
  TEST_INT_FP(16, fcvt.s.w, rmm, 0, BOXED(0xbf800000), 0xffffffffffffffff);
  // 2^31-1
  TEST_INT_FP(17, fcvt.s.w, rne, FP_NX, BOXED(0x4f000000), 0x7fffffff);
  TEST_INT_FP(18, fcvt.s.w, rtz, FP_NX, BOXED(0x4effffff), 0x7fffffff);
  TEST_INT_FP(19, fcvt.s.w, rdn, FP_NX, BOXED(0x4effffff), 0x7fffffff);
  TEST_INT_FP(20, fcvt.s.w, rup, FP_NX, BOXED(0x4f000000), 0x7fffffff);
  TEST_INT_FP(21, fcvt.s.w, rmm, FP_NX, BOXED(0x4f000000), 0x7fffffff);
  // 2^31 (w: -2^31)
  TEST_INT_FP(22, fcvt.s.w, rne, 0, BOXED(0xcf000000), 0x80000000);
  TEST_INT_FP(23, fcvt.s.w, rtz, 0, BOXED(0xcf000000), 0x80000000);
  TEST_INT_FP(24, fcvt.s.w, rdn, 0, BOXED(0xcf000000), 0x80000000);
  TEST_INT_FP(25, fcvt.s.w, rup, 0, BOXED(0xcf000000), 0x80000000);
  TEST_INT_FP(26, fcvt.s.w, rmm, 0, BOXED(0xcf000000), 0x80000000);
  // 2^32-1 (w: -1)
  TEST_INT_FP(27, fcvt.s.w, rne, 0, BOXED(0xbf800000), 0xffffffff);
  TEST_INT_FP(28, fcvt.s.w, rtz, 0, BOXED(0xbf800000), 0xffffffff);
  TEST_INT_FP(29, fcvt.s.w, rdn, 0, BOXED(0xbf800000), 0xffffffff);
  TEST_INT_FP(30, fcvt.s.w, rup, 0, BOXED(0xbf800000), 0xffffffff);
  TEST_INT_FP(31, fcvt.s.w, rmm, 0, BOXED(0xbf800000), 0xffffffff);
  // 2^24+1: a tie in single
  TEST_INT_FP(32, fcvt.s.w, rne, FP_NX, BOXED(0x4b800000), 0x1000001);
  TEST_INT_FP(33, fcvt.s.w, rtz, FP_NX, BOXED(0x4b800000), 0x1000001);
  TEST_INT_FP(34, fcvt.s.w, rdn, FP_NX, BOXED(0x4b800000), 0x1000001);
  TEST_INT_FP(35, fcvt.s.w, rup, FP_NX, BOXED(0x4b800001), 0x1000001);
  TEST_INT_FP(36, fcvt.s.w, rmm, FP_NX, BOXED(0x4b800001), 0x1000001);
  // 2^24+3
  TEST_INT_FP(37, fcvt.s.w, rne, FP_NX, BOXED(0x4b800002), 0x1000003);
  TEST_INT_FP(38, fcvt.s.w, rtz, FP_NX, BOXED(0x4b800001), 0x1000003);
  TEST_INT_FP(39, fcvt.s.w, rdn, FP_NX, BOXED(0x4b800001), 0x1000003);
  TEST_INT_FP(40, fcvt.s.w, rup, FP_NX, BOXED(0x4b800002), 0x1000003);
  TEST_INT_FP(41, fcvt.s.w, rmm, FP_NX, BOXED(0x4b800002), 0x1000003);
  // upper bits ignored by w/wu
  TEST_INT_FP(42, fcvt.s.w, rne, FP_NX, BOXED(0xcd000000), 0xffffffff7ffffff);
  TEST_INT_FP(43, fcvt.s.w, rtz, FP_NX, BOXED(0xcd000000), 0xffffffff7ffffff);
  TEST_INT_FP(44, fcvt.s.w, rdn, FP_NX, BOXED(0xcd000001), 0xffffffff7ffffff);
  TEST_INT_FP(45, fcvt.s.w, rup, FP_NX, BOXED(0xcd000000), 0xffffffff7ffffff);
  TEST_INT_FP(46, fcvt.s.w, rmm, FP_NX, BOXED(0xcd000000), 0xffffffff7ffffff);
  // 2^53+1: a tie in double
  TEST_INT_FP(47, fcvt.s.w, rne, 0, BOXED(0x3f800000), 0x20000000000001);
  TEST_INT_FP(48, fcvt.s.w, rtz, 0, BOXED(0x3f800000), 0x20000000000001);
  TEST_INT_FP(49, fcvt.s.w, rdn, 0, BOXED(0x3f800000), 0x20000000000001);
  TEST_INT_FP(50, fcvt.s.w, rup, 0, BOXED(0x3f800000), 0x20000000000001);
  TEST_INT_FP(51, fcvt.s.w, rmm, 0, BOXED(0x3f800000), 0x20000000000001);
  // 2^63-1
  TEST_INT_FP(52, fcvt.s.w, rne, 0, BOXED(0xbf800000), 0x7fffffffffffffff);
  TEST_INT_FP(53, fcvt.s.w, rtz, 0, BOXED(0xbf800000), 0x7fffffffffffffff);
  TEST_INT_FP(54, fcvt.s.w, rdn, 0, BOXED(0xbf800000), 0x7fffffffffffffff);
  TEST_INT_FP(55, fcvt.s.w, rup, 0, BOXED(0xbf800000), 0x7fffffffffffffff);
  TEST_INT_FP(56, fcvt.s.w, rmm, 0, BOXED(0xbf800000), 0x7fffffffffffffff);
  // 2^63 / -2^63
  TEST_INT_FP(57, fcvt.s.w, rne, 0, BOXED(0x00000000), 0x8000000000000000);
  TEST_INT_FP(58, fcvt.s.w, rtz, 0, BOXED(0x00000000), 0x8000000000000000);
  TEST_INT_FP(59, fcvt.s.w, rdn, 0, BOXED(0x00000000), 0x8000000000000000);
  TEST_INT_FP(60, fcvt.s.w, rup, 0, BOXED(0x00000000), 0x8000000000000000);
  TEST_INT_FP(61, fcvt.s.w, rmm, 0, BOXED(0x00000000), 0x8000000000000000);
  // negative, inexact
  TEST_INT_FP(62, fcvt.s.w, rne, 0, BOXED(0xc4ffe000), 0xfffffffffffff801);
  TEST_INT_FP(63, fcvt.s.w, rtz, 0, BOXED(0xc4ffe000), 0xfffffffffffff801);
  TEST_INT_FP(64, fcvt.s.w, rdn, 0, BOXED(0xc4ffe000), 0xfffffffffffff801);
  TEST_INT_FP(65, fcvt.s.w, rup, 0, BOXED(0xc4ffe000), 0xfffffffffffff801);
  TEST_INT_FP(66, fcvt.s.w, rmm, 0, BOXED(0xc4ffe000), 0xfffffffffffff801);
  // ordinary
  TEST_INT_FP(67, fcvt.s.w, rne, FP_NX, BOXED(0xceeca864), 0x123456789abcdef);
  TEST_INT_FP(68, fcvt.s.w, rtz, FP_NX, BOXED(0xceeca864), 0x123456789abcdef);
  TEST_INT_FP(69, fcvt.s.w, rdn, FP_NX, BOXED(0xceeca865), 0x123456789abcdef);
  TEST_INT_FP(70, fcvt.s.w, rup, FP_NX, BOXED(0xceeca864), 0x123456789abcdef);
  TEST_INT_FP(71, fcvt.s.w, rmm, FP_NX, BOXED(0xceeca864), 0x123456789abcdef);
  // fcvt.s.wu
  // 0
  TEST_INT_FP(72, fcvt.s.wu, rne, 0, BOXED(0x00000000), 0x0);
  TEST_INT_FP(73, fcvt.s.wu, rtz, 0, BOXED(0x00000000), 0x0);
  TEST_INT_FP(74, fcvt.s.wu, rdn, 0, BOXED(0x00000000), 0x0);
  TEST_INT_FP(75, fcvt.s.wu, rup, 0, BOXED(0x00000000), 0x0);
  TEST_INT_FP(76, fcvt.s.wu, rmm, 0, BOXED(0x00000000), 0x0);
  // 1
  TEST_INT_FP(77, fcvt.s.wu, rne, 0, BOXED(0x3f800000), 0x1);
  TEST_INT_FP(78, fcvt.s.wu, rtz, 0, BOXED(0x3f800000), 0x1);
  TEST_INT_FP(79, fcvt.s.wu, rdn, 0, BOXED(0x3f800000), 0x1);
  TEST_INT_FP(80, fcvt.s.wu, rup, 0, BOXED(0x3f800000), 0x1);
  TEST_INT_FP(81, fcvt.s.wu, rmm, 0, BOXED(0x3f800000), 0x1);
  // -1 / 2^64-1
  TEST_INT_FP(82, fcvt.s.wu, rne, FP_NX, BOXED(0x4f800000), 0xffffffffffffffff);
  TEST_INT_FP(83, fcvt.s.wu, rtz, FP_NX, BOXED(0x4f7fffff), 0xffffffffffffffff);
  TEST_INT_FP(84, fcvt.s.wu, rdn, FP_NX, BOXED(0x4f7fffff), 0xffffffffffffffff);
  TEST_INT_FP(85, fcvt.s.wu, rup, FP_NX, BOXED(0x4f800000), 0xffffffffffffffff);
  TEST_INT_FP(86, fcvt.s.wu, rmm, FP_NX, BOXED(0x4f800000), 0xffffffffffffffff);
  // 2^31-1
  TEST_INT_FP(87, fcvt.s.wu, rne, FP_NX, BOXED(0x4f000000), 0x7fffffff);
  TEST_INT_FP(88, fcvt.s.wu, rtz, FP_NX, BOXED(0x4effffff), 0x7fffffff);
  TEST_INT_FP(89, fcvt.s.wu, rdn, FP_NX, BOXED(0x4effffff), 0x7fffffff);
  TEST_INT_FP(90, fcvt.s.wu, rup, FP_NX, BOXED(0x4f000000), 0x7fffffff);
  TEST_INT_FP(91, fcvt.s.wu, rmm, FP_NX, BOXED(0x4f000000), 0x7fffffff);
  // 2^31 (w: -2^31)
  TEST_INT_FP(92, fcvt.s.wu, rne, 0, BOXED(0x4f000000), 0x80000000);
  TEST_INT_FP(93, fcvt.s.wu, rtz, 0, BOXED(0x4f000000), 0x80000000);
  TEST_INT_FP(94, fcvt.s.wu, rdn, 0, BOXED(0x4f000000), 0x80000000);
  TEST_INT_FP(95, fcvt.s.wu, rup, 0, BOXED(0x4f000000), 0x80000000);
  TEST_INT_FP(96, fcvt.s.wu, rmm, 0, BOXED(0x4f000000), 0x80000000);
  // 2^32-1 (w: -1)
  TEST_INT_FP(97, fcvt.s.wu, rne, FP_NX, BOXED(0x4f800000), 0xffffffff);
  TEST_INT_FP(98, fcvt.s.wu, rtz, FP_NX, BOXED(0x4f7fffff), 0xffffffff);
  TEST_INT_FP(99, fcvt.s.wu, rdn, FP_NX, BOXED(0x4f7fffff), 0xffffffff);
  TEST_INT_FP(100, fcvt.s.wu, rup, FP_NX, BOXED(0x4f800000), 0xffffffff);
  TEST_INT_FP(101, fcvt.s.wu, rmm, FP_NX, BOXED(0x4f800000), 0xffffffff);
  // 2^24+1: a tie in single
  TEST_INT_FP(102, fcvt.s.wu, rne, FP_NX, BOXED(0x4b800000), 0x1000001);
  TEST_INT_FP(103, fcvt.s.wu, rtz, FP_NX, BOXED(0x4b800000), 0x1000001);
  TEST_INT_FP(104, fcvt.s.wu, rdn, FP_NX, BOXED(0x4b800000), 0x1000001);
  TEST_INT_FP(105, fcvt.s.wu, rup, FP_NX, BOXED(0x4b800001), 0x1000001);
  TEST_INT_FP(106, fcvt.s.wu, rmm, FP_NX, BOXED(0x4b800001), 0x1000001);
  // 2^24+3
  TEST_INT_FP(107, fcvt.s.wu, rne, FP_NX, BOXED(0x4b800002), 0x1000003);
  TEST_INT_FP(108, fcvt.s.wu, rtz, FP_NX, BOXED(0x4b800001), 0x1000003);
  TEST_INT_FP(109, fcvt.s.wu, rdn, FP_NX, BOXED(0x4b800001), 0x1000003);
  TEST_INT_FP(110, fcvt.s.wu, rup, FP_NX, BOXED(0x4b800002), 0x1000003);
  TEST_INT_FP(111, fcvt.s.wu, rmm, FP_NX, BOXED(0x4b800002), 0x1000003);
  // upper bits ignored by w/wu
  TEST_INT_FP(112, fcvt.s.wu, rne, FP_NX, BOXED(0x4f780000), 0xffffffff7ffffff);
  TEST_INT_FP(113, fcvt.s.wu, rtz, FP_NX, BOXED(0x4f77ffff), 0xffffffff7ffffff);
  TEST_INT_FP(114, fcvt.s.wu, rdn, FP_NX, BOXED(0x4f77ffff), 0xffffffff7ffffff);
  TEST_INT_FP(115, fcvt.s.wu, rup, FP_NX, BOXED(0x4f780000), 0xffffffff7ffffff);
  TEST_INT_FP(116, fcvt.s.wu, rmm, FP_NX, BOXED(0x4f780000), 0xffffffff7ffffff);
  // 2^53+1: a tie in double
  TEST_INT_FP(117, fcvt.s.wu, rne, 0, BOXED(0x3f800000), 0x20000000000001);
  TEST_INT_FP(118, fcvt.s.wu, rtz, 0, BOXED(0x3f800000), 0x20000000000001);
  TEST_INT_FP(119, fcvt.s.wu, rdn, 0, BOXED(0x3f800000), 0x20000000000001);
  TEST_INT_FP(120, fcvt.s.wu, rup, 0, BOXED(0x3f800000), 0x20000000000001);
  TEST_INT_FP(121, fcvt.s.wu, rmm, 0, BOXED(0x3f800000), 0x20000000000001);
  // 2^63-1
  TEST_INT_FP(122, fcvt.s.wu, rne, FP_NX, BOXED(0x4f800000), 0x7fffffffffffffff);
  TEST_INT_FP(123, fcvt.s.wu, rtz, FP_NX, BOXED(0x4f7fffff), 0x7fffffffffffffff);
  TEST_INT_FP(124, fcvt.s.wu, rdn, FP_NX, BOXED(0x4f7fffff), 0x7fffffffffffffff);
  TEST_INT_FP(125, fcvt.s.wu, rup, FP_NX, BOXED(0x4f800000), 0x7fffffffffffffff);
  TEST_INT_FP(126, fcvt.s.wu, rmm, FP_NX, BOXED(0x4f800000), 0x7fffffffffffffff);
  // 2^63 / -2^63
  TEST_INT_FP(127, fcvt.s.wu, rne, 0, BOXED(0x00000000), 0x8000000000000000);
  TEST_INT_FP(128, fcvt.s.wu, rtz, 0, BOXED(0x00000000), 0x8000000000000000);
  TEST_INT_FP(129, fcvt.s.wu, rdn, 0, BOXED(0x00000000), 0x8000000000000000);
  TEST_INT_FP(130, fcvt.s.wu, rup, 0, BOXED(0x00000000), 0x8000000000000000);
  TEST_INT_FP(131, fcvt.s.wu, rmm, 0, BOXED(0x00000000), 0x8000000000000000);
  // negative, inexact
  TEST_INT_FP(132, fcvt.s.wu, rne, FP_NX, BOXED(0x4f7ffff8), 0xfffffffffffff801);
  TEST_INT_FP(133, fcvt.s.wu, rtz, FP_NX, BOXED(0x4f7ffff8), 0xfffffffffffff801);
  TEST_INT_FP(134, fcvt.s.wu, rdn, FP_NX, BOXED(0x4f7ffff8), 0xfffffffffffff801);
  TEST_INT_FP(135, fcvt.s.wu, rup, FP_NX, BOXED(0x4f7ffff9), 0xfffffffffffff801);
  TEST_INT_FP(136, fcvt.s.wu, rmm, FP_NX, BOXED(0x4f7ffff8), 0xfffffffffffff801);
  // ordinary
  TEST_INT_FP(137, fcvt.s.wu, rne, FP_NX, BOXED(0x4f09abce), 0x123456789abcdef);
  TEST_INT_FP(138, fcvt.s.wu, rtz, FP_NX, BOXED(0x4f09abcd), 0x123456789abcdef);
  TEST_INT_FP(139, fcvt.s.wu, rdn, FP_NX, BOXED(0x4f09abcd), 0x123456789abcdef);
  TEST_INT_FP(140, fcvt.s.wu, rup, FP_NX, BOXED(0x4f09abce), 0x123456789abcdef);
  TEST_INT_FP(141, fcvt.s.wu, rmm, FP_NX, BOXED(0x4f09abce), 0x123456789abcdef);
  // fcvt.s.l
  // 0
  TEST_INT_FP(142, fcvt.s.l, rne, 0, BOXED(0x00000000), 0x0);
  TEST_INT_FP(143, fcvt.s.l, rtz, 0, BOXED(0x00000000), 0x0);
  TEST_INT_FP(144, fcvt.s.l, rdn, 0, BOXED(0x00000000), 0x0);
  TEST_INT_FP(145, fcvt.s.l, rup, 0, BOXED(0x00000000), 0x0);
  TEST_INT_FP(146, fcvt.s.l, rmm, 0, BOXED(0x00000000), 0x0);
  // 1
  TEST_INT_FP(147, fcvt.s.l, rne, 0, BOXED(0x3f800000), 0x1);
  TEST_INT_FP(148, fcvt.s.l, rtz, 0, BOXED(0x3f800000), 0x1);
  TEST_INT_FP(149, fcvt.s.l, rdn, 0, BOXED(0x3f800000), 0x1);
  TEST_INT_FP(150, fcvt.s.l, rup, 0, BOXED(0x3f800000), 0x1);
  TEST_INT_FP(151, fcvt.s.l, rmm, 0, BOXED(0x3f800000), 0x1);
  // -1 / 2^64-1
  TEST_INT_FP(152, fcvt.s.l, rne, 0, BOXED(0xbf800000), 0xffffffffffffffff);
  TEST_INT_FP(153, fcvt.s.l, rtz, 0, BOXED(0xbf800000), 0xffffffffffffffff);
  TEST_INT_FP(154, fcvt.s.l, rdn, 0, BOXED(0xbf800000), 0xffffffffffffffff);
  TEST_INT_FP(155, fcvt.s.l, rup, 0, BOXED(0xbf800000), 0xffffffffffffffff);
  TEST_INT_FP(156, fcvt.s.l, rmm, 0, BOXED(0xbf800000), 0xffffffffffffffff);
  // 2^31-1
  TEST_INT_FP(157, fcvt.s.l, rne, FP_NX, BOXED(0x4f000000), 0x7fffffff);
  TEST_INT_FP(158, fcvt.s.l, rtz, FP_NX, BOXED(0x4effffff), 0x7fffffff);
  TEST_INT_FP(159, fcvt.s.l, rdn, FP_NX, BOXED(0x4effffff), 0x7fffffff);
  TEST_INT_FP(160, fcvt.s.l, rup, FP_NX, BOXED(0x4f000000), 0x7fffffff);
  TEST_INT_FP(161, fcvt.s.l, rmm, FP_NX, BOXED(0x4f000000), 0x7fffffff);
  // 2^31 (w: -2^31)
  TEST_INT_FP(162, fcvt.s.l, rne, 0, BOXED(0x4f000000), 0x80000000);
  TEST_INT_FP(163, fcvt.s.l, rtz, 0, BOXED(0x4f000000), 0x80000000);
  TEST_INT_FP(164, fcvt.s.l, rdn, 0, BOXED(0x4f000000), 0x80000000);
  TEST_INT_FP(165, fcvt.s.l, rup, 0, BOXED(0x4f000000), 0x80000000);
  TEST_INT_FP(166, fcvt.s.l, rmm, 0, BOXED(0x4f000000), 0x80000000);
  // 2^32-1 (w: -1)
  TEST_INT_FP(167, fcvt.s.l, rne, FP_NX, BOXED(0x4f800000), 0xffffffff);
  TEST_INT_FP(168, fcvt.s.l, rtz, FP_NX, BOXED(0x4f7fffff), 0xffffffff);
  TEST_INT_FP(169, fcvt.s.l, rdn, FP_NX, BOXED(0x4f7fffff), 0xffffffff);
  TEST_INT_FP(170, fcvt.s.l, rup, FP_NX, BOXED(0x4f800000), 0xffffffff);
  TEST_INT_FP(171, fcvt.s.l, rmm, FP_NX, BOXED(0x4f800000), 0xffffffff);
  // 2^24+1: a tie in single
  TEST_INT_FP(172, fcvt.s.l, rne, FP_NX, BOXED(0x4b800000), 0x1000001);
  TEST_INT_FP(173, fcvt.s.l, rtz, FP_NX, BOXED(0x4b800000), 0x1000001);
  TEST_INT_FP(174, fcvt.s.l, rdn, FP_NX, BOXED(0x4b800000), 0x1000001);
  TEST_INT_FP(175, fcvt.s.l, rup, FP_NX, BOXED(0x4b800001), 0x1000001);
  TEST_INT_FP(176, fcvt.s.l, rmm, FP_NX, BOXED(0x4b800001), 0x1000001);
  // 2^24+3
  TEST_INT_FP(177, fcvt.s.l, rne, FP_NX, BOXED(0x4b800002), 0x1000003);
  TEST_INT_FP(178, fcvt.s.l, rtz, FP_NX, BOXED(0x4b800001), 0x1000003);
  TEST_INT_FP(179, fcvt.s.l, rdn, FP_NX, BOXED(0x4b800001), 0x1000003);
  TEST_INT_FP(180, fcvt.s.l, rup, FP_NX, BOXED(0x4b800002), 0x1000003);
  TEST_INT_FP(181, fcvt.s.l, rmm, FP_NX, BOXED(0x4b800002), 0x1000003);
  // upper bits ignored by w/wu
  TEST_INT_FP(182, fcvt.s.l, rne, FP_NX, BOXED(0x5d800000), 0xffffffff7ffffff);
  TEST_INT_FP(183, fcvt.s.l, rtz, FP_NX, BOXED(0x5d7fffff), 0xffffffff7ffffff);
  TEST_INT_FP(184, fcvt.s.l, rdn, FP_NX, BOXED(0x5d7fffff), 0xffffffff7ffffff);
  TEST_INT_FP(185, fcvt.s.l, rup, FP_NX, BOXED(0x5d800000), 0xffffffff7ffffff);
  TEST_INT_FP(186, fcvt.s.l, rmm, FP_NX, BOXED(0x5d800000), 0xffffffff7ffffff);
  // 2^53+1: a tie in double
  TEST_INT_FP(187, fcvt.s.l, rne, FP_NX, BOXED(0x5a000000), 0x20000000000001);
  TEST_INT_FP(188, fcvt.s.l, rtz, FP_NX, BOXED(0x5a000000), 0x20000000000001);
  TEST_INT_FP(189, fcvt.s.l, rdn, FP_NX, BOXED(0x5a000000), 0x20000000000001);
  TEST_INT_FP(190, fcvt.s.l, rup, FP_NX, BOXED(0x5a000001), 0x20000000000001);
  TEST_INT_FP(191, fcvt.s.l, rmm, FP_NX, BOXED(0x5a000000), 0x20000000000001);
  // 2^63-1
  TEST_INT_FP(192, fcvt.s.l, rne, FP_NX, BOXED(0x5f000000), 0x7fffffffffffffff);
  TEST_INT_FP(193, fcvt.s.l, rtz, FP_NX, BOXED(0x5effffff), 0x7fffffffffffffff);
  TEST_INT_FP(194, fcvt.s.l, rdn, FP_NX, BOXED(0x5effffff), 0x7fffffffffffffff);
  TEST_INT_FP(195, fcvt.s.l, rup, FP_NX, BOXED(0x5f000000), 0x7fffffffffffffff);
  TEST_INT_FP(196, fcvt.s.l, rmm, FP_NX, BOXED(0x5f000000), 0x7fffffffffffffff);
  // 2^63 / -2^63
  TEST_INT_FP(197, fcvt.s.l, rne, 0, BOXED(0xdf000000), 0x8000000000000000);
  TEST_INT_FP(198, fcvt.s.l, rtz, 0, BOXED(0xdf000000), 0x8000000000000000);
  TEST_INT_FP(199, fcvt.s.l, rdn, 0, BOXED(0xdf000000), 0x8000000000000000);
  TEST_INT_FP(200, fcvt.s.l, rup, 0, BOXED(0xdf000000), 0x8000000000000000);
  TEST_INT_FP(201, fcvt.s.l, rmm, 0, BOXED(0xdf000000), 0x8000000000000000);
  // negative, inexact
  TEST_INT_FP(202, fcvt.s.l, rne, 0, BOXED(0xc4ffe000), 0xfffffffffffff801);
  TEST_INT_FP(203, fcvt.s.l, rtz, 0, BOXED(0xc4ffe000), 0xfffffffffffff801);
  TEST_INT_FP(204, fcvt.s.l, rdn, 0, BOXED(0xc4ffe000), 0xfffffffffffff801);
  TEST_INT_FP(205, fcvt.s.l, rup, 0, BOXED(0xc4ffe000), 0xfffffffffffff801);
  TEST_INT_FP(206, fcvt.s.l, rmm, 0, BOXED(0xc4ffe000), 0xfffffffffffff801);
  // ordinary
  TEST_INT_FP(207, fcvt.s.l, rne, FP_NX, BOXED(0x5b91a2b4), 0x123456789abcdef);
  TEST_INT_FP(208, fcvt.s.l, rtz, FP_NX, BOXED(0x5b91a2b3), 0x123456789abcdef);
  TEST_INT_FP(209, fcvt.s.l, rdn, FP_NX, BOXED(0x5b91a2b3), 0x123456789abcdef);
  TEST_INT_FP(210, fcvt.s.l, rup, FP_NX, BOXED(0x5b91a2b4), 0x123456789abcdef);
  TEST_INT_FP(211, fcvt.s.l, rmm, FP_NX, BOXED(0x5b91a2b4), 0x123456789abcdef);
  // fcvt.s.lu
  // 0
  TEST_INT_FP(212, fcvt.s.lu, rne, 0, BOXED(0x00000000), 0x0);
  TEST_INT_FP(213, fcvt.s.lu, rtz, 0, BOXED(0x00000000), 0x0);
  TEST_INT_FP(214, fcvt.s.lu, rdn, 0, BOXED(0x00000000), 0x0);
  TEST_INT_FP(215, fcvt.s.lu, rup, 0, BOXED(0x00000000), 0x0);
  TEST_INT_FP(216, fcvt.s.lu, rmm, 0, BOXED(0x00000000), 0x0);
  // 1
  TEST_INT_FP(217, fcvt.s.lu, rne, 0, BOXED(0x3f800000), 0x1);
  TEST_INT_FP(218, fcvt.s.lu, rtz, 0, BOXED(0x3f800000), 0x1);
  TEST_INT_FP(219, fcvt.s.lu, rdn, 0, BOXED(0x3f800000), 0x1);
  TEST_INT_FP(220, fcvt.s.lu, rup, 0, BOXED(0x3f800000), 0x1);
  TEST_INT_FP(221, fcvt.s.lu, rmm, 0, BOXED(0x3f800000), 0x1);
  // -1 / 2^64-1
  TEST_INT_FP(222, fcvt.s.lu, rne, FP_NX, BOXED(0x5f800000), 0xffffffffffffffff);
  TEST_INT_FP(223, fcvt.s.lu, rtz, FP_NX, BOXED(0x5f7fffff), 0xffffffffffffffff);
  TEST_INT_FP(224, fcvt.s.lu, rdn, FP_NX, BOXED(0x5f7fffff), 0xffffffffffffffff);
  TEST_INT_FP(225, fcvt.s.lu, rup, FP_NX, BOXED(0x5f800000), 0xffffffffffffffff);
  TEST_INT_FP(226, fcvt.s.lu, rmm, FP_NX, BOXED(0x5f800000), 0xffffffffffffffff);
  // 2^31-1
  TEST_INT_FP(227, fcvt.s.lu, rne, FP_NX, BOXED(0x4f000000), 0x7fffffff);
  TEST_INT_FP(228, fcvt.s.lu, rtz, FP_NX, BOXED(0x4effffff), 0x7fffffff);
  TEST_INT_FP(229, fcvt.s.lu, rdn, FP_NX, BOXED(0x4effffff), 0x7fffffff);
  TEST_INT_FP(230, fcvt.s.lu, rup, FP_NX, BOXED(0x4f000000), 0x7fffffff);
  TEST_INT_FP(231, fcvt.s.lu, rmm, FP_NX, BOXED(0x4f000000), 0x7fffffff);
  // 2^31 (w: -2^31)
  TEST_INT_FP(232, fcvt.s.lu, rne, 0, BOXED(0x4f000000), 0x80000000);
  TEST_INT_FP(233, fcvt.s.lu, rtz, 0, BOXED(0x4f000000), 0x80000000);
  TEST_INT_FP(234, fcvt.s.lu, rdn, 0, BOXED(0x4f000000), 0x80000000);
  TEST_INT_FP(235, fcvt.s.lu, rup, 0, BOXED(0x4f000000), 0x80000000);
  TEST_INT_FP(236, fcvt.s.lu, rmm, 0, BOXED(0x4f000000), 0x80000000);
  // 2^32-1 (w: -1)
  TEST_INT_FP(237, fcvt.s.lu, rne, FP_NX, BOXED(0x4f800000), 0xffffffff);
  TEST_INT_FP(238, fcvt.s.lu, rtz, FP_NX, BOXED(0x4f7fffff), 0xffffffff);
  TEST_INT_FP(239, fcvt.s.lu, rdn, FP_NX, BOXED(0x4f7fffff), 0xffffffff);
  TEST_INT_FP(240, fcvt.s.lu, rup, FP_NX, BOXED(0x4f800000), 0xffffffff);
  TEST_INT_FP(241, fcvt.s.lu, rmm, FP_NX, BOXED(0x4f800000), 0xffffffff);
  // 2^24+1: a tie in single
  TEST_INT_FP(242, fcvt.s.lu, rne, FP_NX, BOXED(0x4b800000), 0x1000001);
  TEST_INT_FP(243, fcvt.s.lu, rtz, FP_NX, BOXED(0x4b800000), 0x1000001);
  TEST_INT_FP(244, fcvt.s.lu, rdn, FP_NX, BOXED(0x4b800000), 0x1000001);
  TEST_INT_FP(245, fcvt.s.lu, rup, FP_NX, BOXED(0x4b800001), 0x1000001);
  TEST_INT_FP(246, fcvt.s.lu, rmm, FP_NX, BOXED(0x4b800001), 0x1000001);
  // 2^24+3
  TEST_INT_FP(247, fcvt.s.lu, rne, FP_NX, BOXED(0x4b800002), 0x1000003);
  TEST_INT_FP(248, fcvt.s.lu, rtz, FP_NX, BOXED(0x4b800001), 0x1000003);
  TEST_INT_FP(249, fcvt.s.lu, rdn, FP_NX, BOXED(0x4b800001), 0x1000003);
  TEST_INT_FP(250, fcvt.s.lu, rup, FP_NX, BOXED(0x4b800002), 0x1000003);
  TEST_INT_FP(251, fcvt.s.lu, rmm, FP_NX, BOXED(0x4b800002), 0x1000003);
  // upper bits ignored by w/wu
  TEST_INT_FP(252, fcvt.s.lu, rne, FP_NX, BOXED(0x5d800000), 0xffffffff7ffffff);
  TEST_INT_FP(253, fcvt.s.lu, rtz, FP_NX, BOXED(0x5d7fffff), 0xffffffff7ffffff);
  TEST_INT_FP(254, fcvt.s.lu, rdn, FP_NX, BOXED(0x5d7fffff), 0xffffffff7ffffff);
  TEST_INT_FP(255, fcvt.s.lu, rup, FP_NX, BOXED(0x5d800000), 0xffffffff7ffffff);
  TEST_INT_FP(256, fcvt.s.lu, rmm, FP_NX, BOXED(0x5d800000), 0xffffffff7ffffff);
  // 2^53+1: a tie in double
  TEST_INT_FP(257, fcvt.s.lu, rne, FP_NX, BOXED(0x5a000000), 0x20000000000001);
  TEST_INT_FP(258, fcvt.s.lu, rtz, FP_NX, BOXED(0x5a000000), 0x20000000000001);
  TEST_INT_FP(259, fcvt.s.lu, rdn, FP_NX, BOXED(0x5a000000), 0x20000000000001);
  TEST_INT_FP(260, fcvt.s.lu, rup, FP_NX, BOXED(0x5a000001), 0x20000000000001);
  TEST_INT_FP(261, fcvt.s.lu, rmm, FP_NX, BOXED(0x5a000000), 0x20000000000001);
  // 2^63-1
  TEST_INT_FP(262, fcvt.s.lu, rne, FP_NX, BOXED(0x5f000000), 0x7fffffffffffffff);
  TEST_INT_FP(263, fcvt.s.lu, rtz, FP_NX, BOXED(0x5effffff), 0x7fffffffffffffff);
  TEST_INT_FP(264, fcvt.s.lu, rdn, FP_NX, BOXED(0x5effffff), 0x7fffffffffffffff);
  TEST_INT_FP(265, fcvt.s.lu, rup, FP_NX, BOXED(0x5f000000), 0x7fffffffffffffff);
  TEST_INT_FP(266, fcvt.s.lu, rmm, FP_NX, BOXED(0x5f000000), 0x7fffffffffffffff);
  // 2^63 / -2^63
  TEST_INT_FP(267, fcvt.s.lu, rne, 0, BOXED(0x5f000000), 0x8000000000000000);
  TEST_INT_FP(268, fcvt.s.lu, rtz, 0, BOXED(0x5f000000), 0x8000000000000000);
  TEST_INT_FP(269, fcvt.s.lu, rdn, 0, BOXED(0x5f000000), 0x8000000000000000);
  TEST_INT_FP(270, fcvt.s.lu, rup, 0, BOXED(0x5f000000), 0x8000000000000000);
  TEST_INT_FP(271, fcvt.s.lu, rmm, 0, BOXED(0x5f000000), 0x8000000000000000);
  // negative, inexact
  TEST_INT_FP(272, fcvt.s.lu, rne, FP_NX, BOXED(0x5f800000), 0xfffffffffffff801);
  TEST_INT_FP(273, fcvt.s.lu, rtz, FP_NX, BOXED(0x5f7fffff), 0xfffffffffffff801);
  TEST_INT_FP(274, fcvt.s.lu, rdn, FP_NX, BOXED(0x5f7fffff), 0xfffffffffffff801);
  TEST_INT_FP(275, fcvt.s.lu, rup, FP_NX, BOXED(0x5f800000), 0xfffffffffffff801);
  TEST_INT_FP(276, fcvt.s.lu, rmm, FP_NX, BOXED(0x5f800000), 0xfffffffffffff801);
  // ordinary
  TEST_INT_FP(277, fcvt.s.lu, rne, FP_NX, BOXED(0x5b91a2b4), 0x123456789abcdef);
  TEST_INT_FP(278, fcvt.s.lu, rtz, FP_NX, BOXED(0x5b91a2b3), 0x123456789abcdef);
  TEST_INT_FP(279, fcvt.s.lu, rdn, FP_NX, BOXED(0x5b91a2b3), 0x123456789abcdef);
  TEST_INT_FP(280, fcvt.s.lu, rup, FP_NX, BOXED(0x5b91a2b4), 0x123456789abcdef);
  TEST_INT_FP(281, fcvt.s.lu, rmm, FP_NX, BOXED(0x5b91a2b4), 0x123456789abcdef);

  TEST_PASSFAIL

RVTEST_CODE_END

  .data
RVTEST_DATA_BEGIN
RVTEST_DATA_END
