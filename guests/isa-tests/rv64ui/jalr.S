// jalr.S: tests `jalr`, which jumps to (rs1 + imm) with bit 0 cleared and writes pc + 4 to rd, rd written after
// rs1 is read (RISC-V Unprivileged ISA 20191213, 2.5).
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN
  // 32-bit encodings only: the links checked below are pc + 4 (c.jr and c.jalr are tested in rv64uc).
  .option norvc

  // Offset 0: links the next instruction and skips it
test_2:
  li TESTNUM, 2
  la x6, target_2
  jalr x4, 0(x6)
link_2:
  j fail
target_2:
  la x2, link_2
  bne x2, x4, fail

  // Positive and negative offsets, the largest of each
test_3:
  li TESTNUM, 3
  la x6, target_3 - 2047
  jalr x4, 2047(x6)
  j fail
  .align 2
target_3:
  la x6, target_3b + 2048
  jalr x4, -2048(x6)
  j fail
target_3b:

  // Bit 0 of the target is cleared, whether it comes from rs1 or from the offset
test_4:
  li TESTNUM, 4
  la x6, target_4
  addi x6, x6, 1
  jalr x4, 0(x6)
  j fail
target_4:
  la x6, target_4b
  jalr x4, 1(x6)
  j fail
target_4b:
  la x6, target_4c + 2
  jalr x4, -1(x6)
  j fail
target_4c:

  // rd = rs1: the jump uses the old value of the register
test_5:
  li TESTNUM, 5
  la x4, target_5
  jalr x4, 0(x4)
link_5:
  j fail
target_5:
  la x2, link_5
  bne x2, x4, fail

  // A backward jump
test_6:
  li TESTNUM, 6
  li x5, 0
  j jump_6
target_6:
  addi x5, x5, 1
  j check_6
jump_6:
  la x6, target_6
  jalr x4, 0(x6)
  j fail
check_6:
  li x7, 1
  bne x5, x7, fail

  // rd = x0 links nothing
test_7:
  li TESTNUM, 7
  la x6, target_7
  jalr x0, 0(x6)
  j fail
target_7:
  bnez x0, fail

  // Call and return through ra
test_8:
  li TESTNUM, 8
  li x14, 0
  la x6, callee_8
  jalr ra, 0(x6)
  addi x14, x14, 2
  li x7, 3
  bne x14, x7, fail
  j done_8
callee_8:
  addi x14, x14, 1
  jalr x0, 0(ra)
done_8:

  // The target address produced 0, 1 and 2 instructions before the jump
  TEST_JALR_SRC1_BYPASS(9, 0, jalr)
  TEST_JALR_SRC1_BYPASS(10, 1, jalr)
  TEST_JALR_SRC1_BYPASS(11, 2, jalr)

  TEST_PASSFAIL

RVTEST_CODE_END

  .data
RVTEST_DATA_BEGIN
RVTEST_DATA_END
