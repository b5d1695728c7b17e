// auipc.S: tests `auipc`, which adds a sign-extended 20-bit upper immediate to its own address
// (RISC-V Unprivileged ISA 20191213, 2.4 and 5.2). The reference pc comes from the link register of a jal.
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN
  .option norvc

  // Each case: jal leaves the address of the auipc in x2; x1 - x2 is the immediate's contribution
  TEST_CASE(2, x1, 0, jal x2, 1f; 1: auipc x1, 0; sub x1, x1, x2)
  TEST_CASE(3, x1, 0x1000, jal x2, 1f; 1: auipc x1, 1; sub x1, x1, x2)
  TEST_CASE(4, x1, -0x1000, jal x2, 1f; 1: auipc x1, 0xfffff; sub x1, x1, x2)
  TEST_CASE(5, x1, 0x7ffff000, jal x2, 1f; 1: auipc x1, 0x7ffff; sub x1, x1, x2)
  TEST_CASE(6, x1, -0x80000000, jal x2, 1f; 1: auipc x1, 0x80000; sub x1, x1, x2)
  TEST_CASE(7, x1, 0x12345000, jal x2, 1f; 1: auipc x1, 0x12345; sub x1, x1, x2)

  // The pc is that of the auipc itself, not of the next instruction
  TEST_CASE(8, x1, 8, jal x2, 1f; 1: nop; nop; auipc x1, 0; sub x1, x1, x2)

  // auipc + addi reaches a label, as `la` does; jal to the next instruction links the same address
  TEST_CASE(9, x1, 0,
    1: auipc x1, %pcrel_hi(target_9);
    addi x1, x1, %pcrel_lo(1b);
    jal x2, target_9;
    target_9: sub x1, x1, x2
  )

  // x0 as the destination stays 0
  TEST_CASE(10, x0, 0, auipc x0, 0x12345)

  TEST_PASSFAIL

RVTEST_CODE_END

  .data
RVTEST_DATA_BEGIN
RVTEST_DATA_END
