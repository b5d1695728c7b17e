// bge.S: tests `bge`, branch if greater or equal, signed (RISC-V Unprivileged ISA 20191213, 2.5).
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN
  // 32-bit encodings only, as in a build without C: rv64uc tests the compressed instructions.
  .option norvc

  // Taken and not-taken branches, forwards and backwards
  TEST_BR2_OP_TAKEN(2, bge, 0x0000000000000000, 0x0000000000000000);
  TEST_BR2_OP_NOTTAKEN(3, bge, 0x0000000000000000, 0x0000000000000001);
  TEST_BR2_OP_TAKEN(4, bge, 0x0000000000000000, 0xffffffffffffffff);
  TEST_BR2_OP_NOTTAKEN(5, bge, 0x0000000000000000, 0x7fffffffffffffff);
  TEST_BR2_OP_TAKEN(6, bge, 0x0000000000000000, 0x8000000000000000);
  TEST_BR2_OP_NOTTAKEN(7, bge, 0x0000000000000000, 0x000000007fffffff);
  TEST_BR2_OP_TAKEN(8, bge, 0x0000000000000000, 0xffffffff80000000);
  TEST_BR2_OP_TAKEN(9, bge, 0x0000000000000001, 0x0000000000000000);
  TEST_BR2_OP_TAKEN(10, bge, 0x0000000000000001, 0x0000000000000001);
  TEST_BR2_OP_TAKEN(11, bge, 0x0000000000000001, 0xffffffffffffffff);
  TEST_BR2_OP_NOTTAKEN(12, bge, 0x0000000000000001, 0x7fffffffffffffff);
  TEST_BR2_OP_TAKEN(13, bge, 0x0000000000000001, 0x8000000000000000);
  TEST_BR2_OP_NOTTAKEN(14, bge, 0x0000000000000001, 0x000000007fffffff);
  TEST_BR2_OP_TAKEN(15, bge, 0x0000000000000001, 0xffffffff80000000);
  TEST_BR2_OP_NOTTAKEN(16, bge, 0xffffffffffffffff, 0x0000000000000000);
  TEST_BR2_OP_NOTTAKEN(17, bge, 0xffffffffffffffff, 0x0000000000000001);
  TEST_BR2_OP_TAKEN(18, bge, 0xffffffffffffffff, 0xffffffffffffffff);
  TEST_BR2_OP_NOTTAKEN(19, bge, 0xffffffffffffffff, 0x7fffffffffffffff);
  TEST_BR2_OP_TAKEN(20, bge, 0xffffffffffffffff, 0x8000000000000000);
  TEST_BR2_OP_NOTTAKEN(21, bge, 0xffffffffffffffff, 0x000000007fffffff);
  TEST_BR2_OP_TAKEN(22, bge, 0xffffffffffffffff, 0xffffffff80000000);
  TEST_BR2_OP_TAKEN(23, bge, 0x7fffffffffffffff, 0x0000000000000000);
  TEST_BR2_OP_TAKEN(24, bge, 0x7fffffffffffffff, 0x0000000000000001);
  TEST_BR2_OP_TAKEN(25, bge, 0x7fffffffffffffff, 0xffffffffffffffff);
  TEST_BR2_OP_TAKEN(26, bge, 0x7fffffffffffffff, 0x7fffffffffffffff);
  TEST_BR2_OP_TAKEN(27, bge, 0x7fffffffffffffff, 0x8000000000000000);
  TEST_BR2_OP_TAKEN(28, bge, 0x7fffffffffffffff, 0x000000007fffffff);
  TEST_BR2_OP_TAKEN(29, bge, 0x7fffffffffffffff, 0xffffffff80000000);
  TEST_BR2_OP_NOTTAKEN(30, bge, 0x8000000000000000, 0x0000000000000000);
  TEST_BR2_OP_NOTTAKEN(31, bge, 0x8000000000000000, 0x0000000000000001);
  TEST_BR2_OP_NOTTAKEN(32, bge, 0x8000000000000000, 0xffffffffffffffff);
  TEST_BR2_OP_NOTTAKEN(33, bge, 0x8000000000000000, 0x7fffffffffffffff);
  TEST_BR2_OP_TAKEN(34, bge, 0x8000000000000000, 0x8000000000000000);
  TEST_BR2_OP_NOTTAKEN(35, bge, 0x8000000000000000, 0x000000007fffffff);
  TEST_BR2_OP_NOTTAKEN(36, bge, 0x8000000000000000, 0xffffffff80000000);
  TEST_BR2_OP_TAKEN(37, bge, 0x000000007fffffff, 0x0000000000000000);
  TEST_BR2_OP_TAKEN(38, bge, 0x000000007fffffff, 0x0000000000000001);
  TEST_BR2_OP_TAKEN(39, bge, 0x000000007fffffff, 0xffffffffffffffff);
  TEST_BR2_OP_NOTTAKEN(40, bge, 0x000000007fffffff, 0x7fffffffffffffff);
  TEST_BR2_OP_TAKEN(41, bge, 0x000000007fffffff, 0x8000000000000000);
  TEST_BR2_OP_TAKEN(42, bge, 0x000000007fffffff, 0x000000007fffffff);
  TEST_BR2_OP_TAKEN(43, bge, 0x000000007fffffff, 0xffffffff80000000);
  TEST_BR2_OP_NOTTAKEN(44, bge, 0xffffffff80000000, 0x0000000000000000);
  TEST_BR2_OP_NOTTAKEN(45, bge, 0xffffffff80000000, 0x0000000000000001);
  TEST_BR2_OP_NOTTAKEN(46, bge, 0xffffffff80000000, 0xffffffffffffffff);
  TEST_BR2_OP_NOTTAKEN(47, bge, 0xffffffff80000000, 0x7fffffffffffffff);
  TEST_BR2_OP_TAKEN(48, bge, 0xffffffff80000000, 0x8000000000000000);
  TEST_BR2_OP_NOTTAKEN(49, bge, 0xffffffff80000000, 0x000000007fffffff);
  TEST_BR2_OP_TAKEN(50, bge, 0xffffffff80000000, 0xffffffff80000000);

  // Sources produced 0, 1 and 2 instructions before a not-taken branch
  TEST_BR2_SRC12_BYPASS(51, 0, 0, bge, 1, 2);
  TEST_BR2_SRC12_BYPASS(52, 0, 1, bge, 1, 2);
  TEST_BR2_SRC12_BYPASS(53, 0, 2, bge, 1, 2);
  TEST_BR2_SRC12_BYPASS(54, 1, 0, bge, 1, 2);
  TEST_BR2_SRC12_BYPASS(55, 1, 1, bge, 1, 2);
  TEST_BR2_SRC12_BYPASS(56, 2, 0, bge, 1, 2);
  TEST_BR2_SRC21_BYPASS(57, 0, 0, bge, 1, 2);
  TEST_BR2_SRC21_BYPASS(58, 0, 1, bge, 1, 2);
  TEST_BR2_SRC21_BYPASS(59, 0, 2, bge, 1, 2);
  TEST_BR2_SRC21_BYPASS(60, 1, 0, bge, 1, 2);
  TEST_BR2_SRC21_BYPASS(61, 1, 1, bge, 1, 2);
  TEST_BR2_SRC21_BYPASS(62, 2, 0, bge, 1, 2);

  // Offsets of +0xffc and -0xff4: every bit of the B-format immediate, both ways
test_63:
  li TESTNUM, 63
  li x1, 1
  li x2, 1
  bge x1, x2, far_forward_63
  j fail
far_backward_63:
  j far_done_63
  .skip 0xffc - 12
far_forward_63:
  bge x1, x2, far_backward_63
  j fail
far_done_63:

  // The instructions after a taken branch must not execute
  TEST_CASE(64, x1, 3,
    li x1, 1;
    bge x0, x0, 1f;
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
