// lrsc.S: tests `lr.w`/`lr.d` and `sc.w`/`sc.d` on one hart: success writes memory and rd = 0, failure leaves memory
// alone and writes rd = 1 (RISC-V Unprivileged ISA 20191213, 8.2).
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN

  // An SC with no reservation at all (none was ever made) fails and does not write
  TEST_CASE(2, x14, 1,
    la x13, word_a;
    li x12, 0x1111;
    li x14, -1;
    sc.d x14, x12, (x13)
  )
  TEST_CASE(3, x15, 0x0123456789abcdef, ld x15, 0(x13))

  // LR.D then SC.D to the same address succeeds; rd is exactly 0
  TEST_CASE(4, x14, 0x0123456789abcdef,
    la x13, word_a;
    lr.d x14, (x13)
  )
  TEST_CASE(5, x15, 0,
    li x12, 0x2222;
    li x15, -1;
    sc.d x15, x12, (x13)
  )
  TEST_CASE(6, x15, 0x2222, ld x15, 0(x13))

  // The reservation is used up: a second SC.D fails
  TEST_CASE(7, x15, 1,
    li x12, 0x3333;
    sc.d x15, x12, (x13)
  )
  TEST_CASE(8, x15, 0x2222, ld x15, 0(x13))

  // LR.W sign-extends; SC.W writes only its word and sets the whole of rd (0 on success, 1 on failure)
  TEST_CASE(9, x14, 0xffffffff80000000,
    la x13, word_b;
    li x12, 0x7777777780000000;
    sd x12, 0(x13);
    lr.w x14, (x13)
  )
  TEST_CASE(10, x15, 0,
    li x12, 0xffffffff89abcdef;
    li x15, 0x8000000000000000;
    sc.w x15, x12, (x13)
  )
  TEST_CASE(11, x15, 0x7777777789abcdef, ld x15, 0(x13))
  TEST_CASE(12, x15, 1,
    li x12, 0x5555;
    li x15, 0x8000000000000000;
    sc.w x15, x12, (x13)
  )
  TEST_CASE(13, x15, 0x7777777789abcdef, ld x15, 0(x13))

  // A store by this hart to the reserved address between LR and SC makes the SC fail
  // (the ISA only says it may; Tabvisor and QEMU both fail it, and the stored value stays)
  TEST_CASE(14, x15, 1,
    la x13, word_a;
    lr.d x14, (x13);
    li x12, 0x4444;
    sd x12, 0(x13);
    li x12, 0x5555;
    sc.d x15, x12, (x13)
  )
  TEST_CASE(15, x15, 0x4444, ld x15, 0(x13))
  TEST_CASE(16, x15, 1,
    la x13, word_b;
    lr.w x14, (x13);
    li x12, 0x13579bdf;
    sw x12, 0(x13);
    li x12, 0x5555;
    sc.w x15, x12, (x13)
  )
  TEST_CASE(17, x15, 0x7777777713579bdf, ld x15, 0(x13))

  // An SC to an address other than the one reserved fails and writes nothing
  TEST_CASE(18, x15, 1,
    la x13, word_a;
    la x16, word_far;
    lr.d x14, (x13);
    li x12, 0x6666;
    sc.d x15, x12, (x16)
  )
  TEST_CASE(19, x15, 0xfedcba9876543210, ld x15, 0(x16))

  // The usual retry loop: 100 atomic increments through LR/SC
  TEST_CASE(20, x15, 100,
    la x13, counter;
    li x4, 100;
  1:
    lr.w x14, (x13);
    addi x14, x14, 1;
    sc.w x15, x14, (x13);
    bnez x15, 1b;
    addi x4, x4, -1;
    bnez x4, 1b;
    lw x15, 0(x13)
  )

  // The acquire/release forms behave the same on one hart
  TEST_CASE(21, x15, 0,
    la x13, word_a;
    lr.d.aq x14, (x13);
    li x12, 0x7777;
    sc.d.rl x15, x12, (x13)
  )
  TEST_CASE(22, x15, 0x7777, ld x15, 0(x13))
  TEST_CASE(23, x15, 0,
    la x13, word_b;
    lr.w.aqrl x14, (x13);
    li x12, 0x8888;
    sc.w.aqrl x15, x12, (x13)
  )
  TEST_CASE(24, x15, 0x7777777700008888, ld x15, 0(x13))

  TEST_PASSFAIL

RVTEST_CODE_END

  .data
RVTEST_DATA_BEGIN
  .align 3
word_a:
  .dword 0x0123456789abcdef
word_b:
  .dword 0
counter:
  .dword 0
  // Far enough from word_a to lie outside any plausible reservation set.
  .align 8
word_far:
  .dword 0xfedcba9876543210
RVTEST_DATA_END
