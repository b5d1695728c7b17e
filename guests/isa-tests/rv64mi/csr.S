// Zicsr semantics in M-mode: read/write/set/clear and their immediate forms, rs1=x0 and uimm=0 do not write, writes to read-only or missing CSRs trap.
#include "riscv_test.h"
#include "priv_macros.h"

RVTEST_RV64M
RVTEST_CODE_BEGIN
  .option norvc
  PRIV_INIT

  // csrrw returns the old value and writes the new one (Zicsr, chapter 9).
  li TESTNUM, 2
  li a0, 0x1234
  csrw mscratch, a0
  li a1, 0xfedcba9876543210
  csrrw a2, mscratch, a1
  bne a2, a0, fail
  csrr a3, mscratch
  bne a3, a1, fail

  // csrrs sets the bits of rs1 and returns the old value.
  li TESTNUM, 3
  li a0, 0x0f0
  csrw mscratch, a0
  li a1, 0xf00
  csrrs a2, mscratch, a1
  bne a2, a0, fail
  csrr a3, mscratch
  li a4, 0xff0
  bne a3, a4, fail

  // csrrc clears the bits of rs1 and returns the old value.
  li TESTNUM, 4
  li a1, 0x0f0
  csrrc a2, mscratch, a1
  bne a2, a4, fail
  csrr a3, mscratch
  li a4, 0xf00
  bne a3, a4, fail

  // Immediate forms: uimm is 5 bits, zero-extended.
  li TESTNUM, 5
  csrrwi a2, mscratch, 0x1f
  bne a2, a4, fail
  csrr a3, mscratch
  li a4, 0x1f
  bne a3, a4, fail
  csrrci a2, mscratch, 0x3
  bne a2, a4, fail
  csrrsi a2, mscratch, 0x10
  li a4, 0x1c
  bne a2, a4, fail
  csrr a3, mscratch
  bne a3, a4, fail

  // csrrs/csrrc with rs1=x0 and csrrsi/csrrci with uimm=0 do not write: no trap on a read-only CSR.
  li TESTNUM, 6
  csrrs a0, mvendorid, x0
  csrrc a1, mvendorid, x0
  bne a0, a1, fail
  csrrsi a2, mvendorid, 0
  csrrci a3, mvendorid, 0
  bne a0, a2, fail
  bne a0, a3, fail
  csrr a0, cycle
  csrr a0, mhartid

  // Writing a read-only CSR (address bits 11:10 = 3) raises an illegal-instruction exception.
  li TESTNUM, 7
  PRIV_ARM_M_SKIP
  csrw mvendorid, a0
  PRIV_CHECK_M(CAUSE_ILLEGAL_INSTRUCTION)
  PRIV_ARM_M_SKIP
  csrrwi x0, mimpid, 1
  PRIV_CHECK_M(CAUSE_ILLEGAL_INSTRUCTION)
  PRIV_ARM_M_SKIP
  csrrsi a0, marchid, 1
  PRIV_CHECK_M(CAUSE_ILLEGAL_INSTRUCTION)

  // An unimplemented CSR traps on read too (0x0ff: standard user read/write, unallocated).
  li TESTNUM, 9
  PRIV_ARM_M_SKIP
  csrr a0, 0x0ff
  PRIV_CHECK_M(CAUSE_ILLEGAL_INSTRUCTION)

  // The trapping write left its destination register and the CSR alone.
  li TESTNUM, 10
  csrr a4, mvendorid
  not a0, a4
  li a2, 0x77
  PRIV_ARM_M_SKIP
  csrrw a2, mvendorid, a0
  PRIV_CHECK_M(CAUSE_ILLEGAL_INSTRUCTION)
  li a3, 0x77
  bne a2, a3, fail
  csrr a1, mvendorid
  bne a1, a4, fail

  j pass

  PRIV_PASSFAIL
  PRIV_HANDLERS

RVTEST_CODE_END

  .data
RVTEST_DATA_BEGIN
RVTEST_DATA_END
