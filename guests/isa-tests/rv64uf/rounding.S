// rounding.S: dynamic rounding (rm = dyn reads frm) in every mode, and a static rm that ignores frm (RISC-V
// unprivileged spec 11.2).
#include "riscv_test.h"
#include "test_macros.h"
#include "test_macros_fp.h"

RVTEST_RV64UF
RVTEST_CODE_BEGIN
  // frm = rne, rm field = dyn
  TEST_FP_OP2_FRM(2, fadd.s, 0, FP_NX, BOXED(0x3f800000), BOXED(0x3f800000), BOXED(0x33800000));
  TEST_FP_OP2_FRM(3, fsub.s, 0, FP_NX, BOXED(0xbf800000), BOXED(0xbf800000), BOXED(0x33800000));
  TEST_FP_OP2_FRM(4, fdiv.s, 0, FP_NX, BOXED(0x3eaaaaab), BOXED(0x3f800000), BOXED(0x40400000));
  TEST_FP_OP2_FRM(5, fdiv.s, 0, FP_NX, BOXED(0xbeaaaaab), BOXED(0xbf800000), BOXED(0x40400000));
  // frm = rtz, rm field = dyn
  TEST_FP_OP2_FRM(6, fadd.s, 1, FP_NX, BOXED(0x3f800000), BOXED(0x3f800000), BOXED(0x33800000));
  TEST_FP_OP2_FRM(7, fsub.s, 1, FP_NX, BOXED(0xbf800000), BOXED(0xbf800000), BOXED(0x33800000));
  TEST_FP_OP2_FRM(8, fdiv.s, 1, FP_NX, BOXED(0x3eaaaaaa), BOXED(0x3f800000), BOXED(0x40400000));
  TEST_FP_OP2_FRM(9, fdiv.s, 1, FP_NX, BOXED(0xbeaaaaaa), BOXED(0xbf800000), BOXED(0x40400000));
  // frm = rdn, rm field = dyn
  TEST_FP_OP2_FRM(10, fadd.s, 2, FP_NX, BOXED(0x3f800000), BOXED(0x3f800000), BOXED(0x33800000));
  TEST_FP_OP2_FRM(11, fsub.s, 2, FP_NX, BOXED(0xbf800001), BOXED(0xbf800000), BOXED(0x33800000));
  TEST_FP_OP2_FRM(12, fdiv.s, 2, FP_NX, BOXED(0x3eaaaaaa), BOXED(0x3f800000), BOXED(0x40400000));
  TEST_FP_OP2_FRM(13, fdiv.s, 2, FP_NX, BOXED(0xbeaaaaab), BOXED(0xbf800000), BOXED(0x40400000));
  // frm = rup, rm field = dyn
  TEST_FP_OP2_FRM(14, fadd.s, 3, FP_NX, BOXED(0x3f800001), BOXED(0x3f800000), BOXED(0x33800000));
  TEST_FP_OP2_FRM(15, fsub.s, 3, FP_NX, BOXED(0xbf800000), BOXED(0xbf800000), BOXED(0x33800000));
  TEST_FP_OP2_FRM(16, fdiv.s, 3, FP_NX, BOXED(0x3eaaaaab), BOXED(0x3f800000), BOXED(0x40400000));
  TEST_FP_OP2_FRM(17, fdiv.s, 3, FP_NX, BOXED(0xbeaaaaaa), BOXED(0xbf800000), BOXED(0x40400000));
  // frm = rmm, rm field = dyn
  TEST_FP_OP2_FRM(18, fadd.s, 4, FP_NX, BOXED(0x3f800001), BOXED(0x3f800000), BOXED(0x33800000));
  TEST_FP_OP2_FRM(19, fsub.s, 4, FP_NX, BOXED(0xbf800001), BOXED(0xbf800000), BOXED(0x33800000));
  TEST_FP_OP2_FRM(20, fdiv.s, 4, FP_NX, BOXED(0x3eaaaaab), BOXED(0x3f800000), BOXED(0x40400000));
  TEST_FP_OP2_FRM(21, fdiv.s, 4, FP_NX, BOXED(0xbeaaaaab), BOXED(0xbf800000), BOXED(0x40400000));
  // A static rounding mode wins over frm.
  TEST_CASE(22, x14, BOXED(0x3eaaaaaa), li x7, 3; fsrm x7; li x11, 0x3f800000; \
    fmv.w.x f10, x11; li x11, 0x40400000; fmv.w.x f11, x11; \
    fdiv.s f13, f10, f11, rtz; fmv.x.d x14, f13; fsrmi 0)
  // fmul.s and fsub.s leave frm alone.
  TEST_CASE(23, x14, 4, fsrmi 4; fmul.s f13, f10, f11; fsub.s f13, f10, f11, rne; frrm x14; fsrmi 0)

  TEST_PASSFAIL

RVTEST_CODE_END

  .data
RVTEST_DATA_BEGIN
RVTEST_DATA_END
