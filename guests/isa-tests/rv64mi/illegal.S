// Illegal instructions trap with cause 2, mepc at the instruction and mtval holding its bits (32- and 16-bit); privileged instructions trap from lower modes.
#include "riscv_test.h"
#include "priv_macros.h"

RVTEST_RV64M
RVTEST_CODE_BEGIN
  .option norvc
  PRIV_INIT

  // A reserved major opcode (0b1101011): cause 2, mepc = its address, mtval = its bits (privileged spec 3.1.16).
  li TESTNUM, 2
  PRIV_ARM_M_SKIP
bad_opcode:
  .word 0x0000506b
  la a0, bad_opcode
  lwu a1, 0(a0)
  PRIV_CHECK_M_TVAL(CAUSE_ILLEGAL_INSTRUCTION, a1)
  PRIV_LOAD_M(a2, TRAP_EPC)
  bne a2, a0, fail

  // unimp (csrrw x0, cycle, x0: a write to a read-only CSR).
  li TESTNUM, 3
  PRIV_ARM_M_SKIP
bad_unimp:
  unimp
  la a0, bad_unimp
  lwu a1, 0(a0)
  PRIV_CHECK_M_TVAL(CAUSE_ILLEGAL_INSTRUCTION, a1)

  // A 16-bit reserved encoding, C.LWSP with rd = x0: mtval holds the 16 bits, zero-extended, and the handler
  // skips 2 bytes.
  li TESTNUM, 4
  PRIV_ARM_M_SKIP
bad_compressed:
  .half 0x4002
  .half 0x0001    // c.nop, so that the skip lands on an instruction boundary
  li a1, 0x4002
  PRIV_CHECK_M_TVAL(CAUSE_ILLEGAL_INSTRUCTION, a1)
  la a0, bad_compressed
  PRIV_LOAD_M(a2, TRAP_EPC)
  bne a2, a0, fail

  // The all-zeros half-word is defined to be illegal (unprivileged spec 16.1).
  li TESTNUM, 5
  PRIV_ARM_M(after_zero)
bad_zero:
  .half 0x0000
  .half 0x0000
after_zero:
  PRIV_CHECK_M(CAUSE_ILLEGAL_INSTRUCTION)
  la a0, bad_zero
  PRIV_LOAD_M(a2, TRAP_EPC)
  bne a2, a0, fail

  // mret and sret from U-mode, and an M-mode CSR read from U-mode, are illegal; mret from S-mode too.
  li TESTNUM, 6
  PRIV_ENTER(PRV_U)
  PRIV_ARM_M_SKIP
u_mret:
  mret
  PRIV_CHECK_M(CAUSE_ILLEGAL_INSTRUCTION)
  PRIV_ARM_M_SKIP
  sret
  PRIV_CHECK_M(CAUSE_ILLEGAL_INSTRUCTION)
  PRIV_ARM_M_SKIP
  csrr a0, mstatus
  PRIV_CHECK_M(CAUSE_ILLEGAL_INSTRUCTION)
  PRIV_GOTO_M
  // The trap came from U-mode: MPP = 0.
  PRIV_LOAD_M(a0, TRAP_STATUS)
  li a1, MSTATUS_MPP
  and a0, a0, a1
  bnez a0, fail

  li TESTNUM, 7
  PRIV_ENTER(PRV_S)
  PRIV_ARM_M_SKIP
  mret
  PRIV_CHECK_M(CAUSE_ILLEGAL_INSTRUCTION)
  PRIV_GOTO_M

  j pass

  PRIV_PASSFAIL
  PRIV_HANDLERS

RVTEST_CODE_END

  .data
RVTEST_DATA_BEGIN
RVTEST_DATA_END
