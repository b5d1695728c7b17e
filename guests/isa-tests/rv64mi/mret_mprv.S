// mret to a mode below M clears mstatus.MPRV; mret to M-mode leaves it (privileged spec 1.12, 3.1.6.3).
#include "riscv_test.h"
#include "priv_macros.h"

RVTEST_RV64M
RVTEST_CODE_BEGIN
  .option norvc
  PRIV_INIT

  // mret to a mode below M clears MPRV (privileged spec 1.12, 3.1.6.3).
  li TESTNUM, 2
  li t0, MSTATUS_MPRV
  csrs mstatus, t0
  PRIV_ENTER(PRV_U)
  PRIV_GOTO_M
  csrr a0, mstatus
  li t0, MSTATUS_MPRV
  and a0, a0, t0
  bnez a0, fail

  // mret to M-mode leaves MPRV alone.
  li TESTNUM, 3
  li t0, MSTATUS_MPRV
  csrs mstatus, t0
  PRIV_ENTER(PRV_M)
  csrr a0, mstatus
  li t0, MSTATUS_MPRV
  and a1, a0, t0
  beqz a1, fail
  csrc mstatus, t0

  j pass

  PRIV_PASSFAIL
  PRIV_HANDLERS

RVTEST_CODE_END

  .data
RVTEST_DATA_BEGIN
RVTEST_DATA_END
