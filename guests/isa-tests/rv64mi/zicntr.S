// Counters: cycle and instret advance, the user-level names alias the machine counters (time: zicntr_time; exact counts and minstret writes: zicntr_exact).
#include "riscv_test.h"
#include "priv_macros.h"

RVTEST_RV64M
RVTEST_CODE_BEGIN
  .option norvc
  PRIV_INIT
  csrwi CSR_MCOUNTINHIBIT, 0

  // cycle and instret strictly increase across some work.
  li TESTNUM, 2
  rdcycle a0
  rdinstret a1
  li t0, 100
1:
  addi t0, t0, -1
  bnez t0, 1b
  rdcycle a2
  rdinstret a3
  bleu a2, a0, fail
  bleu a3, a1, fail

  // An ecall that traps does not retire, but the handler's instructions do; the count stays monotonic.
  li TESTNUM, 3
  csrr a0, minstret
  PRIV_ARM_M_SKIP
  ecall
  csrr a1, minstret
  bleu a1, a0, fail

  // mcycle and cycle, minstret and instret are the same counters.
  li TESTNUM, 4
  csrr a0, mcycle
  rdcycle a1
  csrr a2, mcycle
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
