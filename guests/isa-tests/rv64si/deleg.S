// Trap delegation (medeleg/mideleg): delegated exceptions from U and S land in stvec with scause/sepc/stval and SPP/SPIE; traps from M never go to S; delegated interrupts obey SIE.
#include "riscv_test.h"
#include "priv_macros.h"

RVTEST_RV64M
RVTEST_CODE_BEGIN
  .option norvc
  PRIV_INIT
  csrwi mie, 0

  // An ecall from U-mode with medeleg[8] set goes to stvec: scause 8, sepc at the ecall, stval 0, SPP = U, and
  // SPIE = the SIE it had (privileged spec 3.1.8, 4.1.1).
  li TESTNUM, 2
  li t0, 1 << CAUSE_USER_ECALL
  csrw medeleg, t0
  csrsi mstatus, MSTATUS_SIE
  PRIV_ENTER(PRV_U)
  PRIV_ARM_S_SKIP
u_ecall:
  ecall
  PRIV_GOTO_M
  PRIV_CHECK_COUNT_M(0)
  PRIV_CHECK_S(CAUSE_USER_ECALL)
  PRIV_LOAD_S(a0, TRAP_EPC)
  la a1, u_ecall
  bne a0, a1, fail
  PRIV_LOAD_S(a0, TRAP_TVAL)
  bnez a0, fail
  PRIV_LOAD_S(a0, TRAP_STATUS)
  andi a1, a0, SSTATUS_SPP
  bnez a1, fail
  andi a1, a0, SSTATUS_SPIE
  beqz a1, fail
  andi a1, a0, SSTATUS_SIE
  bnez a1, fail
  csrci mstatus, MSTATUS_SIE

  // An exception that is not delegated (illegal instruction, medeleg[2] = 0) still goes to M-mode.
  li TESTNUM, 3
  PRIV_RESET_S
  PRIV_ENTER(PRV_U)
  PRIV_ARM_M_SKIP
  csrr a0, sstatus
  PRIV_GOTO_M
  PRIV_CHECK_M(CAUSE_ILLEGAL_INSTRUCTION)
  PRIV_CHECK_COUNT_S(0)

  // Delegated illegal instruction from S-mode: taken in S-mode (same privilege), SPP = S, stval = the bits.
  li TESTNUM, 4
  li t0, 1 << CAUSE_ILLEGAL_INSTRUCTION
  csrs medeleg, t0
  PRIV_ENTER(PRV_S)
  PRIV_ARM_S_SKIP
s_illegal:
  .word 0x0000506b
  PRIV_GOTO_M
  li a2, 0x0000506b
  PRIV_CHECK_S_TVAL(CAUSE_ILLEGAL_INSTRUCTION, a2)
  PRIV_LOAD_S(a0, TRAP_STATUS)
  andi a1, a0, SSTATUS_SPP
  beqz a1, fail
  PRIV_LOAD_S(a0, TRAP_EPC)
  la a1, s_illegal
  bne a0, a1, fail

  // A trap in M-mode is never delegated (3.1.8).
  li TESTNUM, 5
  PRIV_RESET_S
  PRIV_ARM_M_SKIP
  .word 0x0000506b
  PRIV_CHECK_M(CAUSE_ILLEGAL_INSTRUCTION)
  PRIV_CHECK_COUNT_S(0)
  csrwi medeleg, 0

  // A delegated supervisor software interrupt, pending in S-mode with SIE = 0: not taken; SIE = 1: taken in S-mode,
  // scause = interrupt | 1.
  li TESTNUM, 6
  PRIV_RESET_M
  csrwi mideleg, MIP_SSIP
  PRIV_ENTER(PRV_S)
  csrsi sie, MIP_SSIP
  csrsi sip, MIP_SSIP
  nop
  PRIV_CHECK_COUNT_S(0)
  csrsi sstatus, SSTATUS_SIE
s_interrupted:
  csrci sstatus, SSTATUS_SIE
  PRIV_CHECK_COUNT_S(1)
  PRIV_LOAD_S(a0, TRAP_CAUSE)
  li a1, (1 << 63) | IRQ_S_SOFT
  bne a0, a1, fail
  PRIV_LOAD_S(a0, TRAP_EPC)
  la a1, s_interrupted
  bne a0, a1, fail
  PRIV_GOTO_M
  PRIV_CHECK_COUNT_M(0)

  // In U-mode a delegated S-level interrupt is taken whatever SIE says (3.1.6.1).
  li TESTNUM, 7
  PRIV_RESET_S
  csrsi mie, MIP_SSIP
  csrci mstatus, MSTATUS_SIE
  PRIV_ENTER(PRV_U)
  nop
  PRIV_GOTO_M
  PRIV_CHECK_COUNT_S(1)
  PRIV_LOAD_S(a0, TRAP_STATUS)
  andi a1, a0, SSTATUS_SPP
  bnez a1, fail

  // In M-mode a delegated interrupt is never taken, even with MIE = 1.
  li TESTNUM, 8
  PRIV_RESET_S
  PRIV_RESET_M
  csrsi mie, MIP_SSIP
  csrsi mstatus, MSTATUS_MIE | MSTATUS_SIE
  nop
  nop
  csrci mstatus, MSTATUS_MIE | MSTATUS_SIE
  PRIV_CHECK_COUNT_M(0)
  PRIV_CHECK_COUNT_S(0)
  csrci mip, MIP_SSIP
  csrwi mie, 0
  csrwi mideleg, 0

  // An S-level interrupt that is not delegated goes to M-mode, even from S-mode with SIE = 0.
  li TESTNUM, 9
  PRIV_RESET_M
  csrsi mie, MIP_SSIP
  csrsi mip, MIP_SSIP
  PRIV_ENTER(PRV_S)
  nop
  PRIV_GOTO_M
  csrci mip, MIP_SSIP
  PRIV_CHECK_COUNT_M(1)
  PRIV_LOAD_M(a0, TRAP_CAUSE)
  li a1, (1 << 63) | IRQ_S_SOFT
  bne a0, a1, fail

  j pass

  PRIV_PASSFAIL
  PRIV_HANDLERS

RVTEST_CODE_END

  .data
RVTEST_DATA_BEGIN
RVTEST_DATA_END
