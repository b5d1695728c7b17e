// ecall with medeleg[8]: from U-mode it lands in stvec (scause 8, sepc at the ecall); from S-mode it still goes to M-mode (cause 9).
#include "riscv_test.h"
#include "priv_macros.h"

RVTEST_RV64M
RVTEST_CODE_BEGIN
  .option norvc
  PRIV_INIT
  li t0, 1 << CAUSE_USER_ECALL
  csrw medeleg, t0

  li TESTNUM, 2
  PRIV_ENTER(PRV_U)
  PRIV_ARM_S_SKIP
u_ecall:
  ecall
  PRIV_GOTO_M
  PRIV_CHECK_S(CAUSE_USER_ECALL)
  PRIV_LOAD_S(a0, TRAP_EPC)
  la a1, u_ecall
  bne a0, a1, fail
  PRIV_CHECK_COUNT_M(0)

  // S-mode ecall is not delegated here: M-mode, cause 9, MPP = S.
  li TESTNUM, 3
  PRIV_ENTER(PRV_S)
  PRIV_ARM_M_SKIP
s_ecall:
  ecall
  PRIV_GOTO_M
  PRIV_CHECK_M(CAUSE_SUPERVISOR_ECALL)
  PRIV_LOAD_M(a0, TRAP_EPC)
  la a1, s_ecall
  bne a0, a1, fail
  PRIV_LOAD_M(a0, TRAP_STATUS)
  li a1, MSTATUS_MPP
  and a0, a0, a1
  li a1, PRV_S << 11
  bne a0, a1, fail

  // The S-mode handler can return to U-mode past the ecall (sepc + 4), and U-mode continues.
  li TESTNUM, 4
  li a3, 0
  PRIV_ENTER(PRV_U)
  PRIV_ARM_S_SKIP
  ecall
  li a3, 1
  PRIV_GOTO_M
  li a4, 1
  bne a3, a4, fail

  j pass

  PRIV_PASSFAIL
  PRIV_HANDLERS

RVTEST_CODE_END

  .data
RVTEST_DATA_BEGIN
RVTEST_DATA_END
