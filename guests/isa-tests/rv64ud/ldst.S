// ldst.S: fld and fsd (and their compressed forms c.fld, c.fsd, c.fldsp, c.fsdsp) move 64 raw bits: no
// canonicalization of NaNs, a NaN-boxed single survives a round trip (RISC-V unprivileged spec 12.3, 16.3, 16.4).
#include "riscv_test.h"
#include "test_macros.h"
#include "test_macros_fp.h"

RVTEST_RV64UD
RVTEST_CODE_BEGIN
  la x1, tdat

  .option push
  .option norvc
  TEST_CASE(2, x14, 0x4000000000000000, fld f1, 0(x1); fmv.x.d x14, f1)
  TEST_CASE(3, x14, 0xbff0000000000000, fld f2, 8(x1); fmv.x.d x14, f2)
  TEST_CASE(4, x14, 0x7ff0000000000001, fld f3, 16(x1); fmv.x.d x14, f3)
  TEST_CASE(5, x14, 0xffffffff3f800000, fld f4, 24(x1); fmv.x.d x14, f4)
  TEST_CASE(6, x14, 0xbff0000000000000, addi x2, x1, 32; fld f5, -24(x2); fmv.x.d x14, f5)
  TEST_CASE(7, x14, 0x7ff0000000000001, fsd f3, 32(x1); ld x14, 32(x1))
  TEST_CASE(8, x14, 0x5555555555555555, ld x14, 40(x1))
  TEST_CASE(9, x14, 0xffffffff3f800000, addi x2, x1, 48; fsd f4, 0(x2); fld f6, 0(x2); fmv.x.d x14, f6)
  // The NaN-boxed single that went through memory is still a valid single: 1 + 1 = 2.
  TEST_CASE(10, x14, 0xffffffff40000000, fadd.s f7, f6, f6; fmv.x.d x14, f7)
  // A loaded double is usable by arithmetic: 2 + -1 = 1.
  TEST_CASE(11, x14, 0x3ff0000000000000, fadd.d f7, f1, f2; fmv.x.d x14, f7)
  .option pop

  // Compressed forms (registers f8..f15 and x8..x15 for c.fld/c.fsd; sp-relative for c.fldsp/c.fsdsp).
  .option push
  .option rvc
  TEST_CASE(12, x14, 0xbff0000000000000, mv x8, x1; c.fld f8, 8(x8); fmv.x.d x14, f8)
  TEST_CASE(13, x14, 0xbff0000000000000, mv x9, x1; c.fsd f8, 56(x9); ld x14, 56(x1))
  TEST_CASE(14, x14, 0x7ff0000000000001, mv x10, sp; mv sp, x1; c.fldsp f20, 16(sp); mv sp, x10; fmv.x.d x14, f20)
  TEST_CASE(15, x14, 0x7ff0000000000001, mv x10, sp; mv sp, x1; c.fsdsp f20, 64(sp); mv sp, x10; ld x14, 64(x1))
  .option pop

  TEST_PASSFAIL

RVTEST_CODE_END

  .data
RVTEST_DATA_BEGIN
  .align 3
tdat:
  .dword 0x4000000000000000
  .dword 0xbff0000000000000
  .dword 0x7ff0000000000001
  .dword 0xffffffff3f800000
  .dword 0xdeadbeefdeadbeef
  .dword 0x5555555555555555
  .dword 0xdeadbeefdeadbeef
  .dword 0xdeadbeefdeadbeef
  .dword 0xdeadbeefdeadbeef
RVTEST_DATA_END
