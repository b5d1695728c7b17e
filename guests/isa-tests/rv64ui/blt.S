// blt.S: tests `blt`, branch if less than, signed (RISC-V Unprivileged ISA 20191213, 2.5).
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN
  // 32-bit encodings only, as in a build without C: rv64uc tests the compressed instructions.
  .option norvc

  // Taken and not-taken branches, forwards and backwards
  TEST_BR2_OP_NOTTAKEN(2, blt, 0x0000000000000000, 0x0000000000000000);
  TEST_BR2_OP_TAKEN(3, blt, 0x0000000000000000, 0x0000000000000001);
  TEST_BR2_OP_NOTTAKEN(4, blt, 0x0000000000000000, 0xffffffffffffffff);
  TEST_BR2_OP_TAKEN(5, blt, 0x0000000000000000, 0x7fffffffffffffff);
  TEST_BR2_OP_NOTTAKEN(6, blt, 0x0000000000000000, 0x8000000000000000);
  TEST_BR2_OP_TAKEN(7, blt, 0x0000000000000000, 0x000000007fffffff);
  TEST_BR2_OP_NOTTAKEN(8, blt, 0x0000000000000000, 0xffffffff80000000);
  TEST_BR2_OP_NOTTAKEN(9, blt, 0x0000000000000001, 0x0000000000000000);
  TEST_BR2_OP_NOTTAKEN(10, blt, 0x0000000000000001, 0x0000000000000001);
  TEST_BR2_OP_NOTTAKEN(11, blt, 0x0000000000000001, 0xffffffffffffffff);
  TEST_BR2_OP_TAKEN(12, blt, 0x0000000000000001, 0x7fffffffffffffff);
  TEST_BR2_OP_NOTTAKEN(13, blt, 0x0000000000000001, 0x8000000000000000);
  TEST_BR2_OP_TAKEN(14, blt, 0x0000000000000001, 0x000000007fffffff);
  TEST_BR2_OP_NOTTAKEN(15, blt, 0x0000000000000001, 0xffffffff80000000);
  TEST_BR2_OP_TAKEN(16, blt, 0xffffffffffffffff, 0x0000000000000000);
  TEST_BR2_OP_TAKEN(17, blt, 0xffffffffffffffff, 0x0000000000000001);
  TEST_BR2_OP_NOTTAKEN(18, blt, 0xffffffffffffffff, 0xffffffffffffffff);
  TEST_BR2_OP_TAKEN(19, blt, 0xffffffffffffffff, 0x7fffffffffffffff);
  TEST_BR2_OP_NOTTAKEN(20, blt, 0xffffffffffffffff, 0x8000000000000000);
  TEST_BR2_OP_TAKEN(21, blt, 0xffffffffffffffff, 0x000000007fffffff);
  TEST_BR2_OP_NOTTAKEN(22, blt, 0xffffffffffffffff, 0xffffffff80000000);
  TEST_BR2_OP_NOTTAKEN(23, blt, 0x7fffffffffffffff, 0x0000000000000000);
  TEST_BR2_OP_NOTTAKEN(24, blt, 0x7fffffffffffffff, 0x0000000000000001);
  TEST_BR2_OP_NOTTAKEN(25, blt, 0x7fffffffffffffff, 0xffffffffffffffff);
  TEST_BR2_OP_NOTTAKEN(26, blt, 0x7fffffffffffffff, 0x7fffffffffffffff);
  TEST_BR2_OP_NOTTAKEN(27, blt, 0x7fffffffffffffff, 0x8000000000000000);
  TEST_BR2_OP_NOTTAKEN(28, blt, 0x7fffffffffffffff, 0x000000007fffffff);
  TEST_BR2_OP_NOTTAKEN(29, blt, 0x7fffffffffffffff, 0xffffffff80000000);
  TEST_BR2_OP_TAKEN(30, blt, 0x8000000000000000, 0x0000000000000000);
  TEST_BR2_OP_TAKEN(31, blt, 0x8000000000000000, 0x0000000000000001);
  TEST_BR2_OP_TAKEN(32, blt, 0x8000000000000000, 0xffffffffffffffff);
  TEST_BR2_OP_TAKEN(33, blt, 0x8000000000000000, 0x7fffffffffffffff);
  TEST_BR2_OP_NOTTAKEN(34, blt, 0x8000000000000000, 0x8000000000000000);
  TEST_BR2_OP_TAKEN(35, blt, 0x8000000000000000, 0x000000007fffffff);
  TEST_BR2_OP_TAKEN(36, blt, 0x8000000000000000, 0xffffffff80000000);
  TEST_BR2_OP_NOTTAKEN(37, blt, 0x000000007fffffff, 0x0000000000000000);
  TEST_BR2_OP_NOTTAKEN(38, blt, 0x000000007fffffff, 0x0000000000000001);
  TEST_BR2_OP_NOTTAKEN(39, blt, 0x000000007fffffff, 0xffffffffffffffff);
  TEST_BR2_OP_TAKEN(40, blt, 0x000000007fffffff, 0x7fffffffffffffff);
  TEST_BR2_OP_NOTTAKEN(41, blt, 0x000000007fffffff, 0x8000000000000000);
  TEST_BR2_OP_NOTTAKEN(42, blt, 0x000000007fffffff, 0x000000007fffffff);
  TEST_BR2_OP_NOTTAKEN(43, blt, 0x000000007fffffff, 0xffffffff80000000);
  TEST_BR2_OP_TAKEN(44, blt, 0xffffffff80000000, 0x0000000000000000);
  TEST_BR2_OP_TAKEN(45, blt, 0xffffffff80000000, 0x0000000000000001);
  TEST_BR2_OP_TAKEN(46, blt, 0xffffffff80000000, 0xffffffffffffffff);
  TEST_BR2_OP_TAKEN(47, blt, 0xffffffff80000000, 0x7fffffffffffffff);
  TEST_BR2_OP_NOTTAKEN(48, blt, 0xffffffff80000000, 0x8000000000000000);
  TEST_BR2_OP_TAKEN(49, blt, 0xffffffff80000000, 0x000000007fffffff);
  TEST_BR2_OP_NOTTAKEN(50, blt, 0xffffffff80000000, 0xffffffff80000000);

  // Sources produced 0, 1 and 2 instructions before a not-taken branch
  TEST_BR2_SRC12_BYPASS(51, 0, 0, blt, 2, 1);
  TEST_BR2_SRC12_BYPASS(52, 0, 1, blt, 2, 1);
  TEST_BR2_SRC12_BYPASS(53, 0, 2, blt, 2, 1);
  TEST_BR2_SRC12_BYPASS(54, 1, 0, blt, 2, 1);
  TEST_BR2_SRC12_BYPASS(55, 1, 1, blt, 2, 1);
  TEST_BR2_SRC12_BYPASS(56, 2, 0, blt, 2, 1);
  TEST_BR2_SRC21_BYPASS(57, 0, 0, blt, 2, 1);
  TEST_BR2_SRC21_BYPASS(58, 0, 1, blt, 2, 1);
  TEST_BR2_SRC21_BYPASS(59, 0, 2, blt, 2, 1);
  TEST_BR2_SRC21_BYPASS(60, 1, 0, blt, 2, 1);
  TEST_BR2_SRC21_BYPASS(61, 1, 1, blt, 2, 1);
  TEST_BR2_SRC21_BYPASS(62, 2, 0, blt, 2, 1);

  // Offsets of +0xffc and -0xff4: every bit of the B-format immediate, both ways
test_63:
  li TESTNUM, 63
  li x1, 1
  li x2, 2
  blt x1, x2, far_forward_63
  j fail
far_backward_63:
  j far_done_63
  .skip 0xffc - 12
far_forward_63:
  blt x1, x2, far_backward_63
  j fail
far_done_63:

  // The instructions after a taken branch must not execute
  TEST_CASE(64, x1, 3,
    li x1, 1;
    blt x0, x1, 1f;
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
