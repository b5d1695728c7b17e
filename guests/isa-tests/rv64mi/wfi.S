// WFI resumes when an interrupt is pending and enabled in mie, even with mstatus.MIE = 0 (no trap then); with MIE = 1 the trap's mepc follows the wfi.
#include "riscv_test.h"
#include "priv_macros.h"

RVTEST_RV64M
RVTEST_CODE_BEGIN
  .option norvc
  PRIV_INIT

  // A pending software interrupt enabled in mie, MIE = 0: wfi falls through, nothing is taken (3.3.3).
  li TESTNUM, 2
  csrwi mie, 0
  csrci mstatus, MSTATUS_MIE
  CLINT_SET_MSIP(1)
  csrsi mie, MIP_MSIP
  wfi
  PRIV_CHECK_COUNT_M(0)
  CLINT_SET_MSIP(0)
  csrwi mie, 0

  // A timer interrupt 1 ms ahead, enabled in mie, MIE = 0: wfi waits for it and returns; MTIP is then set.
  li TESTNUM, 3
  li a0, -1
  CLINT_SET_MTIMECMP(a0)
  CLINT_READ_MTIME(a0)
  li t0, 10000
  add a0, a0, t0
  CLINT_SET_MTIMECMP(a0)
  li t0, MIP_MTIP
  csrs mie, t0
1:
  wfi
  csrr a1, mip
  andi a1, a1, MIP_MTIP
  beqz a1, 1b          // a wfi may also return early (it is a hint); wait again
  CLINT_READ_MTIME(a1)
  bltu a1, a0, fail
  PRIV_CHECK_COUNT_M(0)
  li a0, -1
  CLINT_SET_MTIMECMP(a0)
  csrwi mie, 0

  // With MIE = 1 the interrupt is taken when wfi resumes, with mepc at the instruction after the wfi (3.3.3).
  li TESTNUM, 4
  PRIV_RESET_M
  csrsi mstatus, MSTATUS_MIE
  li a0, -1
  CLINT_SET_MTIMECMP(a0)
  CLINT_READ_MTIME(a0)
  li t0, 10000
  add a0, a0, t0
  CLINT_SET_MTIMECMP(a0)
  li t0, MIP_MTIP
  csrs mie, t0
  wfi
after_wfi:
  csrci mstatus, MSTATUS_MIE
  PRIV_CHECK_COUNT_M(1)
  PRIV_LOAD_M(a0, TRAP_CAUSE)
  li a1, (1 << 63) | IRQ_M_TIMER
  bne a0, a1, fail
  PRIV_LOAD_M(a0, TRAP_EPC)
  la a1, after_wfi
  bne a0, a1, fail
  li a0, -1
  CLINT_SET_MTIMECMP(a0)

  j pass

  PRIV_PASSFAIL
  PRIV_HANDLERS

RVTEST_CODE_END

  .data
RVTEST_DATA_BEGIN
RVTEST_DATA_END
