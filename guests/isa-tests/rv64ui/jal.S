// jal.S: tests `jal`, which writes pc + 4 to rd and jumps pc-relative by a 21-bit offset
// (RISC-V Unprivileged ISA 20191213, 2.5).
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN
  // 32-bit encodings only: the links checked below are pc + 4 (c.j is tested in rv64uc).
  .option norvc

  // A forward jump links the address of the next instruction and skips it
test_2:
  li TESTNUM, 2
  li x4, 0
  jal x4, target_2
link_2:
  j fail
target_2:
  la x2, link_2
  bne x2, x4, fail

  // A backward jump
test_3:
  li TESTNUM, 3
  li x5, 0
  j jump_3
target_3:
  addi x5, x5, 1
  j check_3
jump_3:
  jal x6, target_3
link_3:
  j fail
check_3:
  li x7, 1
  bne x5, x7, fail
  la x2, link_3
  bne x2, x6, fail

  // Offsets of 0x1800 forwards and -0x17f8 backwards use every immediate field of the J format
test_4:
  li TESTNUM, 4
  jal x4, far_4
link_4:
  j fail
near_4:
  j check_4
  .skip 0x1800 - 12
far_4:
  jal x5, near_4
far_link_4:
  j fail
check_4:
  la x2, link_4
  bne x2, x4, fail
  la x2, far_link_4
  bne x2, x5, fail

  // rd = x0 (the `j` pseudo-instruction) links nothing
test_5:
  li TESTNUM, 5
  jal x0, target_5
  j fail
target_5:
  bnez x0, fail

  // rd = ra, as in a call; the callee returns through ra
test_6:
  li TESTNUM, 6
  li x14, 0
  jal ra, callee_6
  addi x14, x14, 2
  li x7, 3
  bne x14, x7, fail
  j done_6
callee_6:
  addi x14, x14, 1
  ret
done_6:

  // The instructions between a jal and its target never execute
test_7:
  li TESTNUM, 7
  li x1, 1
  jal x0, target_7
  addi x1, x1, 1
  addi x1, x1, 1
target_7:
  addi x1, x1, 1
  li x7, 2
  bne x1, x7, fail

  TEST_PASSFAIL

RVTEST_CODE_END

  .data
RVTEST_DATA_BEGIN
RVTEST_DATA_END
