// ebreak with medeleg[3]: from S- and U-mode it lands in stvec with scause 3 and sepc at the instruction (stval: see rv64mi/sbreak_tval).
#include "riscv_test.h"
#include "priv_macros.h"

RVTEST_RV64M
RVTEST_CODE_BEGIN
  .option norvc
  PRIV_INIT
  li t0, 1 << CAUSE_BREAKPOINT
  csrw medeleg, t0

  li TESTNUM, 2
  PRIV_ENTER(PRV_S)
  PRIV_ARM_S_SKIP
s_brk:
  ebreak
  PRIV_GOTO_M
  PRIV_CHECK_S(CAUSE_BREAKPOINT)
  PRIV_LOAD_S(a0, TRAP_EPC)
  la a1, s_brk
  bne a0, a1, fail
  PRIV_LOAD_S(a0, TRAP_STATUS)
  andi a0, a0, SSTATUS_SPP
  beqz a0, fail

  li TESTNUM, 3
  PRIV_ENTER(PRV_U)
  PRIV_ARM_S_SKIP
  .option push
  .option rvc
u_brk:
  c.ebreak
  c.nop
  .option pop
  PRIV_GOTO_M
  PRIV_CHECK_S(CAUSE_BREAKPOINT)
  PRIV_LOAD_S(a0, TRAP_EPC)
  la a1, u_brk
  bne a0, a1, fail
  PRIV_LOAD_S(a0, TRAP_STATUS)
  andi a0, a0, SSTATUS_SPP
  bnez a0, fail
  PRIV_CHECK_COUNT_M(0)

  j pass

  PRIV_PASSFAIL
  PRIV_HANDLERS

RVTEST_CODE_END

  .data
RVTEST_DATA_BEGIN
RVTEST_DATA_END
