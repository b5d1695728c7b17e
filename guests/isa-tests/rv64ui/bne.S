// bne.S: tests `bne`, branch if not equal (RISC-V Unprivileged ISA 20191213, 2.5).
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN
  // 32-bit encodings only, as in a build without C: rv64uc tests the compressed instructions.
  .option norvc

  // Taken and not-taken branches, forwards and backwards
  TEST_BR2_OP_NOTTAKEN(2, bne, 0x0000000000000000, 0x0000000000000000);
  TEST_BR2_OP_TAKEN(3, bne, 0x0000000000000000, 0x0000000000000001);
  TEST_BR2_OP_TAKEN(4, bne, 0x0000000000000000, 0xffffffffffffffff);
  TEST_BR2_OP_TAKEN(5, bne, 0x0000000000000000, 0x7fffffffffffffff);
  TEST_BR2_OP_TAKEN(6, bne, 0x0000000000000000, 0x8000000000000000);
  TEST_BR2_OP_TAKEN(7, bne, 0x0000000000000000, 0x000000007fffffff);
  TEST_BR2_OP_TAKEN(8, bne, 0x0000000000000000, 0xffffffff80000000);
  TEST_BR2_OP_TAKEN(9, bne, 0x0000000000000001, 0x0000000000000000);
  TEST_BR2_OP_NOTTAKEN(10, bne, 0x0000000000000001, 0x0000000000000001);
  TEST_BR2_OP_TAKEN(11, bne, 0x0000000000000001, 0xffffffffffffffff);
  TEST_BR2_OP_TAKEN(12, bne, 0x0000000000000001, 0x7fffffffffffffff);
  TEST_BR2_OP_TAKEN(13, bne, 0x0000000000000001, 0x8000000000000000);
  TEST_BR2_OP_TAKEN(14, bne, 0x0000000000000001, 0x000000007fffffff);
  TEST_BR2_OP_TAKEN(15, bne, 0x0000000000000001, 0xffffffff80000000);
  TEST_BR2_OP_TAKEN(16, bne, 0xffffffffffffffff, 0x0000000000000000);
  TEST_BR2_OP_TAKEN(17, bne, 0xffffffffffffffff, 0x0000000000000001);
  TEST_BR2_OP_NOTTAKEN(18, bne, 0xffffffffffffffff, 0xffffffffffffffff);
  TEST_BR2_OP_TAKEN(19, bne, 0xffffffffffffffff, 0x7fffffffffffffff);
  TEST_BR2_OP_TAKEN(20, bne, 0xffffffffffffffff, 0x8000000000000000);
  TEST_BR2_OP_TAKEN(21, bne, 0xffffffffffffffff, 0x000000007fffffff);
  TEST_BR2_OP_TAKEN(22, bne, 0xffffffffffffffff, 0xffffffff80000000);
  TEST_BR2_OP_TAKEN(23, bne, 0x7fffffffffffffff, 0x0000000000000000);
  TEST_BR2_OP_TAKEN(24, bne, 0x7fffffffffffffff, 0x0000000000000001);
  TEST_BR2_OP_TAKEN(25, bne, 0x7fffffffffffffff, 0xffffffffffffffff);
  TEST_BR2_OP_NOTTAKEN(26, bne, 0x7fffffffffffffff, 0x7fffffffffffffff);
  TEST_BR2_OP_TAKEN(27, bne, 0x7fffffffffffffff, 0x8000000000000000);
  TEST_BR2_OP_TAKEN(28, bne, 0x7fffffffffffffff, 0x000000007fffffff);
  TEST_BR2_OP_TAKEN(29, bne, 0x7fffffffffffffff, 0xffffffff80000000);
  TEST_BR2_OP_TAKEN(30, bne, 0x8000000000000000, 0x0000000000000000);
  TEST_BR2_OP_TAKEN(31, bne, 0x8000000000000000, 0x0000000000000001);
  TEST_BR2_OP_TAKEN(32, bne, 0x8000000000000000, 0xffffffffffffffff);
  TEST_BR2_OP_TAKEN(33, bne, 0x8000000000000000, 0x7fffffffffffffff);
  TEST_BR2_OP_NOTTAKEN(34, bne, 0x8000000000000000, 0x8000000000000000);
  TEST_BR2_OP_TAKEN(35, bne, 0x8000000000000000, 0x000000007fffffff);
  TEST_BR2_OP_TAKEN(36, bne, 0x8000000000000000, 0xffffffff80000000);
  TEST_BR2_OP_TAKEN(37, bne, 0x000000007fffffff, 0x0000000000000000);
  TEST_BR2_OP_TAKEN(38, bne, 0x000000007fffffff, 0x0000000000000001);
  TEST_BR2_OP_TAKEN(39, bne, 0x000000007fffffff, 0xffffffffffffffff);
  TEST_BR2_OP_TAKEN(40, bne, 0x000000007fffffff, 0x7fffffffffffffff);
  TEST_BR2_OP_TAKEN(41, bne, 0x000000007fffffff, 0x8000000000000000);
  TEST_BR2_OP_NOTTAKEN(42, bne, 0x000000007fffffff, 0x000000007fffffff);
  TEST_BR2_OP_TAKEN(43, bne, 0x000000007fffffff, 0xffffffff80000000);
  TEST_BR2_OP_TAKEN(44, bne, 0xffffffff80000000, 0x0000000000000000);
  TEST_BR2_OP_TAKEN(45, bne, 0xffffffff80000000, 0x0000000000000001);
  TEST_BR2_OP_TAKEN(46, bne, 0xffffffff80000000, 0xffffffffffffffff);
  TEST_BR2_OP_TAKEN(47, bne, 0xffffffff80000000, 0x7fffffffffffffff);
  TEST_BR2_OP_TAKEN(48, bne, 0xffffffff80000000, 0x8000000000000000);
  TEST_BR2_OP_TAKEN(49, bne, 0xffffffff80000000, 0x000000007fffffff);
  TEST_BR2_OP_NOTTAKEN(50, bne, 0xffffffff80000000, 0xffffffff80000000);

  // Sources produced 0, 1 and 2 instructions before a not-taken branch
  TEST_BR2_SRC12_BYPASS(51, 0, 0, bne, 1, 1);
  TEST_BR2_SRC12_BYPASS(52, 0, 1, bne, 1, 1);
  TEST_BR2_SRC12_BYPASS(53, 0, 2, bne, 1, 1);
  TEST_BR2_SRC12_BYPASS(54, 1, 0, bne, 1, 1);
  TEST_BR2_SRC12_BYPASS(55, 1, 1, bne, 1, 1);
  TEST_BR2_SRC12_BYPASS(56, 2, 0, bne, 1, 1);
  TEST_BR2_SRC21_BYPASS(57, 0, 0, bne, 1, 1);
  TEST_BR2_SRC21_BYPASS(58, 0, 1, bne, 1, 1);
  TEST_BR2_SRC21_BYPASS(59, 0, 2, bne, 1, 1);
  TEST_BR2_SRC21_BYPASS(60, 1, 0, bne, 1, 1);
  TEST_BR2_SRC21_BYPASS(61, 1, 1, bne, 1, 1);
  TEST_BR2_SRC21_BYPASS(62, 2, 0, bne, 1, 1);

  // Offsets of +0xffc and -0xff4: every bit of the B-format immediate, both ways
test_63:
  li TESTNUM, 63
  li x1, 1
  li x2, 2
  bne x1, x2, far_forward_63
  j fail
far_backward_63:
  j far_done_63
  .skip 0xffc - 12
far_forward_63:
  bne x1, x2, far_backward_63
  j fail
far_done_63:

  // The instructions after a taken branch must not execute
  TEST_CASE(64, x1, 3,
    li x1, 1;
    bne x0, x1, 1f;
    addi x1, x1, 1;
    addi x1, x1, 1;
    addi x1, x1, 1;
    addi x1, x1, 1;
1:  addi x1, x1, 1;
    addi x1, x1, 1;
  )

  TEST_PASSFAIL

RVTEST_CODE_END

  .data
RVTEST_DATA_BEGIN
RVTEST_DATA_END
