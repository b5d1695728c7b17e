// bltu.S: tests `bltu`, branch if less than, unsigned (RISC-V Unprivileged ISA 20191213, 2.5).
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN
  // 32-bit encodings only, as in a build without C: rv64uc tests the compressed instructions.
  .option norvc

  // Taken and not-taken branches, forwards and backwards
  TEST_BR2_OP_NOTTAKEN(2, bltu, 0x0000000000000000, 0x0000000000000000);
  TEST_BR2_OP_TAKEN(3, bltu, 0x0000000000000000, 0x0000000000000001);
  TEST_BR2_OP_TAKEN(4, bltu, 0x0000000000000000, 0xffffffffffffffff);
  TEST_BR2_OP_TAKEN(5, bltu, 0x0000000000000000, 0x7fffffffffffffff);
  TEST_BR2_OP_TAKEN(6, bltu, 0x0000000000000000, 0x8000000000000000);
  TEST_BR2_OP_TAKEN(7, bltu, 0x0000000000000000, 0x000000007fffffff);
  TEST_BR2_OP_TAKEN(8, bltu, 0x0000000000000000, 0xffffffff80000000);
  TEST_BR2_OP_NOTTAKEN(9, bltu, 0x0000000000000001, 0x0000000000000000);
  TEST_BR2_OP_NOTTAKEN(10, bltu, 0x0000000000000001, 0x0000000000000001);
  TEST_BR2_OP_TAKEN(11, bltu, 0x0000000000000001, 0xffffffffffffffff);
  TEST_BR2_OP_TAKEN(12, bltu, 0x0000000000000001, 0x7fffffffffffffff);
  TEST_BR2_OP_TAKEN(13, bltu, 0x0000000000000001, 0x8000000000000000);
  TEST_BR2_OP_TAKEN(14, bltu, 0x0000000000000001, 0x000000007fffffff);
  TEST_BR2_OP_TAKEN(15, bltu, 0x0000000000000001, 0xffffffff80000000);
  TEST_BR2_OP_NOTTAKEN(16, bltu, 0xffffffffffffffff, 0x0000000000000000);
  TEST_BR2_OP_NOTTAKEN(17, bltu, 0xffffffffffffffff, 0x0000000000000001);
  TEST_BR2_OP_NOTTAKEN(18, bltu, 0xffffffffffffffff, 0xffffffffffffffff);
  TEST_BR2_OP_NOTTAKEN(19, bltu, 0xffffffffffffffff, 0x7fffffffffffffff);
  TEST_BR2_OP_NOTTAKEN(20, bltu, 0xffffffffffffffff, 0x8000000000000000);
  TEST_BR2_OP_NOTTAKEN(21, bltu, 0xffffffffffffffff, 0x000000007fffffff);
  TEST_BR2_OP_NOTTAKEN(22, bltu, 0xffffffffffffffff, 0xffffffff80000000);
  TEST_BR2_OP_NOTTAKEN(23, bltu, 0x7fffffffffffffff, 0x0000000000000000);
  TEST_BR2_OP_NOTTAKEN(24, bltu, 0x7fffffffffffffff, 0x0000000000000001);
  TEST_BR2_OP_TAKEN(25, bltu, 0x7fffffffffffffff, 0xffffffffffffffff);
  TEST_BR2_OP_NOTTAKEN(26, bltu, 0x7fffffffffffffff, 0x7fffffffffffffff);
  TEST_BR2_OP_TAKEN(27, bltu, 0x7fffffffffffffff, 0x8000000000000000);
  TEST_BR2_OP_NOTTAKEN(28, bltu, 0x7fffffffffffffff, 0x000000007fffffff);
  TEST_BR2_OP_TAKEN(29, bltu, 0x7fffffffffffffff, 0xffffffff80000000);
  TEST_BR2_OP_NOTTAKEN(30, bltu, 0x8000000000000000, 0x0000000000000000);
  TEST_BR2_OP_NOTTAKEN(31, bltu, 0x8000000000000000, 0x0000000000000001);
  TEST_BR2_OP_TAKEN(32, bltu, 0x8000000000000000, 0xffffffffffffffff);
  TEST_BR2_OP_NOTTAKEN(33, bltu, 0x8000000000000000, 0x7fffffffffffffff);
  TEST_BR2_OP_NOTTAKEN(34, bltu, 0x8000000000000000, 0x8000000000000000);
  TEST_BR2_OP_NOTTAKEN(35, bltu, 0x8000000000000000, 0x000000007fffffff);
  TEST_BR2_OP_TAKEN(36, bltu, 0x8000000000000000, 0xffffffff80000000);
  TEST_BR2_OP_NOTTAKEN(37, bltu, 0x000000007fffffff, 0x0000000000000000);
  TEST_BR2_OP_NOTTAKEN(38, bltu, 0x000000007fffffff, 0x0000000000000001);
  TEST_BR2_OP_TAKEN(39, bltu, 0x000000007fffffff, 0xffffffffffffffff);
  TEST_BR2_OP_TAKEN(40, bltu, 0x000000007fffffff, 0x7fffffffffffffff);
  TEST_BR2_OP_TAKEN(41, bltu, 0x000000007fffffff, 0x8000000000000000);
  TEST_BR2_OP_NOTTAKEN(42, bltu, 0x000000007fffffff, 0x000000007fffffff);
  TEST_BR2_OP_TAKEN(43, bltu, 0x000000007fffffff, 0xffffffff80000000);
  TEST_BR2_OP_NOTTAKEN(44, bltu, 0xffffffff80000000, 0x0000000000000000);
  TEST_BR2_OP_NOTTAKEN(45, bltu, 0xffffffff80000000, 0x0000000000000001);
  TEST_BR2_OP_TAKEN(46, bltu, 0xffffffff80000000, 0xffffffffffffffff);
  TEST_BR2_OP_NOTTAKEN(47, bltu, 0xffffffff80000000, 0x7fffffffffffffff);
  TEST_BR2_OP_NOTTAKEN(48, bltu, 0xffffffff80000000, 0x8000000000000000);
  TEST_BR2_OP_NOTTAKEN(49, bltu, 0xffffffff80000000, 0x000000007fffffff);
  TEST_BR2_OP_NOTTAKEN(50, bltu, 0xffffffff80000000, 0xffffffff80000000);

  // Sources produced 0, 1 and 2 instructions before a not-taken branch
  TEST_BR2_SRC12_BYPASS(51, 0, 0, bltu, 2, 1);
  TEST_BR2_SRC12_BYPASS(52, 0, 1, bltu, 2, 1);
  TEST_BR2_SRC12_BYPASS(53, 0, 2, bltu, 2, 1);
  TEST_BR2_SRC12_BYPASS(54, 1, 0, bltu, 2, 1);
  TEST_BR2_SRC12_BYPASS(55, 1, 1, bltu, 2, 1);
  TEST_BR2_SRC12_BYPASS(56, 2, 0, bltu, 2, 1);
  TEST_BR2_SRC21_BYPASS(57, 0, 0, bltu, 2, 1);
  TEST_BR2_SRC21_BYPASS(58, 0, 1, bltu, 2, 1);
  TEST_BR2_SRC21_BYPASS(59, 0, 2, bltu, 2, 1);
  TEST_BR2_SRC21_BYPASS(60, 1, 0, bltu, 2, 1);
  TEST_BR2_SRC21_BYPASS(61, 1, 1, bltu, 2, 1);
  TEST_BR2_SRC21_BYPASS(62, 2, 0, bltu, 2, 1);

  // Offsets of +0xffc and -0xff4: every bit of the B-format immediate, both ways
test_63:
  li TESTNUM, 63
  li x1, 1
  li x2, 2
  bltu x1, x2, far_forward_63
  j fail
far_backward_63:
  j far_done_63
  .skip 0xffc - 12
far_forward_63:
  bltu x1, x2, far_backward_63
  j fail
far_done_63:

  // The instructions after a taken branch must not execute
  TEST_CASE(64, x1, 3,
    li x1, 1;
    bltu x0, x1, 1f;
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
