// AMOs to physical addresses with nothing behind them raise store/AMO access faults (cause 7, not 5) with mtval = the address.
#include "riscv_test.h"
#include "priv_macros.h"

RVTEST_RV64M
RVTEST_CODE_BEGIN
  .option norvc
  PRIV_INIT

  // Privileged spec 3.7.1 and unprivileged 8.4: an AMO that faults raises a store/AMO fault even though it also reads.
  li TESTNUM, 2
  li a0, 0
  PRIV_ARM_M_SKIP
  amoadd.d a1, a1, (a0)
  PRIV_CHECK_M_TVAL(CAUSE_STORE_ACCESS, a0)

  li TESTNUM, 3
  li a0, 0xF000000000
  PRIV_ARM_M_SKIP
  amoswap.w a1, a1, (a0)
  PRIV_CHECK_M_TVAL(CAUSE_STORE_ACCESS, a0)

  j pass

  PRIV_PASSFAIL
  PRIV_HANDLERS

RVTEST_CODE_END

  .data
RVTEST_DATA_BEGIN
RVTEST_DATA_END
