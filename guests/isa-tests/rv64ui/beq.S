// beq.S: tests `beq`, branch if equal (RISC-V Unprivileged ISA 20191213, 2.5).
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN
  // 32-bit encodings only, as in a build without C: rv64uc tests the compressed instructions.
  .option norvc

  // Taken and not-taken branches, forwards and backwards
  TEST_BR2_OP_TAKEN(2, beq, 0x0000000000000000, 0x0000000000000000);
  TEST_BR2_OP_NOTTAKEN(3, beq, 0x0000000000000000, 0x0000000000000001);
  TEST_BR2_OP_NOTTAKEN(4, beq, 0x0000000000000000, 0xffffffffffffffff);
  TEST_BR2_OP_NOTTAKEN(5, beq, 0x0000000000000000, 0x7fffffffffffffff);
  TEST_BR2_OP_NOTTAKEN(6, beq, 0x0000000000000000, 0x8000000000000000);
  TEST_BR2_OP_NOTTAKEN(7, beq, 0x0000000000000000, 0x000000007fffffff);
  TEST_BR2_OP_NOTTAKEN(8, beq, 0x0000000000000000, 0xffffffff80000000);
  TEST_BR2_OP_NOTTAKEN(9, beq, 0x0000000000000001, 0x0000000000000000);
  TEST_BR2_OP_TAKEN(10, beq, 0x0000000000000001, 0x0000000000000001);
  TEST_BR2_OP_NOTTAKEN(11, beq, 0x0000000000000001, 0xffffffffffffffff);
  TEST_BR2_OP_NOTTAKEN(12, beq, 0x0000000000000001, 0x7fffffffffffffff);
  TEST_BR2_OP_NOTTAKEN(13, beq, 0x0000000000000001, 0x8000000000000000);
  TEST_BR2_OP_NOTTAKEN(14, beq, 0x0000000000000001, 0x000000007fffffff);
  TEST_BR2_OP_NOTTAKEN(15, beq, 0x0000000000000001, 0xffffffff80000000);
  TEST_BR2_OP_NOTTAKEN(16, beq, 0xffffffffffffffff, 0x0000000000000000);
  TEST_BR2_OP_NOTTAKEN(17, beq, 0xffffffffffffffff, 0x0000000000000001);
  TEST_BR2_OP_TAKEN(18, beq, 0xffffffffffffffff, 0xffffffffffffffff);
  TEST_BR2_OP_NOTTAKEN(19, beq, 0xffffffffffffffff, 0x7fffffffffffffff);
  TEST_BR2_OP_NOTTAKEN(20, beq, 0xffffffffffffffff, 0x8000000000000000);
  TEST_BR2_OP_NOTTAKEN(21, beq, 0xffffffffffffffff, 0x000000007fffffff);
  TEST_BR2_OP_NOTTAKEN(22, beq, 0xffffffffffffffff, 0xffffffff80000000);
  TEST_BR2_OP_NOTTAKEN(23, beq, 0x7fffffffffffffff, 0x0000000000000000);
  TEST_BR2_OP_NOTTAKEN(24, beq, 0x7fffffffffffffff, 0x0000000000000001);
  TEST_BR2_OP_NOTTAKEN(25, beq, 0x7fffffffffffffff, 0xffffffffffffffff);
  TEST_BR2_OP_TAKEN(26, beq, 0x7fffffffffffffff, 0x7fffffffffffffff);
  TEST_BR2_OP_NOTTAKEN(27, beq, 0x7fffffffffffffff, 0x8000000000000000);
  TEST_BR2_OP_NOTTAKEN(28, beq, 0x7fffffffffffffff, 0x000000007fffffff);
  TEST_BR2_OP_NOTTAKEN(29, beq, 0x7fffffffffffffff, 0xffffffff80000000);
  TEST_BR2_OP_NOTTAKEN(30, beq, 0x8000000000000000, 0x0000000000000000);
  TEST_BR2_OP_NOTTAKEN(31, beq, 0x8000000000000000, 0x0000000000000001);
  TEST_BR2_OP_NOTTAKEN(32, beq, 0x8000000000000000, 0xffffffffffffffff);
  TEST_BR2_OP_NOTTAKEN(33, beq, 0x8000000000000000, 0x7fffffffffffffff);
  TEST_BR2_OP_TAKEN(34, beq, 0x8000000000000000, 0x8000000000000000);
  TEST_BR2_OP_NOTTAKEN(35, beq, 0x8000000000000000, 0x000000007fffffff);
  TEST_BR2_OP_NOTTAKEN(36, beq, 0x8000000000000000, 0xffffffff80000000);
  TEST_BR2_OP_NOTTAKEN(37, beq, 0x000000007fffffff, 0x0000000000000000);
  TEST_BR2_OP_NOTTAKEN(38, beq, 0x000000007fffffff, 0x0000000000000001);
  TEST_BR2_OP_NOTTAKEN(39, beq, 0x000000007fffffff, 0xffffffffffffffff);
  TEST_BR2_OP_NOTTAKEN(40, beq, 0x000000007fffffff, 0x7fffffffffffffff);
  TEST_BR2_OP_NOTTAKEN(41, beq, 0x000000007fffffff, 0x8000000000000000);
  TEST_BR2_OP_TAKEN(42, beq, 0x000000007fffffff, 0x000000007fffffff);
  TEST_BR2_OP_NOTTAKEN(43, beq, 0x000000007fffffff, 0xffffffff80000000);
  TEST_BR2_OP_NOTTAKEN(44, beq, 0xffffffff80000000, 0x0000000000000000);
  TEST_BR2_OP_NOTTAKEN(45, beq, 0xffffffff80000000, 0x0000000000000001);
  TEST_BR2_OP_NOTTAKEN(46, beq, 0xffffffff80000000, 0xffffffffffffffff);
  TEST_BR2_OP_NOTTAKEN(47, beq, 0xffffffff80000000, 0x7fffffffffffffff);
  TEST_BR2_OP_NOTTAKEN(48, beq, 0xffffffff80000000, 0x8000000000000000);
  TEST_BR2_OP_NOTTAKEN(49, beq, 0xffffffff80000000, 0x000000007fffffff);
  TEST_BR2_OP_TAKEN(50, beq, 0xffffffff80000000, 0xffffffff80000000);

  // Sources produced 0, 1 and 2 instructions before a not-taken branch
  TEST_BR2_SRC12_BYPASS(51, 0, 0, beq, 1, 2);
  TEST_BR2_SRC12_BYPASS(52, 0, 1, beq, 1, 2);
  TEST_BR2_SRC12_BYPASS(53, 0, 2, beq, 1, 2);
  TEST_BR2_SRC12_BYPASS(54, 1, 0, beq, 1, 2);
  TEST_BR2_SRC12_BYPASS(55, 1, 1, beq, 1, 2);
  TEST_BR2_SRC12_BYPASS(56, 2, 0, beq, 1, 2);
  TEST_BR2_SRC21_BYPASS(57, 0, 0, beq, 1, 2);
  TEST_BR2_SRC21_BYPASS(58, 0, 1, beq, 1, 2);
  TEST_BR2_SRC21_BYPASS(59, 0, 2, beq, 1, 2);
  TEST_BR2_SRC21_BYPASS(60, 1, 0, beq, 1, 2);
  TEST_BR2_SRC21_BYPASS(61, 1, 1, beq, 1, 2);
  TEST_BR2_SRC21_BYPASS(62, 2, 0, beq, 1, 2);

  // Offsets of +0xffc and -0xff4: every bit of the B-format immediate, both ways
test_63:
  li TESTNUM, 63
  li x1, 1
  li x2, 1
  beq x1, x2, far_forward_63
  j fail
far_backward_63:
  j far_done_63
  .skip 0xffc - 12
far_forward_63:
  beq x1, x2, far_backward_63
  j fail
far_done_63:

  // The instructions after a taken branch must not execute
  TEST_CASE(64, x1, 3,
    li x1, 1;
    beq x0, x0, 1f;
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
