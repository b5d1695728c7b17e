// Sstc: with menvcfg.STCE = 1, stimecmp (CSR 0x14d) drives mip.STIP (set while time >= stimecmp, cleared by a larger write) and raises S timer interrupts; without STCE or mcounteren.TM it is illegal in S-mode.
#include "riscv_test.h"
#include "priv_macros.h"

RVTEST_RV64M
RVTEST_CODE_BEGIN
  .option norvc
  PRIV_INIT
  csrwi mie, 0
  csrwi mideleg, 0

  // STCE = 0: stimecmp is illegal in S-mode (Sstc, menvcfg.STCE).
  li TESTNUM, 2
  csrwi CSR_MENVCFG, 0
  csrwi mcounteren, COUNTEREN_TM
  PRIV_ENTER(PRV_S)
  PRIV_ARM_M_SKIP
  csrr a0, CSR_STIMECMP
  PRIV_CHECK_M(CAUSE_ILLEGAL_INSTRUCTION)
  PRIV_GOTO_M

  // STCE = 1 and mcounteren.TM = 1: S-mode reads back what it writes.
  li TESTNUM, 3
  li t0, MENVCFG_STCE
  csrs CSR_MENVCFG, t0
  csrr a0, CSR_MENVCFG
  bgez a0, fail
  PRIV_ENTER(PRV_S)
  li a0, -1
  csrw CSR_STIMECMP, a0
  csrr a1, CSR_STIMECMP
  bne a0, a1, fail
  PRIV_GOTO_M

  // stimecmp far ahead: STIP clear; mtime + 1000 ticks: STIP rises once time reaches it (Sstc: STIP = time >= stimecmp).
  li TESTNUM, 4
  csrr a0, mip
  andi a0, a0, MIP_STIP
  bnez a0, fail
  CLINT_READ_MTIME(a0)
  li t0, 1000
  add a0, a0, t0
  csrw CSR_STIMECMP, a0
  PRIV_WAIT_CSR_BITS(mip, MIP_STIP, 100000000)
  CLINT_READ_MTIME(a1)
  bltu a1, a0, fail

  // With STCE = 1, mip.STIP is read-only: csrc from M-mode does not clear it; a larger stimecmp does.
  li TESTNUM, 5
  li t0, MIP_STIP
  csrc mip, t0
  csrr a0, mip
  andi a0, a0, MIP_STIP
  beqz a0, fail
  PRIV_ENTER(PRV_S)
  li a0, -1
  csrw CSR_STIMECMP, a0
  PRIV_GOTO_M
  csrr a0, mip
  andi a0, a0, MIP_STIP
  bnez a0, fail

  // Delegated and enabled: stimecmp = 0 raises a supervisor timer interrupt in S-mode (scause = interrupt | 5).
  li TESTNUM, 6
  li t0, MIP_STIP
  csrw mideleg, t0
  PRIV_ENTER(PRV_S)
  li t0, MIP_STIP
  csrs sie, t0
  csrsi sstatus, SSTATUS_SIE
  csrw CSR_STIMECMP, zero
  PRIV_WAIT_CSR_BITS(sip, MIP_STIP, 1000)
  // (the interrupt is taken as soon as STIP is seen; the handler then turned sie.STIE off)
  csrci sstatus, SSTATUS_SIE
  PRIV_CHECK_COUNT_S(1)
  PRIV_LOAD_S(a0, TRAP_CAUSE)
  li a1, (1 << 63) | IRQ_S_TIMER
  bne a0, a1, fail
  li a0, -1
  csrw CSR_STIMECMP, a0
  PRIV_GOTO_M
  csrwi mideleg, 0

  // mcounteren.TM = 0: stimecmp is illegal in S-mode even with STCE = 1.
  li TESTNUM, 7
  csrwi mcounteren, 0
  PRIV_ENTER(PRV_S)
  PRIV_ARM_M_SKIP
  csrw CSR_STIMECMP, zero
  PRIV_CHECK_M(CAUSE_ILLEGAL_INSTRUCTION)
  PRIV_GOTO_M
  csrwi CSR_MENVCFG, 0

  j pass

  PRIV_PASSFAIL
  PRIV_HANDLERS

RVTEST_CODE_END

  .data
RVTEST_DATA_BEGIN
RVTEST_DATA_END
