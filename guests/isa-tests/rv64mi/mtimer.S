// Machine timer interrupt: mip.MTIP follows mtime >= mtimecmp, is read-only in mip, and traps with cause interrupt | 7 when enabled.
#include "riscv_test.h"
#include "priv_macros.h"

RVTEST_RV64M
RVTEST_CODE_BEGIN
  .option norvc
  PRIV_INIT

  // mtimecmp = all ones: MTIP clear.
  li TESTNUM, 2
  csrwi mie, 0
  li a0, -1
  CLINT_SET_MTIMECMP(a0)
  csrr a0, mip
  andi a0, a0, MIP_MTIP
  bnez a0, fail

  // mtimecmp = mtime + 1000 ticks (0.1 ms at 10 MHz): MTIP rises once mtime reaches it.
  li TESTNUM, 3
  CLINT_READ_MTIME(a0)
  li t0, 1000
  add a0, a0, t0
  CLINT_SET_MTIMECMP(a0)
  PRIV_WAIT_CSR_BITS(mip, MIP_MTIP, 100000000)
  CLINT_READ_MTIME(a1)
  bltu a1, a0, fail

  // Enabled in mie with MIE = 1: taken, cause = interrupt | 7.
  li TESTNUM, 4
  csrsi mstatus, MSTATUS_MIE
  li t0, MIP_MTIP
  csrs mie, t0
  nop
  csrci mstatus, MSTATUS_MIE
  PRIV_CHECK_COUNT_M(1)
  PRIV_LOAD_M(a0, TRAP_CAUSE)
  li a1, (1 << 63) | IRQ_M_TIMER
  bne a0, a1, fail

  // MTIP is read-only in mip: csrc does not clear it; writing mtimecmp above mtime does.
  li TESTNUM, 5
  li t0, MIP_MTIP
  csrc mip, t0
  csrr a0, mip
  andi a0, a0, MIP_MTIP
  beqz a0, fail
  li a0, -1
  CLINT_SET_MTIMECMP(a0)
  csrr a0, mip
  andi a0, a0, MIP_MTIP
  bnez a0, fail

  // mtimecmp = 0 (always in the past): MTIP set at once.
  li TESTNUM, 6
  CLINT_SET_MTIMECMP(zero)
  PRIV_WAIT_CSR_BITS(mip, MIP_MTIP, 1000)
  li a0, -1
  CLINT_SET_MTIMECMP(a0)

  // mtimecmp reads back what was written.
  li TESTNUM, 7
  li a0, 0x123456789abc
  CLINT_SET_MTIMECMP(a0)
  li t0, CLINT_MTIMECMP
  ld a1, 0(t0)
  bne a0, a1, fail
  li a0, -1
  CLINT_SET_MTIMECMP(a0)

  // mtime advances.
  li TESTNUM, 8
  CLINT_READ_MTIME(a0)
  li t1, 10000000
1:
  CLINT_READ_MTIME(a1)
  bne a1, a0, 2f
  addi t1, t1, -1
  bnez t1, 1b
  j fail
2:
  bltu a1, a0, fail

  j pass

  PRIV_PASSFAIL
  PRIV_HANDLERS

RVTEST_CODE_END

  .data
RVTEST_DATA_BEGIN
RVTEST_DATA_END
