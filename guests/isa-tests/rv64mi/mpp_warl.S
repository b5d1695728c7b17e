// mstatus.MPP is WARL and holds only implemented modes: writing the reserved value 2 leaves a legal mode (privileged spec 3.1.6.2).
#include "riscv_test.h"
#include "priv_macros.h"

RVTEST_RV64M
RVTEST_CODE_BEGIN
  .option norvc
  PRIV_INIT

  // MPP holds only legal modes: writing 2 (reserved) leaves a legal value (WARL, 3.1.6.2).
  li TESTNUM, 2
  li t0, MSTATUS_MPP
  csrc mstatus, t0
  li t1, 2 << 11
  csrs mstatus, t1
  csrr a0, mstatus
  and a0, a0, t0
  li t1, 2 << 11
  beq a0, t1, fail

  // mret with whatever MPP now holds lands in a legal mode and runs (a trap would fail the test).
  li TESTNUM, 3
  la t0, 1f
  csrw mepc, t0
  mret
1:
  PRIV_GOTO_M

  j pass

  PRIV_PASSFAIL
  PRIV_HANDLERS

RVTEST_CODE_END

  .data
RVTEST_DATA_BEGIN
RVTEST_DATA_END
