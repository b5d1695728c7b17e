// fcvt_w.S: fcvt.{w,wu,l,lu}.s: rounding in every mode, saturation with NV only (no NX) out of range, NaN to the
// largest value, 32-bit results sign-extended (RISC-V unprivileged spec 11.7, "Domains of float-to-integer conversions").
#include "riscv_test.h"
#include "test_macros.h"
#include "test_macros_fp.h"

RVTEST_RV64UF
RVTEST_CODE_BEGIN
  // fcvt.w.s
  // 1.5
  TEST_FP_INT(2, fcvt.w.s, rne, FP_NX, 0x0000000000000002, BOXED(0x3fc00000));
  TEST_FP_INT(3, fcvt.w.s, rtz, FP_NX, 0x0000000000000001, BOXED(0x3fc00000));
  TEST_FP_INT(4, fcvt.w.s, rdn, FP_NX, 0x0000000000000001, BOXED(0x3fc00000));
  TEST_FP_INT(5, fcvt.w.s, rup, FP_NX, 0x0000000000000002, BOXED(0x3fc00000));
  TEST_FP_INT(6, fcvt.w.s, rmm, FP_NX, 0x0000000000000002, BOXED(0x3fc00000));
  // 2.5
  TEST_FP_INT(7, fcvt.w.s, rne, FP_NX, 0x0000000000000002, BOXED(0x40200000));
  TEST_FP_INT(8, fcvt.w.s, rtz, FP_NX, 0x0000000000000002, BOXED(0x40200000));
  TEST_FP_INT(9, fcvt.w.s, rdn, FP_NX, 0x0000000000000002, BOXED(0x40200000));
  TEST_FP_INT(10, fcvt.w.s, rup, FP_NX, 0x0000000000000003, BOXED(0x40200000));
  TEST_FP_INT(11, fcvt.w.s, rmm, FP_NX, 0x0000000000000003, BOXED(0x40200000));
  // -2.5
  TEST_FP_INT(12, fcvt.w.s, rne, FP_NX, 0xfffffffffffffffe, BOXED(0xc0200000));
  TEST_FP_INT(13, fcvt.w.s, rtz, FP_NX, 0xfffffffffffffffe, BOXED(0xc0200000));
  TEST_FP_INT(14, fcvt.w.s, rdn, FP_NX, 0xfffffffffffffffd, BOXED(0xc0200000));
  TEST_FP_INT(15, fcvt.w.s, rup, FP_NX, 0xfffffffffffffffe, BOXED(0xc0200000));
  TEST_FP_INT(16, fcvt.w.s, rmm, FP_NX, 0xfffffffffffffffd, BOXED(0xc0200000));
  // -0.5
  TEST_FP_INT(17, fcvt.w.s, rne, FP_NX, 0x0000000000000000, BOXED(0xbf000000));
  TEST_FP_INT(18, fcvt.w.s, rtz, FP_NX, 0x0000000000000000, BOXED(0xbf000000));
  TEST_FP_INT(19, fcvt.w.s, rdn, FP_NX, 0xffffffffffffffff, BOXED(0xbf000000));
  TEST_FP_INT(20, fcvt.w.s, rup, FP_NX, 0x0000000000000000, BOXED(0xbf000000));
  TEST_FP_INT(21, fcvt.w.s, rmm, FP_NX, 0xffffffffffffffff, BOXED(0xbf000000));
  // 0.1
  TEST_FP_INT(22, fcvt.w.s, rne, FP_NX, 0x0000000000000000, BOXED(0x3dcccccd));
  TEST_FP_INT(23, fcvt.w.s, rtz, FP_NX, 0x0000000000000000, BOXED(0x3dcccccd));
  TEST_FP_INT(24, fcvt.w.s, rdn, FP_NX, 0x0000000000000000, BOXED(0x3dcccccd));
  TEST_FP_INT(25, fcvt.w.s, rup, FP_NX, 0x0000000000000001, BOXED(0x3dcccccd));
  TEST_FP_INT(26, fcvt.w.s, rmm, FP_NX, 0x0000000000000000, BOXED(0x3dcccccd));
  // -0.1
  TEST_FP_INT(27, fcvt.w.s, rne, FP_NX, 0x0000000000000000, BOXED(0xbdcccccd));
  TEST_FP_INT(28, fcvt.w.s, rtz, FP_NX, 0x0000000000000000, BOXED(0xbdcccccd));
  TEST_FP_INT(29, fcvt.w.s, rdn, FP_NX, 0xffffffffffffffff, BOXED(0xbdcccccd));
  TEST_FP_INT(30, fcvt.w.s, rup, FP_NX, 0x0000000000000000, BOXED(0xbdcccccd));
  TEST_FP_INT(31, fcvt.w.s, rmm, FP_NX, 0x0000000000000000, BOXED(0xbdcccccd));
  // -0
  TEST_FP_INT(32, fcvt.w.s, rne, 0, 0x0000000000000000, BOXED(0x80000000));
  TEST_FP_INT(33, fcvt.w.s, rtz, 0, 0x0000000000000000, BOXED(0x80000000));
  TEST_FP_INT(34, fcvt.w.s, rdn, 0, 0x0000000000000000, BOXED(0x80000000));
  TEST_FP_INT(35, fcvt.w.s, rup, 0, 0x0000000000000000, BOXED(0x80000000));
  TEST_FP_INT(36, fcvt.w.s, rmm, 0, 0x0000000000000000, BOXED(0x80000000));
  // smallest subnormal
  TEST_FP_INT(37, fcvt.w.s, rne, FP_NX, 0x0000000000000000, BOXED(0x00000001));
  TEST_FP_INT(38, fcvt.w.s, rtz, FP_NX, 0x0000000000000000, BOXED(0x00000001));
  TEST_FP_INT(39, fcvt.w.s, rdn, FP_NX, 0x0000000000000000, BOXED(0x00000001));
  TEST_FP_INT(40, fcvt.w.s, rup, FP_NX, 0x0000000000000001, BOXED(0x00000001));
  TEST_FP_INT(41, fcvt.w.s, rmm, FP_NX, 0x0000000000000000, BOXED(0x00000001));
  // -1
  TEST_FP_INT(42, fcvt.w.s, rne, 0, 0xffffffffffffffff, BOXED(0xbf800000));
  TEST_FP_INT(43, fcvt.w.s, rtz, 0, 0xffffffffffffffff, BOXED(0xbf800000));
  TEST_FP_INT(44, fcvt.w.s, rdn, 0, 0xffffffffffffffff, BOXED(0xbf800000));
  TEST_FP_INT(45, fcvt.w.s, rup, 0, 0xffffffffffffffff, BOXED(0xbf800000));
  TEST_FP_INT(46, fcvt.w.s, rmm, 0, 0xffffffffffffffff, BOXED(0xbf800000));
  // 2^31
  TEST_FP_INT(47, fcvt.w.s, rne, FP_NV, 0x000000007fffffff, BOXED(0x4f000000));
  TEST_FP_INT(48, fcvt.w.s, rtz, FP_NV, 0x000000007fffffff, BOXED(0x4f000000));
  TEST_FP_INT(49, fcvt.w.s, rdn, FP_NV, 0x000000007fffffff, BOXED(0x4f000000));
  TEST_FP_INT(50, fcvt.w.s, rup, FP_NV, 0x000000007fffffff, BOXED(0x4f000000));
  TEST_FP_INT(51, fcvt.w.s, rmm, FP_NV, 0x000000007fffffff, BOXED(0x4f000000));
  // -2^31
  TEST_FP_INT(52, fcvt.w.s, rne, 0, 0xffffffff80000000, BOXED(0xcf000000));
  TEST_FP_INT(53, fcvt.w.s, rtz, 0, 0xffffffff80000000, BOXED(0xcf000000));
  TEST_FP_INT(54, fcvt.w.s, rdn, 0, 0xffffffff80000000, BOXED(0xcf000000));
  TEST_FP_INT(55, fcvt.w.s, rup, 0, 0xffffffff80000000, BOXED(0xcf000000));
  TEST_FP_INT(56, fcvt.w.s, rmm, 0, 0xffffffff80000000, BOXED(0xcf000000));
  // just below 2^31
  TEST_FP_INT(57, fcvt.w.s, rne, 0, 0x000000007fffff80, BOXED(0x4effffff));
  TEST_FP_INT(58, fcvt.w.s, rtz, 0, 0x000000007fffff80, BOXED(0x4effffff));
  TEST_FP_INT(59, fcvt.w.s, rdn, 0, 0x000000007fffff80, BOXED(0x4effffff));
  TEST_FP_INT(60, fcvt.w.s, rup, 0, 0x000000007fffff80, BOXED(0x4effffff));
  TEST_FP_INT(61, fcvt.w.s, rmm, 0, 0x000000007fffff80, BOXED(0x4effffff));
  // 2^32
  TEST_FP_INT(62, fcvt.w.s, rne, FP_NV, 0x000000007fffffff, BOXED(0x4f800000));
  TEST_FP_INT(63, fcvt.w.s, rtz, FP_NV, 0x000000007fffffff, BOXED(0x4f800000));
  TEST_FP_INT(64, fcvt.w.s, rdn, FP_NV, 0x000000007fffffff, BOXED(0x4f800000));
  TEST_FP_INT(65, fcvt.w.s, rup, FP_NV, 0x000000007fffffff, BOXED(0x4f800000));
  TEST_FP_INT(66, fcvt.w.s, rmm, FP_NV, 0x000000007fffffff, BOXED(0x4f800000));
  // just below 2^32
  TEST_FP_INT(67, fcvt.w.s, rne, FP_NV, 0x000000007fffffff, BOXED(0x4f7fffff));
  TEST_FP_INT(68, fcvt.w.s, rtz, FP_NV, 0x000000007fffffff, BOXED(0x4f7fffff));
  TEST_FP_INT(69, fcvt.w.s, rdn, FP_NV, 0x000000007fffffff, BOXED(0x4f7fffff));
  TEST_FP_INT(70, fcvt.w.s, rup, FP_NV, 0x000000007fffffff, BOXED(0x4f7fffff));
  TEST_FP_INT(71, fcvt.w.s, rmm, FP_NV, 0x000000007fffffff, BOXED(0x4f7fffff));
  // 2^63
  TEST_FP_INT(72, fcvt.w.s, rne, FP_NV, 0x000000007fffffff, BOXED(0x5f000000));
  TEST_FP_INT(73, fcvt.w.s, rtz, FP_NV, 0x000000007fffffff, BOXED(0x5f000000));
  TEST_FP_INT(74, fcvt.w.s, rdn, FP_NV, 0x000000007fffffff, BOXED(0x5f000000));
  TEST_FP_INT(75, fcvt.w.s, rup, FP_NV, 0x000000007fffffff, BOXED(0x5f000000));
  TEST_FP_INT(76, fcvt.w.s, rmm, FP_NV, 0x000000007fffffff, BOXED(0x5f000000));
  // -2^63
  TEST_FP_INT(77, fcvt.w.s, rne, FP_NV, 0xffffffff80000000, BOXED(0xdf000000));
  TEST_FP_INT(78, fcvt.w.s, rtz, FP_NV, 0xffffffff80000000, BOXED(0xdf000000));
  TEST_FP_INT(79, fcvt.w.s, rdn, FP_NV, 0xffffffff80000000, BOXED(0xdf000000));
  TEST_FP_INT(80, fcvt.w.s, rup, FP_NV, 0xffffffff80000000, BOXED(0xdf000000));
  TEST_FP_INT(81, fcvt.w.s, rmm, FP_NV, 0xffffffff80000000, BOXED(0xdf000000));
  // just below 2^64
  TEST_FP_INT(82, fcvt.w.s, rne, FP_NV, 0x000000007fffffff, BOXED(0x5f7fffff));
  TEST_FP_INT(83, fcvt.w.s, rtz, FP_NV, 0x000000007fffffff, BOXED(0x5f7fffff));
  TEST_FP_INT(84, fcvt.w.s, rdn, FP_NV, 0x000000007fffffff, BOXED(0x5f7fffff));
  TEST_FP_INT(85, fcvt.w.s, rup, FP_NV, 0x000000007fffffff, BOXED(0x5f7fffff));
  TEST_FP_INT(86, fcvt.w.s, rmm, FP_NV, 0x000000007fffffff, BOXED(0x5f7fffff));
  // 2^64
  TEST_FP_INT(87, fcvt.w.s, rne, FP_NV, 0x000000007fffffff, BOXED(0x5f800000));
  TEST_FP_INT(88, fcvt.w.s, rtz, FP_NV, 0x000000007fffffff, BOXED(0x5f800000));
  TEST_FP_INT(89, fcvt.w.s, rdn, FP_NV, 0x000000007fffffff, BOXED(0x5f800000));
  TEST_FP_INT(90, fcvt.w.s, rup, FP_NV, 0x000000007fffffff, BOXED(0x5f800000));
  TEST_FP_INT(91, fcvt.w.s, rmm, FP_NV, 0x000000007fffffff, BOXED(0x5f800000));
  // +inf
  TEST_FP_INT(92, fcvt.w.s, rne, FP_NV, 0x000000007fffffff, BOXED(0x7f800000));
  TEST_FP_INT(93, fcvt.w.s, rtz, FP_NV, 0x000000007fffffff, BOXED(0x7f800000));
  TEST_FP_INT(94, fcvt.w.s, rdn, FP_NV, 0x000000007fffffff, BOXED(0x7f800000));
  TEST_FP_INT(95, fcvt.w.s, rup, FP_NV, 0x000000007fffffff, BOXED(0x7f800000));
  TEST_FP_INT(96, fcvt.w.s, rmm, FP_NV, 0x000000007fffffff, BOXED(0x7f800000));
  // -inf
  TEST_FP_INT(97, fcvt.w.s, rne, FP_NV, 0xffffffff80000000, BOXED(0xff800000));
  TEST_FP_INT(98, fcvt.w.s, rtz, FP_NV, 0xffffffff80000000, BOXED(0xff800000));
  TEST_FP_INT(99, fcvt.w.s, rdn, FP_NV, 0xffffffff80000000, BOXED(0xff800000));
  TEST_FP_INT(100, fcvt.w.s, rup, FP_NV, 0xffffffff80000000, BOXED(0xff800000));
  TEST_FP_INT(101, fcvt.w.s, rmm, FP_NV, 0xffffffff80000000, BOXED(0xff800000));
  // qNaN
  TEST_FP_INT(102, fcvt.w.s, rne, FP_NV, 0x000000007fffffff, BOXED(0x7fc00000));
  TEST_FP_INT(103, fcvt.w.s, rtz, FP_NV, 0x000000007fffffff, BOXED(0x7fc00000));
  TEST_FP_INT(104, fcvt.w.s, rdn, FP_NV, 0x000000007fffffff, BOXED(0x7fc00000));
  TEST_FP_INT(105, fcvt.w.s, rup, FP_NV, 0x000000007fffffff, BOXED(0x7fc00000));
  TEST_FP_INT(106, fcvt.w.s, rmm, FP_NV, 0x000000007fffffff, BOXED(0x7fc00000));
  // sNaN
  TEST_FP_INT(107, fcvt.w.s, rne, FP_NV, 0x000000007fffffff, BOXED(0x7f800001));
  TEST_FP_INT(108, fcvt.w.s, rtz, FP_NV, 0x000000007fffffff, BOXED(0x7f800001));
  TEST_FP_INT(109, fcvt.w.s, rdn, FP_NV, 0x000000007fffffff, BOXED(0x7f800001));
  TEST_FP_INT(110, fcvt.w.s, rup, FP_NV, 0x000000007fffffff, BOXED(0x7f800001));
  TEST_FP_INT(111, fcvt.w.s, rmm, FP_NV, 0x000000007fffffff, BOXED(0x7f800001));
  // negative NaN: still the largest value
  TEST_FP_INT(112, fcvt.w.s, rne, FP_NV, 0x000000007fffffff, BOXED(0xffc12345));
  TEST_FP_INT(113, fcvt.w.s, rtz, FP_NV, 0x000000007fffffff, BOXED(0xffc12345));
  TEST_FP_INT(114, fcvt.w.s, rdn, FP_NV, 0x000000007fffffff, BOXED(0xffc12345));
  TEST_FP_INT(115, fcvt.w.s, rup, FP_NV, 0x000000007fffffff, BOXED(0xffc12345));
  TEST_FP_INT(116, fcvt.w.s, rmm, FP_NV, 0x000000007fffffff, BOXED(0xffc12345));
  // fcvt.wu.s
  // 1.5
  TEST_FP_INT(117, fcvt.wu.s, rne, FP_NX, 0x0000000000000002, BOXED(0x3fc00000));
  TEST_FP_INT(118, fcvt.wu.s, rtz, FP_NX, 0x0000000000000001, BOXED(0x3fc00000));
  TEST_FP_INT(119, fcvt.wu.s, rdn, FP_NX, 0x0000000000000001, BOXED(0x3fc00000));
  TEST_FP_INT(120, fcvt.wu.s, rup, FP_NX, 0x0000000000000002, BOXED(0x3fc00000));
  TEST_FP_INT(121, fcvt.wu.s, rmm, FP_NX, 0x0000000000000002, BOXED(0x3fc00000));
  // 2.5
  TEST_FP_INT(122, fcvt.wu.s, rne, FP_NX, 0x0000000000000002, BOXED(0x40200000));
  TEST_FP_INT(123, fcvt.wu.s, rtz, FP_NX, 0x0000000000000002, BOXED(0x40200000));
  TEST_FP_INT(124, fcvt.wu.s, rdn, FP_NX, 0x0000000000000002, BOXED(0x40200000));
  TEST_FP_INT(125, fcvt.wu.s, rup, FP_NX, 0x0000000000000003, BOXED(0x40200000));
  TEST_FP_INT(126, fcvt.wu.s, rmm, FP_NX, 0x0000000000000003, BOXED(0x40200000));
  // -2.5
  TEST_FP_INT(127, fcvt.wu.s, rne, FP_NV, 0x0000000000000000, BOXED(0xc0200000));
  TEST_FP_INT(128, fcvt.wu.s, rtz, FP_NV, 0x0000000000000000, BOXED(0xc0200000));
  TEST_FP_INT(129, fcvt.wu.s, rdn, FP_NV, 0x0000000000000000, BOXED(0xc0200000));
  TEST_FP_INT(130, fcvt.wu.s, rup, FP_NV, 0x0000000000000000, BOXED(0xc0200000));
  TEST_FP_INT(131, fcvt.wu.s, rmm, FP_NV, 0x0000000000000000, BOXED(0xc0200000));
  // -0.5
  TEST_FP_INT(132, fcvt.wu.s, rne, FP_NX, 0x0000000000000000, BOXED(0xbf000000));
  TEST_FP_INT(133, fcvt.wu.s, rtz, FP_NX, 0x0000000000000000, BOXED(0xbf000000));
  TEST_FP_INT(134, fcvt.wu.s, rdn, FP_NV, 0x0000000000000000, BOXED(0xbf000000));
  TEST_FP_INT(135, fcvt.wu.s, rup, FP_NX, 0x0000000000000000, BOXED(0xbf000000));
  TEST_FP_INT(136, fcvt.wu.s, rmm, FP_NV, 0x0000000000000000, BOXED(0xbf000000));
  // 0.1
  TEST_FP_INT(137, fcvt.wu.s, rne, FP_NX, 0x0000000000000000, BOXED(0x3dcccccd));
  TEST_FP_INT(138, fcvt.wu.s, rtz, FP_NX, 0x0000000000000000, BOXED(0x3dcccccd));
  TEST_FP_INT(139, fcvt.wu.s, rdn, FP_NX, 0x0000000000000000, BOXED(0x3dcccccd));
  TEST_FP_INT(140, fcvt.wu.s, rup, FP_NX, 0x0000000000000001, BOXED(0x3dcccccd));
  TEST_FP_INT(141, fcvt.wu.s, rmm, FP_NX, 0x0000000000000000, BOXED(0x3dcccccd));
  // -0.1
  TEST_FP_INT(142, fcvt.wu.s, rne, FP_NX, 0x0000000000000000, BOXED(0xbdcccccd));
  TEST_FP_INT(143, fcvt.wu.s, rtz, FP_NX, 0x0000000000000000, BOXED(0xbdcccccd));
  TEST_FP_INT(144, fcvt.wu.s, rdn, FP_NV, 0x0000000000000000, BOXED(0xbdcccccd));
  TEST_FP_INT(145, fcvt.wu.s, rup, FP_NX, 0x0000000000000000, BOXED(0xbdcccccd));
  TEST_FP_INT(146, fcvt.wu.s, rmm, FP_NX, 0x0000000000000000, BOXED(0xbdcccccd));
  // -0
  TEST_FP_INT(147, fcvt.wu.s, rne, 0, 0x0000000000000000, BOXED(0x80000000));
  TEST_FP_INT(148, fcvt.wu.s, rtz, 0, 0x0000000000000000, BOXED(0x80000000));
  TEST_FP_INT(149, fcvt.wu.s, rdn, 0, 0x0000000000000000, BOXED(0x80000000));
  TEST_FP_INT(150, fcvt.wu.s, rup, 0, 0x0000000000000000, BOXED(0x80000000));
  TEST_FP_INT(151, fcvt.wu.s, rmm, 0, 0x0000000000000000, BOXED(0x80000000));
  // smallest subnormal
  TEST_FP_INT(152, fcvt.wu.s, rne, FP_NX, 0x0000000000000000, BOXED(0x00000001));
  TEST_FP_INT(153, fcvt.wu.s, rtz, FP_NX, 0x0000000000000000, BOXED(0x00000001));
  TEST_FP_INT(154, fcvt.wu.s, rdn, FP_NX, 0x0000000000000000, BOXED(0x00000001));
  TEST_FP_INT(155, fcvt.wu.s, rup, FP_NX, 0x0000000000000001, BOXED(0x00000001));
  TEST_FP_INT(156, fcvt.wu.s, rmm, FP_NX, 0x0000000000000000, BOXED(0x00000001));
  // -1
  TEST_FP_INT(157, fcvt.wu.s, rne, FP_NV, 0x0000000000000000, BOXED(0xbf800000));
  TEST_FP_INT(158, fcvt.wu.s, rtz, FP_NV, 0x0000000000000000, BOXED(0xbf800000));
  TEST_FP_INT(159, fcvt.wu.s, rdn, FP_NV, 0x0000000000000000, BOXED(0xbf800000));
  TEST_FP_INT(160, fcvt.wu.s, rup, FP_NV, 0x0000000000000000, BOXED(0xbf800000));
  TEST_FP_INT(161, fcvt.wu.s, rmm, FP_NV, 0x0000000000000000, BOXED(0xbf800000));
  // 2^31
  TEST_FP_INT(162, fcvt.wu.s, rne, 0, 0xffffffff80000000, BOXED(0x4f000000));
  TEST_FP_INT(163, fcvt.wu.s, rtz, 0, 0xffffffff80000000, BOXED(0x4f000000));
  TEST_FP_INT(164, fcvt.wu.s, rdn, 0, 0xffffffff80000000, BOXED(0x4f000000));
  TEST_FP_INT(165, fcvt.wu.s, rup, 0, 0xffffffff80000000, BOXED(0x4f000000));
  TEST_FP_INT(166, fcvt.wu.s, rmm, 0, 0xffffffff80000000, BOXED(0x4f000000));
  // -2^31
  TEST_FP_INT(167, fcvt.wu.s, rne, FP_NV, 0x0000000000000000, BOXED(0xcf000000));
  TEST_FP_INT(168, fcvt.wu.s, rtz, FP_NV, 0x0000000000000000, BOXED(0xcf000000));
  TEST_FP_INT(169, fcvt.wu.s, rdn, FP_NV, 0x0000000000000000, BOXED(0xcf000000));
  TEST_FP_INT(170, fcvt.wu.s, rup, FP_NV, 0x0000000000000000, BOXED(0xcf000000));
  TEST_FP_INT(171, fcvt.wu.s, rmm, FP_NV, 0x0000000000000000, BOXED(0xcf000000));
  // just below 2^31
  TEST_FP_INT(172, fcvt.wu.s, rne, 0, 0x000000007fffff80, BOXED(0x4effffff));
  TEST_FP_INT(173, fcvt.wu.s, rtz, 0, 0x000000007fffff80, BOXED(0x4effffff));
  TEST_FP_INT(174, fcvt.wu.s, rdn, 0, 0x000000007fffff80, BOXED(0x4effffff));
  TEST_FP_INT(175, fcvt.wu.s, rup, 0, 0x000000007fffff80, BOXED(0x4effffff));
  TEST_FP_INT(176, fcvt.wu.s, rmm, 0, 0x000000007fffff80, BOXED(0x4effffff));
  // 2^32
  TEST_FP_INT(177, fcvt.wu.s, rne, FP_NV, 0xffffffffffffffff, BOXED(0x4f800000));
  TEST_FP_INT(178, fcvt.wu.s, rtz, FP_NV, 0xffffffffffffffff, BOXED(0x4f800000));
  TEST_FP_INT(179, fcvt.wu.s, rdn, FP_NV, 0xffffffffffffffff, BOXED(0x4f800000));
  TEST_FP_INT(180, fcvt.wu.s, rup, FP_NV, 0xffffffffffffffff, BOXED(0x4f800000));
  TEST_FP_INT(181, fcvt.wu.s, rmm, FP_NV, 0xffffffffffffffff, BOXED(0x4f800000));
  // just below 2^32
  TEST_FP_INT(182, fcvt.wu.s, rne, 0, 0xffffffffffffff00, BOXED(0x4f7fffff));
  TEST_FP_INT(183, fcvt.wu.s, rtz, 0, 0xffffffffffffff00, BOXED(0x4f7fffff));
  TEST_FP_INT(184, fcvt.wu.s, rdn, 0, 0xffffffffffffff00, BOXED(0x4f7fffff));
  TEST_FP_INT(185, fcvt.wu.s, rup, 0, 0xffffffffffffff00, BOXED(0x4f7fffff));
  TEST_FP_INT(186, fcvt.wu.s, rmm, 0, 0xffffffffffffff00, BOXED(0x4f7fffff));
  // 2^63
  TEST_FP_INT(187, fcvt.wu.s, rne, FP_NV, 0xffffffffffffffff, BOXED(0x5f000000));
  TEST_FP_INT(188, fcvt.wu.s, rtz, FP_NV, 0xffffffffffffffff, BOXED(0x5f000000));
  TEST_FP_INT(189, fcvt.wu.s, rdn, FP_NV, 0xffffffffffffffff, BOXED(0x5f000000));
  TEST_FP_INT(190, fcvt.wu.s, rup, FP_NV, 0xffffffffffffffff, BOXED(0x5f000000));
  TEST_FP_INT(191, fcvt.wu.s, rmm, FP_NV, 0xffffffffffffffff, BOXED(0x5f000000));
  // -2^63
  TEST_FP_INT(192, fcvt.wu.s, rne, FP_NV, 0x0000000000000000, BOXED(0xdf000000));
  TEST_FP_INT(193, fcvt.wu.s, rtz, FP_NV, 0x0000000000000000, BOXED(0xdf000000));
  TEST_FP_INT(194, fcvt.wu.s, rdn, FP_NV, 0x0000000000000000, BOXED(0xdf000000));
  TEST_FP_INT(195, fcvt.wu.s, rup, FP_NV, 0x0000000000000000, BOXED(0xdf000000));
  TEST_FP_INT(196, fcvt.wu.s, rmm, FP_NV, 0x0000000000000000, BOXED(0xdf000000));
  // just below 2^64
  TEST_FP_INT(197, fcvt.wu.s, rne, FP_NV, 0xffffffffffffffff, BOXED(0x5f7fffff));
  TEST_FP_INT(198, fcvt.wu.s, rtz, FP_NV, 0xffffffffffffffff, BOXED(0x5f7fffff));
  TEST_FP_INT(199, fcvt.wu.s, rdn, FP_NV, 0xffffffffffffffff, BOXED(0x5f7fffff));
  TEST_FP_INT(200, fcvt.wu.s, rup, FP_NV, 0xffffffffffffffff, BOXED(0x5f7fffff));
  TEST_FP_INT(201, fcvt.wu.s, rmm, FP_NV, 0xffffffffffffffff, BOXED(0x5f7fffff));
  // 2^64
  TEST_FP_INT(202, fcvt.wu.s, rne, FP_NV, 0xffffffffffffffff, BOXED(0x5f800000));
  TEST_FP_INT(203, fcvt.wu.s, rtz, FP_NV, 0xffffffffffffffff, BOXED(0x5f800000));
  TEST_FP_INT(204, fcvt.wu.s, rdn, FP_NV, 0xffffffffffffffff, BOXED(0x5f800000));
  TEST_FP_INT(205, fcvt.wu.s, rup, FP_NV, 0xffffffffffffffff, BOXED(0x5f800000));
  TEST_FP_INT(206, fcvt.wu.s, rmm, FP_NV, 0xffffffffffffffff, BOXED(0x5f800000));
  // +inf
  TEST_FP_INT(207, fcvt.wu.s, rne, FP_NV, 0xffffffffffffffff, BOXED(0x7f800000));
  TEST_FP_INT(208, fcvt.wu.s, rtz, FP_NV, 0xffffffffffffffff, BOXED(0x7f800000));
  TEST_FP_INT(209, fcvt.wu.s, rdn, FP_NV, 0xffffffffffffffff, BOXED(0x7f800000));
  TEST_FP_INT(210, fcvt.wu.s, rup, FP_NV, 0xffffffffffffffff, BOXED(0x7f800000));
  TEST_FP_INT(211, fcvt.wu.s, rmm, FP_NV, 0xffffffffffffffff, BOXED(0x7f800000));
  // -inf
  TEST_FP_INT(212, fcvt.wu.s, rne, FP_NV, 0x0000000000000000, BOXED(0xff800000));
  TEST_FP_INT(213, fcvt.wu.s, rtz, FP_NV, 0x0000000000000000, BOXED(0xff800000));
  TEST_FP_INT(214, fcvt.wu.s, rdn, FP_NV, 0x0000000000000000, BOXED(0xff800000));
  TEST_FP_INT(215, fcvt.wu.s, rup, FP_NV, 0x0000000000000000, BOXED(0xff800000));
  TEST_FP_INT(216, fcvt.wu.s, rmm, FP_NV, 0x0000000000000000, BOXED(0xff800000));
  // qNaN
  TEST_FP_INT(217, fcvt.wu.s, rne, FP_NV, 0xffffffffffffffff, BOXED(0x7fc00000));
  TEST_FP_INT(218, fcvt.wu.s, rtz, FP_NV, 0xffffffffffffffff, BOXED(0x7fc00000));
  TEST_FP_INT(219, fcvt.wu.s, rdn, FP_NV, 0xffffffffffffffff, BOXED(0x7fc00000));
  TEST_FP_INT(220, fcvt.wu.s, rup, FP_NV, 0xffffffffffffffff, BOXED(0x7fc00000));
  TEST_FP_INT(221, fcvt.wu.s, rmm, FP_NV, 0xffffffffffffffff, BOXED(0x7fc00000));
  // sNaN
  TEST_FP_INT(222, fcvt.wu.s, rne, FP_NV, 0xffffffffffffffff, BOXED(0x7f800001));
  TEST_FP_INT(223, fcvt.wu.s, rtz, FP_NV, 0xffffffffffffffff, BOXED(0x7f800001));
  TEST_FP_INT(224, fcvt.wu.s, rdn, FP_NV, 0xffffffffffffffff, BOXED(0x7f800001));
  TEST_FP_INT(225, fcvt.wu.s, rup, FP_NV, 0xffffffffffffffff, BOXED(0x7f800001));
  TEST_FP_INT(226, fcvt.wu.s, rmm, FP_NV, 0xffffffffffffffff, BOXED(0x7f800001));
  // negative NaN: still the largest value
  TEST_FP_INT(227, fcvt.wu.s, rne, FP_NV, 0xffffffffffffffff, BOXED(0xffc12345));
  TEST_FP_INT(228, fcvt.wu.s, rtz, FP_NV, 0xffffffffffffffff, BOXED(0xffc12345));
  TEST_FP_INT(229, fcvt.wu.s, rdn, FP_NV, 0xffffffffffffffff, BOXED(0xffc12345));
  TEST_FP_INT(230, fcvt.wu.s, rup, FP_NV, 0xffffffffffffffff, BOXED(0xffc12345));
  TEST_FP_INT(231, fcvt.wu.s, rmm, FP_NV, 0xffffffffffffffff, BOXED(0xffc12345));
  // fcvt.l.s
  // 1.5
  TEST_FP_INT(232, fcvt.l.s, rne, FP_NX, 0x0000000000000002, BOXED(0x3fc00000));
  TEST_FP_INT(233, fcvt.l.s, rtz, FP_NX, 0x0000000000000001, BOXED(0x3fc00000));
  TEST_FP_INT(234, fcvt.l.s, rdn, FP_NX, 0x0000000000000001, BOXED(0x3fc00000));
  TEST_FP_INT(235, fcvt.l.s, rup, FP_NX, 0x0000000000000002, BOXED(0x3fc00000));
  TEST_FP_INT(236, fcvt.l.s, rmm, FP_NX, 0x0000000000000002, BOXED(0x3fc00000));
  // 2.5
  TEST_FP_INT(237, fcvt.l.s, rne, FP_NX, 0x0000000000000002, BOXED(0x40200000));
  TEST_FP_INT(238, fcvt.l.s, rtz, FP_NX, 0x0000000000000002, BOXED(0x40200000));
  TEST_FP_INT(239, fcvt.l.s, rdn, FP_NX, 0x0000000000000002, BOXED(0x40200000));
  TEST_FP_INT(240, fcvt.l.s, rup, FP_NX, 0x0000000000000003, BOXED(0x40200000));
  TEST_FP_INT(241, fcvt.l.s, rmm, FP_NX, 0x0000000000000003, BOXED(0x40200000));
  // -2.5
  TEST_FP_INT(242, fcvt.l.s, rne, FP_NX, 0xfffffffffffffffe, BOXED(0xc0200000));
  TEST_FP_INT(243, fcvt.l.s, rtz, FP_NX, 0xfffffffffffffffe, BOXED(0xc0200000));
  TEST_FP_INT(244, fcvt.l.s, rdn, FP_NX, 0xfffffffffffffffd, BOXED(0xc0200000));
  TEST_FP_INT(245, fcvt.l.s, rup, FP_NX, 0xfffffffffffffffe, BOXED(0xc0200000));
  TEST_FP_INT(246, fcvt.l.s, rmm, FP_NX, 0xfffffffffffffffd, BOXED(0xc0200000));
  // -0.5
  TEST_FP_INT(247, fcvt.l.s, rne, FP_NX, 0x0000000000000000, BOXED(0xbf000000));
  TEST_FP_INT(248, fcvt.l.s, rtz, FP_NX, 0x0000000000000000, BOXED(0xbf000000));
  TEST_FP_INT(249, fcvt.l.s, rdn, FP_NX, 0xffffffffffffffff, BOXED(0xbf000000));
  TEST_FP_INT(250, fcvt.l.s, rup, FP_NX, 0x0000000000000000, BOXED(0xbf000000));
  TEST_FP_INT(251, fcvt.l.s, rmm, FP_NX, 0xffffffffffffffff, BOXED(0xbf000000));
  // 0.1
  TEST_FP_INT(252, fcvt.l.s, rne, FP_NX, 0x0000000000000000, BOXED(0x3dcccccd));
  TEST_FP_INT(253, fcvt.l.s, rtz, FP_NX, 0x0000000000000000, BOXED(0x3dcccccd));
  TEST_FP_INT(254, fcvt.l.s, rdn, FP_NX, 0x0000000000000000, BOXED(0x3dcccccd));
  TEST_FP_INT(255, fcvt.l.s, rup, FP_NX, 0x0000000000000001, BOXED(0x3dcccccd));
  TEST_FP_INT(256, fcvt.l.s, rmm, FP_NX, 0x0000000000000000, BOXED(0x3dcccccd));
  // -0.1
  TEST_FP_INT(257, fcvt.l.s, rne, FP_NX, 0x0000000000000000, BOXED(0xbdcccccd));
  TEST_FP_INT(258, fcvt.l.s, rtz, FP_NX, 0x0000000000000000, BOXED(0xbdcccccd));
  TEST_FP_INT(259, fcvt.l.s, rdn, FP_NX, 0xffffffffffffffff, BOXED(0xbdcccccd));
  TEST_FP_INT(260, fcvt.l.s, rup, FP_NX, 0x0000000000000000, BOXED(0xbdcccccd));
  TEST_FP_INT(261, fcvt.l.s, rmm, FP_NX, 0x0000000000000000, BOXED(0xbdcccccd));
  // -0
  TEST_FP_INT(262, fcvt.l.s, rne, 0, 0x0000000000000000, BOXED(0x80000000));
  TEST_FP_INT(263, fcvt.l.s, rtz, 0, 0x0000000000000000, BOXED(0x80000000));
  TEST_FP_INT(264, fcvt.l.s, rdn, 0, 0x0000000000000000, BOXED(0x80000000));
  TEST_FP_INT(265, fcvt.l.s, rup, 0, 0x0000000000000000, BOXED(0x80000000));
  TEST_FP_INT(266, fcvt.l.s, rmm, 0, 0x0000000000000000, BOXED(0x80000000));
  // smallest subnormal
  TEST_FP_INT(267, fcvt.l.s, rne, FP_NX, 0x0000000000000000, BOXED(0x00000001));
  TEST_FP_INT(268, fcvt.l.s, rtz, FP_NX, 0x0000000000000000, BOXED(0x00000001));
  TEST_FP_INT(269, fcvt.l.s, rdn, FP_NX, 0x0000000000000000, BOXED(0x00000001));
  TEST_FP_INT(270, fcvt.l.s, rup, FP_NX, 0x0000000000000001, BOXED(0x00000001));
  TEST_FP_INT(271, fcvt.l.s, rmm, FP_NX, 0x0000000000000000, BOXED(0x00000001));
  // -1
  TEST_FP_INT(272, fcvt.l.s, rne, 0, 0xffffffffffffffff, BOXED(0xbf800000));
  TEST_FP_INT(273, fcvt.l.s, rtz, 0, 0xffffffffffffffff, BOXED(0xbf800000));
  TEST_FP_INT(274, fcvt.l.s, rdn, 0, 0xffffffffffffffff, BOXED(0xbf800000));
  TEST_FP_INT(275, fcvt.l.s, rup, 0, 0xffffffffffffffff, BOXED(0xbf800000));
  TEST_FP_INT(276, fcvt.l.s, rmm, 0, 0xffffffffffffffff, BOXED(0xbf800000));
  // 2^31
  TEST_FP_INT(277, fcvt.l.s, rne, 0, 0x0000000080000000, BOXED(0x4f000000));
  TEST_FP_INT(278, fcvt.l.s, rtz, 0, 0x0000000080000000, BOXED(0x4f000000));
  TEST_FP_INT(279, fcvt.l.s, rdn, 0, 0x0000000080000000, BOXED(0x4f000000));
  TEST_FP_INT(280, fcvt.l.s, rup, 0, 0x0000000080000000, BOXED(0x4f000000));
  TEST_FP_INT(281, fcvt.l.s, rmm, 0, 0x0000000080000000, BOXED(0x4f000000));
  // -2^31
  TEST_FP_INT(282, fcvt.l.s, rne, 0, 0xffffffff80000000, BOXED(0xcf000000));
  TEST_FP_INT(283, fcvt.l.s, rtz, 0, 0xffffffff80000000, BOXED(0xcf000000));
  TEST_FP_INT(284, fcvt.l.s, rdn, 0, 0xffffffff80000000, BOXED(0xcf000000));
  TEST_FP_INT(285, fcvt.l.s, rup, 0, 0xffffffff80000000, BOXED(0xcf000000));
  TEST_FP_INT(286, fcvt.l.s, rmm, 0, 0xffffffff80000000, BOXED(0xcf000000));
  // just below 2^31
  TEST_FP_INT(287, fcvt.l.s, rne, 0, 0x000000007fffff80, BOXED(0x4effffff));
  TEST_FP_INT(288, fcvt.l.s, rtz, 0, 0x000000007fffff80, BOXED(0x4effffff));
  TEST_FP_INT(289, fcvt.l.s, rdn, 0, 0x000000007fffff80, BOXED(0x4effffff));
  TEST_FP_INT(290, fcvt.l.s, rup, 0, 0x000000007fffff80, BOXED(0x4effffff));
  TEST_FP_INT(291, fcvt.l.s, rmm, 0, 0x000000007fffff80, BOXED(0x4effffff));
  // 2^32
  TEST_FP_INT(292, fcvt.l.s, rne, 0, 0x0000000100000000, BOXED(0x4f800000));
  TEST_FP_INT(293, fcvt.l.s, rtz, 0, 0x0000000100000000, BOXED(0x4f800000));
  TEST_FP_INT(294, fcvt.l.s, rdn, 0, 0x0000000100000000, BOXED(0x4f800000));
  TEST_FP_INT(295, fcvt.l.s, rup, 0, 0x0000000100000000, BOXED(0x4f800000));
  TEST_FP_INT(296, fcvt.l.s, rmm, 0, 0x0000000100000000, BOXED(0x4f800000));
  // just below 2^32
  TEST_FP_INT(297, fcvt.l.s, rne, 0, 0x00000000ffffff00, BOXED(0x4f7fffff));
  TEST_FP_INT(298, fcvt.l.s, rtz, 0, 0x00000000ffffff00, BOXED(0x4f7fffff));
  TEST_FP_INT(299, fcvt.l.s, rdn, 0, 0x00000000ffffff00, BOXED(0x4f7fffff));
  TEST_FP_INT(300, fcvt.l.s, rup, 0, 0x00000000ffffff00, BOXED(0x4f7fffff));
  TEST_FP_INT(301, fcvt.l.s, rmm, 0, 0x00000000ffffff00, BOXED(0x4f7fffff));
  // 2^63
  TEST_FP_INT(302, fcvt.l.s, rne, FP_NV, 0x7fffffffffffffff, BOXED(0x5f000000));
  TEST_FP_INT(303, fcvt.l.s, rtz, FP_NV, 0x7fffffffffffffff, BOXED(0x5f000000));
  TEST_FP_INT(304, fcvt.l.s, rdn, FP_NV, 0x7fffffffffffffff, BOXED(0x5f000000));
  TEST_FP_INT(305, fcvt.l.s, rup, FP_NV, 0x7fffffffffffffff, BOXED(0x5f000000));
  TEST_FP_INT(306, fcvt.l.s, rmm, FP_NV, 0x7fffffffffffffff, BOXED(0x5f000000));
  // -2^63
  TEST_FP_INT(307, fcvt.l.s, rne, 0, 0x8000000000000000, BOXED(0xdf000000));
  TEST_FP_INT(308, fcvt.l.s, rtz, 0, 0x8000000000000000, BOXED(0xdf000000));
  TEST_FP_INT(309, fcvt.l.s, rdn, 0, 0x8000000000000000, BOXED(0xdf000000));
  TEST_FP_INT(310, fcvt.l.s, rup, 0, 0x8000000000000000, BOXED(0xdf000000));
  TEST_FP_INT(311, fcvt.l.s, rmm, 0, 0x8000000000000000, BOXED(0xdf000000));
  // just below 2^64
  TEST_FP_INT(312, fcvt.l.s, rne, FP_NV, 0x7fffffffffffffff, BOXED(0x5f7fffff));
  TEST_FP_INT(313, fcvt.l.s, rtz, FP_NV, 0x7fffffffffffffff, BOXED(0x5f7fffff));
  TEST_FP_INT(314, fcvt.l.s, rdn, FP_NV, 0x7fffffffffffffff, BOXED(0x5f7fffff));
  TEST_FP_INT(315, fcvt.l.s, rup, FP_NV, 0x7fffffffffffffff, BOXED(0x5f7fffff));
  TEST_FP_INT(316, fcvt.l.s, rmm, FP_NV, 0x7fffffffffffffff, BOXED(0x5f7fffff));
  // 2^64
  TEST_FP_INT(317, fcvt.l.s, rne, FP_NV, 0x7fffffffffffffff, BOXED(0x5f800000));
  TEST_FP_INT(318, fcvt.l.s, rtz, FP_NV, 0x7fffffffffffffff, BOXED(0x5f800000));
  TEST_FP_INT(319, fcvt.l.s, rdn, FP_NV, 0x7fffffffffffffff, BOXED(0x5f800000));
  TEST_FP_INT(320, fcvt.l.s, rup, FP_NV, 0x7fffffffffffffff, BOXED(0x5f800000));
  TEST_FP_INT(321, fcvt.l.s, rmm, FP_NV, 0x7fffffffffffffff, BOXED(0x5f800000));
  // +inf
  TEST_FP_INT(322, fcvt.l.s, rne, FP_NV, 0x7fffffffffffffff, BOXED(0x7f800000));
  TEST_FP_INT(323, fcvt.l.s, rtz, FP_NV, 0x7fffffffffffffff, BOXED(0x7f800000));
  TEST_FP_INT(324, fcvt.l.s, rdn, FP_NV, 0x7fffffffffffffff, BOXED(0x7f800000));
  TEST_FP_INT(325, fcvt.l.s, rup, FP_NV, 0x7fffffffffffffff, BOXED(0x7f800000));
  TEST_FP_INT(326, fcvt.l.s, rmm, FP_NV, 0x7fffffffffffffff, BOXED(0x7f800000));
  // -inf
  TEST_FP_INT(327, fcvt.l.s, rne, FP_NV, 0x8000000000000000, BOXED(0xff800000));
  TEST_FP_INT(328, fcvt.l.s, rtz, FP_NV, 0x8000000000000000, BOXED(0xff800000));
  TEST_FP_INT(329, fcvt.l.s, rdn, FP_NV, 0x8000000000000000, BOXED(0xff800000));
  TEST_FP_INT(330, fcvt.l.s, rup, FP_NV, 0x8000000000000000, BOXED(0xff800000));
  TEST_FP_INT(331, fcvt.l.s, rmm, FP_NV, 0x8000000000000000, BOXED(0xff800000));
  // qNaN
  TEST_FP_INT(332, fcvt.l.s, rne, FP_NV, 0x7fffffffffffffff, BOXED(0x7fc00000));
  TEST_FP_INT(333, fcvt.l.s, rtz, FP_NV, 0x7fffffffffffffff, BOXED(0x7fc00000));
  TEST_FP_INT(334, fcvt.l.s, rdn, FP_NV, 0x7fffffffffffffff, BOXED(0x7fc00000));
  TEST_FP_INT(335, fcvt.l.s, rup, FP_NV, 0x7fffffffffffffff, BOXED(0x7fc00000));
  TEST_FP_INT(336, fcvt.l.s, rmm, FP_NV, 0x7fffffffffffffff, BOXED(0x7fc00000));
  // sNaN
  TEST_FP_INT(337, fcvt.l.s, rne, FP_NV, 0x7fffffffffffffff, BOXED(0x7f800001));
  TEST_FP_INT(338, fcvt.l.s, rtz, FP_NV, 0x7fffffffffffffff, BOXED(0x7f800001));
  TEST_FP_INT(339, fcvt.l.s, rdn, FP_NV, 0x7fffffffffffffff, BOXED(0x7f800001));
  TEST_FP_INT(340, fcvt.l.s, rup, FP_NV, 0x7fffffffffffffff, BOXED(0x7f800001));
  TEST_FP_INT(341, fcvt.l.s, rmm, FP_NV, 0x7fffffffffffffff, BOXED(0x7f800001));
  // negative NaN: still the largest value
  TEST_FP_INT(342, fcvt.l.s, rne, FP_NV, 0x7fffffffffffffff, BOXED(0xffc12345));
  TEST_FP_INT(343, fcvt.l.s, rtz, FP_NV, 0x7fffffffffffffff, BOXED(0xffc12345));
  TEST_FP_INT(344, fcvt.l.s, rdn, FP_NV, 0x7fffffffffffffff, BOXED(0xffc12345));
  TEST_FP_INT(345, fcvt.l.s, rup, FP_NV, 0x7fffffffffffffff, BOXED(0xffc12345));
  TEST_FP_INT(346, fcvt.l.s, rmm, FP_NV, 0x7fffffffffffffff, BOXED(0xffc12345));
  // fcvt.lu.s
  // 1.5
  TEST_FP_INT(347, fcvt.lu.s, rne, FP_NX, 0x0000000000000002, BOXED(0x3fc00000));
  TEST_FP_INT(348, fcvt.lu.s, rtz, FP_NX, 0x0000000000000001, BOXED(0x3fc00000));
  TEST_FP_INT(349, fcvt.lu.s, rdn, FP_NX, 0x0000000000000001, BOXED(0x3fc00000));
  TEST_FP_INT(350, fcvt.lu.s, rup, FP_NX, 0x0000000000000002, BOXED(0x3fc00000));
  TEST_FP_INT(351, fcvt.lu.s, rmm, FP_NX, 0x0000000000000002, BOXED(0x3fc00000));
  // 2.5
  TEST_FP_INT(352, fcvt.lu.s, rne, FP_NX, 0x0000000000000002, BOXED(0x40200000));
  TEST_FP_INT(353, fcvt.lu.s, rtz, FP_NX, 0x0000000000000002, BOXED(0x40200000));
  TEST_FP_INT(354, fcvt.lu.s, rdn, FP_NX, 0x0000000000000002, BOXED(0x40200000));
  TEST_FP_INT(355, fcvt.lu.s, rup, FP_NX, 0x0000000000000003, BOXED(0x40200000));
  TEST_FP_INT(356, fcvt.lu.s, rmm, FP_NX, 0x0000000000000003, BOXED(0x40200000));
  // -2.5
  TEST_FP_INT(357, fcvt.lu.s, rne, FP_NV, 0x0000000000000000, BOXED(0xc0200000));
  TEST_FP_INT(358, fcvt.lu.s, rtz, FP_NV, 0x0000000000000000, BOXED(0xc0200000));
  TEST_FP_INT(359, fcvt.lu.s, rdn, FP_NV, 0x0000000000000000, BOXED(0xc0200000));
  TEST_FP_INT(360, fcvt.lu.s, rup, FP_NV, 0x0000000000000000, BOXED(0xc0200000));
  TEST_FP_INT(361, fcvt.lu.s, rmm, FP_NV, 0x0000000000000000, BOXED(0xc0200000));
  // -0.5
  TEST_FP_INT(362, fcvt.lu.s, rne, FP_NX, 0x0000000000000000, BOXED(0xbf000000));
  TEST_FP_INT(363, fcvt.lu.s, rtz, FP_NX, 0x0000000000000000, BOXED(0xbf000000));
  TEST_FP_INT(364, fcvt.lu.s, rdn, FP_NV, 0x0000000000000000, BOXED(0xbf000000));
  TEST_FP_INT(365, fcvt.lu.s, rup, FP_NX, 0x0000000000000000, BOXED(0xbf000000));
  TEST_FP_INT(366, fcvt.lu.s, rmm, FP_NV, 0x0000000000000000, BOXED(0xbf000000));
  // 0.1
  TEST_FP_INT(367, fcvt.lu.s, rne, FP_NX, 0x0000000000000000, BOXED(0x3dcccccd));
  TEST_FP_INT(368, fcvt.lu.s, rtz, FP_NX, 0x0000000000000000, BOXED(0x3dcccccd));
  TEST_FP_INT(369, fcvt.lu.s, rdn, FP_NX, 0x0000000000000000, BOXED(0x3dcccccd));
  TEST_FP_INT(370, fcvt.lu.s, rup, FP_NX, 0x0000000000000001, BOXED(0x3dcccccd));
  TEST_FP_INT(371, fcvt.lu.s, rmm, FP_NX, 0x0000000000000000, BOXED(0x3dcccccd));
  // -0.1
  TEST_FP_INT(372, fcvt.lu.s, rne, FP_NX, 0x0000000000000000, BOXED(0xbdcccccd));
  TEST_FP_INT(373, fcvt.lu.s, rtz, FP_NX, 0x0000000000000000, BOXED(0xbdcccccd));
  TEST_FP_INT(374, fcvt.lu.s, rdn, FP_NV, 0x0000000000000000, BOXED(0xbdcccccd));
  TEST_FP_INT(375, fcvt.lu.s, rup, FP_NX, 0x0000000000000000, BOXED(0xbdcccccd));
  TEST_FP_INT(376, fcvt.lu.s, rmm, FP_NX, 0x0000000000000000, BOXED(0xbdcccccd));
  // -0
  TEST_FP_INT(377, fcvt.lu.s, rne, 0, 0x0000000000000000, BOXED(0x80000000));
  TEST_FP_INT(378, fcvt.lu.s, rtz, 0, 0x0000000000000000, BOXED(0x80000000));
  TEST_FP_INT(379, fcvt.lu.s, rdn, 0, 0x0000000000000000, BOXED(0x80000000));
  TEST_FP_INT(380, fcvt.lu.s, rup, 0, 0x0000000000000000, BOXED(0x80000000));
  TEST_FP_INT(381, fcvt.lu.s, rmm, 0, 0x0000000000000000, BOXED(0x80000000));
  // smallest subnormal
  TEST_FP_INT(382, fcvt.lu.s, rne, FP_NX, 0x0000000000000000, BOXED(0x00000001));
  TEST_FP_INT(383, fcvt.lu.s, rtz, FP_NX, 0x0000000000000000, BOXED(0x00000001));
  TEST_FP_INT(384, fcvt.lu.s, rdn, FP_NX, 0x0000000000000000, BOXED(0x00000001));
  TEST_FP_INT(385, fcvt.lu.s, rup, FP_NX, 0x0000000000000001, BOXED(0x00000001));
  TEST_FP_INT(386, fcvt.lu.s, rmm, FP_NX, 0x0000000000000000, BOXED(0x00000001));
  // -1
  TEST_FP_INT(387, fcvt.lu.s, rne, FP_NV, 0x0000000000000000, BOXED(0xbf800000));
  TEST_FP_INT(388, fcvt.lu.s, rtz, FP_NV, 0x0000000000000000, BOXED(0xbf800000));
  TEST_FP_INT(389, fcvt.lu.s, rdn, FP_NV, 0x0000000000000000, BOXED(0xbf800000));
  TEST_FP_INT(390, fcvt.lu.s, rup, FP_NV, 0x0000000000000000, BOXED(0xbf800000));
  TEST_FP_INT(391, fcvt.lu.s, rmm, FP_NV, 0x0000000000000000, BOXED(0xbf800000));
  // 2^31
  TEST_FP_INT(392, fcvt.lu.s, rne, 0, 0x0000000080000000, BOXED(0x4f000000));
  TEST_FP_INT(393, fcvt.lu.s, rtz, 0, 0x0000000080000000, BOXED(0x4f000000));
  TEST_FP_INT(394, fcvt.lu.s, rdn, 0, 0x0000000080000000, BOXED(0x4f000000));
  TEST_FP_INT(395, fcvt.lu.s, rup, 0, 0x0000000080000000, BOXED(0x4f000000));
  TEST_FP_INT(396, fcvt.lu.s, rmm, 0, 0x0000000080000000, BOXED(0x4f000000));
  // -2^31
  TEST_FP_INT(397, fcvt.lu.s, rne, FP_NV, 0x0000000000000000, BOXED(0xcf000000));
  TEST_FP_INT(398, fcvt.lu.s, rtz, FP_NV, 0x0000000000000000, BOXED(0xcf000000));
  TEST_FP_INT(399, fcvt.lu.s, rdn, FP_NV, 0x0000000000000000, BOXED(0xcf000000));
  TEST_FP_INT(400, fcvt.lu.s, rup, FP_NV, 0x0000000000000000, BOXED(0xcf000000));
  TEST_FP_INT(401, fcvt.lu.s, rmm, FP_NV, 0x0000000000000000, BOXED(0xcf000000));
  // just below 2^31
  TEST_FP_INT(402, fcvt.lu.s, rne, 0, 0x000000007fffff80, BOXED(0x4effffff));
  TEST_FP_INT(403, fcvt.lu.s, rtz, 0, 0x000000007fffff80, BOXED(0x4effffff));
  TEST_FP_INT(404, fcvt.lu.s, rdn, 0, 0x000000007fffff80, BOXED(0x4effffff));
  TEST_FP_INT(405, fcvt.lu.s, rup, 0, 0x000000007fffff80, BOXED(0x4effffff));
  TEST_FP_INT(406, fcvt.lu.s, rmm, 0, 0x000000007fffff80, BOXED(0x4effffff));
  // 2^32
  TEST_FP_INT(407, fcvt.lu.s, rne, 0, 0x0000000100000000, BOXED(0x4f800000));
  TEST_FP_INT(408, fcvt.lu.s, rtz, 0, 0x0000000100000000, BOXED(0x4f800000));
  TEST_FP_INT(409, fcvt.lu.s, rdn, 0, 0x0000000100000000, BOXED(0x4f800000));
  TEST_FP_INT(410, fcvt.lu.s, rup, 0, 0x0000000100000000, BOXED(0x4f800000));
  TEST_FP_INT(411, fcvt.lu.s, rmm, 0, 0x0000000100000000, BOXED(0x4f800000));
  // just below 2^32
  TEST_FP_INT(412, fcvt.lu.s, rne, 0, 0x00000000ffffff00, BOXED(0x4f7fffff));
  TEST_FP_INT(413, fcvt.lu.s, rtz, 0, 0x00000000ffffff00, BOXED(0x4f7fffff));
  TEST_FP_INT(414, fcvt.lu.s, rdn, 0, 0x00000000ffffff00, BOXED(0x4f7fffff));
  TEST_FP_INT(415, fcvt.lu.s, rup, 0, 0x00000000ffffff00, BOXED(0x4f7fffff));
  TEST_FP_INT(416, fcvt.lu.s, rmm, 0, 0x00000000ffffff00, BOXED(0x4f7fffff));
  // 2^63
  TEST_FP_INT(417, fcvt.lu.s, rne, 0, 0x8000000000000000, BOXED(0x5f000000));
  TEST_FP_INT(418, fcvt.lu.s, rtz, 0, 0x8000000000000000, BOXED(0x5f000000));
  TEST_FP_INT(419, fcvt.lu.s, rdn, 0, 0x8000000000000000, BOXED(0x5f000000));
  TEST_FP_INT(420, fcvt.lu.s, rup, 0, 0x8000000000000000, BOXED(0x5f000000));
  TEST_FP_INT(421, fcvt.lu.s, rmm, 0, 0x8000000000000000, BOXED(0x5f000000));
  // -2^63
  TEST_FP_INT(422, fcvt.lu.s, rne, FP_NV, 0x0000000000000000, BOXED(0xdf000000));
  TEST_FP_INT(423, fcvt.lu.s, rtz, FP_NV, 0x0000000000000000, BOXED(0xdf000000));
  TEST_FP_INT(424, fcvt.lu.s, rdn, FP_NV, 0x0000000000000000, BOXED(0xdf000000));
  TEST_FP_INT(425, fcvt.lu.s, rup, FP_NV, 0x0000000000000000, BOXED(0xdf000000));
  TEST_FP_INT(426, fcvt.lu.s, rmm, FP_NV, 0x0000000000000000, BOXED(0xdf000000));
  // just below 2^64
  TEST_FP_INT(427, fcvt.lu.s, rne, 0, 0xffffff0000000000, BOXED(0x5f7fffff));
  TEST_FP_INT(428, fcvt.lu.s, rtz, 0, 0xffffff0000000000, BOXED(0x5f7fffff));
  TEST_FP_INT(429, fcvt.lu.s, rdn, 0, 0xffffff0000000000, BOXED(0x5f7fffff));
  TEST_FP_INT(430, fcvt.lu.s, rup, 0, 0xffffff0000000000, BOXED(0x5f7fffff));
  TEST_FP_INT(431, fcvt.lu.s, rmm, 0, 0xffffff0000000000, BOXED(0x5f7fffff));
  // 2^64
  TEST_FP_INT(432, fcvt.lu.s, rne, FP_NV, 0xffffffffffffffff, BOXED(0x5f800000));
  TEST_FP_INT(433, fcvt.lu.s, rtz, FP_NV, 0xffffffffffffffff, BOXED(0x5f800000));
  TEST_FP_INT(434, fcvt.lu.s, rdn, FP_NV, 0xffffffffffffffff, BOXED(0x5f800000));
  TEST_FP_INT(435, fcvt.lu.s, rup, FP_NV, 0xffffffffffffffff, BOXED(0x5f800000));
  TEST_FP_INT(436, fcvt.lu.s, rmm, FP_NV, 0xffffffffffffffff, BOXED(0x5f800000));
  // +inf
  TEST_FP_INT(437, fcvt.lu.s, rne, FP_NV, 0xffffffffffffffff, BOXED(0x7f800000));
  TEST_FP_INT(438, fcvt.lu.s, rtz, FP_NV, 0xffffffffffffffff, BOXED(0x7f800000));
  TEST_FP_INT(439, fcvt.lu.s, rdn, FP_NV, 0xffffffffffffffff, BOXED(0x7f800000));
  TEST_FP_INT(440, fcvt.lu.s, rup, FP_NV, 0xffffffffffffffff, BOXED(0x7f800000));
  TEST_FP_INT(441, fcvt.lu.s, rmm, FP_NV, 0xffffffffffffffff, BOXED(0x7f800000));
  // -inf
  TEST_FP_INT(442, fcvt.lu.s, rne, FP_NV, 0x0000000000000000, BOXED(0xff800000));
  TEST_FP_INT(443, fcvt.lu.s, rtz, FP_NV, 0x0000000000000000, BOXED(0xff800000));
  TEST_FP_INT(444, fcvt.lu.s, rdn, FP_NV, 0x0000000000000000, BOXED(0xff800000));
  TEST_FP_INT(445, fcvt.lu.s, rup, FP_NV, 0x0000000000000000, BOXED(0xff800000));
  TEST_FP_INT(446, fcvt.lu.s, rmm, FP_NV, 0x0000000000000000, BOXED(0xff800000));
  // qNaN
  TEST_FP_INT(447, fcvt.lu.s, rne, FP_NV, 0xffffffffffffffff, BOXED(0x7fc00000));
  TEST_FP_INT(448, fcvt.lu.s, rtz, FP_NV, 0xffffffffffffffff, BOXED(0x7fc00000));
  TEST_FP_INT(449, fcvt.lu.s, rdn, FP_NV, 0xffffffffffffffff, BOXED(0x7fc00000));
  TEST_FP_INT(450, fcvt.lu.s, rup, FP_NV, 0xffffffffffffffff, BOXED(0x7fc00000));
  TEST_FP_INT(451, fcvt.lu.s, rmm, FP_NV, 0xffffffffffffffff, BOXED(0x7fc00000));
  // sNaN
  TEST_FP_INT(452, fcvt.lu.s, rne, FP_NV, 0xffffffffffffffff, BOXED(0x7f800001));
  TEST_FP_INT(453, fcvt.lu.s, rtz, FP_NV, 0xffffffffffffffff, BOXED(0x7f800001));
  TEST_FP_INT(454, fcvt.lu.s, rdn, FP_NV, 0xffffffffffffffff, BOXED(0x7f800001));
  TEST_FP_INT(455, fcvt.lu.s, rup, FP_NV, 0xffffffffffffffff, BOXED(0x7f800001));
  TEST_FP_INT(456, fcvt.lu.s, rmm, FP_NV, 0xffffffffffffffff, BOXED(0x7f800001));
  // negative NaN: still the largest value
  TEST_FP_INT(457, fcvt.lu.s, rne, FP_NV, 0xffffffffffffffff, BOXED(0xffc12345));
  TEST_FP_INT(458, fcvt.lu.s, rtz, FP_NV, 0xffffffffffffffff, BOXED(0xffc12345));
  TEST_FP_INT(459, fcvt.lu.s, rdn, FP_NV, 0xffffffffffffffff, BOXED(0xffc12345));
  TEST_FP_INT(460, fcvt.lu.s, rup, FP_NV, 0xffffffffffffffff, BOXED(0xffc12345));
  TEST_FP_INT(461, fcvt.lu.s, rmm, FP_NV, 0xffffffffffffffff, BOXED(0xffc12345));
  // an operand that is not NaN-boxed reads as the canonical NaN
  TEST_FP_INT(462, fcvt.w.s, rne, FP_NV, 0x000000007fffffff, 0x000000003f800000);

  TEST_PASSFAIL

RVTEST_CODE_END

  .data
RVTEST_DATA_BEGIN
RVTEST_DATA_END
