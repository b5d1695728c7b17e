// Instruction alignment in S-mode with C: jalr clears bit 0 of its target and 4-byte instructions at 2-byte-aligned addresses execute, without traps.
#include "riscv_test.h"
#include "priv_macros.h"

RVTEST_RV64M
RVTEST_CODE_BEGIN
  .option norvc
  PRIV_INIT
  li t0, (1 << CAUSE_MISALIGNED_FETCH) | (1 << CAUSE_FETCH_ACCESS)
  csrw medeleg, t0
  PRIV_ENTER(PRV_S)

  // jalr to an odd address lands on the even one (unprivileged spec 2.5).
  li TESTNUM, 2
  li a0, 0
  la t0, even_target
  addi t0, t0, 1
  jalr ra, 0(t0)
after_jalr:
  li a1, 1
  bne a0, a1, fail
  la a2, after_jalr
  bne ra, a2, fail

  // jalr and a branch to a 4-byte instruction at 2 mod 4.
  li TESTNUM, 3
  li a0, 0
  la t0, half_aligned
  jalr ra, 0(t0)
  li a1, 0x5a
  bne a0, a1, fail
  li a0, 0
  bnez t0, half_aligned_branch
back_from_branch:
  li a1, 0x5a
  bne a0, a1, fail

  // A compressed jump (c.j) and c.jalr between 2-byte-aligned places.
  li TESTNUM, 4
  li a0, 0
  la t0, half_aligned
  .option push
  .option rvc
  c.jalr t0
  c.nop
  .option pop
  li a1, 0x5a
  bne a0, a1, fail

  PRIV_CHECK_COUNT_S(0)
  PRIV_GOTO_M
  PRIV_CHECK_COUNT_M(0)
  j pass

  .balign 4
even_target:
  li a0, 1
  ret

  .balign 4
  .option push
  .option rvc
  c.nop
half_aligned:
  .option norvc
  xori a0, zero, 0x5a
  ret
  .option rvc
  c.nop
half_aligned_branch:
  .option norvc
  xori a0, zero, 0x5a
  j back_from_branch
  .option pop

  PRIV_PASSFAIL
  PRIV_HANDLERS

RVTEST_CODE_END

  .data
RVTEST_DATA_BEGIN
RVTEST_DATA_END
