// fence_i.S: tests `fence.i`: after code is rewritten with ordinary stores and a fence.i, the new instructions are the
// ones fetched, even when the old ones already ran (RISC-V Unprivileged ISA 20191213, 3.1 "Zifencei").
#include "riscv_test.h"
#include "test_macros.h"

// `addi a0, zero, imm` is (imm << 20) | ADDI_A0_ZERO (I-type: rs1 = x0, funct3 = 0, rd = x10, opcode OP-IMM).
#define ADDI_A0_ZERO 0x00000513

RVTEST_RV64U
RVTEST_CODE_BEGIN
  .option norvc

  // Run the original code once, so that any cached copy of it is warm
  TEST_CASE(2, a0, 1, jal ra, patch_site)

  // Overwrite it with a word store, fence.i, run again
  TEST_CASE(3, a0, 2,
    la t0, insn_addi_2;
    lw t1, 0(t0);
    la t2, patch_site;
    sw t1, 0(t2);
    fence.i;
    jal ra, patch_site
  )

  // A second rewrite of code that has already been rewritten and run
  TEST_CASE(4, a0, 3,
    la t0, insn_addi_3;
    lw t1, 0(t0);
    la t2, patch_site;
    sw t1, 0(t2);
    fence.i;
    jal ra, patch_site
  )

  // Two compressed instructions (c.li a0, 4; c.addi a0, 1) written with two halfword stores
  TEST_CASE(5, a0, 5,
    la t0, insn_c_pair;
    lhu t1, 0(t0);
    lhu t3, 2(t0);
    la t2, patch_site;
    sh t1, 0(t2);
    sh t3, 2(t2);
    fence.i;
    jal ra, patch_site
  )

  // A hot loop: every iteration runs the site, then rewrites it to return the next count
  TEST_CASE(6, s0, 40,
    li t1, ADDI_A0_ZERO;
    la t2, patch_site;
    sw t1, 0(t2);
    fence.i;
    li s0, 0;
    li s1, 40;
  1:
    jal ra, patch_site;
    bne a0, s0, fail;
    addi s0, s0, 1;
    slli t1, s0, 20;
    li t0, ADDI_A0_ZERO;
    or t1, t1, t0;
    sw t1, 0(t2);
    fence.i;
    blt s0, s1, 1b
  )

  // Code written to a fresh location (never fetched before), then called
  TEST_CASE(7, a0, 7,
    la t0, insn_addi_7;
    lw t1, 0(t0);
    lw t3, 4(t0);
    la t2, fresh_site;
    sw t1, 0(t2);
    sw t3, 4(t2);
    fence.i;
    jal ra, fresh_site
  )

  TEST_PASSFAIL

  // The site that the tests rewrite: one 4-byte instruction slot, then a return.
  .align 2
patch_site:
  addi a0, zero, 1
  ret

  // Filled in by test 7 (an illegal instruction until then).
  .align 2
fresh_site:
  .word 0
  .word 0

RVTEST_CODE_END

  .data
RVTEST_DATA_BEGIN
  // Instruction words copied into the code by the tests.
  .align 2
insn_addi_2:
  addi a0, zero, 2
insn_addi_3:
  addi a0, zero, 3
insn_c_pair:
  .option push
  .option rvc
  c.li a0, 4
  c.addi a0, 1
  .option pop
insn_addi_7:
  addi a0, zero, 7
  ret
RVTEST_DATA_END
