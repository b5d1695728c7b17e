// WARL fields of the PMP CSRs on RV64: pmpaddr bits 63:54 read as zero and pmpcfg bits 6:5 of each entry read as zero (privileged spec 3.7.1).
#include "riscv_test.h"
#include "priv_macros.h"

RVTEST_RV64M
RVTEST_CODE_BEGIN
  .option norvc
  PRIV_INIT

  // pmpaddr encodes bits 55:2 of a 56-bit physical address: only bits 53:0 exist.
  li TESTNUM, 2
  li a0, -1
  csrw pmpaddr3, a0
  csrr a1, pmpaddr3
  li a2, 0x003fffffffffffff
  bne a1, a2, fail
  csrw pmpaddr3, zero

  // The two reserved bits (6:5) of every pmpNcfg are WARL zero.
  li TESTNUM, 3
  li a0, 0x6060606060606060
  csrw pmpcfg2, a0
  csrr a1, pmpcfg2
  bnez a1, fail
  li a0, 0x7f
  csrw pmpcfg2, a0
  csrr a1, pmpcfg2
  li a2, 0x1f
  bne a1, a2, fail
  csrw pmpcfg2, zero

  j pass

  PRIV_PASSFAIL
  PRIV_HANDLERS

RVTEST_CODE_END

  .data
RVTEST_DATA_BEGIN
RVTEST_DATA_END
