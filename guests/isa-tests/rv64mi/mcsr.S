// Machine information CSRs: misa reports RV64 (MXL=2) with I, M, A, C, F, D, S and U; mhartid is 0; the ID CSRs read without trapping.
#include "riscv_test.h"
#include "priv_macros.h"

RVTEST_RV64M
RVTEST_CODE_BEGIN
  .option norvc
  PRIV_INIT

  // misa.MXL (bits 63:62) = 2 for RV64 (privileged spec 3.1.1).
  li TESTNUM, 2
  csrr a0, misa
  srli a1, a0, 62
  li a2, 2
  bne a1, a2, fail

  // The extensions of RV64GC with S- and U-mode: A(0) C(2) D(3) F(5) I(8) M(12) S(18) U(20).
  li TESTNUM, 3
  li a2, (1 << 0) | (1 << 2) | (1 << 3) | (1 << 5) | (1 << 8) | (1 << 12) | (1 << 18) | (1 << 20)
  and a1, a0, a2
  bne a1, a2, fail

  // E (bit 4) is the complement of I and must be clear.
  li TESTNUM, 4
  andi a1, a0, 1 << 4
  bnez a1, fail

  // The only hart is hart 0.
  li TESTNUM, 5
  csrr a0, mhartid
  bnez a0, fail

  // mvendorid, marchid, mimpid and mconfigptr are readable (a trap here would fail the test); 0 is a legal value.
  li TESTNUM, 6
  csrr a0, mvendorid
  csrr a0, marchid
  csrr a0, mimpid
  csrr a0, 0xf15

  j pass

  PRIV_PASSFAIL
  PRIV_HANDLERS

RVTEST_CODE_END

  .data
RVTEST_DATA_BEGIN
RVTEST_DATA_END
