// Zicsr: csrrs/csrrc with rs1 != x0 attempt a write even when rs1 holds zero, so they trap on a read-only CSR.
#include "riscv_test.h"
#include "priv_macros.h"

RVTEST_RV64M
RVTEST_CODE_BEGIN
  .option norvc
  PRIV_INIT

  // csrrs with rs1 != x0 is a write even when rs1 holds 0 (Zicsr 9.1, table 9.1), so it traps on a read-only CSR.
  li TESTNUM, 2
  li a1, 0
  PRIV_ARM_M_SKIP
  csrrs a0, mhartid, a1
  PRIV_CHECK_M(CAUSE_ILLEGAL_INSTRUCTION)
  PRIV_ARM_M_SKIP
  csrrc a0, cycle, a1
  PRIV_CHECK_M(CAUSE_ILLEGAL_INSTRUCTION)

  // rs1 = x0 still does not write (control case for the above).
  li TESTNUM, 3
  csrrs a0, mhartid, x0
  csrrc a0, cycle, x0

  j pass

  PRIV_PASSFAIL
  PRIV_HANDLERS

RVTEST_CODE_END

  .data
RVTEST_DATA_BEGIN
RVTEST_DATA_END
