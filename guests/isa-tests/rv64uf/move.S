// move.S: fcsr/frm/fflags accesses and flag accrual, fsgnj{,n,x}.s, fmv between register files, NaN-boxing of
// single operands and results (RISC-V unprivileged spec 11.2, 11.7, 11.8, 12.2).
#include "riscv_test.h"
#include "test_macros.h"
#include "test_macros_fp.h"

RVTEST_RV64UF
RVTEST_CODE_BEGIN
  // fcsr = frm (bits 7:5) | fflags (bits 4:0); frm and fflags are views of it; bits 31:8 read as zero
  // (RISC-V unprivileged spec 11.2).
  TEST_CASE(2, x14, 0xff, li x11, 0x1ff; csrw fcsr, x11; csrr x14, fcsr)
  TEST_CASE(3, x14, 7, csrr x14, frm)
  TEST_CASE(4, x14, 0x1f, csrr x14, fflags)
  TEST_CASE(5, x14, 0x5f, csrwi frm, 2; csrr x14, fcsr)
  TEST_CASE(6, x14, 0x45, csrwi fflags, 5; csrr x14, fcsr)
  TEST_CASE(7, x14, 2, fsrmi x14, 3; csrr x15, fcsr; li x7, 0x65; bne x15, x7, fail)
  TEST_CASE(8, x14, 0x05, fsflagsi x14, 0x1a; csrr x15, fflags; li x7, 0x1a; bne x15, x7, fail)
  TEST_CASE(9, x14, 0x1a, csrrci x14, fflags, 0x10; csrr x15, fflags; li x7, 0x0a; bne x15, x7, fail)
  // Flags accrue: an operation ORs its flags in and never clears any (1/0 adds DZ to the NX already set).
  TEST_CASE(10, x14, 0x69, li x11, 0; csrw fcsr, x11; csrwi fflags, 1; fsrmi 3; \
    li x11, 0x3f800000; fmv.w.x f10, x11; fmv.w.x f11, x0; \
    fdiv.s f12, f10, f11; csrr x14, fcsr)
  TEST_CASE(11, x14, 0x60, li x11, 0x60; csrw fcsr, x11; fadd.s f12, f10, f10; csrr x14, fcsr; fsrmi 0)
  // fsgnj.s: only the sign bit changes, NaNs included (no canonicalization)
  TEST_FP_OP2_NORM(12, fsgnj.s, 0, BOXED(0x3f800000), BOXED(0x3f800000), BOXED(0x3f800000));
  TEST_FP_OP2_NORM(13, fsgnj.s, 0, BOXED(0xbf800000), BOXED(0x3f800000), BOXED(0xbf800000));
  TEST_FP_OP2_NORM(14, fsgnj.s, 0, BOXED(0xbf800000), BOXED(0x3f800000), BOXED(0xff800001));
  TEST_FP_OP2_NORM(15, fsgnj.s, 0, BOXED(0x3f800000), BOXED(0x3f800000), BOXED(0x00000001));
  TEST_FP_OP2_NORM(16, fsgnj.s, 0, BOXED(0xbf800000), BOXED(0x3f800000), BOXED(0x80000000));
  TEST_FP_OP2_NORM(17, fsgnj.s, 0, BOXED(0x3f800000), BOXED(0xbf800000), BOXED(0x3f800000));
  TEST_FP_OP2_NORM(18, fsgnj.s, 0, BOXED(0xbf800000), BOXED(0xbf800000), BOXED(0xbf800000));
  TEST_FP_OP2_NORM(19, fsgnj.s, 0, BOXED(0xbf800000), BOXED(0xbf800000), BOXED(0xff800001));
  TEST_FP_OP2_NORM(20, fsgnj.s, 0, BOXED(0x3f800000), BOXED(0xbf800000), BOXED(0x00000001));
  TEST_FP_OP2_NORM(21, fsgnj.s, 0, BOXED(0xbf800000), BOXED(0xbf800000), BOXED(0x80000000));
  TEST_FP_OP2_NORM(22, fsgnj.s, 0, BOXED(0x7fc00000), BOXED(0x7fc00000), BOXED(0x3f800000));
  TEST_FP_OP2_NORM(23, fsgnj.s, 0, BOXED(0xffc00000), BOXED(0x7fc00000), BOXED(0xbf800000));
  TEST_FP_OP2_NORM(24, fsgnj.s, 0, BOXED(0xffc00000), BOXED(0x7fc00000), BOXED(0xff800001));
  TEST_FP_OP2_NORM(25, fsgnj.s, 0, BOXED(0x7fc00000), BOXED(0x7fc00000), BOXED(0x00000001));
  TEST_FP_OP2_NORM(26, fsgnj.s, 0, BOXED(0xffc00000), BOXED(0x7fc00000), BOXED(0x80000000));
  TEST_FP_OP2_NORM(27, fsgnj.s, 0, BOXED(0x7f800001), BOXED(0xff800001), BOXED(0x3f800000));
  TEST_FP_OP2_NORM(28, fsgnj.s, 0, BOXED(0xff800001), BOXED(0xff800001), BOXED(0xbf800000));
  TEST_FP_OP2_NORM(29, fsgnj.s, 0, BOXED(0xff800001), BOXED(0xff800001), BOXED(0xff800001));
  TEST_FP_OP2_NORM(30, fsgnj.s, 0, BOXED(0x7f800001), BOXED(0xff800001), BOXED(0x00000001));
  TEST_FP_OP2_NORM(31, fsgnj.s, 0, BOXED(0xff800001), BOXED(0xff800001), BOXED(0x80000000));
  // fsgnjn.s: only the sign bit changes, NaNs included (no canonicalization)
  TEST_FP_OP2_NORM(32, fsgnjn.s, 0, BOXED(0xbf800000), BOXED(0x3f800000), BOXED(0x3f800000));
  TEST_FP_OP2_NORM(33, fsgnjn.s, 0, BOXED(0x3f800000), BOXED(0x3f800000), BOXED(0xbf800000));
  TEST_FP_OP2_NORM(34, fsgnjn.s, 0, BOXED(0x3f800000), BOXED(0x3f800000), BOXED(0xff800001));
  TEST_FP_OP2_NORM(35, fsgnjn.s, 0, BOXED(0xbf800000), BOXED(0x3f800000), BOXED(0x00000001));
  TEST_FP_OP2_NORM(36, fsgnjn.s, 0, BOXED(0x3f800000), BOXED(0x3f800000), BOXED(0x80000000));
  TEST_FP_OP2_NORM(37, fsgnjn.s, 0, BOXED(0xbf800000), BOXED(0xbf800000), BOXED(0x3f800000));
  TEST_FP_OP2_NORM(38, fsgnjn.s, 0, BOXED(0x3f800000), BOXED(0xbf800000), BOXED(0xbf800000));
  TEST_FP_OP2_NORM(39, fsgnjn.s, 0, BOXED(0x3f800000), BOXED(0xbf800000), BOXED(0xff800001));
  TEST_FP_OP2_NORM(40, fsgnjn.s, 0, BOXED(0xbf800000), BOXED(0xbf800000), BOXED(0x00000001));
  TEST_FP_OP2_NORM(41, fsgnjn.s, 0, BOXED(0x3f800000), BOXED(0xbf800000), BOXED(0x80000000));
  TEST_FP_OP2_NORM(42, fsgnjn.s, 0, BOXED(0xffc00000), BOXED(0x7fc00000), BOXED(0x3f800000));
  TEST_FP_OP2_NORM(43, fsgnjn.s, 0, BOXED(0x7fc00000), BOXED(0x7fc00000), BOXED(0xbf800000));
  TEST_FP_OP2_NORM(44, fsgnjn.s, 0, BOXED(0x7fc00000), BOXED(0x7fc00000), BOXED(0xff800001));
  TEST_FP_OP2_NORM(45, fsgnjn.s, 0, BOXED(0xffc00000), BOXED(0x7fc00000), BOXED(0x00000001));
  TEST_FP_OP2_NORM(46, fsgnjn.s, 0, BOXED(0x7fc00000), BOXED(0x7fc00000), BOXED(0x80000000));
  TEST_FP_OP2_NORM(47, fsgnjn.s, 0, BOXED(0xff800001), BOXED(0xff800001), BOXED(0x3f800000));
  TEST_FP_OP2_NORM(48, fsgnjn.s, 0, BOXED(0x7f800001), BOXED(0xff800001), BOXED(0xbf800000));
  TEST_FP_OP2_NORM(49, fsgnjn.s, 0, BOXED(0x7f800001), BOXED(0xff800001), BOXED(0xff800001));
  TEST_FP_OP2_NORM(50, fsgnjn.s, 0, BOXED(0xff800001), BOXED(0xff800001), BOXED(0x00000001));
  TEST_FP_OP2_NORM(51, fsgnjn.s, 0, BOXED(0x7f800001), BOXED(0xff800001), BOXED(0x80000000));
  // fsgnjx.s: only the sign bit changes, NaNs included (no canonicalization)
  TEST_FP_OP2_NORM(52, fsgnjx.s, 0, BOXED(0x3f800000), BOXED(0x3f800000), BOXED(0x3f800000));
  TEST_FP_OP2_NORM(53, fsgnjx.s, 0, BOXED(0xbf800000), BOXED(0x3f800000), BOXED(0xbf800000));
  TEST_FP_OP2_NORM(54, fsgnjx.s, 0, BOXED(0xbf800000), BOXED(0x3f800000), BOXED(0xff800001));
  TEST_FP_OP2_NORM(55, fsgnjx.s, 0, BOXED(0x3f800000), BOXED(0x3f800000), BOXED(0x00000001));
  TEST_FP_OP2_NORM(56, fsgnjx.s, 0, BOXED(0xbf800000), BOXED(0x3f800000), BOXED(0x80000000));
  TEST_FP_OP2_NORM(57, fsgnjx.s, 0, BOXED(0xbf800000), BOXED(0xbf800000), BOXED(0x3f800000));
  TEST_FP_OP2_NORM(58, fsgnjx.s, 0, BOXED(0x3f800000), BOXED(0xbf800000), BOXED(0xbf800000));
  TEST_FP_OP2_NORM(59, fsgnjx.s, 0, BOXED(0x3f800000), BOXED(0xbf800000), BOXED(0xff800001));
  TEST_FP_OP2_NORM(60, fsgnjx.s, 0, BOXED(0xbf800000), BOXED(0xbf800000), BOXED(0x00000001));
  TEST_FP_OP2_NORM(61, fsgnjx.s, 0, BOXED(0x3f800000), BOXED(0xbf800000), BOXED(0x80000000));
  TEST_FP_OP2_NORM(62, fsgnjx.s, 0, BOXED(0x7fc00000), BOXED(0x7fc00000), BOXED(0x3f800000));
  TEST_FP_OP2_NORM(63, fsgnjx.s, 0, BOXED(0xffc00000), BOXED(0x7fc00000), BOXED(0xbf800000));
  TEST_FP_OP2_NORM(64, fsgnjx.s, 0, BOXED(0xffc00000), BOXED(0x7fc00000), BOXED(0xff800001));
  TEST_FP_OP2_NORM(65, fsgnjx.s, 0, BOXED(0x7fc00000), BOXED(0x7fc00000), BOXED(0x00000001));
  TEST_FP_OP2_NORM(66, fsgnjx.s, 0, BOXED(0xffc00000), BOXED(0x7fc00000), BOXED(0x80000000));
  TEST_FP_OP2_NORM(67, fsgnjx.s, 0, BOXED(0xff800001), BOXED(0xff800001), BOXED(0x3f800000));
  TEST_FP_OP2_NORM(68, fsgnjx.s, 0, BOXED(0x7f800001), BOXED(0xff800001), BOXED(0xbf800000));
  TEST_FP_OP2_NORM(69, fsgnjx.s, 0, BOXED(0x7f800001), BOXED(0xff800001), BOXED(0xff800001));
  TEST_FP_OP2_NORM(70, fsgnjx.s, 0, BOXED(0xff800001), BOXED(0xff800001), BOXED(0x00000001));
  TEST_FP_OP2_NORM(71, fsgnjx.s, 0, BOXED(0x7f800001), BOXED(0xff800001), BOXED(0x80000000));
  // NaN-boxing (unpriv. 12.2): an operand whose upper 32 bits are not all ones reads as the canonical NaN
  TEST_FP_OP2_NORM(72, fsgnj.s, 0, BOXED(0xffc00000), 0x000000003f800000, BOXED(0x80000000));
  TEST_FP_OP2_NORM(73, fsgnjx.s, 0, BOXED(0x3f800000), BOXED(0x3f800000), 0xfffffffe80000000);
  TEST_FP_OP2(74, fadd.s, rne, 0, BOXED(0x7fc00000), 0x7fffffff3f800000, BOXED(0x3f800000));
  TEST_FP_OP2_NORM(75, fmin.s, 0, BOXED(0x40000000), 0x000000003f800000, BOXED(0x40000000));
  // fmv.x.w moves the raw low 32 bits, sign-extended, boxed or not
  TEST_FP_INT_NORM(76, fmv.x.w, 0, 0x000000003f800000, BOXED(0x3f800000));
  TEST_FP_INT_NORM(77, fmv.x.w, 0, 0xffffffffbf800000, BOXED(0xbf800000));
  TEST_FP_INT_NORM(78, fmv.x.w, 0, 0xffffffff80000001, 0x1234567880000001);
  TEST_FP_INT_NORM(79, fmv.x.w, 0, 0x000000007f800001, BOXED(0x7f800001));
  // fmv.w.x NaN-boxes the low 32 bits of the integer register
  TEST_INT_FP_NORM(80, fmv.w.x, 0, BOXED(0x3f800000), 0x3f800000);
  TEST_INT_FP_NORM(81, fmv.w.x, 0, BOXED(0x9abcdef0), 0x123456789abcdef0);
  TEST_INT_FP_NORM(82, fmv.w.x, 0, BOXED(0x7f800001), 0xffffffff7f800001);

  TEST_PASSFAIL

RVTEST_CODE_END

  .data
RVTEST_DATA_BEGIN
RVTEST_DATA_END
