// sret: returns to the mode in SPP, sets SIE from SPIE, sets SPIE, makes SPP = U; the M-mode view sees the same.
#include "riscv_test.h"
#include "priv_macros.h"

RVTEST_RV64M
RVTEST_CODE_BEGIN
  .option norvc
  PRIV_INIT
  csrwi mie, 0

  // SPP = S, SPIE = 1, SIE = 0: sret lands in S-mode with SIE = 1, SPIE = 1, SPP = U (privileged spec 4.1.1).
  li TESTNUM, 2
  PRIV_ENTER(PRV_S)
  li t0, SSTATUS_SPP | SSTATUS_SPIE
  csrs sstatus, t0
  csrci sstatus, SSTATUS_SIE
  la t0, 1f
  csrw sepc, t0
  sret
1:
  csrr a0, sstatus        // would trap in U-mode
  andi a1, a0, SSTATUS_SIE
  beqz a1, fail
  andi a1, a0, SSTATUS_SPIE
  beqz a1, fail
  andi a1, a0, SSTATUS_SPP
  bnez a1, fail

  // SPIE = 0: SIE becomes 0.
  li TESTNUM, 3
  li t0, SSTATUS_SPP
  csrs sstatus, t0
  li t0, SSTATUS_SPIE
  csrc sstatus, t0
  la t0, 1f
  csrw sepc, t0
  sret
1:
  csrr a0, sstatus
  andi a1, a0, SSTATUS_SIE
  bnez a1, fail
  andi a1, a0, SSTATUS_SPIE
  beqz a1, fail

  // SPP = U: sret lands in U-mode, where reading sstatus is illegal (taken to M-mode, MPP = U).
  li TESTNUM, 4
  li t0, SSTATUS_SPP
  csrc sstatus, t0
  la t0, 1f
  csrw sepc, t0
  sret
1:
  PRIV_ARM_M_SKIP
  csrr a0, sstatus
  PRIV_GOTO_M
  PRIV_CHECK_M(CAUSE_ILLEGAL_INSTRUCTION)
  PRIV_LOAD_M(a0, TRAP_STATUS)
  li a1, MSTATUS_MPP
  and a0, a0, a1
  bnez a0, fail

  // sret is legal in M-mode too (TSR = 0) and returns to the mode in SPP.
  li TESTNUM, 5
  li t0, SSTATUS_SPP
  csrs mstatus, t0
  la t0, 1f
  csrw sepc, t0
  sret
1:
  PRIV_ARM_M_SKIP
  ecall
  PRIV_GOTO_M
  PRIV_CHECK_M(CAUSE_SUPERVISOR_ECALL)

  j pass

  PRIV_PASSFAIL
  PRIV_HANDLERS

RVTEST_CODE_END

  .data
RVTEST_DATA_BEGIN
RVTEST_DATA_END
