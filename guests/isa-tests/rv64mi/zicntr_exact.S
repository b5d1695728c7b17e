// minstret counts exactly the instructions retired between two reads, whatever their kind, and a write sets it exactly (Zicntr, Zicsr 9.1).
#include "riscv_test.h"
#include "priv_macros.h"

RVTEST_RV64M
RVTEST_CODE_BEGIN
  .option norvc
  PRIV_INIT
  csrwi CSR_MCOUNTINHIBIT, 0

  // minstret: a CSR read returns the count before the reading instruction retires (Zicsr 9.1), so across
  // "csrr; 10 x nop; csrr" the difference is 11.
  li TESTNUM, 2
  csrr a0, minstret
  nop; nop; nop; nop; nop; nop; nop; nop; nop; nop
  csrr a1, minstret
  sub a2, a1, a0
  li a3, 11
  bne a2, a3, fail

  // Branches taken or not, loads and stores all count once.
  li TESTNUM, 3
  la t2, scratch
  csrr a0, instret
  beqz zero, 1f
1:
  bnez zero, fail
  sd a0, 0(t2)
  ld t1, 0(t2)
  csrr a1, instret
  sub a2, a1, a0
  li a3, 5
  bne a2, a3, fail

  // minstret is writable in M-mode; the next read sees the written value plus what retired since.
  li TESTNUM, 4
  li a0, 1000
  csrw minstret, a0
  csrr a1, minstret
  sub a2, a1, a0
  bltz a2, fail
  li a3, 1
  bgtu a2, a3, fail

  j pass

  PRIV_PASSFAIL
  PRIV_HANDLERS

RVTEST_CODE_END

  .data
RVTEST_DATA_BEGIN
scratch: .dword 0
RVTEST_DATA_END
