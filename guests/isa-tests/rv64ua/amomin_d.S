// amomin_d.S: tests `amomin.d`, atomic signed minimum on a doubleword: rd gets the old value, memory the result (RISC-V Unprivileged ISA 20191213, 8.4).
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN

  // rd is the old value; the memory word holds the new one
  TEST_CASE(2, x14, 0xffffffff80000000,
    la x13, amo_operand; li x1, 0xffffffff80000000; sd x1, 0(x13);
    li x12, 0xfffffffffffff800; amomin.d x14, x12, (x13);
  )
  TEST_CASE(3, x15, 0xffffffff80000000, ld x15, 0(x13))
  TEST_CASE(4, x14, 0x0000000080000000,
    la x13, amo_operand; li x1, 0x0000000080000000; sd x1, 0(x13);
    li x12, 0x0000000000000001; amomin.d x14, x12, (x13);
  )
  TEST_CASE(5, x15, 0x0000000000000001, ld x15, 0(x13))
  TEST_CASE(6, x14, 0x0000000000000000,
    la x13, amo_operand; li x1, 0x0000000000000000; sd x1, 0(x13);
    li x12, 0xffffffffffffffff; amomin.d x14, x12, (x13);
  )
  TEST_CASE(7, x15, 0xffffffffffffffff, ld x15, 0(x13))
  TEST_CASE(8, x14, 0xffffffffffffffff,
    la x13, amo_operand; li x1, 0xffffffffffffffff; sd x1, 0(x13);
    li x12, 0x0000000000000000; amomin.d x14, x12, (x13);
  )
  TEST_CASE(9, x15, 0xffffffffffffffff, ld x15, 0(x13))
  TEST_CASE(10, x14, 0x0123456789abcdef,
    la x13, amo_operand; li x1, 0x0123456789abcdef; sd x1, 0(x13);
    li x12, 0xfedcba9876543210; amomin.d x14, x12, (x13);
  )
  TEST_CASE(11, x15, 0xfedcba9876543210, ld x15, 0(x13))
  TEST_CASE(12, x14, 0x8000000000000000,
    la x13, amo_operand; li x1, 0x8000000000000000; sd x1, 0(x13);
    li x12, 0x7fffffffffffffff; amomin.d x14, x12, (x13);
  )
  TEST_CASE(13, x15, 0x8000000000000000, ld x15, 0(x13))
  TEST_CASE(14, x14, 0x7fffffffffffffff,
    la x13, amo_operand; li x1, 0x7fffffffffffffff; sd x1, 0(x13);
    li x12, 0x8000000000000000; amomin.d x14, x12, (x13);
  )
  TEST_CASE(15, x15, 0x8000000000000000, ld x15, 0(x13))
  TEST_CASE(16, x14, 0x0000000000000005,
    la x13, amo_operand; li x1, 0x0000000000000005; sd x1, 0(x13);
    li x12, 0x0000000000000005; amomin.d x14, x12, (x13);
  )
  TEST_CASE(17, x15, 0x0000000000000005, ld x15, 0(x13))
  TEST_CASE(18, x14, 0x0000000000000001,
    la x13, amo_operand; li x1, 0x0000000000000001; sd x1, 0(x13);
    li x12, 0x0000000000000002; amomin.d x14, x12, (x13);
  )
  TEST_CASE(19, x15, 0x0000000000000001, ld x15, 0(x13))
  TEST_CASE(20, x14, 0x0000000000000002,
    la x13, amo_operand; li x1, 0x0000000000000002; sd x1, 0(x13);
    li x12, 0x0000000000000001; amomin.d x14, x12, (x13);
  )
  TEST_CASE(21, x15, 0x0000000000000001, ld x15, 0(x13))

  // x0 as the destination: memory is still updated
  TEST_CASE(22, x15, 0xfedcba9876543210,
    la x13, amo_operand; li x1, 0x0123456789abcdef; sd x1, 0(x13); li x12, 0xfedcba9876543210;
    amomin.d x0, x12, (x13); ld x15, 0(x13)
  )

  // rd the same as rs2: the old value lands in rd, the result computed from the original rs2
  TEST_CASE(23, x12, 0x0123456789abcdef,
    la x13, amo_operand; li x1, 0x0123456789abcdef; sd x1, 0(x13); li x12, 0xfedcba9876543210;
    amomin.d x12, x12, (x13)
  )
  TEST_CASE(24, x15, 0xfedcba9876543210, ld x15, 0(x13))

  // The acquire, release and sequentially consistent forms behave the same on one hart
  TEST_CASE(25, x14, 0x0123456789abcdef,
    la x13, amo_operand; li x1, 0x0123456789abcdef; sd x1, 0(x13); li x12, 0xfedcba9876543210;
    amomin.d.aq x14, x12, (x13)
  )
  TEST_CASE(26, x15, 0xfedcba9876543210, ld x15, 0(x13))
  TEST_CASE(27, x14, 0x0123456789abcdef,
    la x13, amo_operand; li x1, 0x0123456789abcdef; sd x1, 0(x13); li x12, 0xfedcba9876543210;
    amomin.d.rl x14, x12, (x13)
  )
  TEST_CASE(28, x15, 0xfedcba9876543210, ld x15, 0(x13))
  TEST_CASE(29, x14, 0x0123456789abcdef,
    la x13, amo_operand; li x1, 0x0123456789abcdef; sd x1, 0(x13); li x12, 0xfedcba9876543210;
    amomin.d.aqrl x14, x12, (x13)
  )
  TEST_CASE(30, x15, 0xfedcba9876543210, ld x15, 0(x13))

  // Back-to-back AMOs on one location each see the previous result
  TEST_CASE(31, x14, 0xfedcba9876543210,
    la x13, amo_operand; li x1, 0x0000000080000000; sd x1, 0(x13);
    li x12, 0x0000000000000001; amomin.d x14, x12, (x13);
    li x12, 0xfedcba9876543210; amomin.d x14, x12, (x13);
    li x12, 0xffffffffffffffff; amomin.d x14, x12, (x13);
  )
  TEST_CASE(32, x15, 0xfedcba9876543210, ld x15, 0(x13))

  TEST_PASSFAIL

RVTEST_CODE_END

  .data
RVTEST_DATA_BEGIN
  .align 3
amo_operand:
  .dword 0
RVTEST_DATA_END
