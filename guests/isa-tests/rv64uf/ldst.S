// ldst.S: flw and fsw: loads NaN-box the word and never canonicalize it, stores write the low 32 bits whether or not
// the register holds a NaN-boxed value (RISC-V unprivileged spec 11.5, 12.2).
#include "riscv_test.h"
#include "test_macros.h"
#include "test_macros_fp.h"

RVTEST_RV64UF
RVTEST_CODE_BEGIN
  la x1, tdat

  // Loads: the result is NaN-boxed; a signalling NaN arrives unchanged.
  TEST_CASE(2, x14, 0xffffffff40000000, flw f1, 0(x1); fmv.x.d x14, f1)
  TEST_CASE(3, x14, 0xffffffffbf800000, flw f2, 4(x1); fmv.x.d x14, f2)
  TEST_CASE(4, x14, 0xffffffff7f800001, flw f3, 8(x1); fmv.x.d x14, f3)
  TEST_CASE(5, x14, 0xffffffffbf800000, addi x2, x1, 12; flw f4, -8(x2); fmv.x.d x14, f4)

  // Stores: the low 32 bits, boxed or not; neighbouring words untouched.
  TEST_CASE(6, x14, 0x40000000, fsw f1, 16(x1); lwu x14, 16(x1))
  TEST_CASE(7, x14, 0x7f800001, fsw f3, 20(x1); lwu x14, 20(x1))
  TEST_CASE(8, x14, 0x9abcdef0, li x11, 0x123456789abcdef0; fmv.d.x f5, x11; fsw f5, 24(x1); lwu x14, 24(x1))
  TEST_CASE(9, x14, 0x55555555, lwu x14, 28(x1))
  TEST_CASE(10, x14, 0xffffffff9abcdef0, flw f6, 24(x1); fmv.x.d x14, f6)
  TEST_CASE(11, x14, 0xbf800000, addi x2, x1, 40; fsw f2, -8(x2); lwu x14, 32(x1))

  // A loaded value is usable by arithmetic: 2 + -1 = 1.
  TEST_CASE(12, x14, 0xffffffff3f800000, flw f7, 0(x1); flw f8, 4(x1); fadd.s f9, f7, f8; fmv.x.d x14, f9)

  TEST_PASSFAIL

RVTEST_CODE_END

  .data
RVTEST_DATA_BEGIN
  .align 3
tdat:
  .word 0x40000000
  .word 0xbf800000
  .word 0x7f800001
  .word 0x00000000
  .word 0xdeadbeef
  .word 0xdeadbeef
  .word 0xdeadbeef
  .word 0x55555555
  .word 0xdeadbeef
  .word 0x55555555
RVTEST_DATA_END
