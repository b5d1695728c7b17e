// ebreak and c.ebreak write their own address to mtval (and stval when delegated), as Tabvisor and Spike do (privileged spec 3.1.16 allows this or 0).
#include "riscv_test.h"
#include "priv_macros.h"

RVTEST_RV64M
RVTEST_CODE_BEGIN
  .option norvc
  PRIV_INIT

  li TESTNUM, 2
  la a0, brk32
  PRIV_ARM_M_SKIP
brk32:
  ebreak
  PRIV_CHECK_M_TVAL(CAUSE_BREAKPOINT, a0)

  li TESTNUM, 3
  la a0, brk16
  PRIV_ARM_M_SKIP
  .option push
  .option rvc
brk16:
  c.ebreak
  c.nop
  .option pop
  PRIV_CHECK_M_TVAL(CAUSE_BREAKPOINT, a0)

  // Delegated to S-mode: stval = the address.
  li TESTNUM, 4
  li t0, 1 << CAUSE_BREAKPOINT
  csrw medeleg, t0
  PRIV_ENTER(PRV_S)
  la a0, brk_s
  PRIV_ARM_S_SKIP
brk_s:
  ebreak
  PRIV_CHECK_S_TVAL(CAUSE_BREAKPOINT, a0)
  PRIV_GOTO_M

  j pass

  PRIV_PASSFAIL
  PRIV_HANDLERS

RVTEST_CODE_END

  .data
RVTEST_DATA_BEGIN
RVTEST_DATA_END
