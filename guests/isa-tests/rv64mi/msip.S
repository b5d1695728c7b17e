// Machine software interrupt through the CLINT's msip: pending in mip.MSIP, taken only when mie.MSIE and (in M-mode) mstatus.MIE allow, always from lower modes.
#include "riscv_test.h"
#include "priv_macros.h"

RVTEST_RV64M
RVTEST_CODE_BEGIN
  .option norvc
  PRIV_INIT

  // Nothing pending at start.
  li TESTNUM, 2
  csrwi mie, 0
  CLINT_SET_MSIP(0)
  csrr a0, mip
  andi a0, a0, MIP_MSIP
  bnez a0, fail

  // msip = 1 makes mip.MSIP read 1; with mie = 0 nothing is taken.
  li TESTNUM, 3
  CLINT_SET_MSIP(1)
  PRIV_WAIT_CSR_BITS(mip, MIP_MSIP, 1000)
  li t0, CLINT_MSIP
  lw a0, 0(t0)
  li a1, 1
  bne a0, a1, fail

  // mie.MSIE = 1 but mstatus.MIE = 0 in M-mode: still not taken (privileged spec 3.1.6.1).
  li TESTNUM, 4
  csrsi mie, MIP_MSIP
  nop
  nop
  PRIV_CHECK_COUNT_M(0)

  // Setting mstatus.MIE takes it before the next instruction: mcause = interrupt | 3, mepc = that instruction.
  li TESTNUM, 5
  csrsi mstatus, MSTATUS_MIE
taken_here:
  csrci mstatus, MSTATUS_MIE
  PRIV_CHECK_COUNT_M(1)
  PRIV_LOAD_M(a0, TRAP_CAUSE)
  li a1, (1 << 63) | IRQ_M_SOFT
  bne a0, a1, fail
  PRIV_LOAD_M(a0, TRAP_EPC)
  la a1, taken_here
  bne a0, a1, fail
  // In the handler MIE was 0, MPIE 1 and MPP M.
  PRIV_LOAD_M(a0, TRAP_STATUS)
  andi a1, a0, MSTATUS_MIE
  bnez a1, fail
  andi a1, a0, MSTATUS_MPIE
  beqz a1, fail
  li a2, MSTATUS_MPP
  and a1, a0, a2
  bne a1, a2, fail

  // mip.MSIP is read-only: csrc does not clear it; only the CLINT does.
  li TESTNUM, 6
  csrci mip, MIP_MSIP
  csrr a0, mip
  andi a0, a0, MIP_MSIP
  beqz a0, fail
  CLINT_SET_MSIP(0)
  csrr a0, mip
  andi a0, a0, MIP_MSIP
  bnez a0, fail

  // msip has one bit: writing all ones reads back 1.
  li TESTNUM, 7
  CLINT_SET_MSIP(-1)
  li t0, CLINT_MSIP
  lw a0, 0(t0)
  li a1, 1
  bne a0, a1, fail

  // In U-mode, M-mode interrupts are enabled whatever mstatus.MIE says: the pending MSI is taken at once, MPP = U.
  li TESTNUM, 8
  PRIV_RESET_M
  csrci mstatus, MSTATUS_MIE
  csrsi mie, MIP_MSIP
  PRIV_ENTER(PRV_U)
  nop
  PRIV_GOTO_M
  CLINT_SET_MSIP(0)
  PRIV_CHECK_COUNT_M(1)
  PRIV_LOAD_M(a0, TRAP_CAUSE)
  li a1, (1 << 63) | IRQ_M_SOFT
  bne a0, a1, fail
  PRIV_LOAD_M(a0, TRAP_STATUS)
  li a2, MSTATUS_MPP
  and a1, a0, a2
  bnez a1, fail

  j pass

  PRIV_PASSFAIL
  PRIV_HANDLERS

RVTEST_CODE_END

  .data
RVTEST_DATA_BEGIN
RVTEST_DATA_END
