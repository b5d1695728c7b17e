// mret: returns to the mode in MPP, sets MIE from MPIE, sets MPIE and makes MPP the least-privileged mode (U) (MPRV: see mret_mprv).
#include "riscv_test.h"
#include "priv_macros.h"

RVTEST_RV64M
RVTEST_CODE_BEGIN
  .option norvc
  PRIV_INIT

  // mret with MPP = M, MPIE = 1, MIE = 0: MIE becomes 1, MPIE stays 1, MPP becomes U (privileged spec 3.3.2).
  li TESTNUM, 2
  csrwi mie, 0
  li t0, MSTATUS_MPP | MSTATUS_MPIE
  csrs mstatus, t0
  csrci mstatus, MSTATUS_MIE
  la t0, 1f
  csrw mepc, t0
  mret
1:
  csrr a0, mstatus
  andi a1, a0, MSTATUS_MIE
  beqz a1, fail
  andi a1, a0, MSTATUS_MPIE
  beqz a1, fail
  li a2, MSTATUS_MPP
  and a1, a0, a2
  bnez a1, fail

  // mret with MPIE = 0: MIE becomes 0.
  li TESTNUM, 3
  li t0, MSTATUS_MPP
  csrs mstatus, t0
  li t0, MSTATUS_MPIE
  csrc mstatus, t0
  csrsi mstatus, MSTATUS_MIE
  la t0, 1f
  csrw mepc, t0
  mret
1:
  csrr a0, mstatus
  andi a1, a0, MSTATUS_MIE
  bnez a1, fail
  andi a1, a0, MSTATUS_MPIE
  beqz a1, fail

  // mret to S-mode: the ecall that follows comes from S (cause 9).
  li TESTNUM, 4
  PRIV_ENTER(PRV_S)
  PRIV_ARM_M_SKIP
  ecall
  PRIV_GOTO_M
  PRIV_CHECK_M(CAUSE_SUPERVISOR_ECALL)

  // mret to U-mode: cause 8.
  li TESTNUM, 5
  PRIV_ENTER(PRV_U)
  PRIV_ARM_M_SKIP
  ecall
  PRIV_GOTO_M
  PRIV_CHECK_M(CAUSE_USER_ECALL)

  j pass

  PRIV_PASSFAIL
  PRIV_HANDLERS

RVTEST_CODE_END

  .data
RVTEST_DATA_BEGIN
RVTEST_DATA_END
