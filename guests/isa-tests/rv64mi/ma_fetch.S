// Instruction alignment with C: 2-byte-aligned targets execute, jalr clears bit 0 of its target, and with C off (if misa.C is writable) a misaligned target raises cause 0.
#include "riscv_test.h"
#include "priv_macros.h"

RVTEST_RV64M
RVTEST_CODE_BEGIN
  .option norvc
  PRIV_INIT

  // jalr ignores bit 0 of rs1 + imm (unprivileged spec 2.5): an odd target lands on the even address.
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

  // Also when the odd part is in the immediate.
  li TESTNUM, 3
  li a0, 0
  la t0, even_target
  addi t0, t0, -1
  jalr ra, 2(t0)
  li a1, 1
  bne a0, a1, fail

  // A 4-byte instruction at an address that is 2 mod 4 executes when C is present (IALIGN = 16): jump there by jalr
  // and by a branch.
  li TESTNUM, 4
  li a0, 0
  la t0, half_aligned
  andi t1, t0, 3
  li t2, 2
  bne t1, t2, fail
  jalr ra, 0(t0)
  li a1, 0x5a
  bne a0, a1, fail
  li a0, 0
  beq zero, zero, half_aligned_branch
back_from_branch:
  li a1, 0x5a
  bne a0, a1, fail

  // If misa.C can be cleared (misa is WARL; it may also be read-only), jumping to a 2-byte-aligned target raises an
  // instruction-address-misaligned exception on the jump, with mepc at the jump and mtval = the target (3.1.16).
  li TESTNUM, 5
  li t0, 1 << 2
  csrc misa, t0
  csrr t1, misa
  and t1, t1, t0
  bnez t1, c_not_writable
  la t0, half_aligned
  PRIV_ARM_M(misaligned_resume)
misaligned_jump:
  jalr ra, 0(t0)
  j fail
misaligned_resume:
  li t0, 1 << 2
  csrs misa, t0
  PRIV_CHECK_M_TVAL(CAUSE_MISALIGNED_FETCH, t0)
  PRIV_LOAD_M(a1, TRAP_EPC)
  la a2, misaligned_jump
  bne a1, a2, fail
c_not_writable:

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
