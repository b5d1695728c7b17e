// bgeu.S: tests `bgeu`, branch if greater or equal, unsigned (RISC-V Unprivileged ISA 20191213, 2.5).
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN
  // 32-bit encodings only, as in a build without C: rv64uc tests the compressed instructions.
  .option norvc

  // Taken and not-taken branches, forwards and backwards
  TEST_BR2_OP_TAKEN(2, bgeu, 0x0000000000000000, 0x0000000000000000);
  TEST_BR2_OP_NOTTAKEN(3, bgeu, 0x0000000000000000, 0x0000000000000001);
  TEST_BR2_OP_NOTTAKEN(4, bgeu, 0x0000000000000000, 0xffffffffffffffff);
  TEST_BR2_OP_NOTTAKEN(5, bgeu, 0x0000000000000000, 0x7fffffffffffffff);
  TEST_BR2_OP_NOTTAKEN(6, bgeu, 0x0000000000000000, 0x8000000000000000);
  TEST_BR2_OP_NOTTAKEN(7, bgeu, 0x0000000000000000, 0x000000007fffffff);
  TEST_BR2_OP_NOTTAKEN(8, bgeu, 0x0000000000000000, 0xffffffff80000000);
  TEST_BR2_OP_TAKEN(9, bgeu, 0x0000000000000001, 0x0000000000000000);
  TEST_BR2_OP_TAKEN(10, bgeu, 0x0000000000000001, 0x0000000000000001);
  TEST_BR2_OP_NOTTAKEN(11, bgeu, 0x0000000000000001, 0xffffffffffffffff);
  TEST_BR2_OP_NOTTAKEN(12, bgeu, 0x0000000000000001, 0x7fffffffffffffff);
  TEST_BR2_OP_NOTTAKEN(13, bgeu, 0x0000000000000001, 0x8000000000000000);
  TEST_BR2_OP_NOTTAKEN(14, bgeu, 0x0000000000000001, 0x000000007fffffff);
  TEST_BR2_OP_NOTTAKEN(15, bgeu, 0x0000000000000001, 0xffffffff80000000);
  TEST_BR2_OP_TAKEN(16, bgeu, 0xffffffffffffffff, 0x0000000000000000);
  TEST_BR2_OP_TAKEN(17, bgeu, 0xffffffffffffffff, 0x0000000000000001);
  TEST_BR2_OP_TAKEN(18, bgeu, 0xffffffffffffffff, 0xffffffffffffffff);
  TEST_BR2_OP_TAKEN(19, bgeu, 0xffffffffffffffff, 0x7fffffffffffffff);
  TEST_BR2_OP_TAKEN(20, bgeu, 0xffffffffffffffff, 0x8000000000000000);
  TEST_BR2_OP_TAKEN(21, bgeu, 0xffffffffffffffff, 0x000000007fffffff);
  TEST_BR2_OP_TAKEN(22, bgeu, 0xffffffffffffffff, 0xffffffff80000000);
  TEST_BR2_OP_TAKEN(23, bgeu, 0x7fffffffffffffff, 0x0000000000000000);
  TEST_BR2_OP_TAKEN(24, bgeu, 0x7fffffffffffffff, 0x0000000000000001);
  TEST_BR2_OP_NOTTAKEN(25, bgeu, 0x7fffffffffffffff, 0xffffffffffffffff);
  TEST_BR2_OP_TAKEN(26, bgeu, 0x7fffffffffffffff, 0x7fffffffffffffff);
  TEST_BR2_OP_NOTTAKEN(27, bgeu, 0x7fffffffffffffff, 0x8000000000000000);
  TEST_BR2_OP_TAKEN(28, bgeu, 0x7fffffffffffffff, 0x000000007fffffff);
  TEST_BR2_OP_NOTTAKEN(29, bgeu, 0x7fffffffffffffff, 0xffffffff80000000);
  TEST_BR2_OP_TAKEN(30, bgeu, 0x8000000000000000, 0x0000000000000000);
  TEST_BR2_OP_TAKEN(31, bgeu, 0x8000000000000000, 0x0000000000000001);
  TEST_BR2_OP_NOTTAKEN(32, bgeu, 0x8000000000000000, 0xffffffffffffffff);
  TEST_BR2_OP_TAKEN(33, bgeu, 0x8000000000000000, 0x7fffffffffffffff);
  TEST_BR2_OP_TAKEN(34, bgeu, 0x8000000000000000, 0x8000000000000000);
  TEST_BR2_OP_TAKEN(35, bgeu, 0x8000000000000000, 0x000000007fffffff);
  TEST_BR2_OP_NOTTAKEN(36, bgeu, 0x8000000000000000, 0xffffffff80000000);
  TEST_BR2_OP_TAKEN(37, bgeu, 0x000000007fffffff, 0x0000000000000000);
  TEST_BR2_OP_TAKEN(38, bgeu, 0x000000007fffffff, 0x0000000000000001);
  TEST_BR2_OP_NOTTAKEN(39, bgeu, 0x000000007fffffff, 0xffffffffffffffff);
  TEST_BR2_OP_NOTTAKEN(40, bgeu, 0x000000007fffffff, 0x7fffffffffffffff);
  TEST_BR2_OP_NOTTAKEN(41, bgeu, 0x000000007fffffff, 0x8000000000000000);
  TEST_BR2_OP_TAKEN(42, bgeu, 0x000000007fffffff, 0x000000007fffffff);
  TEST_BR2_OP_NOTTAKEN(43, bgeu, 0x000000007fffffff, 0xffffffff80000000);
  TEST_BR2_OP_TAKEN(44, bgeu, 0xffffffff80000000, 0x0000000000000000);
  TEST_BR2_OP_TAKEN(45, bgeu, 0xffffffff80000000, 0x0000000000000001);
  TEST_BR2_OP_NOTTAKEN(46, bgeu, 0xffffffff80000000, 0xffffffffffffffff);
  TEST_BR2_OP_TAKEN(47, bgeu, 0xffffffff80000000, 0x7fffffffffffffff);
  TEST_BR2_OP_TAKEN(48, bgeu, 0xffffffff80000000, 0x8000000000000000);
  TEST_BR2_OP_TAKEN(49, bgeu, 0xffffffff80000000, 0x000000007fffffff);
  TEST_BR2_OP_TAKEN(50, bgeu, 0xffffffff80000000, 0xffffffff80000000);

  // Sources produced 0, 1 and 2 instructions before a not-taken branch
  TEST_BR2_SRC12_BYPASS(51, 0, 0, bgeu, 1, 2);
  TEST_BR2_SRC12_BYPASS(52, 0, 1, bgeu, 1, 2);
  TEST_BR2_SRC12_BYPASS(53, 0, 2, bgeu, 1, 2);
  TEST_BR2_SRC12_BYPASS(54, 1, 0, bgeu, 1, 2);
  TEST_BR2_SRC12_BYPASS(55, 1, 1, bgeu, 1, 2);
  TEST_BR2_SRC12_BYPASS(56, 2, 0, bgeu, 1, 2);
  TEST_BR2_SRC21_BYPASS(57, 0, 0, bgeu, 1, 2);
  TEST_BR2_SRC21_BYPASS(58, 0, 1, bgeu, 1, 2);
  TEST_BR2_SRC21_BYPASS(59, 0, 2, bgeu, 1, 2);
  TEST_BR2_SRC21_BYPASS(60, 1, 0, bgeu, 1, 2);
  TEST_BR2_SRC21_BYPASS(61, 1, 1, bgeu, 1, 2);
  TEST_BR2_SRC21_BYPASS(62, 2, 0, bgeu, 1, 2);

  // Offsets of +0xffc and -0xff4: every bit of the B-format immediate, both ways
test_63:
  li TESTNUM, 63
  li x1, 1
  li x2, 1
  bgeu x1, x2, far_forward_63
  j fail
far_backward_63:
  j far_done_63
  .skip 0xffc - 12
far_forward_63:
  bgeu x1, x2, far_backward_63
  j fail
far_done_63:

  // The instructions after a taken branch must not execute
  TEST_CASE(64, x1, 3,
    li x1, 1;
    bgeu x0, x0, 1f;
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
