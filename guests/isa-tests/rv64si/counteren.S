// mcounteren and scounteren gate cycle, time and instret per counter: S-mode needs the mcounteren bit, U-mode both bits (privileged spec 3.1.11, 4.1.5).
#include "riscv_test.h"
#include "priv_macros.h"

// `insn` must trap to M-mode as an illegal instruction.
#define CHECK_ILLEGAL(insn...) \
  PRIV_ARM_M_SKIP; \
  insn; \
  PRIV_CHECK_M(CAUSE_ILLEGAL_INSTRUCTION)

RVTEST_RV64M
RVTEST_CODE_BEGIN
  .option norvc
  PRIV_INIT

  // mcounteren = 0: S-mode cannot read cycle or instret.
  li TESTNUM, 2
  csrwi mcounteren, 0
  csrwi scounteren, 0
  PRIV_ENTER(PRV_S)
  CHECK_ILLEGAL(rdcycle a0)
  CHECK_ILLEGAL(rdinstret a0)
  PRIV_GOTO_M

  // mcounteren.CY only: cycle readable in S-mode, instret not.
  li TESTNUM, 3
  csrwi mcounteren, COUNTEREN_CY
  PRIV_ENTER(PRV_S)
  rdcycle a0
  CHECK_ILLEGAL(rdinstret a0)
  PRIV_GOTO_M

  // mcounteren = CY | IR, scounteren = 0: S-mode reads both, U-mode neither.
  li TESTNUM, 4
  csrwi mcounteren, COUNTEREN_CY | COUNTEREN_IR
  PRIV_ENTER(PRV_S)
  rdcycle a0
  rdinstret a0
  PRIV_GOTO_M
  PRIV_ENTER(PRV_U)
  CHECK_ILLEGAL(rdcycle a0)
  CHECK_ILLEGAL(rdinstret a0)
  PRIV_GOTO_M

  // scounteren = CY | IR too: U-mode reads both; the values advance.
  li TESTNUM, 5
  csrwi scounteren, COUNTEREN_CY | COUNTEREN_IR
  PRIV_ENTER(PRV_U)
  rdinstret a0
  rdinstret a1
  bleu a1, a0, fail
  rdcycle a0
  PRIV_GOTO_M

  // scounteren set but mcounteren clear: U-mode is still refused.
  li TESTNUM, 6
  csrwi mcounteren, 0
  PRIV_ENTER(PRV_U)
  CHECK_ILLEGAL(rdcycle a0)
  PRIV_GOTO_M

  // time follows the TM bits the same way (last, since some machines have no time CSR at all).
  li TESTNUM, 7
  csrwi mcounteren, 0
  csrwi scounteren, 0
  PRIV_ENTER(PRV_S)
  CHECK_ILLEGAL(rdtime a0)
  PRIV_GOTO_M
  li TESTNUM, 8
  csrwi mcounteren, COUNTEREN_TM
  PRIV_ENTER(PRV_S)
  rdtime a0
  PRIV_GOTO_M
  PRIV_ENTER(PRV_U)
  CHECK_ILLEGAL(rdtime a0)
  PRIV_GOTO_M
  csrwi scounteren, COUNTEREN_TM
  PRIV_ENTER(PRV_U)
  rdtime a0
  PRIV_GOTO_M

  j pass

  PRIV_PASSFAIL
  PRIV_HANDLERS

RVTEST_CODE_END

  .data
RVTEST_DATA_BEGIN
RVTEST_DATA_END
