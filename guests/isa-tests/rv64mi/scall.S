// ecall raises cause 8, 9 or 11 from U-, S- or M-mode, with mepc at the ecall and mtval = 0, and records the mode in MPP.
#include "riscv_test.h"
#include "priv_macros.h"

// Check that the last M-mode trap was an ecall with this cause at address `label`, mtval 0, MPP = prv.
#define CHECK_ECALL(cause, label, prv) \
  PRIV_CHECK_M(cause) \
  PRIV_LOAD_M(a1, TRAP_EPC) \
  la a2, label; \
  bne a1, a2, fail; \
  PRIV_LOAD_M(a1, TRAP_TVAL) \
  bnez a1, fail; \
  PRIV_LOAD_M(a1, TRAP_STATUS) \
  li a2, MSTATUS_MPP; \
  and a1, a1, a2; \
  li a2, (prv) << 11; \
  bne a1, a2, fail;

RVTEST_RV64M
RVTEST_CODE_BEGIN
  .option norvc
  PRIV_INIT

  li TESTNUM, 2
  PRIV_ARM_M_SKIP
m_ecall:
  ecall
  CHECK_ECALL(CAUSE_MACHINE_ECALL, m_ecall, PRV_M)

  li TESTNUM, 3
  PRIV_ENTER(PRV_S)
  PRIV_ARM_M_SKIP
s_ecall:
  ecall
  PRIV_GOTO_M
  CHECK_ECALL(CAUSE_SUPERVISOR_ECALL, s_ecall, PRV_S)

  li TESTNUM, 4
  PRIV_ENTER(PRV_U)
  PRIV_ARM_M_SKIP
u_ecall:
  ecall
  PRIV_GOTO_M
  CHECK_ECALL(CAUSE_USER_ECALL, u_ecall, PRV_U)

  // The trap cleared MIE and saved it in MPIE; mret put it back (privileged spec 3.1.6.1).
  li TESTNUM, 5
  csrsi mstatus, MSTATUS_MIE
  PRIV_ARM_M_SKIP
  ecall
  csrr a0, mstatus
  andi a0, a0, MSTATUS_MIE
  beqz a0, fail
  PRIV_LOAD_M(a0, TRAP_STATUS)
  andi a1, a0, MSTATUS_MIE
  bnez a1, fail
  andi a1, a0, MSTATUS_MPIE
  beqz a1, fail
  csrci mstatus, MSTATUS_MIE

  j pass

  PRIV_PASSFAIL
  PRIV_HANDLERS

RVTEST_CODE_END

  .data
RVTEST_DATA_BEGIN
RVTEST_DATA_END
