// ebreak and c.ebreak raise a breakpoint exception (cause 3) with mepc = the instruction's address (mtval: see sbreak_tval).
#include "riscv_test.h"
#include "priv_macros.h"

RVTEST_RV64M
RVTEST_CODE_BEGIN
  .option norvc
  PRIV_INIT

  // ebreak: cause 3, mepc = its address (privileged spec 3.3.1).
  li TESTNUM, 2
  la a0, brk32
  PRIV_ARM_M_SKIP
brk32:
  ebreak
  PRIV_CHECK_M(CAUSE_BREAKPOINT)
  PRIV_LOAD_M(a1, TRAP_EPC)
  bne a1, a0, fail

  // c.ebreak: the same, and the handler's 2-byte skip lands on the next instruction.
  li TESTNUM, 3
  la a0, brk16
  li a2, 0
  PRIV_ARM_M_SKIP
  .option push
  .option rvc
brk16:
  c.ebreak
  c.li a2, 1
  .option pop
  PRIV_CHECK_M(CAUSE_BREAKPOINT)
  li a3, 1
  bne a2, a3, fail
  PRIV_LOAD_M(a1, TRAP_EPC)
  bne a1, a0, fail

  // From U-mode it still goes to M-mode when not delegated: MPP = U.
  li TESTNUM, 4
  PRIV_ENTER(PRV_U)
  PRIV_ARM_M_SKIP
  ebreak
  PRIV_GOTO_M
  PRIV_CHECK_M(CAUSE_BREAKPOINT)
  PRIV_LOAD_M(a0, TRAP_STATUS)
  li a1, MSTATUS_MPP
  and a0, a0, a1
  bnez a0, fail

  j pass

  PRIV_PASSFAIL
  PRIV_HANDLERS

RVTEST_CODE_END

  .data
RVTEST_DATA_BEGIN
RVTEST_DATA_END
