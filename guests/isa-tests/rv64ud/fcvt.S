// fcvt.S: integer to double conversions in every rounding mode, and conversions between single and double
// (RISC-V unprivileged spec 11.7, 12.5).
#include "riscv_test.h"
#include "test_macros.h"
#include "test_macros_fp.h"

RVTEST_RV64UD
RVTEST_CODE_BEGIN
  // fcvt.d.w
  // 0
  TEST_INT_FP_NORM(2, fcvt.d.w, 0, 0x0000000000000000, 0x0);
  // 1
  TEST_INT_FP_NORM(3, fcvt.d.w, 0, 0x3ff0000000000000, 0x1);
  // -1 / 2^64-1
  TEST_INT_FP_NORM(4, fcvt.d.w, 0, 0xbff0000000000000, 0xffffffffffffffff);
  // 2^31-1
  TEST_INT_FP_NORM(5, fcvt.d.w, 0, 0x41dfffffffc00000, 0x7fffffff);
  // 2^31 (w: -2^31)
  TEST_INT_FP_NORM(6, fcvt.d.w, 0, 0xc1e0000000000000, 0x80000000);
  // 2^32-1 (w: -1)
  TEST_INT_FP_NORM(7, fcvt.d.w, 0, 0xbff0000000000000, 0xffffffff);
  // 2^24+1: a tie in single
  TEST_INT_FP_NORM(8, fcvt.d.w, 0, 0x4170000010000000, 0x1000001);
  // 2^24+3
  TEST_INT_FP_NORM(9, fcvt.d.w, 0, 0x4170000030000000, 0x1000003);
  // upper bits ignored by w/wu
  TEST_INT_FP_NORM(10, fcvt.d.w, 0, 0xc1a0000002000000, 0xffffffff7ffffff);
  // 2^53+1: a tie in double
  TEST_INT_FP_NORM(11, fcvt.d.w, 0, 0x3ff0000000000000, 0x20000000000001);
  // 2^63-1
  TEST_INT_FP_NORM(12, fcvt.d.w, 0, 0xbff0000000000000, 0x7fffffffffffffff);
  // 2^63 / -2^63
  TEST_INT_FP_NORM(13, fcvt.d.w, 0, 0x0000000000000000, 0x8000000000000000);
  // negative, inexact
  TEST_INT_FP_NORM(14, fcvt.d.w, 0, 0xc09ffc0000000000, 0xfffffffffffff801);
  // ordinary
  TEST_INT_FP_NORM(15, fcvt.d.w, 0, 0xc1dd950c84400000, 0x123456789abcdef);
  // fcvt.d.wu
  // 0
  TEST_INT_FP_NORM(16, fcvt.d.wu, 0, 0x0000000000000000, 0x0);
  // 1
  TEST_INT_FP_NORM(17, fcvt.d.wu, 0, 0x3ff0000000000000, 0x1);
  // -1 / 2^64-1
  TEST_INT_FP_NORM(18, fcvt.d.wu, 0, 0x41efffffffe00000, 0xffffffffffffffff);
  // 2^31-1
  TEST_INT_FP_NORM(19, fcvt.d.wu, 0, 0x41dfffffffc00000, 0x7fffffff);
  // 2^31 (w: -2^31)
  TEST_INT_FP_NORM(20, fcvt.d.wu, 0, 0x41e0000000000000, 0x80000000);
  // 2^32-1 (w: -1)
  TEST_INT_FP_NORM(21, fcvt.d.wu, 0, 0x41efffffffe00000, 0xffffffff);
  // 2^24+1: a tie in single
  TEST_INT_FP_NORM(22, fcvt.d.wu, 0, 0x4170000010000000, 0x1000001);
  // 2^24+3
  TEST_INT_FP_NORM(23, fcvt.d.wu, 0, 0x4170000030000000, 0x1000003);
  // upper bits ignored by w/wu
  TEST_INT_FP_NORM(24, fcvt.d.wu, 0, 0x41eeffffffe00000, 0xffffffff7ffffff);
  // 2^53+1: a tie in double
  TEST_INT_FP_NORM(25, fcvt.d.wu, 0, 0x3ff0000000000000, 0x20000000000001);
  // 2^63-1
  TEST_INT_FP_NORM(26, fcvt.d.wu, 0, 0x41efffffffe00000, 0x7fffffffffffffff);
  // 2^63 / -2^63
  TEST_INT_FP_NORM(27, fcvt.d.wu, 0, 0x0000000000000000, 0x8000000000000000);
  // negative, inexact
  TEST_INT_FP_NORM(28, fcvt.d.wu, 0, 0x41efffff00200000, 0xfffffffffffff801);
  // ordinary
  TEST_INT_FP_NORM(29, fcvt.d.wu, 0, 0x41e13579bde00000, 0x123456789abcdef);
  // fcvt.d.l
  // 0
  TEST_INT_FP(30, fcvt.d.l, rne, 0, 0x0000000000000000, 0x0);
  TEST_INT_FP(31, fcvt.d.l, rtz, 0, 0x0000000000000000, 0x0);
  TEST_INT_FP(32, fcvt.d.l, rdn, 0, 0x0000000000000000, 0x0);
  TEST_INT_FP(33, fcvt.d.l, rup, 0, 0x0000000000000000, 0x0);
  TEST_INT_FP(34, fcvt.d.l, rmm, 0, 0x0000000000000000, 0x0);
  // 1
  TEST_INT_FP(35, fcvt.d.l, rne, 0, 0x3ff0000000000000, 0x1);
  TEST_INT_FP(36, fcvt.d.l, rtz, 0, 0x3ff0000000000000, 0x1);
  TEST_INT_FP(37, fcvt.d.l, rdn, 0, 0x3ff0000000000000, 0x1);
  TEST_INT_FP(38, fcvt.d.l, rup, 0, 0x3ff0000000000000, 0x1);
  TEST_INT_FP(39, fcvt.d.l, rmm, 0, 0x3ff0000000000000, 0x1);
  // -1 / 2^64-1
  TEST_INT_FP(40, fcvt.d.l, rne, 0, 0xbff0000000000000, 0xffffffffffffffff);
  TEST_INT_FP(41, fcvt.d.l, rtz, 0, 0xbff0000000000000, 0xffffffffffffffff);
  TEST_INT_FP(42, fcvt.d.l, rdn, 0, 0xbff0000000000000, 0xffffffffffffffff);
  TEST_INT_FP(43, fcvt.d.l, rup, 0, 0xbff0000000000000, 0xffffffffffffffff);
  TEST_INT_FP(44, fcvt.d.l, rmm, 0, 0xbff0000000000000, 0xffffffffffffffff);
  // 2^31-1
  TEST_INT_FP(45, fcvt.d.l, rne, 0, 0x41dfffffffc00000, 0x7fffffff);
  TEST_INT_FP(46, fcvt.d.l, rtz, 0, 0x41dfffffffc00000, 0x7fffffff);
  TEST_INT_FP(47, fcvt.d.l, rdn, 0, 0x41dfffffffc00000, 0x7fffffff);
  TEST_INT_FP(48, fcvt.d.l, rup, 0, 0x41dfffffffc00000, 0x7fffffff);
  TEST_INT_FP(49, fcvt.d.l, rmm, 0, 0x41dfffffffc00000, 0x7fffffff);
  // 2^31 (w: -2^31)
  TEST_INT_FP(50, fcvt.d.l, rne, 0, 0x41e0000000000000, 0x80000000);
  TEST_INT_FP(51, fcvt.d.l, rtz, 0, 0x41e0000000000000, 0x80000000);
  TEST_INT_FP(52, fcvt.d.l, rdn, 0, 0x41e0000000000000, 0x80000000);
  TEST_INT_FP(53, fcvt.d.l, rup, 0, 0x41e0000000000000, 0x80000000);
  TEST_INT_FP(54, fcvt.d.l, rmm, 0, 0x41e0000000000000, 0x80000000);
  // 2^32-1 (w: -1)
  TEST_INT_FP(55, fcvt.d.l, rne, 0, 0x41efffffffe00000, 0xffffffff);
  TEST_INT_FP(56, fcvt.d.l, rtz, 0, 0x41efffffffe00000, 0xffffffff);
  TEST_INT_FP(57, fcvt.d.l, rdn, 0, 0x41efffffffe00000, 0xffffffff);
  TEST_INT_FP(58, fcvt.d.l, rup, 0, 0x41efffffffe00000, 0xffffffff);
  TEST_INT_FP(59, fcvt.d.l, rmm, 0, 0x41efffffffe00000, 0xffffffff);
  // 2^24+1: a tie in single
  TEST_INT_FP(60, fcvt.d.l, rne, 0, 0x4170000010000000, 0x1000001);
  TEST_INT_FP(61, fcvt.d.l, rtz, 0, 0x4170000010000000, 0x1000001);
  TEST_INT_FP(62, fcvt.d.l, rdn, 0, 0x4170000010000000, 0x1000001);
  TEST_INT_FP(63, fcvt.d.l, rup, 0, 0x4170000010000000, 0x1000001);
  TEST_INT_FP(64, fcvt.d.l, rmm, 0, 0x4170000010000000, 0x1000001);
  // 2^24+3
  TEST_INT_FP(65, fcvt.d.l, rne, 0, 0x4170000030000000, 0x1000003);
  TEST_INT_FP(66, fcvt.d.l, rtz, 0, 0x4170000030000000, 0x1000003);
  TEST_INT_FP(67, fcvt.d.l, rdn, 0, 0x4170000030000000, 0x1000003);
  TEST_INT_FP(68, fcvt.d.l, rup, 0, 0x4170000030000000, 0x1000003);
  TEST_INT_FP(69, fcvt.d.l, rmm, 0, 0x4170000030000000, 0x1000003);
  // upper bits ignored by w/wu
  TEST_INT_FP(70, fcvt.d.l, rne, FP_NX, 0x43affffffff00000, 0xffffffff7ffffff);
  TEST_INT_FP(71, fcvt.d.l, rtz, FP_NX, 0x43afffffffefffff, 0xffffffff7ffffff);
  TEST_INT_FP(72, fcvt.d.l, rdn, FP_NX, 0x43afffffffefffff, 0xffffffff7ffffff);
  TEST_INT_FP(73, fcvt.d.l, rup, FP_NX, 0x43affffffff00000, 0xffffffff7ffffff);
  TEST_INT_FP(74, fcvt.d.l, rmm, FP_NX, 0x43affffffff00000, 0xffffffff7ffffff);
  // 2^53+1: a tie in double
  TEST_INT_FP(75, fcvt.d.l, rne, FP_NX, 0x4340000000000000, 0x20000000000001);
  TEST_INT_FP(76, fcvt.d.l, rtz, FP_NX, 0x4340000000000000, 0x20000000000001);
  TEST_INT_FP(77, fcvt.d.l, rdn, FP_NX, 0x4340000000000000, 0x20000000000001);
  TEST_INT_FP(78, fcvt.d.l, rup, FP_NX, 0x4340000000000001, 0x20000000000001);
  TEST_INT_FP(79, fcvt.d.l, rmm, FP_NX, 0x4340000000000001, 0x20000000000001);
  // 2^63-1
  TEST_INT_FP(80, fcvt.d.l, rne, FP_NX, 0x43e0000000000000, 0x7fffffffffffffff);
  TEST_INT_FP(81, fcvt.d.l, rtz, FP_NX, 0x43dfffffffffffff, 0x7fffffffffffffff);
  TEST_INT_FP(82, fcvt.d.l, rdn, FP_NX, 0x43dfffffffffffff, 0x7fffffffffffffff);
  TEST_INT_FP(83, fcvt.d.l, rup, FP_NX, 0x43e0000000000000, 0x7fffffffffffffff);
  TEST_INT_FP(84, fcvt.d.l, rmm, FP_NX, 0x43e0000000000000, 0x7fffffffffffffff);
  // 2^63 / -2^63
  TEST_INT_FP(85, fcvt.d.l, rne, 0, 0xc3e0000000000000, 0x8000000000000000);
  TEST_INT_FP(86, fcvt.d.l, rtz, 0, 0xc3e0000000000000, 0x8000000000000000);
  TEST_INT_FP(87, fcvt.d.l, rdn, 0, 0xc3e0000000000000, 0x8000000000000000);
  TEST_INT_FP(88, fcvt.d.l, rup, 0, 0xc3e0000000000000, 0x8000000000000000);
  TEST_INT_FP(89, fcvt.d.l, rmm, 0, 0xc3e0000000000000, 0x8000000000000000);
  // negative, inexact
  TEST_INT_FP(90, fcvt.d.l, rne, 0, 0xc09ffc0000000000, 0xfffffffffffff801);
  TEST_INT_FP(91, fcvt.d.l, rtz, 0, 0xc09ffc0000000000, 0xfffffffffffff801);
  TEST_INT_FP(92, fcvt.d.l, rdn, 0, 0xc09ffc0000000000, 0xfffffffffffff801);
  TEST_INT_FP(93, fcvt.d.l, rup, 0, 0xc09ffc0000000000, 0xfffffffffffff801);
  TEST_INT_FP(94, fcvt.d.l, rmm, 0, 0xc09ffc0000000000, 0xfffffffffffff801);
  // ordinary
  TEST_INT_FP(95, fcvt.d.l, rne, FP_NX, 0x43723456789abcdf, 0x123456789abcdef);
  TEST_INT_FP(96, fcvt.d.l, rtz, FP_NX, 0x43723456789abcde, 0x123456789abcdef);
  TEST_INT_FP(97, fcvt.d.l, rdn, FP_NX, 0x43723456789abcde, 0x123456789abcdef);
  TEST_INT_FP(98, fcvt.d.l, rup, FP_NX, 0x43723456789abcdf, 0x123456789abcdef);
  TEST_INT_FP(99, fcvt.d.l, rmm, FP_NX, 0x43723456789abcdf, 0x123456789abcdef);
  // fcvt.d.lu
  // 0
  TEST_INT_FP(100, fcvt.d.lu, rne, 0, 0x0000000000000000, 0x0);
  TEST_INT_FP(101, fcvt.d.lu, rtz, 0, 0x0000000000000000, 0x0);
  TEST_INT_FP(102, fcvt.d.lu, rdn, 0, 0x0000000000000000, 0x0);
  TEST_INT_FP(103, fcvt.d.lu, rup, 0, 0x0000000000000000, 0x0);
  TEST_INT_FP(104, fcvt.d.lu, rmm, 0, 0x0000000000000000, 0x0);
  // 1
  TEST_INT_FP(105, fcvt.d.lu, rne, 0, 0x3ff0000000000000, 0x1);
  TEST_INT_FP(106, fcvt.d.lu, rtz, 0, 0x3ff0000000000000, 0x1);
  TEST_INT_FP(107, fcvt.d.lu, rdn, 0, 0x3ff0000000000000, 0x1);
  TEST_INT_FP(108, fcvt.d.lu, rup, 0, 0x3ff0000000000000, 0x1);
  TEST_INT_FP(109, fcvt.d.lu, rmm, 0, 0x3ff0000000000000, 0x1);
  // -1 / 2^64-1
  TEST_INT_FP(110, fcvt.d.lu, rne, FP_NX, 0x43f0000000000000, 0xffffffffffffffff);
  TEST_INT_FP(111, fcvt.d.lu, rtz, FP_NX, 0x43efffffffffffff, 0xffffffffffffffff);
  TEST_INT_FP(112, fcvt.d.lu, rdn, FP_NX, 0x43efffffffffffff, 0xffffffffffffffff);
  TEST_INT_FP(113, fcvt.d.lu, rup, FP_NX, 0x43f0000000000000, 0xffffffffffffffff);
  TEST_INT_FP(114, fcvt.d.lu, rmm, FP_NX, 0x43f0000000000000, 0xffffffffffffffff);
  // 2^31-1
  TEST_INT_FP(115, fcvt.d.lu, rne, 0, 0x41dfffffffc00000, 0x7fffffff);
  TEST_INT_FP(116, fcvt.d.lu, rtz, 0, 0x41dfffffffc00000, 0x7fffffff);
  TEST_INT_FP(117, fcvt.d.lu, rdn, 0, 0x41dfffffffc00000, 0x7fffffff);
  TEST_INT_FP(118, fcvt.d.lu, rup, 0, 0x41dfffffffc00000, 0x7fffffff);
  TEST_INT_FP(119, fcvt.d.lu, rmm, 0, 0x41dfffffffc00000, 0x7fffffff);
  // 2^31 (w: -2^31)
  TEST_INT_FP(120, fcvt.d.lu, rne, 0, 0x41e0000000000000, 0x80000000);
  TEST_INT_FP(121, fcvt.d.lu, rtz, 0, 0x41e0000000000000, 0x80000000);
  TEST_INT_FP(122, fcvt.d.lu, rdn, 0, 0x41e0000000000000, 0x80000000);
  TEST_INT_FP(123, fcvt.d.lu, rup, 0, 0x41e0000000000000, 0x80000000);
  TEST_INT_FP(124, fcvt.d.lu, rmm, 0, 0x41e0000000000000, 0x80000000);
  // 2^32-1 (w: -1)
  TEST_INT_FP(125, fcvt.d.lu, rne, 0, 0x41efffffffe00000, 0xffffffff);
  TEST_INT_FP(126, fcvt.d.lu, rtz, 0, 0x41efffffffe00000, 0xffffffff);
  TEST_INT_FP(127, fcvt.d.lu, rdn, 0, 0x41efffffffe00000, 0xffffffff);
  TEST_INT_FP(128, fcvt.d.lu, rup, 0, 0x41efffffffe00000, 0xffffffff);
  TEST_INT_FP(129, fcvt.d.lu, rmm, 0, 0x41efffffffe00000, 0xffffffff);
  // 2^24+1: a tie in single
  TEST_INT_FP(130, fcvt.d.lu, rne, 0, 0x4170000010000000, 0x1000001);
  TEST_INT_FP(131, fcvt.d.lu, rtz, 0, 0x4170000010000000, 0x1000001);
  TEST_INT_FP(132, fcvt.d.lu, rdn, 0, 0x4170000010000000, 0x1000001);
  TEST_INT_FP(133, fcvt.d.lu, rup, 0, 0x4170000010000000, 0x1000001);
  TEST_INT_FP(134, fcvt.d.lu, rmm, 0, 0x4170000010000000, 0x1000001);
  // 2^24+3
  TEST_INT_FP(135, fcvt.d.lu, rne, 0, 0x4170000030000000, 0x1000003);
  TEST_INT_FP(136, fcvt.d.lu, rtz, 0, 0x4170000030000000, 0x1000003);
  TEST_INT_FP(137, fcvt.d.lu, rdn, 0, 0x4170000030000000, 0x1000003);
  TEST_INT_FP(138, fcvt.d.lu, rup, 0, 0x4170000030000000, 0x1000003);
  TEST_INT_FP(139, fcvt.d.lu, rmm, 0, 0x4170000030000000, 0x1000003);
  // upper bits ignored by w/wu
  TEST_INT_FP(140, fcvt.d.lu, rne, FP_NX, 0x43affffffff00000, 0xffffffff7ffffff);
  TEST_INT_FP(141, fcvt.d.lu, rtz, FP_NX, 0x43afffffffefffff, 0xffffffff7ffffff);
  TEST_INT_FP(142, fcvt.d.lu, rdn, FP_NX, 0x43afffffffefffff, 0xffffffff7ffffff);
  TEST_INT_FP(143, fcvt.d.lu, rup, FP_NX, 0x43affffffff00000, 0xffffffff7ffffff);
  TEST_INT_FP(144, fcvt.d.lu, rmm, FP_NX, 0x43affffffff00000, 0xffffffff7ffffff);
  // 2^53+1: a tie in double
  TEST_INT_FP(145, fcvt.d.lu, rne, FP_NX, 0x4340000000000000, 0x20000000000001);
  TEST_INT_FP(146, fcvt.d.lu, rtz, FP_NX, 0x4340000000000000, 0x20000000000001);
  TEST_INT_FP(147, fcvt.d.lu, rdn, FP_NX, 0x4340000000000000, 0x20000000000001);
  TEST_INT_FP(148, fcvt.d.lu, rup, FP_NX, 0x4340000000000001, 0x20000000000001);
  TEST_INT_FP(149, fcvt.d.lu, rmm, FP_NX, 0x4340000000000001, 0x20000000000001);
  // 2^63-1
  TEST_INT_FP(150, fcvt.d.lu, rne, FP_NX, 0x43e0000000000000, 0x7fffffffffffffff);
  TEST_INT_FP(151, fcvt.d.lu, rtz, FP_NX, 0x43dfffffffffffff, 0x7fffffffffffffff);
  TEST_INT_FP(152, fcvt.d.lu, rdn, FP_NX, 0x43dfffffffffffff, 0x7fffffffffffffff);
  TEST_INT_FP(153, fcvt.d.lu, rup, FP_NX, 0x43e0000000000000, 0x7fffffffffffffff);
  TEST_INT_FP(154, fcvt.d.lu, rmm, FP_NX, 0x43e0000000000000, 0x7fffffffffffffff);
  // 2^63 / -2^63
  TEST_INT_FP(155, fcvt.d.lu, rne, 0, 0x43e0000000000000, 0x8000000000000000);
  TEST_INT_FP(156, fcvt.d.lu, rtz, 0, 0x43e0000000000000, 0x8000000000000000);
  TEST_INT_FP(157, fcvt.d.lu, rdn, 0, 0x43e0000000000000, 0x8000000000000000);
  TEST_INT_FP(158, fcvt.d.lu, rup, 0, 0x43e0000000000000, 0x8000000000000000);
  TEST_INT_FP(159, fcvt.d.lu, rmm, 0, 0x43e0000000000000, 0x8000000000000000);
  // negative, inexact
  TEST_INT_FP(160, fcvt.d.lu, rne, FP_NX, 0x43efffffffffffff, 0xfffffffffffff801);
  TEST_INT_FP(161, fcvt.d.lu, rtz, FP_NX, 0x43efffffffffffff, 0xfffffffffffff801);
  TEST_INT_FP(162, fcvt.d.lu, rdn, FP_NX, 0x43efffffffffffff, 0xfffffffffffff801);
  TEST_INT_FP(163, fcvt.d.lu, rup, FP_NX, 0x43f0000000000000, 0xfffffffffffff801);
  TEST_INT_FP(164, fcvt.d.lu, rmm, FP_NX, 0x43efffffffffffff, 0xfffffffffffff801);
  // ordinary
  TEST_INT_FP(165, fcvt.d.lu, rne, FP_NX, 0x43723456789abcdf, 0x123456789abcdef);
  TEST_INT_FP(166, fcvt.d.lu, rtz, FP_NX, 0x43723456789abcde, 0x123456789abcdef);
  TEST_INT_FP(167, fcvt.d.lu, rdn, FP_NX, 0x43723456789abcde, 0x123456789abcdef);
  TEST_INT_FP(168, fcvt.d.lu, rup, FP_NX, 0x43723456789abcdf, 0x123456789abcdef);
  TEST_INT_FP(169, fcvt.d.lu, rmm, FP_NX, 0x43723456789abcdf, 0x123456789abcdef);
  // fcvt.s.d
  // 1
  TEST_FP_OP1(170, fcvt.s.d, rne, 0, BOXED(0x3f800000), 0x3ff0000000000000);
  TEST_FP_OP1(171, fcvt.s.d, rtz, 0, BOXED(0x3f800000), 0x3ff0000000000000);
  TEST_FP_OP1(172, fcvt.s.d, rdn, 0, BOXED(0x3f800000), 0x3ff0000000000000);
  TEST_FP_OP1(173, fcvt.s.d, rup, 0, BOXED(0x3f800000), 0x3ff0000000000000);
  TEST_FP_OP1(174, fcvt.s.d, rmm, 0, BOXED(0x3f800000), 0x3ff0000000000000);
  // 0.1
  TEST_FP_OP1(175, fcvt.s.d, rne, FP_NX, BOXED(0x3dcccccd), 0x3fb999999999999a);
  TEST_FP_OP1(176, fcvt.s.d, rtz, FP_NX, BOXED(0x3dcccccc), 0x3fb999999999999a);
  TEST_FP_OP1(177, fcvt.s.d, rdn, FP_NX, BOXED(0x3dcccccc), 0x3fb999999999999a);
  TEST_FP_OP1(178, fcvt.s.d, rup, FP_NX, BOXED(0x3dcccccd), 0x3fb999999999999a);
  TEST_FP_OP1(179, fcvt.s.d, rmm, FP_NX, BOXED(0x3dcccccd), 0x3fb999999999999a);
  // overflow
  TEST_FP_OP1(180, fcvt.s.d, rne, FP_OF|FP_NX, BOXED(0x7f800000), 0x7fefffffffffffff);
  TEST_FP_OP1(181, fcvt.s.d, rtz, FP_OF|FP_NX, BOXED(0x7f7fffff), 0x7fefffffffffffff);
  TEST_FP_OP1(182, fcvt.s.d, rdn, FP_OF|FP_NX, BOXED(0x7f7fffff), 0x7fefffffffffffff);
  TEST_FP_OP1(183, fcvt.s.d, rup, FP_OF|FP_NX, BOXED(0x7f800000), 0x7fefffffffffffff);
  TEST_FP_OP1(184, fcvt.s.d, rmm, FP_OF|FP_NX, BOXED(0x7f800000), 0x7fefffffffffffff);
  // rounds to single max or overflows
  TEST_FP_OP1(185, fcvt.s.d, rne, 0, BOXED(0x7f7fffff), 0x47efffffe0000000);
  TEST_FP_OP1(186, fcvt.s.d, rtz, 0, BOXED(0x7f7fffff), 0x47efffffe0000000);
  TEST_FP_OP1(187, fcvt.s.d, rdn, 0, BOXED(0x7f7fffff), 0x47efffffe0000000);
  TEST_FP_OP1(188, fcvt.s.d, rup, 0, BOXED(0x7f7fffff), 0x47efffffe0000000);
  TEST_FP_OP1(189, fcvt.s.d, rmm, 0, BOXED(0x7f7fffff), 0x47efffffe0000000);
  // smallest single subnormal
  TEST_FP_OP1(190, fcvt.s.d, rne, 0, BOXED(0x00000001), 0x36a0000000000000);
  TEST_FP_OP1(191, fcvt.s.d, rtz, 0, BOXED(0x00000001), 0x36a0000000000000);
  TEST_FP_OP1(192, fcvt.s.d, rdn, 0, BOXED(0x00000001), 0x36a0000000000000);
  TEST_FP_OP1(193, fcvt.s.d, rup, 0, BOXED(0x00000001), 0x36a0000000000000);
  TEST_FP_OP1(194, fcvt.s.d, rmm, 0, BOXED(0x00000001), 0x36a0000000000000);
  // half of it
  TEST_FP_OP1(195, fcvt.s.d, rne, FP_UF|FP_NX, BOXED(0x00000000), 0x3690000000000000);
  TEST_FP_OP1(196, fcvt.s.d, rtz, FP_UF|FP_NX, BOXED(0x00000000), 0x3690000000000000);
  TEST_FP_OP1(197, fcvt.s.d, rdn, FP_UF|FP_NX, BOXED(0x00000000), 0x3690000000000000);
  TEST_FP_OP1(198, fcvt.s.d, rup, FP_UF|FP_NX, BOXED(0x00000001), 0x3690000000000000);
  TEST_FP_OP1(199, fcvt.s.d, rmm, FP_UF|FP_NX, BOXED(0x00000001), 0x3690000000000000);
  // double subnormal: underflow
  TEST_FP_OP1(200, fcvt.s.d, rne, FP_UF|FP_NX, BOXED(0x00000000), 0x0000000000000001);
  TEST_FP_OP1(201, fcvt.s.d, rtz, FP_UF|FP_NX, BOXED(0x00000000), 0x0000000000000001);
  TEST_FP_OP1(202, fcvt.s.d, rdn, FP_UF|FP_NX, BOXED(0x00000000), 0x0000000000000001);
  TEST_FP_OP1(203, fcvt.s.d, rup, FP_UF|FP_NX, BOXED(0x00000001), 0x0000000000000001);
  TEST_FP_OP1(204, fcvt.s.d, rmm, FP_UF|FP_NX, BOXED(0x00000000), 0x0000000000000001);
  // near the single min normal
  TEST_FP_OP1(205, fcvt.s.d, rne, FP_UF|FP_NX, BOXED(0x00800000), 0x380fffffe0000000);
  TEST_FP_OP1(206, fcvt.s.d, rtz, FP_UF|FP_NX, BOXED(0x007fffff), 0x380fffffe0000000);
  TEST_FP_OP1(207, fcvt.s.d, rdn, FP_UF|FP_NX, BOXED(0x007fffff), 0x380fffffe0000000);
  TEST_FP_OP1(208, fcvt.s.d, rup, FP_UF|FP_NX, BOXED(0x00800000), 0x380fffffe0000000);
  TEST_FP_OP1(209, fcvt.s.d, rmm, FP_UF|FP_NX, BOXED(0x00800000), 0x380fffffe0000000);
  // sNaN
  TEST_FP_OP1(210, fcvt.s.d, rne, FP_NV, BOXED(0x7fc00000), 0x7ff0000000000001);
  TEST_FP_OP1(211, fcvt.s.d, rtz, FP_NV, BOXED(0x7fc00000), 0x7ff0000000000001);
  TEST_FP_OP1(212, fcvt.s.d, rdn, FP_NV, BOXED(0x7fc00000), 0x7ff0000000000001);
  TEST_FP_OP1(213, fcvt.s.d, rup, FP_NV, BOXED(0x7fc00000), 0x7ff0000000000001);
  TEST_FP_OP1(214, fcvt.s.d, rmm, FP_NV, BOXED(0x7fc00000), 0x7ff0000000000001);
  // qNaN with payload
  TEST_FP_OP1(215, fcvt.s.d, rne, 0, BOXED(0x7fc00000), 0xfff8000000000123);
  TEST_FP_OP1(216, fcvt.s.d, rtz, 0, BOXED(0x7fc00000), 0xfff8000000000123);
  TEST_FP_OP1(217, fcvt.s.d, rdn, 0, BOXED(0x7fc00000), 0xfff8000000000123);
  TEST_FP_OP1(218, fcvt.s.d, rup, 0, BOXED(0x7fc00000), 0xfff8000000000123);
  TEST_FP_OP1(219, fcvt.s.d, rmm, 0, BOXED(0x7fc00000), 0xfff8000000000123);
  // -0
  TEST_FP_OP1(220, fcvt.s.d, rne, 0, BOXED(0x80000000), 0x8000000000000000);
  TEST_FP_OP1(221, fcvt.s.d, rtz, 0, BOXED(0x80000000), 0x8000000000000000);
  TEST_FP_OP1(222, fcvt.s.d, rdn, 0, BOXED(0x80000000), 0x8000000000000000);
  TEST_FP_OP1(223, fcvt.s.d, rup, 0, BOXED(0x80000000), 0x8000000000000000);
  TEST_FP_OP1(224, fcvt.s.d, rmm, 0, BOXED(0x80000000), 0x8000000000000000);
  // -inf
  TEST_FP_OP1(225, fcvt.s.d, rne, 0, BOXED(0xff800000), 0xfff0000000000000);
  TEST_FP_OP1(226, fcvt.s.d, rtz, 0, BOXED(0xff800000), 0xfff0000000000000);
  TEST_FP_OP1(227, fcvt.s.d, rdn, 0, BOXED(0xff800000), 0xfff0000000000000);
  TEST_FP_OP1(228, fcvt.s.d, rup, 0, BOXED(0xff800000), 0xfff0000000000000);
  TEST_FP_OP1(229, fcvt.s.d, rmm, 0, BOXED(0xff800000), 0xfff0000000000000);
  // fcvt.d.s (exact)
  // 1
  TEST_FP_OP1_NORM(230, fcvt.d.s, 0, 0x3ff0000000000000, BOXED(0x3f800000));
  // subnormal
  TEST_FP_OP1_NORM(231, fcvt.d.s, 0, 0x36a0000000000000, BOXED(0x00000001));
  // sNaN
  TEST_FP_OP1_NORM(232, fcvt.d.s, FP_NV, 0x7ff8000000000000, BOXED(0x7f800001));
  // qNaN with payload
  TEST_FP_OP1_NORM(233, fcvt.d.s, 0, 0x7ff8000000000000, BOXED(0xffc12345));
  // -inf
  TEST_FP_OP1_NORM(234, fcvt.d.s, 0, 0xfff0000000000000, BOXED(0xff800000));
  // not NaN-boxed: the canonical NaN
  TEST_FP_OP1_NORM(235, fcvt.d.s, 0, 0x7ff8000000000000, 0x000000003f800000);

  TEST_PASSFAIL

RVTEST_CODE_END

  .data
RVTEST_DATA_BEGIN
RVTEST_DATA_END
