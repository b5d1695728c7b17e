// mepc and sepc are IALIGN-aligned: with C (IALIGN = 16) bit 0 always reads 0, bit 1 is kept (privileged spec 3.1.14, 4.1.7).
#include "riscv_test.h"
#include "priv_macros.h"

RVTEST_RV64M
RVTEST_CODE_BEGIN
  .option norvc
  PRIV_INIT

  li TESTNUM, 2
  li t0, 0x80000003
  csrw mepc, t0
  csrr a0, mepc
  li a1, 0x80000002
  bne a0, a1, fail

  li TESTNUM, 3
  li t0, 0x80000003
  csrw sepc, t0
  csrr a0, sepc
  li a1, 0x80000002
  bne a0, a1, fail

  j pass

  PRIV_PASSFAIL
  PRIV_HANDLERS

RVTEST_CODE_END

  .data
RVTEST_DATA_BEGIN
RVTEST_DATA_END
