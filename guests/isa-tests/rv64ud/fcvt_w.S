// fcvt_w.S: fcvt.{w,wu,l,lu}.d: rounding in every mode, saturation with NV only (no NX) out of range, NaN to the
// largest value, 32-bit results sign-extended (RISC-V unprivileged spec 11.7, "Domains of float-to-integer conversions").
#include "riscv_test.h"
#include "test_macros.h"
#include "test_macros_fp.h"

RVTEST_RV64UD
RVTEST_CODE_BEGIN
  // fcvt.w.d
  // 1.5
  TEST_FP_INT(2, fcvt.w.d, rne, FP_NX, 0x0000000000000002, 0x3ff8000000000000);
  TEST_FP_INT(3, fcvt.w.d, rtz, FP_NX, 0x0000000000000001, 0x3ff8000000000000);
  TEST_FP_INT(4, fcvt.w.d, rdn, FP_NX, 0x0000000000000001, 0x3ff8000000000000);
  TEST_FP_INT(5, fcvt.w.d, rup, FP_NX, 0x0000000000000002, 0x3ff8000000000000);
  TEST_FP_INT(6, fcvt.w.d, rmm, FP_NX, 0x0000000000000002, 0x3ff8000000000000);
  // 2.5
  TEST_FP_INT(7, fcvt.w.d, rne, FP_NX, 0x0000000000000002, 0x4004000000000000);
  TEST_FP_INT(8, fcvt.w.d, rtz, FP_NX, 0x0000000000000002, 0x4004000000000000);
  TEST_FP_INT(9, fcvt.w.d, rdn, FP_NX, 0x0000000000000002, 0x4004000000000000);
  TEST_FP_INT(10, fcvt.w.d, rup, FP_NX, 0x0000000000000003, 0x4004000000000000);
  TEST_FP_INT(11, fcvt.w.d, rmm, FP_NX, 0x0000000000000003, 0x4004000000000000);
  // -2.5
  TEST_FP_INT(12, fcvt.w.d, rne, FP_NX, 0xfffffffffffffffe, 0xc004000000000000);
  TEST_FP_INT(13, fcvt.w.d, rtz, FP_NX, 0xfffffffffffffffe, 0xc004000000000000);
  TEST_FP_INT(14, fcvt.w.d, rdn, FP_NX, 0xfffffffffffffffd, 0xc004000000000000);
  TEST_FP_INT(15, fcvt.w.d, rup, FP_NX, 0xfffffffffffffffe, 0xc004000000000000);
  TEST_FP_INT(16, fcvt.w.d, rmm, FP_NX, 0xfffffffffffffffd, 0xc004000000000000);
  // -0.5
  TEST_FP_INT(17, fcvt.w.d, rne, FP_NX, 0x0000000000000000, 0xbfe0000000000000);
  TEST_FP_INT(18, fcvt.w.d, rtz, FP_NX, 0x0000000000000000, 0xbfe0000000000000);
  TEST_FP_INT(19, fcvt.w.d, rdn, FP_NX, 0xffffffffffffffff, 0xbfe0000000000000);
  TEST_FP_INT(20, fcvt.w.d, rup, FP_NX, 0x0000000000000000, 0xbfe0000000000000);
  TEST_FP_INT(21, fcvt.w.d, rmm, FP_NX, 0xffffffffffffffff, 0xbfe0000000000000);
  // 0.1
  TEST_FP_INT(22, fcvt.w.d, rne, FP_NX, 0x0000000000000000, 0x3fb999999999999a);
  TEST_FP_INT(23, fcvt.w.d, rtz, FP_NX, 0x0000000000000000, 0x3fb999999999999a);
  TEST_FP_INT(24, fcvt.w.d, rdn, FP_NX, 0x0000000000000000, 0x3fb999999999999a);
  TEST_FP_INT(25, fcvt.w.d, rup, FP_NX, 0x0000000000000001, 0x3fb999999999999a);
  TEST_FP_INT(26, fcvt.w.d, rmm, FP_NX, 0x0000000000000000, 0x3fb999999999999a);
  // -0.1
  TEST_FP_INT(27, fcvt.w.d, rne, FP_NX, 0x0000000000000000, 0xbfb999999999999a);
  TEST_FP_INT(28, fcvt.w.d, rtz, FP_NX, 0x0000000000000000, 0xbfb999999999999a);
  TEST_FP_INT(29, fcvt.w.d, rdn, FP_NX, 0xffffffffffffffff, 0xbfb999999999999a);
  TEST_FP_INT(30, fcvt.w.d, rup, FP_NX, 0x0000000000000000, 0xbfb999999999999a);
  TEST_FP_INT(31, fcvt.w.d, rmm, FP_NX, 0x0000000000000000, 0xbfb999999999999a);
  // -0
  TEST_FP_INT(32, fcvt.w.d, rne, 0, 0x0000000000000000, 0x8000000000000000);
  TEST_FP_INT(33, fcvt.w.d, rtz, 0, 0x0000000000000000, 0x8000000000000000);
  TEST_FP_INT(34, fcvt.w.d, rdn, 0, 0x0000000000000000, 0x8000000000000000);
  TEST_FP_INT(35, fcvt.w.d, rup, 0, 0x0000000000000000, 0x8000000000000000);
  TEST_FP_INT(36, fcvt.w.d, rmm, 0, 0x0000000000000000, 0x8000000000000000);
  // smallest subnormal
  TEST_FP_INT(37, fcvt.w.d, rne, FP_NX, 0x0000000000000000, 0x0000000000000001);
  TEST_FP_INT(38, fcvt.w.d, rtz, FP_NX, 0x0000000000000000, 0x0000000000000001);
  TEST_FP_INT(39, fcvt.w.d, rdn, FP_NX, 0x0000000000000000, 0x0000000000000001);
  TEST_FP_INT(40, fcvt.w.d, rup, FP_NX, 0x0000000000000001, 0x0000000000000001);
  TEST_FP_INT(41, fcvt.w.d, rmm, FP_NX, 0x0000000000000000, 0x0000000000000001);
  // -1
  TEST_FP_INT(42, fcvt.w.d, rne, 0, 0xffffffffffffffff, 0xbff0000000000000);
  TEST_FP_INT(43, fcvt.w.d, rtz, 0, 0xffffffffffffffff, 0xbff0000000000000);
  TEST_FP_INT(44, fcvt.w.d, rdn, 0, 0xffffffffffffffff, 0xbff0000000000000);
  TEST_FP_INT(45, fcvt.w.d, rup, 0, 0xffffffffffffffff, 0xbff0000000000000);
  TEST_FP_INT(46, fcvt.w.d, rmm, 0, 0xffffffffffffffff, 0xbff0000000000000);
  // 2^31
  TEST_FP_INT(47, fcvt.w.d, rne, FP_NV, 0x000000007fffffff, 0x41e0000000000000);
  TEST_FP_INT(48, fcvt.w.d, rtz, FP_NV, 0x000000007fffffff, 0x41e0000000000000);
  TEST_FP_INT(49, fcvt.w.d, rdn, FP_NV, 0x000000007fffffff, 0x41e0000000000000);
  TEST_FP_INT(50, fcvt.w.d, rup, FP_NV, 0x000000007fffffff, 0x41e0000000000000);
  TEST_FP_INT(51, fcvt.w.d, rmm, FP_NV, 0x000000007fffffff, 0x41e0000000000000);
  // -2^31
  TEST_FP_INT(52, fcvt.w.d, rne, 0, 0xffffffff80000000, 0xc1e0000000000000);
  TEST_FP_INT(53, fcvt.w.d, rtz, 0, 0xffffffff80000000, 0xc1e0000000000000);
  TEST_FP_INT(54, fcvt.w.d, rdn, 0, 0xffffffff80000000, 0xc1e0000000000000);
  TEST_FP_INT(55, fcvt.w.d, rup, 0, 0xffffffff80000000, 0xc1e0000000000000);
  TEST_FP_INT(56, fcvt.w.d, rmm, 0, 0xffffffff80000000, 0xc1e0000000000000);
  // just below 2^31
  TEST_FP_INT(57, fcvt.w.d, rne, FP_NV, 0x000000007fffffff, 0x41dfffffffe00000);
  TEST_FP_INT(58, fcvt.w.d, rtz, FP_NX, 0x000000007fffffff, 0x41dfffffffe00000);
  TEST_FP_INT(59, fcvt.w.d, rdn, FP_NX, 0x000000007fffffff, 0x41dfffffffe00000);
  TEST_FP_INT(60, fcvt.w.d, rup, FP_NV, 0x000000007fffffff, 0x41dfffffffe00000);
  TEST_FP_INT(61, fcvt.w.d, rmm, FP_NV, 0x000000007fffffff, 0x41dfffffffe00000);
  // 2^32
  TEST_FP_INT(62, fcvt.w.d, rne, FP_NV, 0x000000007fffffff, 0x41f0000000000000);
  TEST_FP_INT(63, fcvt.w.d, rtz, FP_NV, 0x000000007fffffff, 0x41f0000000000000);
  TEST_FP_INT(64, fcvt.w.d, rdn, FP_NV, 0x000000007fffffff, 0x41f0000000000000);
  TEST_FP_INT(65, fcvt.w.d, rup, FP_NV, 0x000000007fffffff, 0x41f0000000000000);
  TEST_FP_INT(66, fcvt.w.d, rmm, FP_NV, 0x000000007fffffff, 0x41f0000000000000);
  // just below 2^32
  TEST_FP_INT(67, fcvt.w.d, rne, FP_NV, 0x000000007fffffff, 0x41efffffffe00000);
  TEST_FP_INT(68, fcvt.w.d, rtz, FP_NV, 0x000000007fffffff, 0x41efffffffe00000);
  TEST_FP_INT(69, fcvt.w.d, rdn, FP_NV, 0x000000007fffffff, 0x41efffffffe00000);
  TEST_FP_INT(70, fcvt.w.d, rup, FP_NV, 0x000000007fffffff, 0x41efffffffe00000);
  TEST_FP_INT(71, fcvt.w.d, rmm, FP_NV, 0x000000007fffffff, 0x41efffffffe00000);
  // 2^63
  TEST_FP_INT(72, fcvt.w.d, rne, FP_NV, 0x000000007fffffff, 0x43e0000000000000);
  TEST_FP_INT(73, fcvt.w.d, rtz, FP_NV, 0x000000007fffffff, 0x43e0000000000000);
  TEST_FP_INT(74, fcvt.w.d, rdn, FP_NV, 0x000000007fffffff, 0x43e0000000000000);
  TEST_FP_INT(75, fcvt.w.d, rup, FP_NV, 0x000000007fffffff, 0x43e0000000000000);
  TEST_FP_INT(76, fcvt.w.d, rmm, FP_NV, 0x000000007fffffff, 0x43e0000000000000);
  // -2^63
  TEST_FP_INT(77, fcvt.w.d, rne, FP_NV, 0xffffffff80000000, 0xc3e0000000000000);
  TEST_FP_INT(78, fcvt.w.d, rtz, FP_NV, 0xffffffff80000000, 0xc3e0000000000000);
  TEST_FP_INT(79, fcvt.w.d, rdn, FP_NV, 0xffffffff80000000, 0xc3e0000000000000);
  TEST_FP_INT(80, fcvt.w.d, rup, FP_NV, 0xffffffff80000000, 0xc3e0000000000000);
  TEST_FP_INT(81, fcvt.w.d, rmm, FP_NV, 0xffffffff80000000, 0xc3e0000000000000);
  // just below 2^64
  TEST_FP_INT(82, fcvt.w.d, rne, FP_NV, 0x000000007fffffff, 0x43efffffffffffff);
  TEST_FP_INT(83, fcvt.w.d, rtz, FP_NV, 0x000000007fffffff, 0x43efffffffffffff);
  TEST_FP_INT(84, fcvt.w.d, rdn, FP_NV, 0x000000007fffffff, 0x43efffffffffffff);
  TEST_FP_INT(85, fcvt.w.d, rup, FP_NV, 0x000000007fffffff, 0x43efffffffffffff);
  TEST_FP_INT(86, fcvt.w.d, rmm, FP_NV, 0x000000007fffffff, 0x43efffffffffffff);
  // 2^64
  TEST_FP_INT(87, fcvt.w.d, rne, FP_NV, 0x000000007fffffff, 0x43f0000000000000);
  TEST_FP_INT(88, fcvt.w.d, rtz, FP_NV, 0x000000007fffffff, 0x43f0000000000000);
  TEST_FP_INT(89, fcvt.w.d, rdn, FP_NV, 0x000000007fffffff, 0x43f0000000000000);
  TEST_FP_INT(90, fcvt.w.d, rup, FP_NV, 0x000000007fffffff, 0x43f0000000000000);
  TEST_FP_INT(91, fcvt.w.d, rmm, FP_NV, 0x000000007fffffff, 0x43f0000000000000);
  // +inf
  TEST_FP_INT(92, fcvt.w.d, rne, FP_NV, 0x000000007fffffff, 0x7ff0000000000000);
  TEST_FP_INT(93, fcvt.w.d, rtz, FP_NV, 0x000000007fffffff, 0x7ff0000000000000);
  TEST_FP_INT(94, fcvt.w.d, rdn, FP_NV, 0x000000007fffffff, 0x7ff0000000000000);
  TEST_FP_INT(95, fcvt.w.d, rup, FP_NV, 0x000000007fffffff, 0x7ff0000000000000);
  TEST_FP_INT(96, fcvt.w.d, rmm, FP_NV, 0x000000007fffffff, 0x7ff0000000000000);
  // -inf
  TEST_FP_INT(97, fcvt.w.d, rne, FP_NV, 0xffffffff80000000, 0xfff0000000000000);
  TEST_FP_INT(98, fcvt.w.d, rtz, FP_NV, 0xffffffff80000000, 0xfff0000000000000);
  TEST_FP_INT(99, fcvt.w.d, rdn, FP_NV, 0xffffffff80000000, 0xfff0000000000000);
  TEST_FP_INT(100, fcvt.w.d, rup, FP_NV, 0xffffffff80000000, 0xfff0000000000000);
  TEST_FP_INT(101, fcvt.w.d, rmm, FP_NV, 0xffffffff80000000, 0xfff0000000000000);
  // qNaN
  TEST_FP_INT(102, fcvt.w.d, rne, FP_NV, 0x000000007fffffff, 0x7ff8000000000000);
  TEST_FP_INT(103, fcvt.w.d, rtz, FP_NV, 0x000000007fffffff, 0x7ff8000000000000);
  TEST_FP_INT(104, fcvt.w.d, rdn, FP_NV, 0x000000007fffffff, 0x7ff8000000000000);
  TEST_FP_INT(105, fcvt.w.d, rup, FP_NV, 0x000000007fffffff, 0x7ff8000000000000);
  TEST_FP_INT(106, fcvt.w.d, rmm, FP_NV, 0x000000007fffffff, 0x7ff8000000000000);
  // sNaN
  TEST_FP_INT(107, fcvt.w.d, rne, FP_NV, 0x000000007fffffff, 0x7ff0000000000001);
  TEST_FP_INT(108, fcvt.w.d, rtz, FP_NV, 0x000000007fffffff, 0x7ff0000000000001);
  TEST_FP_INT(109, fcvt.w.d, rdn, FP_NV, 0x000000007fffffff, 0x7ff0000000000001);
  TEST_FP_INT(110, fcvt.w.d, rup, FP_NV, 0x000000007fffffff, 0x7ff0000000000001);
  TEST_FP_INT(111, fcvt.w.d, rmm, FP_NV, 0x000000007fffffff, 0x7ff0000000000001);
  // negative NaN: still the largest value
  TEST_FP_INT(112, fcvt.w.d, rne, FP_NV, 0x000000007fffffff, 0xfff8000000012345);
  TEST_FP_INT(113, fcvt.w.d, rtz, FP_NV, 0x000000007fffffff, 0xfff8000000012345);
  TEST_FP_INT(114, fcvt.w.d, rdn, FP_NV, 0x000000007fffffff, 0xfff8000000012345);
  TEST_FP_INT(115, fcvt.w.d, rup, FP_NV, 0x000000007fffffff, 0xfff8000000012345);
  TEST_FP_INT(116, fcvt.w.d, rmm, FP_NV, 0x000000007fffffff, 0xfff8000000012345);
  // 2^31 + 0.5
  TEST_FP_INT(117, fcvt.w.d, rne, FP_NV, 0x000000007fffffff, 0x41e0000000100000);
  TEST_FP_INT(118, fcvt.w.d, rtz, FP_NV, 0x000000007fffffff, 0x41e0000000100000);
  TEST_FP_INT(119, fcvt.w.d, rdn, FP_NV, 0x000000007fffffff, 0x41e0000000100000);
  TEST_FP_INT(120, fcvt.w.d, rup, FP_NV, 0x000000007fffffff, 0x41e0000000100000);
  TEST_FP_INT(121, fcvt.w.d, rmm, FP_NV, 0x000000007fffffff, 0x41e0000000100000);
  // -2^31 - 0.5
  TEST_FP_INT(122, fcvt.w.d, rne, FP_NX, 0xffffffff80000000, 0xc1e0000000100000);
  TEST_FP_INT(123, fcvt.w.d, rtz, FP_NX, 0xffffffff80000000, 0xc1e0000000100000);
  TEST_FP_INT(124, fcvt.w.d, rdn, FP_NV, 0xffffffff80000000, 0xc1e0000000100000);
  TEST_FP_INT(125, fcvt.w.d, rup, FP_NX, 0xffffffff80000000, 0xc1e0000000100000);
  TEST_FP_INT(126, fcvt.w.d, rmm, FP_NV, 0xffffffff80000000, 0xc1e0000000100000);
  // -2^31 - 1
  TEST_FP_INT(127, fcvt.w.d, rne, FP_NV, 0xffffffff80000000, 0xc1e0000000200000);
  TEST_FP_INT(128, fcvt.w.d, rtz, FP_NV, 0xffffffff80000000, 0xc1e0000000200000);
  TEST_FP_INT(129, fcvt.w.d, rdn, FP_NV, 0xffffffff80000000, 0xc1e0000000200000);
  TEST_FP_INT(130, fcvt.w.d, rup, FP_NV, 0xffffffff80000000, 0xc1e0000000200000);
  TEST_FP_INT(131, fcvt.w.d, rmm, FP_NV, 0xffffffff80000000, 0xc1e0000000200000);
  // fcvt.wu.d
  // 1.5
  TEST_FP_INT(132, fcvt.wu.d, rne, FP_NX, 0x0000000000000002, 0x3ff8000000000000);
  TEST_FP_INT(133, fcvt.wu.d, rtz, FP_NX, 0x0000000000000001, 0x3ff8000000000000);
  TEST_FP_INT(134, fcvt.wu.d, rdn, FP_NX, 0x0000000000000001, 0x3ff8000000000000);
  TEST_FP_INT(135, fcvt.wu.d, rup, FP_NX, 0x0000000000000002, 0x3ff8000000000000);
  TEST_FP_INT(136, fcvt.wu.d, rmm, FP_NX, 0x0000000000000002, 0x3ff8000000000000);
  // 2.5
  TEST_FP_INT(137, fcvt.wu.d, rne, FP_NX, 0x0000000000000002, 0x4004000000000000);
  TEST_FP_INT(138, fcvt.wu.d, rtz, FP_NX, 0x0000000000000002, 0x4004000000000000);
  TEST_FP_INT(139, fcvt.wu.d, rdn, FP_NX, 0x0000000000000002, 0x4004000000000000);
  TEST_FP_INT(140, fcvt.wu.d, rup, FP_NX, 0x0000000000000003, 0x4004000000000000);
  TEST_FP_INT(141, fcvt.wu.d, rmm, FP_NX, 0x0000000000000003, 0x4004000000000000);
  // -2.5
  TEST_FP_INT(142, fcvt.wu.d, rne, FP_NV, 0x0000000000000000, 0xc004000000000000);
  TEST_FP_INT(143, fcvt.wu.d, rtz, FP_NV, 0x0000000000000000, 0xc004000000000000);
  TEST_FP_INT(144, fcvt.wu.d, rdn, FP_NV, 0x0000000000000000, 0xc004000000000000);
  TEST_FP_INT(145, fcvt.wu.d, rup, FP_NV, 0x0000000000000000, 0xc004000000000000);
  TEST_FP_INT(146, fcvt.wu.d, rmm, FP_NV, 0x0000000000000000, 0xc004000000000000);
  // -0.5
  TEST_FP_INT(147, fcvt.wu.d, rne, FP_NX, 0x0000000000000000, 0xbfe0000000000000);
  TEST_FP_INT(148, fcvt.wu.d, rtz, FP_NX, 0x0000000000000000, 0xbfe0000000000000);
  TEST_FP_INT(149, fcvt.wu.d, rdn, FP_NV, 0x0000000000000000, 0xbfe0000000000000);
  TEST_FP_INT(150, fcvt.wu.d, rup, FP_NX, 0x0000000000000000, 0xbfe0000000000000);
  TEST_FP_INT(151, fcvt.wu.d, rmm, FP_NV, 0x0000000000000000, 0xbfe0000000000000);
  // 0.1
  TEST_FP_INT(152, fcvt.wu.d, rne, FP_NX, 0x0000000000000000, 0x3fb999999999999a);
  TEST_FP_INT(153, fcvt.wu.d, rtz, FP_NX, 0x0000000000000000, 0x3fb999999999999a);
  TEST_FP_INT(154, fcvt.wu.d, rdn, FP_NX, 0x0000000000000000, 0x3fb999999999999a);
  TEST_FP_INT(155, fcvt.wu.d, rup, FP_NX, 0x0000000000000001, 0x3fb999999999999a);
  TEST_FP_INT(156, fcvt.wu.d, rmm, FP_NX, 0x0000000000000000, 0x3fb999999999999a);
  // -0.1
  TEST_FP_INT(157, fcvt.wu.d, rne, FP_NX, 0x0000000000000000, 0xbfb999999999999a);
  TEST_FP_INT(158, fcvt.wu.d, rtz, FP_NX, 0x0000000000000000, 0xbfb999999999999a);
  TEST_FP_INT(159, fcvt.wu.d, rdn, FP_NV, 0x0000000000000000, 0xbfb999999999999a);
  TEST_FP_INT(160, fcvt.wu.d, rup, FP_NX, 0x0000000000000000, 0xbfb999999999999a);
  TEST_FP_INT(161, fcvt.wu.d, rmm, FP_NX, 0x0000000000000000, 0xbfb999999999999a);
  // -0
  TEST_FP_INT(162, fcvt.wu.d, rne, 0, 0x0000000000000000, 0x8000000000000000);
  TEST_FP_INT(163, fcvt.wu.d, rtz, 0, 0x0000000000000000, 0x8000000000000000);
  TEST_FP_INT(164, fcvt.wu.d, rdn, 0, 0x0000000000000000, 0x8000000000000000);
  TEST_FP_INT(165, fcvt.wu.d, rup, 0, 0x0000000000000000, 0x8000000000000000);
  TEST_FP_INT(166, fcvt.wu.d, rmm, 0, 0x0000000000000000, 0x8000000000000000);
  // smallest subnormal
  TEST_FP_INT(167, fcvt.wu.d, rne, FP_NX, 0x0000000000000000, 0x0000000000000001);
  TEST_FP_INT(168, fcvt.wu.d, rtz, FP_NX, 0x0000000000000000, 0x0000000000000001);
  TEST_FP_INT(169, fcvt.wu.d, rdn, FP_NX, 0x0000000000000000, 0x0000000000000001);
  TEST_FP_INT(170, fcvt.wu.d, rup, FP_NX, 0x0000000000000001, 0x0000000000000001);
  TEST_FP_INT(171, fcvt.wu.d, rmm, FP_NX, 0x0000000000000000, 0x0000000000000001);
  // -1
  TEST_FP_INT(172, fcvt.wu.d, rne, FP_NV, 0x0000000000000000, 0xbff0000000000000);
  TEST_FP_INT(173, fcvt.wu.d, rtz, FP_NV, 0x0000000000000000, 0xbff0000000000000);
  TEST_FP_INT(174, fcvt.wu.d, rdn, FP_NV, 0x0000000000000000, 0xbff0000000000000);
  TEST_FP_INT(175, fcvt.wu.d, rup, FP_NV, 0x0000000000000000, 0xbff0000000000000);
  TEST_FP_INT(176, fcvt.wu.d, rmm, FP_NV, 0x0000000000000000, 0xbff0000000000000);
  // 2^31
  TEST_FP_INT(177, fcvt.wu.d, rne, 0, 0xffffffff80000000, 0x41e0000000000000);
  TEST_FP_INT(178, fcvt.wu.d, rtz, 0, 0xffffffff80000000, 0x41e0000000000000);
  TEST_FP_INT(179, fcvt.wu.d, rdn, 0, 0xffffffff80000000, 0x41e0000000000000);
  TEST_FP_INT(180, fcvt.wu.d, rup, 0, 0xffffffff80000000, 0x41e0000000000000);
  TEST_FP_INT(181, fcvt.wu.d, rmm, 0, 0xffffffff80000000, 0x41e0000000000000);
  // -2^31
  TEST_FP_INT(182, fcvt.wu.d, rne, FP_NV, 0x0000000000000000, 0xc1e0000000000000);
  TEST_FP_INT(183, fcvt.wu.d, rtz, FP_NV, 0x0000000000000000, 0xc1e0000000000000);
  TEST_FP_INT(184, fcvt.wu.d, rdn, FP_NV, 0x0000000000000000, 0xc1e0000000000000);
  TEST_FP_INT(185, fcvt.wu.d, rup, FP_NV, 0x0000000000000000, 0xc1e0000000000000);
  TEST_FP_INT(186, fcvt.wu.d, rmm, FP_NV, 0x0000000000000000, 0xc1e0000000000000);
  // just below 2^31
  TEST_FP_INT(187, fcvt.wu.d, rne, FP_NX, 0xffffffff80000000, 0x41dfffffffe00000);
  TEST_FP_INT(188, fcvt.wu.d, rtz, FP_NX, 0x000000007fffffff, 0x41dfffffffe00000);
  TEST_FP_INT(189, fcvt.wu.d, rdn, FP_NX, 0x000000007fffffff, 0x41dfffffffe00000);
  TEST_FP_INT(190, fcvt.wu.d, rup, FP_NX, 0xffffffff80000000, 0x41dfffffffe00000);
  TEST_FP_INT(191, fcvt.wu.d, rmm, FP_NX, 0xffffffff80000000, 0x41dfffffffe00000);
  // 2^32
  TEST_FP_INT(192, fcvt.wu.d, rne, FP_NV, 0xffffffffffffffff, 0x41f0000000000000);
  TEST_FP_INT(193, fcvt.wu.d, rtz, FP_NV, 0xffffffffffffffff, 0x41f0000000000000);
  TEST_FP_INT(194, fcvt.wu.d, rdn, FP_NV, 0xffffffffffffffff, 0x41f0000000000000);
  TEST_FP_INT(195, fcvt.wu.d, rup, FP_NV, 0xffffffffffffffff, 0x41f0000000000000);
  TEST_FP_INT(196, fcvt.wu.d, rmm, FP_NV, 0xffffffffffffffff, 0x41f0000000000000);
  // just below 2^32
  TEST_FP_INT(197, fcvt.wu.d, rne, 0, 0xffffffffffffffff, 0x41efffffffe00000);
  TEST_FP_INT(198, fcvt.wu.d, rtz, 0, 0xffffffffffffffff, 0x41efffffffe00000);
  TEST_FP_INT(199, fcvt.wu.d, rdn, 0, 0xffffffffffffffff, 0x41efffffffe00000);
  TEST_FP_INT(200, fcvt.wu.d, rup, 0, 0xffffffffffffffff, 0x41efffffffe00000);
  TEST_FP_INT(201, fcvt.wu.d, rmm, 0, 0xffffffffffffffff, 0x41efffffffe00000);
  // 2^63
  TEST_FP_INT(202, fcvt.wu.d, rne, FP_NV, 0xffffffffffffffff, 0x43e0000000000000);
  TEST_FP_INT(203, fcvt.wu.d, rtz, FP_NV, 0xffffffffffffffff, 0x43e0000000000000);
  TEST_FP_INT(204, fcvt.wu.d, rdn, FP_NV, 0xffffffffffffffff, 0x43e0000000000000);
  TEST_FP_INT(205, fcvt.wu.d, rup, FP_NV, 0xffffffffffffffff, 0x43e0000000000000);
  TEST_FP_INT(206, fcvt.wu.d, rmm, FP_NV, 0xffffffffffffffff, 0x43e0000000000000);
  // -2^63
  TEST_FP_INT(207, fcvt.wu.d, rne, FP_NV, 0x0000000000000000, 0xc3e0000000000000);
  TEST_FP_INT(208, fcvt.wu.d, rtz, FP_NV, 0x0000000000000000, 0xc3e0000000000000);
  TEST_FP_INT(209, fcvt.wu.d, rdn, FP_NV, 0x0000000000000000, 0xc3e0000000000000);
  TEST_FP_INT(210, fcvt.wu.d, rup, FP_NV, 0x0000000000000000, 0xc3e0000000000000);
  TEST_FP_INT(211, fcvt.wu.d, rmm, FP_NV, 0x0000000000000000, 0xc3e0000000000000);
  // just below 2^64
  TEST_FP_INT(212, fcvt.wu.d, rne, FP_NV, 0xffffffffffffffff, 0x43efffffffffffff);
  TEST_FP_INT(213, fcvt.wu.d, rtz, FP_NV, 0xffffffffffffffff, 0x43efffffffffffff);
  TEST_FP_INT(214, fcvt.wu.d, rdn, FP_NV, 0xffffffffffffffff, 0x43efffffffffffff);
  TEST_FP_INT(215, fcvt.wu.d, rup, FP_NV, 0xffffffffffffffff, 0x43efffffffffffff);
  TEST_FP_INT(216, fcvt.wu.d, rmm, FP_NV, 0xffffffffffffffff, 0x43efffffffffffff);
  // 2^64
  TEST_FP_INT(217, fcvt.wu.d, rne, FP_NV, 0xffffffffffffffff, 0x43f0000000000000);
  TEST_FP_INT(218, fcvt.wu.d, rtz, FP_NV, 0xffffffffffffffff, 0x43f0000000000000);
  TEST_FP_INT(219, fcvt.wu.d, rdn, FP_NV, 0xffffffffffffffff, 0x43f0000000000000);
  TEST_FP_INT(220, fcvt.wu.d, rup, FP_NV, 0xffffffffffffffff, 0x43f0000000000000);
  TEST_FP_INT(221, fcvt.wu.d, rmm, FP_NV, 0xffffffffffffffff, 0x43f0000000000000);
  // +inf
  TEST_FP_INT(222, fcvt.wu.d, rne, FP_NV, 0xffffffffffffffff, 0x7ff0000000000000);
  TEST_FP_INT(223, fcvt.wu.d, rtz, FP_NV, 0xffffffffffffffff, 0x7ff0000000000000);
  TEST_FP_INT(224, fcvt.wu.d, rdn, FP_NV, 0xffffffffffffffff, 0x7ff0000000000000);
  TEST_FP_INT(225, fcvt.wu.d, rup, FP_NV, 0xffffffffffffffff, 0x7ff0000000000000);
  TEST_FP_INT(226, fcvt.wu.d, rmm, FP_NV, 0xffffffffffffffff, 0x7ff0000000000000);
  // -inf
  TEST_FP_INT(227, fcvt.wu.d, rne, FP_NV, 0x0000000000000000, 0xfff0000000000000);
  TEST_FP_INT(228, fcvt.wu.d, rtz, FP_NV, 0x0000000000000000, 0xfff0000000000000);
  TEST_FP_INT(229, fcvt.wu.d, rdn, FP_NV, 0x0000000000000000, 0xfff0000000000000);
  TEST_FP_INT(230, fcvt.wu.d, rup, FP_NV, 0x0000000000000000, 0xfff0000000000000);
  TEST_FP_INT(231, fcvt.wu.d, rmm, FP_NV, 0x0000000000000000, 0xfff0000000000000);
  // qNaN
  TEST_FP_INT(232, fcvt.wu.d, rne, FP_NV, 0xffffffffffffffff, 0x7ff8000000000000);
  TEST_FP_INT(233, fcvt.wu.d, rtz, FP_NV, 0xffffffffffffffff, 0x7ff8000000000000);
  TEST_FP_INT(234, fcvt.wu.d, rdn, FP_NV, 0xffffffffffffffff, 0x7ff8000000000000);
  TEST_FP_INT(235, fcvt.wu.d, rup, FP_NV, 0xffffffffffffffff, 0x7ff8000000000000);
  TEST_FP_INT(236, fcvt.wu.d, rmm, FP_NV, 0xffffffffffffffff, 0x7ff8000000000000);
  // sNaN
  TEST_FP_INT(237, fcvt.wu.d, rne, FP_NV, 0xffffffffffffffff, 0x7ff0000000000001);
  TEST_FP_INT(238, fcvt.wu.d, rtz, FP_NV, 0xffffffffffffffff, 0x7ff0000000000001);
  TEST_FP_INT(239, fcvt.wu.d, rdn, FP_NV, 0xffffffffffffffff, 0x7ff0000000000001);
  TEST_FP_INT(240, fcvt.wu.d, rup, FP_NV, 0xffffffffffffffff, 0x7ff0000000000001);
  TEST_FP_INT(241, fcvt.wu.d, rmm, FP_NV, 0xffffffffffffffff, 0x7ff0000000000001);
  // negative NaN: still the largest value
  TEST_FP_INT(242, fcvt.wu.d, rne, FP_NV, 0xffffffffffffffff, 0xfff8000000012345);
  TEST_FP_INT(243, fcvt.wu.d, rtz, FP_NV, 0xffffffffffffffff, 0xfff8000000012345);
  TEST_FP_INT(244, fcvt.wu.d, rdn, FP_NV, 0xffffffffffffffff, 0xfff8000000012345);
  TEST_FP_INT(245, fcvt.wu.d, rup, FP_NV, 0xffffffffffffffff, 0xfff8000000012345);
  TEST_FP_INT(246, fcvt.wu.d, rmm, FP_NV, 0xffffffffffffffff, 0xfff8000000012345);
  // 2^31 + 0.5
  TEST_FP_INT(247, fcvt.wu.d, rne, FP_NX, 0xffffffff80000000, 0x41e0000000100000);
  TEST_FP_INT(248, fcvt.wu.d, rtz, FP_NX, 0xffffffff80000000, 0x41e0000000100000);
  TEST_FP_INT(249, fcvt.wu.d, rdn, FP_NX, 0xffffffff80000000, 0x41e0000000100000);
  TEST_FP_INT(250, fcvt.wu.d, rup, FP_NX, 0xffffffff80000001, 0x41e0000000100000);
  TEST_FP_INT(251, fcvt.wu.d, rmm, FP_NX, 0xffffffff80000001, 0x41e0000000100000);
  // -2^31 - 0.5
  TEST_FP_INT(252, fcvt.wu.d, rne, FP_NV, 0x0000000000000000, 0xc1e0000000100000);
  TEST_FP_INT(253, fcvt.wu.d, rtz, FP_NV, 0x0000000000000000, 0xc1e0000000100000);
  TEST_FP_INT(254, fcvt.wu.d, rdn, FP_NV, 0x0000000000000000, 0xc1e0000000100000);
  TEST_FP_INT(255, fcvt.wu.d, rup, FP_NV, 0x0000000000000000, 0xc1e0000000100000);
  TEST_FP_INT(256, fcvt.wu.d, rmm, FP_NV, 0x0000000000000000, 0xc1e0000000100000);
  // -2^31 - 1
  TEST_FP_INT(257, fcvt.wu.d, rne, FP_NV, 0x0000000000000000, 0xc1e0000000200000);
  TEST_FP_INT(258, fcvt.wu.d, rtz, FP_NV, 0x0000000000000000, 0xc1e0000000200000);
  TEST_FP_INT(259, fcvt.wu.d, rdn, FP_NV, 0x0000000000000000, 0xc1e0000000200000);
  TEST_FP_INT(260, fcvt.wu.d, rup, FP_NV, 0x0000000000000000, 0xc1e0000000200000);
  TEST_FP_INT(261, fcvt.wu.d, rmm, FP_NV, 0x0000000000000000, 0xc1e0000000200000);
  // fcvt.l.d
  // 1.5
  TEST_FP_INT(262, fcvt.l.d, rne, FP_NX, 0x0000000000000002, 0x3ff8000000000000);
  TEST_FP_INT(263, fcvt.l.d, rtz, FP_NX, 0x0000000000000001, 0x3ff8000000000000);
  TEST_FP_INT(264, fcvt.l.d, rdn, FP_NX, 0x0000000000000001, 0x3ff8000000000000);
  TEST_FP_INT(265, fcvt.l.d, rup, FP_NX, 0x0000000000000002, 0x3ff8000000000000);
  TEST_FP_INT(266, fcvt.l.d, rmm, FP_NX, 0x0000000000000002, 0x3ff8000000000000);
  // 2.5
  TEST_FP_INT(267, fcvt.l.d, rne, FP_NX, 0x0000000000000002, 0x4004000000000000);
  TEST_FP_INT(268, fcvt.l.d, rtz, FP_NX, 0x0000000000000002, 0x4004000000000000);
  TEST_FP_INT(269, fcvt.l.d, rdn, FP_NX, 0x0000000000000002, 0x4004000000000000);
  TEST_FP_INT(270, fcvt.l.d, rup, FP_NX, 0x0000000000000003, 0x4004000000000000);
  TEST_FP_INT(271, fcvt.l.d, rmm, FP_NX, 0x0000000000000003, 0x4004000000000000);
  // -2.5
  TEST_FP_INT(272, fcvt.l.d, rne, FP_NX, 0xfffffffffffffffe, 0xc004000000000000);
  TEST_FP_INT(273, fcvt.l.d, rtz, FP_NX, 0xfffffffffffffffe, 0xc004000000000000);
  TEST_FP_INT(274, fcvt.l.d, rdn, FP_NX, 0xfffffffffffffffd, 0xc004000000000000);
  TEST_FP_INT(275, fcvt.l.d, rup, FP_NX, 0xfffffffffffffffe, 0xc004000000000000);
  TEST_FP_INT(276, fcvt.l.d, rmm, FP_NX, 0xfffffffffffffffd, 0xc004000000000000);
  // -0.5
  TEST_FP_INT(277, fcvt.l.d, rne, FP_NX, 0x0000000000000000, 0xbfe0000000000000);
  TEST_FP_INT(278, fcvt.l.d, rtz, FP_NX, 0x0000000000000000, 0xbfe0000000000000);
  TEST_FP_INT(279, fcvt.l.d, rdn, FP_NX, 0xffffffffffffffff, 0xbfe0000000000000);
  TEST_FP_INT(280, fcvt.l.d, rup, FP_NX, 0x0000000000000000, 0xbfe0000000000000);
  TEST_FP_INT(281, fcvt.l.d, rmm, FP_NX, 0xffffffffffffffff, 0xbfe0000000000000);
  // 0.1
  TEST_FP_INT(282, fcvt.l.d, rne, FP_NX, 0x0000000000000000, 0x3fb999999999999a);
  TEST_FP_INT(283, fcvt.l.d, rtz, FP_NX, 0x0000000000000000, 0x3fb999999999999a);
  TEST_FP_INT(284, fcvt.l.d, rdn, FP_NX, 0x0000000000000000, 0x3fb999999999999a);
  TEST_FP_INT(285, fcvt.l.d, rup, FP_NX, 0x0000000000000001, 0x3fb999999999999a);
  TEST_FP_INT(286, fcvt.l.d, rmm, FP_NX, 0x0000000000000000, 0x3fb999999999999a);
  // -0.1
  TEST_FP_INT(287, fcvt.l.d, rne, FP_NX, 0x0000000000000000, 0xbfb999999999999a);
  TEST_FP_INT(288, fcvt.l.d, rtz, FP_NX, 0x0000000000000000, 0xbfb999999999999a);
  TEST_FP_INT(289, fcvt.l.d, rdn, FP_NX, 0xffffffffffffffff, 0xbfb999999999999a);
  TEST_FP_INT(290, fcvt.l.d, rup, FP_NX, 0x0000000000000000, 0xbfb999999999999a);
  TEST_FP_INT(291, fcvt.l.d, rmm, FP_NX, 0x0000000000000000, 0xbfb999999999999a);
  // -0
  TEST_FP_INT(292, fcvt.l.d, rne, 0, 0x0000000000000000, 0x8000000000000000);
  TEST_FP_INT(293, fcvt.l.d, rtz, 0, 0x0000000000000000, 0x8000000000000000);
  TEST_FP_INT(294, fcvt.l.d, rdn, 0, 0x0000000000000000, 0x8000000000000000);
  TEST_FP_INT(295, fcvt.l.d, rup, 0, 0x0000000000000000, 0x8000000000000000);
  TEST_FP_INT(296, fcvt.l.d, rmm, 0, 0x0000000000000000, 0x8000000000000000);
  // smallest subnormal
  TEST_FP_INT(297, fcvt.l.d, rne, FP_NX, 0x0000000000000000, 0x0000000000000001);
  TEST_FP_INT(298, fcvt.l.d, rtz, FP_NX, 0x0000000000000000, 0x0000000000000001);
  TEST_FP_INT(299, fcvt.l.d, rdn, FP_NX, 0x0000000000000000, 0x0000000000000001);
  TEST_FP_INT(300, fcvt.l.d, rup, FP_NX, 0x0000000000000001, 0x0000000000000001);
  TEST_FP_INT(301, fcvt.l.d, rmm, FP_NX, 0x0000000000000000, 0x0000000000000001);
  // -1
  TEST_FP_INT(302, fcvt.l.d, rne, 0, 0xffffffffffffffff, 0xbff0000000000000);
  TEST_FP_INT(303, fcvt.l.d, rtz, 0, 0xffffffffffffffff, 0xbff0000000000000);
  TEST_FP_INT(304, fcvt.l.d, rdn, 0, 0xffffffffffffffff, 0xbff0000000000000);
  TEST_FP_INT(305, fcvt.l.d, rup, 0, 0xffffffffffffffff, 0xbff0000000000000);
  TEST_FP_INT(306, fcvt.l.d, rmm, 0, 0xffffffffffffffff, 0xbff0000000000000);
  // 2^31
  TEST_FP_INT(307, fcvt.l.d, rne, 0, 0x0000000080000000, 0x41e0000000000000);
  TEST_FP_INT(308, fcvt.l.d, rtz, 0, 0x0000000080000000, 0x41e0000000000000);
  TEST_FP_INT(309, fcvt.l.d, rdn, 0, 0x0000000080000000, 0x41e0000000000000);
  TEST_FP_INT(310, fcvt.l.d, rup, 0, 0x0000000080000000, 0x41e0000000000000);
  TEST_FP_INT(311, fcvt.l.d, rmm, 0, 0x0000000080000000, 0x41e0000000000000);
  // -2^31
  TEST_FP_INT(312, fcvt.l.d, rne, 0, 0xffffffff80000000, 0xc1e0000000000000);
  TEST_FP_INT(313, fcvt.l.d, rtz, 0, 0xffffffff80000000, 0xc1e0000000000000);
  TEST_FP_INT(314, fcvt.l.d, rdn, 0, 0xffffffff80000000, 0xc1e0000000000000);
  TEST_FP_INT(315, fcvt.l.d, rup, 0, 0xffffffff80000000, 0xc1e0000000000000);
  TEST_FP_INT(316, fcvt.l.d, rmm, 0, 0xffffffff80000000, 0xc1e0000000000000);
  // just below 2^31
  TEST_FP_INT(317, fcvt.l.d, rne, FP_NX, 0x0000000080000000, 0x41dfffffffe00000);
  TEST_FP_INT(318, fcvt.l.d, rtz, FP_NX, 0x000000007fffffff, 0x41dfffffffe00000);
  TEST_FP_INT(319, fcvt.l.d, rdn, FP_NX, 0x000000007fffffff, 0x41dfffffffe00000);
  TEST_FP_INT(320, fcvt.l.d, rup, FP_NX, 0x0000000080000000, 0x41dfffffffe00000);
  TEST_FP_INT(321, fcvt.l.d, rmm, FP_NX, 0x0000000080000000, 0x41dfffffffe00000);
  // 2^32
  TEST_FP_INT(322, fcvt.l.d, rne, 0, 0x0000000100000000, 0x41f0000000000000);
  TEST_FP_INT(323, fcvt.l.d, rtz, 0, 0x0000000100000000, 0x41f0000000000000);
  TEST_FP_INT(324, fcvt.l.d, rdn, 0, 0x0000000100000000, 0x41f0000000000000);
  TEST_FP_INT(325, fcvt.l.d, rup, 0, 0x0000000100000000, 0x41f0000000000000);
  TEST_FP_INT(326, fcvt.l.d, rmm, 0, 0x0000000100000000, 0x41f0000000000000);
  // just below 2^32
  TEST_FP_INT(327, fcvt.l.d, rne, 0, 0x00000000ffffffff, 0x41efffffffe00000);
  TEST_FP_INT(328, fcvt.l.d, rtz, 0, 0x00000000ffffffff, 0x41efffffffe00000);
  TEST_FP_INT(329, fcvt.l.d, rdn, 0, 0x00000000ffffffff, 0x41efffffffe00000);
  TEST_FP_INT(330, fcvt.l.d, rup, 0, 0x00000000ffffffff, 0x41efffffffe00000);
  TEST_FP_INT(331, fcvt.l.d, rmm, 0, 0x00000000ffffffff, 0x41efffffffe00000);
  // 2^63
  TEST_FP_INT(332, fcvt.l.d, rne, FP_NV, 0x7fffffffffffffff, 0x43e0000000000000);
  TEST_FP_INT(333, fcvt.l.d, rtz, FP_NV, 0x7fffffffffffffff, 0x43e0000000000000);
  TEST_FP_INT(334, fcvt.l.d, rdn, FP_NV, 0x7fffffffffffffff, 0x43e0000000000000);
  TEST_FP_INT(335, fcvt.l.d, rup, FP_NV, 0x7fffffffffffffff, 0x43e0000000000000);
  TEST_FP_INT(336, fcvt.l.d, rmm, FP_NV, 0x7fffffffffffffff, 0x43e0000000000000);
  // -2^63
  TEST_FP_INT(337, fcvt.l.d, rne, 0, 0x8000000000000000, 0xc3e0000000000000);
  TEST_FP_INT(338, fcvt.l.d, rtz, 0, 0x8000000000000000, 0xc3e0000000000000);
  TEST_FP_INT(339, fcvt.l.d, rdn, 0, 0x8000000000000000, 0xc3e0000000000000);
  TEST_FP_INT(340, fcvt.l.d, rup, 0, 0x8000000000000000, 0xc3e0000000000000);
  TEST_FP_INT(341, fcvt.l.d, rmm, 0, 0x8000000000000000, 0xc3e0000000000000);
  // just below 2^64
  TEST_FP_INT(342, fcvt.l.d, rne, FP_NV, 0x7fffffffffffffff, 0x43efffffffffffff);
  TEST_FP_INT(343, fcvt.l.d, rtz, FP_NV, 0x7fffffffffffffff, 0x43efffffffffffff);
  TEST_FP_INT(344, fcvt.l.d, rdn, FP_NV, 0x7fffffffffffffff, 0x43efffffffffffff);
  TEST_FP_INT(345, fcvt.l.d, rup, FP_NV, 0x7fffffffffffffff, 0x43efffffffffffff);
  TEST_FP_INT(346, fcvt.l.d, rmm, FP_NV, 0x7fffffffffffffff, 0x43efffffffffffff);
  // 2^64
  TEST_FP_INT(347, fcvt.l.d, rne, FP_NV, 0x7fffffffffffffff, 0x43f0000000000000);
  TEST_FP_INT(348, fcvt.l.d, rtz, FP_NV, 0x7fffffffffffffff, 0x43f0000000000000);
  TEST_FP_INT(349, fcvt.l.d, rdn, FP_NV, 0x7fffffffffffffff, 0x43f0000000000000);
  TEST_FP_INT(350, fcvt.l.d, rup, FP_NV, 0x7fffffffffffffff, 0x43f0000000000000);
  TEST_FP_INT(351, fcvt.l.d, rmm, FP_NV, 0x7fffffffffffffff, 0x43f0000000000000);
  // +inf
  TEST_FP_INT(352, fcvt.l.d, rne, FP_NV, 0x7fffffffffffffff, 0x7ff0000000000000);
  TEST_FP_INT(353, fcvt.l.d, rtz, FP_NV, 0x7fffffffffffffff, 0x7ff0000000000000);
  TEST_FP_INT(354, fcvt.l.d, rdn, FP_NV, 0x7fffffffffffffff, 0x7ff0000000000000);
  TEST_FP_INT(355, fcvt.l.d, rup, FP_NV, 0x7fffffffffffffff, 0x7ff0000000000000);
  TEST_FP_INT(356, fcvt.l.d, rmm, FP_NV, 0x7fffffffffffffff, 0x7ff0000000000000);
  // -inf
  TEST_FP_INT(357, fcvt.l.d, rne, FP_NV, 0x8000000000000000, 0xfff0000000000000);
  TEST_FP_INT(358, fcvt.l.d, rtz, FP_NV, 0x8000000000000000, 0xfff0000000000000);
  TEST_FP_INT(359, fcvt.l.d, rdn, FP_NV, 0x8000000000000000, 0xfff0000000000000);
  TEST_FP_INT(360, fcvt.l.d, rup, FP_NV, 0x8000000000000000, 0xfff0000000000000);
  TEST_FP_INT(361, fcvt.l.d, rmm, FP_NV, 0x8000000000000000, 0xfff0000000000000);
  // qNaN
  TEST_FP_INT(362, fcvt.l.d, rne, FP_NV, 0x7fffffffffffffff, 0x7ff8000000000000);
  TEST_FP_INT(363, fcvt.l.d, rtz, FP_NV, 0x7fffffffffffffff, 0x7ff8000000000000);
  TEST_FP_INT(364, fcvt.l.d, rdn, FP_NV, 0x7fffffffffffffff, 0x7ff8000000000000);
  TEST_FP_INT(365, fcvt.l.d, rup, FP_NV, 0x7fffffffffffffff, 0x7ff8000000000000);
  TEST_FP_INT(366, fcvt.l.d, rmm, FP_NV, 0x7fffffffffffffff, 0x7ff8000000000000);
  // sNaN
  TEST_FP_INT(367, fcvt.l.d, rne, FP_NV, 0x7fffffffffffffff, 0x7ff0000000000001);
  TEST_FP_INT(368, fcvt.l.d, rtz, FP_NV, 0x7fffffffffffffff, 0x7ff0000000000001);
  TEST_FP_INT(369, fcvt.l.d, rdn, FP_NV, 0x7fffffffffffffff, 0x7ff0000000000001);
  TEST_FP_INT(370, fcvt.l.d, rup, FP_NV, 0x7fffffffffffffff, 0x7ff0000000000001);
  TEST_FP_INT(371, fcvt.l.d, rmm, FP_NV, 0x7fffffffffffffff, 0x7ff0000000000001);
  // negative NaN: still the largest value
  TEST_FP_INT(372, fcvt.l.d, rne, FP_NV, 0x7fffffffffffffff, 0xfff8000000012345);
  TEST_FP_INT(373, fcvt.l.d, rtz, FP_NV, 0x7fffffffffffffff, 0xfff8000000012345);
  TEST_FP_INT(374, fcvt.l.d, rdn, FP_NV, 0x7fffffffffffffff, 0xfff8000000012345);
  TEST_FP_INT(375, fcvt.l.d, rup, FP_NV, 0x7fffffffffffffff, 0xfff8000000012345);
  TEST_FP_INT(376, fcvt.l.d, rmm, FP_NV, 0x7fffffffffffffff, 0xfff8000000012345);
  // 2^31 + 0.5
  TEST_FP_INT(377, fcvt.l.d, rne, FP_NX, 0x0000000080000000, 0x41e0000000100000);
  TEST_FP_INT(378, fcvt.l.d, rtz, FP_NX, 0x0000000080000000, 0x41e0000000100000);
  TEST_FP_INT(379, fcvt.l.d, rdn, FP_NX, 0x0000000080000000, 0x41e0000000100000);
  TEST_FP_INT(380, fcvt.l.d, rup, FP_NX, 0x0000000080000001, 0x41e0000000100000);
  TEST_FP_INT(381, fcvt.l.d, rmm, FP_NX, 0x0000000080000001, 0x41e0000000100000);
  // -2^31 - 0.5
  TEST_FP_INT(382, fcvt.l.d, rne, FP_NX, 0xffffffff80000000, 0xc1e0000000100000);
  TEST_FP_INT(383, fcvt.l.d, rtz, FP_NX, 0xffffffff80000000, 0xc1e0000000100000);
  TEST_FP_INT(384, fcvt.l.d, rdn, FP_NX, 0xffffffff7fffffff, 0xc1e0000000100000);
  TEST_FP_INT(385, fcvt.l.d, rup, FP_NX, 0xffffffff80000000, 0xc1e0000000100000);
  TEST_FP_INT(386, fcvt.l.d, rmm, FP_NX, 0xffffffff7fffffff, 0xc1e0000000100000);
  // -2^31 - 1
  TEST_FP_INT(387, fcvt.l.d, rne, 0, 0xffffffff7fffffff, 0xc1e0000000200000);
  TEST_FP_INT(388, fcvt.l.d, rtz, 0, 0xffffffff7fffffff, 0xc1e0000000200000);
  TEST_FP_INT(389, fcvt.l.d, rdn, 0, 0xffffffff7fffffff, 0xc1e0000000200000);
  TEST_FP_INT(390, fcvt.l.d, rup, 0, 0xffffffff7fffffff, 0xc1e0000000200000);
  TEST_FP_INT(391, fcvt.l.d, rmm, 0, 0xffffffff7fffffff, 0xc1e0000000200000);
  // fcvt.lu.d
  // 1.5
  TEST_FP_INT(392, fcvt.lu.d, rne, FP_NX, 0x0000000000000002, 0x3ff8000000000000);
  TEST_FP_INT(393, fcvt.lu.d, rtz, FP_NX, 0x0000000000000001, 0x3ff8000000000000);
  TEST_FP_INT(394, fcvt.lu.d, rdn, FP_NX, 0x0000000000000001, 0x3ff8000000000000);
  TEST_FP_INT(395, fcvt.lu.d, rup, FP_NX, 0x0000000000000002, 0x3ff8000000000000);
  TEST_FP_INT(396, fcvt.lu.d, rmm, FP_NX, 0x0000000000000002, 0x3ff8000000000000);
  // 2.5
  TEST_FP_INT(397, fcvt.lu.d, rne, FP_NX, 0x0000000000000002, 0x4004000000000000);
  TEST_FP_INT(398, fcvt.lu.d, rtz, FP_NX, 0x0000000000000002, 0x4004000000000000);
  TEST_FP_INT(399, fcvt.lu.d, rdn, FP_NX, 0x0000000000000002, 0x4004000000000000);
  TEST_FP_INT(400, fcvt.lu.d, rup, FP_NX, 0x0000000000000003, 0x4004000000000000);
  TEST_FP_INT(401, fcvt.lu.d, rmm, FP_NX, 0x0000000000000003, 0x4004000000000000);
  // -2.5
  TEST_FP_INT(402, fcvt.lu.d, rne, FP_NV, 0x0000000000000000, 0xc004000000000000);
  TEST_FP_INT(403, fcvt.lu.d, rtz, FP_NV, 0x0000000000000000, 0xc004000000000000);
  TEST_FP_INT(404, fcvt.lu.d, rdn, FP_NV, 0x0000000000000000, 0xc004000000000000);
  TEST_FP_INT(405, fcvt.lu.d, rup, FP_NV, 0x0000000000000000, 0xc004000000000000);
  TEST_FP_INT(406, fcvt.lu.d, rmm, FP_NV, 0x0000000000000000, 0xc004000000000000);
  // -0.5
  TEST_FP_INT(407, fcvt.lu.d, rne, FP_NX, 0x0000000000000000, 0xbfe0000000000000);
  TEST_FP_INT(408, fcvt.lu.d, rtz, FP_NX, 0x0000000000000000, 0xbfe0000000000000);
  TEST_FP_INT(409, fcvt.lu.d, rdn, FP_NV, 0x0000000000000000, 0xbfe0000000000000);
  TEST_FP_INT(410, fcvt.lu.d, rup, FP_NX, 0x0000000000000000, 0xbfe0000000000000);
  TEST_FP_INT(411, fcvt.lu.d, rmm, FP_NV, 0x0000000000000000, 0xbfe0000000000000);
  // 0.1
  TEST_FP_INT(412, fcvt.lu.d, rne, FP_NX, 0x0000000000000000, 0x3fb999999999999a);
  TEST_FP_INT(413, fcvt.lu.d, rtz, FP_NX, 0x0000000000000000, 0x3fb999999999999a);
  TEST_FP_INT(414, fcvt.lu.d, rdn, FP_NX, 0x0000000000000000, 0x3fb999999999999a);
  TEST_FP_INT(415, fcvt.lu.d, rup, FP_NX, 0x0000000000000001, 0x3fb999999999999a);
  TEST_FP_INT(416, fcvt.lu.d, rmm, FP_NX, 0x0000000000000000, 0x3fb999999999999a);
  // -0.1
  TEST_FP_INT(417, fcvt.lu.d, rne, FP_NX, 0x0000000000000000, 0xbfb999999999999a);
  TEST_FP_INT(418, fcvt.lu.d, rtz, FP_NX, 0x0000000000000000, 0xbfb999999999999a);
  TEST_FP_INT(419, fcvt.lu.d, rdn, FP_NV, 0x0000000000000000, 0xbfb999999999999a);
  TEST_FP_INT(420, fcvt.lu.d, rup, FP_NX, 0x0000000000000000, 0xbfb999999999999a);
  TEST_FP_INT(421, fcvt.lu.d, rmm, FP_NX, 0x0000000000000000, 0xbfb999999999999a);
  // -0
  TEST_FP_INT(422, fcvt.lu.d, rne, 0, 0x0000000000000000, 0x8000000000000000);
  TEST_FP_INT(423, fcvt.lu.d, rtz, 0, 0x0000000000000000, 0x8000000000000000);
  TEST_FP_INT(424, fcvt.lu.d, rdn, 0, 0x0000000000000000, 0x8000000000000000);
  TEST_FP_INT(425, fcvt.lu.d, rup, 0, 0x0000000000000000, 0x8000000000000000);
  TEST_FP_INT(426, fcvt.lu.d, rmm, 0, 0x0000000000000000, 0x8000000000000000);
  // smallest subnormal
  TEST_FP_INT(427, fcvt.lu.d, rne, FP_NX, 0x0000000000000000, 0x0000000000000001);
  TEST_FP_INT(428, fcvt.lu.d, rtz, FP_NX, 0x0000000000000000, 0x0000000000000001);
  TEST_FP_INT(429, fcvt.lu.d, rdn, FP_NX, 0x0000000000000000, 0x0000000000000001);
  TEST_FP_INT(430, fcvt.lu.d, rup, FP_NX, 0x0000000000000001, 0x0000000000000001);
  TEST_FP_INT(431, fcvt.lu.d, rmm, FP_NX, 0x0000000000000000, 0x0000000000000001);
  // -1
  TEST_FP_INT(432, fcvt.lu.d, rne, FP_NV, 0x0000000000000000, 0xbff0000000000000);
  TEST_FP_INT(433, fcvt.lu.d, rtz, FP_NV, 0x0000000000000000, 0xbff0000000000000);
  TEST_FP_INT(434, fcvt.lu.d, rdn, FP_NV, 0x0000000000000000, 0xbff0000000000000);
  TEST_FP_INT(435, fcvt.lu.d, rup, FP_NV, 0x0000000000000000, 0xbff0000000000000);
  TEST_FP_INT(436, fcvt.lu.d, rmm, FP_NV, 0x0000000000000000, 0xbff0000000000000);
  // 2^31
  TEST_FP_INT(437, fcvt.lu.d, rne, 0, 0x0000000080000000, 0x41e0000000000000);
  TEST_FP_INT(438, fcvt.lu.d, rtz, 0, 0x0000000080000000, 0x41e0000000000000);
  TEST_FP_INT(439, fcvt.lu.d, rdn, 0, 0x0000000080000000, 0x41e0000000000000);
  TEST_FP_INT(440, fcvt.lu.d, rup, 0, 0x0000000080000000, 0x41e0000000000000);
  TEST_FP_INT(441, fcvt.lu.d, rmm, 0, 0x0000000080000000, 0x41e0000000000000);
  // -2^31
  TEST_FP_INT(442, fcvt.lu.d, rne, FP_NV, 0x0000000000000000, 0xc1e0000000000000);
  TEST_FP_INT(443, fcvt.lu.d, rtz, FP_NV, 0x0000000000000000, 0xc1e0000000000000);
  TEST_FP_INT(444, fcvt.lu.d, rdn, FP_NV, 0x0000000000000000, 0xc1e0000000000000);
  TEST_FP_INT(445, fcvt.lu.d, rup, FP_NV, 0x0000000000000000, 0xc1e0000000000000);
  TEST_FP_INT(446, fcvt.lu.d, rmm, FP_NV, 0x0000000000000000, 0xc1e0000000000000);
  // just below 2^31
  TEST_FP_INT(447, fcvt.lu.d, rne, FP_NX, 0x0000000080000000, 0x41dfffffffe00000);
  TEST_FP_INT(448, fcvt.lu.d, rtz, FP_NX, 0x000000007fffffff, 0x41dfffffffe00000);
  TEST_FP_INT(449, fcvt.lu.d, rdn, FP_NX, 0x000000007fffffff, 0x41dfffffffe00000);
  TEST_FP_INT(450, fcvt.lu.d, rup, FP_NX, 0x0000000080000000, 0x41dfffffffe00000);
  TEST_FP_INT(451, fcvt.lu.d, rmm, FP_NX, 0x0000000080000000, 0x41dfffffffe00000);
  // 2^32
  TEST_FP_INT(452, fcvt.lu.d, rne, 0, 0x0000000100000000, 0x41f0000000000000);
  TEST_FP_INT(453, fcvt.lu.d, rtz, 0, 0x0000000100000000, 0x41f0000000000000);
  TEST_FP_INT(454, fcvt.lu.d, rdn, 0, 0x0000000100000000, 0x41f0000000000000);
  TEST_FP_INT(455, fcvt.lu.d, rup, 0, 0x0000000100000000, 0x41f0000000000000);
  TEST_FP_INT(456, fcvt.lu.d, rmm, 0, 0x0000000100000000, 0x41f0000000000000);
  // just below 2^32
  TEST_FP_INT(457, fcvt.lu.d, rne, 0, 0x00000000ffffffff, 0x41efffffffe00000);
  TEST_FP_INT(458, fcvt.lu.d, rtz, 0, 0x00000000ffffffff, 0x41efffffffe00000);
  TEST_FP_INT(459, fcvt.lu.d, rdn, 0, 0x00000000ffffffff, 0x41efffffffe00000);
  TEST_FP_INT(460, fcvt.lu.d, rup, 0, 0x00000000ffffffff, 0x41efffffffe00000);
  TEST_FP_INT(461, fcvt.lu.d, rmm, 0, 0x00000000ffffffff, 0x41efffffffe00000);
  // 2^63
  TEST_FP_INT(462, fcvt.lu.d, rne, 0, 0x8000000000000000, 0x43e0000000000000);
  TEST_FP_INT(463, fcvt.lu.d, rtz, 0, 0x8000000000000000, 0x43e0000000000000);
  TEST_FP_INT(464, fcvt.lu.d, rdn, 0, 0x8000000000000000, 0x43e0000000000000);
  TEST_FP_INT(465, fcvt.lu.d, rup, 0, 0x8000000000000000, 0x43e0000000000000);
  TEST_FP_INT(466, fcvt.lu.d, rmm, 0, 0x8000000000000000, 0x43e0000000000000);
  // -2^63
  TEST_FP_INT(467, fcvt.lu.d, rne, FP_NV, 0x0000000000000000, 0xc3e0000000000000);
  TEST_FP_INT(468, fcvt.lu.d, rtz, FP_NV, 0x0000000000000000, 0xc3e0000000000000);
  TEST_FP_INT(469, fcvt.lu.d, rdn, FP_NV, 0x0000000000000000, 0xc3e0000000000000);
  TEST_FP_INT(470, fcvt.lu.d, rup, FP_NV, 0x0000000000000000, 0xc3e0000000000000);
  TEST_FP_INT(471, fcvt.lu.d, rmm, FP_NV, 0x0000000000000000, 0xc3e0000000000000);
  // just below 2^64
  TEST_FP_INT(472, fcvt.lu.d, rne, 0, 0xfffffffffffff800, 0x43efffffffffffff);
  TEST_FP_INT(473, fcvt.lu.d, rtz, 0, 0xfffffffffffff800, 0x43efffffffffffff);
  TEST_FP_INT(474, fcvt.lu.d, rdn, 0, 0xfffffffffffff800, 0x43efffffffffffff);
  TEST_FP_INT(475, fcvt.lu.d, rup, 0, 0xfffffffffffff800, 0x43efffffffffffff);
  TEST_FP_INT(476, fcvt.lu.d, rmm, 0, 0xfffffffffffff800, 0x43efffffffffffff);
  // 2^64
  TEST_FP_INT(477, fcvt.lu.d, rne, FP_NV, 0xffffffffffffffff, 0x43f0000000000000);
  TEST_FP_INT(478, fcvt.lu.d, rtz, FP_NV, 0xffffffffffffffff, 0x43f0000000000000);
  TEST_FP_INT(479, fcvt.lu.d, rdn, FP_NV, 0xffffffffffffffff, 0x43f0000000000000);
  TEST_FP_INT(480, fcvt.lu.d, rup, FP_NV, 0xffffffffffffffff, 0x43f0000000000000);
  TEST_FP_INT(481, fcvt.lu.d, rmm, FP_NV, 0xffffffffffffffff, 0x43f0000000000000);
  // +inf
  TEST_FP_INT(482, fcvt.lu.d, rne, FP_NV, 0xffffffffffffffff, 0x7ff0000000000000);
  TEST_FP_INT(483, fcvt.lu.d, rtz, FP_NV, 0xffffffffffffffff, 0x7ff0000000000000);
  TEST_FP_INT(484, fcvt.lu.d, rdn, FP_NV, 0xffffffffffffffff, 0x7ff0000000000000);
  TEST_FP_INT(485, fcvt.lu.d, rup, FP_NV, 0xffffffffffffffff, 0x7ff0000000000000);
  TEST_FP_INT(486, fcvt.lu.d, rmm, FP_NV, 0xffffffffffffffff, 0x7ff0000000000000);
  // -inf
  TEST_FP_INT(487, fcvt.lu.d, rne, FP_NV, 0x0000000000000000, 0xfff0000000000000);
  TEST_FP_INT(488, fcvt.lu.d, rtz, FP_NV, 0x0000000000000000, 0xfff0000000000000);
  TEST_FP_INT(489, fcvt.lu.d, rdn, FP_NV, 0x0000000000000000, 0xfff0000000000000);
  TEST_FP_INT(490, fcvt.lu.d, rup, FP_NV, 0x0000000000000000, 0xfff0000000000000);
  TEST_FP_INT(491, fcvt.lu.d, rmm, FP_NV, 0x0000000000000000, 0xfff0000000000000);
  // qNaN
  TEST_FP_INT(492, fcvt.lu.d, rne, FP_NV, 0xffffffffffffffff, 0x7ff8000000000000);
  TEST_FP_INT(493, fcvt.lu.d, rtz, FP_NV, 0xffffffffffffffff, 0x7ff8000000000000);
  TEST_FP_INT(494, fcvt.lu.d, rdn, FP_NV, 0xffffffffffffffff, 0x7ff8000000000000);
  TEST_FP_INT(495, fcvt.lu.d, rup, FP_NV, 0xffffffffffffffff, 0x7ff8000000000000);
  TEST_FP_INT(496, fcvt.lu.d, rmm, FP_NV, 0xffffffffffffffff, 0x7ff8000000000000);
  // sNaN
  TEST_FP_INT(497, fcvt.lu.d, rne, FP_NV, 0xffffffffffffffff, 0x7ff0000000000001);
  TEST_FP_INT(498, fcvt.lu.d, rtz, FP_NV, 0xffffffffffffffff, 0x7ff0000000000001);
  TEST_FP_INT(499, fcvt.lu.d, rdn, FP_NV, 0xffffffffffffffff, 0x7ff0000000000001);
  TEST_FP_INT(500, fcvt.lu.d, rup, FP_NV, 0xffffffffffffffff, 0x7ff0000000000001);
  TEST_FP_INT(501, fcvt.lu.d, rmm, FP_NV, 0xffffffffffffffff, 0x7ff0000000000001);
  // negative NaN: still the largest value
  TEST_FP_INT(502, fcvt.lu.d, rne, FP_NV, 0xffffffffffffffff, 0xfff8000000012345);
  TEST_FP_INT(503, fcvt.lu.d, rtz, FP_NV, 0xffffffffffffffff, 0xfff8000000012345);
  TEST_FP_INT(504, fcvt.lu.d, rdn, FP_NV, 0xffffffffffffffff, 0xfff8000000012345);
  TEST_FP_INT(505, fcvt.lu.d, rup, FP_NV, 0xffffffffffffffff, 0xfff8000000012345);
  TEST_FP_INT(506, fcvt.lu.d, rmm, FP_NV, 0xffffffffffffffff, 0xfff8000000012345);
  // 2^31 + 0.5
  TEST_FP_INT(507, fcvt.lu.d, rne, FP_NX, 0x0000000080000000, 0x41e0000000100000);
  TEST_FP_INT(508, fcvt.lu.d, rtz, FP_NX, 0x0000000080000000, 0x41e0000000100000);
  TEST_FP_INT(509, fcvt.lu.d, rdn, FP_NX, 0x0000000080000000, 0x41e0000000100000);
  TEST_FP_INT(510, fcvt.lu.d, rup, FP_NX, 0x0000000080000001, 0x41e0000000100000);
  TEST_FP_INT(511, fcvt.lu.d, rmm, FP_NX, 0x0000000080000001, 0x41e0000000100000);
  // -2^31 - 0.5
  TEST_FP_INT(512, fcvt.lu.d, rne, FP_NV, 0x0000000000000000, 0xc1e0000000100000);
  TEST_FP_INT(513, fcvt.lu.d, rtz, FP_NV, 0x0000000000000000, 0xc1e0000000100000);
  TEST_FP_INT(514, fcvt.lu.d, rdn, FP_NV, 0x0000000000000000, 0xc1e0000000100000);
  TEST_FP_INT(515, fcvt.lu.d, rup, FP_NV, 0x0000000000000000, 0xc1e0000000100000);
  TEST_FP_INT(516, fcvt.lu.d, rmm, FP_NV, 0x0000000000000000, 0xc1e0000000100000);
  // -2^31 - 1
  TEST_FP_INT(517, fcvt.lu.d, rne, FP_NV, 0x0000000000000000, 0xc1e0000000200000);
  TEST_FP_INT(518, fcvt.lu.d, rtz, FP_NV, 0x0000000000000000, 0xc1e0000000200000);
  TEST_FP_INT(519, fcvt.lu.d, rdn, FP_NV, 0x0000000000000000, 0xc1e0000000200000);
  TEST_FP_INT(520, fcvt.lu.d, rup, FP_NV, 0x0000000000000000, 0xc1e0000000200000);
  TEST_FP_INT(521, fcvt.lu.d, rmm, FP_NV, 0x0000000000000000, 0xc1e0000000200000);

  TEST_PASSFAIL

RVTEST_CODE_END

  .data
RVTEST_DATA_BEGIN
RVTEST_DATA_END
