// The time CSR (rdtime) reads the CLINT's mtime and advances (Zicntr; privileged spec 3.2.1).
#include "riscv_test.h"
#include "priv_macros.h"

RVTEST_RV64M
RVTEST_CODE_BEGIN
  .option norvc
  PRIV_INIT
  csrwi CSR_MCOUNTINHIBIT, 0

  // time advances (mtime at 10 MHz on Tabvisor): wait for it to change, with a bound.
  li TESTNUM, 2
  rdtime a0
  li t1, 1000000
1:
  rdtime a1
  bne a1, a0, 2f
  addi t1, t1, -1
  bnez t1, 1b
  j fail
2:
  bltu a1, a0, fail

  // time is the CLINT's mtime.
  li TESTNUM, 3
  rdtime a0
  CLINT_READ_MTIME(a1)
  rdtime a2
  bltu a1, a0, fail
  bltu a2, a1, fail

  j pass

  PRIV_PASSFAIL
  PRIV_HANDLERS

RVTEST_CODE_END

  .data
RVTEST_DATA_BEGIN
scratch: .dword 0
RVTEST_DATA_END
