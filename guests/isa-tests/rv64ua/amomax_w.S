// amomax_w.S: tests `amomax.w`, atomic signed maximum on a word: rd gets the old value sign-extended, memory the result (RISC-V Unprivileged ISA 20191213, 8.4).
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN

  // rd is the old value; the memory word holds the new one; the other half of the doubleword is untouched
  TEST_CASE(2, x14, 0xffffffff80000000,
    la x13, amo_operand; li x1, 0x5aa5c33c80000000; sd x1, 0(x13);
    li x12, 0x00000000fffff800; amomax.w x14, x12, (x13);
  )
  TEST_CASE(3, x15, 0x5aa5c33cfffff800, ld x15, 0(x13))
  TEST_CASE(4, x14, 0x000000007fffffff,
    la x13, amo_operand; li x1, 0x7fffffff5aa5c33c; sd x1, 0(x13);
    addi x15, x13, 4; li x12, 0x0000000000000001; amomax.w x14, x12, (x15);
  )
  TEST_CASE(5, x15, 0x7fffffff5aa5c33c, ld x15, 0(x13))
  TEST_CASE(6, x14, 0x0000000000000000,
    la x13, amo_operand; li x1, 0x5aa5c33c00000000; sd x1, 0(x13);
    li x12, 0x00000000ffffffff; amomax.w x14, x12, (x13);
  )
  TEST_CASE(7, x15, 0x5aa5c33c00000000, ld x15, 0(x13))
  TEST_CASE(8, x14, 0xffffffffffffffff,
    la x13, amo_operand; li x1, 0xffffffff5aa5c33c; sd x1, 0(x13);
    addi x15, x13, 4; li x12, 0x0000000000000000; amomax.w x14, x12, (x15);
  )
  TEST_CASE(9, x15, 0x000000005aa5c33c, ld x15, 0(x13))
  TEST_CASE(10, x14, 0xffffffff89abcdef,
    la x13, amo_operand; li x1, 0x5aa5c33c89abcdef; sd x1, 0(x13);
    li x12, 0x0000000076543210; amomax.w x14, x12, (x13);
  )
  TEST_CASE(11, x15, 0x5aa5c33c76543210, ld x15, 0(x13))
  TEST_CASE(12, x14, 0xffffffff80000000,
    la x13, amo_operand; li x1, 0x800000005aa5c33c; sd x1, 0(x13);
    addi x15, x13, 4; li x12, 0x000000007fffffff; amomax.w x14, x12, (x15);
  )
  TEST_CASE(13, x15, 0x7fffffff5aa5c33c, ld x15, 0(x13))
  TEST_CASE(14, x14, 0x000000007fffffff,
    la x13, amo_operand; li x1, 0x5aa5c33c7fffffff; sd x1, 0(x13);
    li x12, 0x0000000080000000; amomax.w x14, x12, (x13);
  )
  TEST_CASE(15, x15, 0x5aa5c33c7fffffff, ld x15, 0(x13))
  TEST_CASE(16, x14, 0x0000000000000005,
    la x13, amo_operand; li x1, 0x000000055aa5c33c; sd x1, 0(x13);
    addi x15, x13, 4; li x12, 0x0000000000000005; amomax.w x14, x12, (x15);
  )
  TEST_CASE(17, x15, 0x000000055aa5c33c, ld x15, 0(x13))
  TEST_CASE(18, x14, 0x0000000000000001,
    la x13, amo_operand; li x1, 0x5aa5c33c00000001; sd x1, 0(x13);
    li x12, 0x0000000000000002; amomax.w x14, x12, (x13);
  )
  TEST_CASE(19, x15, 0x5aa5c33c00000002, ld x15, 0(x13))
  TEST_CASE(20, x14, 0x0000000000000002,
    la x13, amo_operand; li x1, 0x000000025aa5c33c; sd x1, 0(x13);
    addi x15, x13, 4; li x12, 0x0000000000000001; amomax.w x14, x12, (x15);
  )
  TEST_CASE(21, x15, 0x000000025aa5c33c, ld x15, 0(x13))
  TEST_CASE(22, x14, 0x0000000012345678,
    la x13, amo_operand; li x1, 0x5aa5c33c12345678; sd x1, 0(x13);
    li x12, 0x0000000187654321; amomax.w x14, x12, (x13);
  )
  TEST_CASE(23, x15, 0x5aa5c33c12345678, ld x15, 0(x13))
  TEST_CASE(24, x14, 0xffffffff87654321,
    la x13, amo_operand; li x1, 0x876543215aa5c33c; sd x1, 0(x13);
    addi x15, x13, 4; li x12, 0xffffffff12345678; amomax.w x14, x12, (x15);
  )
  TEST_CASE(25, x15, 0x123456785aa5c33c, ld x15, 0(x13))

  // x0 as the destination: memory is still updated
  TEST_CASE(26, x15, 0x5aa5c33c76543210,
    la x13, amo_operand; li x1, 0x5aa5c33c89abcdef; sd x1, 0(x13); li x12, 0x0000000076543210;
    amomax.w x0, x12, (x13); ld x15, 0(x13)
  )

  // rd the same as rs2: the old value lands in rd, the result computed from the original rs2
  TEST_CASE(27, x12, 0xffffffff89abcdef,
    la x13, amo_operand; li x1, 0x5aa5c33c89abcdef; sd x1, 0(x13); li x12, 0x0000000076543210;
    amomax.w x12, x12, (x13)
  )
  TEST_CASE(28, x15, 0x5aa5c33c76543210, ld x15, 0(x13))

  // The acquire, release and sequentially consistent forms behave the same on one hart
  TEST_CASE(29, x14, 0xffffffff89abcdef,
    la x13, amo_operand; li x1, 0x5aa5c33c89abcdef; sd x1, 0(x13); li x12, 0x0000000076543210;
    amomax.w.aq x14, x12, (x13)
  )
  TEST_CASE(30, x15, 0x5aa5c33c76543210, ld x15, 0(x13))
  TEST_CASE(31, x14, 0xffffffff89abcdef,
    la x13, amo_operand; li x1, 0x5aa5c33c89abcdef; sd x1, 0(x13); li x12, 0x0000000076543210;
    amomax.w.rl x14, x12, (x13)
  )
  TEST_CASE(32, x15, 0x5aa5c33c76543210, ld x15, 0(x13))
  TEST_CASE(33, x14, 0xffffffff89abcdef,
    la x13, amo_operand; li x1, 0x5aa5c33c89abcdef; sd x1, 0(x13); li x12, 0x0000000076543210;
    amomax.w.aqrl x14, x12, (x13)
  )
  TEST_CASE(34, x15, 0x5aa5c33c76543210, ld x15, 0(x13))

  // Back-to-back AMOs on one location each see the previous result
  TEST_CASE(35, x14, 0x000000007fffffff,
    la x13, amo_operand; li x1, 0x5aa5c33c7fffffff; sd x1, 0(x13);
    li x12, 0x0000000000000001; amomax.w x14, x12, (x13);
    li x12, 0x0000000076543210; amomax.w x14, x12, (x13);
    li x12, 0x00000000ffffffff; amomax.w x14, x12, (x13);
  )
  TEST_CASE(36, x15, 0x5aa5c33c7fffffff, ld x15, 0(x13))

  TEST_PASSFAIL

RVTEST_CODE_END

  .data
RVTEST_DATA_BEGIN
  .align 3
amo_operand:
  .dword 0
RVTEST_DATA_END
