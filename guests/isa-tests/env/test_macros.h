// Self-checking test-case macros for the integer ISA tests (riscv-tests conventions: a failed check jumps to `fail`).
//
// Register use: TESTNUM (gp) holds the current test number, x7 the expected value, x11/x12/x13 the sources, x14 the
// result, x2 a base address, x4/x5 loop counters of the bypass tests, x6 the value carried out of a bypass loop.
// Test numbers start at 2 so that a failure value (TESTNUM << 1) | 1 is never the pass value 1.
#ifndef TABVISOR_ISA_TEST_MACROS_H
#define TABVISOR_ISA_TEST_MACROS_H

// Values are written for RV64; MASK_XLEN keeps a constant within 64 bits for `li`.
#define MASK_XLEN(x) ((x) & 0xffffffffffffffff)

// Sign-extend a 12-bit immediate written as an unsigned field value (0x800 .. 0xfff mean -2048 .. -1).
#define SEXT_IMM(x) ((x) | (-(((x) >> 11) & 1) << 11))

//-----------------------------------------------------------------------------------------------------------------
// Generic case: run `code`, then compare `testreg` with `correctval`.
//-----------------------------------------------------------------------------------------------------------------

#define TEST_CASE(testnum, testreg, correctval, code...) \
test_ ## testnum: \
  li TESTNUM, testnum; \
  code; \
  li x7, MASK_XLEN(correctval); \
  bne testreg, x7, fail;

// `nops` no-ops between a producer and its consumer, to exercise every forwarding distance of a pipeline.
#define TEST_INSERT_NOPS_0
#define TEST_INSERT_NOPS_1 nop;
#define TEST_INSERT_NOPS_2 nop; nop;
#define TEST_INSERT_NOPS_3 nop; nop; nop;
#define TEST_INSERT_NOPS_4 nop; nop; nop; nop;
#define TEST_INSERT_NOPS_5 nop; nop; nop; nop; nop;

//-----------------------------------------------------------------------------------------------------------------
// Register-immediate instructions: inst rd, rs1, imm.
//-----------------------------------------------------------------------------------------------------------------

#define TEST_IMM_OP(testnum, inst, result, val1, imm) \
  TEST_CASE(testnum, x14, result, \
    li x13, MASK_XLEN(val1); \
    inst x14, x13, SEXT_IMM(imm); \
  )

#define TEST_IMM_SRC1_EQ_DEST(testnum, inst, result, val1, imm) \
  TEST_CASE(testnum, x11, result, \
    li x11, MASK_XLEN(val1); \
    inst x11, x11, SEXT_IMM(imm); \
  )

// The result is consumed `nop_cycles` instructions after it is produced, twice (the second pass runs warm).
#define TEST_IMM_DEST_BYPASS(testnum, nop_cycles, inst, result, val1, imm) \
  TEST_CASE(testnum, x6, result, \
    li x4, 0; \
1:  li x1, MASK_XLEN(val1); \
    inst x14, x1, SEXT_IMM(imm); \
    TEST_INSERT_NOPS_ ## nop_cycles \
    addi x6, x14, 0; \
    addi x4, x4, 1; \
    li x5, 2; \
    bne x4, x5, 1b \
  )

#define TEST_IMM_SRC1_BYPASS(testnum, nop_cycles, inst, result, val1, imm) \
  TEST_CASE(testnum, x14, result, \
    li x4, 0; \
1:  li x1, MASK_XLEN(val1); \
    TEST_INSERT_NOPS_ ## nop_cycles \
    inst x14, x1, SEXT_IMM(imm); \
    addi x4, x4, 1; \
    li x5, 2; \
    bne x4, x5, 1b \
  )

#define TEST_IMM_ZEROSRC1(testnum, inst, result, imm) \
  TEST_CASE(testnum, x1, result, \
    inst x1, x0, SEXT_IMM(imm); \
  )

// Writes to x0 are discarded.
#define TEST_IMM_ZERODEST(testnum, inst, val1, imm) \
  TEST_CASE(testnum, x0, 0, \
    li x1, MASK_XLEN(val1); \
    inst x0, x1, SEXT_IMM(imm); \
  )

//-----------------------------------------------------------------------------------------------------------------
// Register-register instructions: inst rd, rs1, rs2.
//-----------------------------------------------------------------------------------------------------------------

#define TEST_RR_OP(testnum, inst, result, val1, val2) \
  TEST_CASE(testnum, x14, result, \
    li x11, MASK_XLEN(val1); \
    li x12, MASK_XLEN(val2); \
    inst x14, x11, x12; \
  )

#define TEST_RR_SRC1_EQ_DEST(testnum, inst, result, val1, val2) \
  TEST_CASE(testnum, x11, result, \
    li x11, MASK_XLEN(val1); \
    li x12, MASK_XLEN(val2); \
    inst x11, x11, x12; \
  )

#define TEST_RR_SRC2_EQ_DEST(testnum, inst, result, val1, val2) \
  TEST_CASE(testnum, x12, result, \
    li x11, MASK_XLEN(val1); \
    li x12, MASK_XLEN(val2); \
    inst x12, x11, x12; \
  )

#define TEST_RR_SRC12_EQ_DEST(testnum, inst, result, val1) \
  TEST_CASE(testnum, x11, result, \
    li x11, MASK_XLEN(val1); \
    inst x11, x11, x11; \
  )

#define TEST_RR_DEST_BYPASS(testnum, nop_cycles, inst, result, val1, val2) \
  TEST_CASE(testnum, x6, result, \
    li x4, 0; \
1:  li x1, MASK_XLEN(val1); \
    li x2, MASK_XLEN(val2); \
    inst x14, x1, x2; \
    TEST_INSERT_NOPS_ ## nop_cycles \
    addi x6, x14, 0; \
    addi x4, x4, 1; \
    li x5, 2; \
    bne x4, x5, 1b \
  )

// rs1 is produced `src1_nops` and rs2 `src2_nops` instructions before use, rs1 first.
#define TEST_RR_SRC12_BYPASS(testnum, src1_nops, src2_nops, inst, result, val1, val2) \
  TEST_CASE(testnum, x14, result, \
    li x4, 0; \
1:  li x1, MASK_XLEN(val1); \
    TEST_INSERT_NOPS_ ## src1_nops \
    li x2, MASK_XLEN(val2); \
    TEST_INSERT_NOPS_ ## src2_nops \
    inst x14, x1, x2; \
    addi x4, x4, 1; \
    li x5, 2; \
    bne x4, x5, 1b \
  )

// As TEST_RR_SRC12_BYPASS with rs2 produced first.
#define TEST_RR_SRC21_BYPASS(testnum, src1_nops, src2_nops, inst, result, val1, val2) \
  TEST_CASE(testnum, x14, result, \
    li x4, 0; \
1:  li x2, MASK_XLEN(val2); \
    TEST_INSERT_NOPS_ ## src1_nops \
    li x1, MASK_XLEN(val1); \
    TEST_INSERT_NOPS_ ## src2_nops \
    inst x14, x1, x2; \
    addi x4, x4, 1; \
    li x5, 2; \
    bne x4, x5, 1b \
  )

#define TEST_RR_ZEROSRC1(testnum, inst, result, val) \
  TEST_CASE(testnum, x2, result, \
    li x1, MASK_XLEN(val); \
    inst x2, x0, x1; \
  )

#define TEST_RR_ZEROSRC2(testnum, inst, result, val) \
  TEST_CASE(testnum, x2, result, \
    li x1, MASK_XLEN(val); \
    inst x2, x1, x0; \
  )

#define TEST_RR_ZEROSRC12(testnum, inst, result) \
  TEST_CASE(testnum, x1, result, \
    inst x1, x0, x0; \
  )

#define TEST_RR_ZERODEST(testnum, inst, val1, val2) \
  TEST_CASE(testnum, x0, 0, \
    li x1, MASK_XLEN(val1); \
    li x2, MASK_XLEN(val2); \
    inst x0, x1, x2; \
  )

//-----------------------------------------------------------------------------------------------------------------
// Loads and stores. `base` is a data label; offsets may be negative.
//-----------------------------------------------------------------------------------------------------------------

#define TEST_LD_OP(testnum, inst, result, offset, base) \
  TEST_CASE(testnum, x14, result, \
    la x2, base; \
    inst x14, offset(x2); \
  )

// Store `result`, then load it back with `load_inst` from the same address.
#define TEST_ST_OP(testnum, load_inst, store_inst, result, offset, base) \
  TEST_CASE(testnum, x14, result, \
    la x2, base; \
    li x1, MASK_XLEN(result); \
    store_inst x1, offset(x2); \
    load_inst x14, offset(x2); \
  )

// The loaded value is consumed `nop_cycles` instructions after the load.
#define TEST_LD_DEST_BYPASS(testnum, nop_cycles, inst, result, offset, base) \
  TEST_CASE(testnum, x6, result, \
    li x4, 0; \
1:  la x13, base; \
    inst x14, offset(x13); \
    TEST_INSERT_NOPS_ ## nop_cycles \
    addi x6, x14, 0; \
    addi x4, x4, 1; \
    li x5, 2; \
    bne x4, x5, 1b \
  )

// The base address is produced `nop_cycles` instructions before the load.
#define TEST_LD_SRC1_BYPASS(testnum, nop_cycles, inst, result, offset, base) \
  TEST_CASE(testnum, x14, result, \
    li x4, 0; \
1:  la x13, base; \
    TEST_INSERT_NOPS_ ## nop_cycles \
    inst x14, offset(x13); \
    addi x4, x4, 1; \
    li x5, 2; \
    bne x4, x5, 1b \
  )

// Data (x1) produced `src1_nops` before the base (x2), which is produced `src2_nops` before the store.
#define TEST_ST_SRC12_BYPASS(testnum, src1_nops, src2_nops, load_inst, store_inst, result, offset, base) \
  TEST_CASE(testnum, x14, result, \
    li x4, 0; \
1:  li x1, MASK_XLEN(result); \
    TEST_INSERT_NOPS_ ## src1_nops \
    la x2, base; \
    TEST_INSERT_NOPS_ ## src2_nops \
    store_inst x1, offset(x2); \
    load_inst x14, offset(x2); \
    addi x4, x4, 1; \
    li x5, 2; \
    bne x4, x5, 1b \
  )

// As TEST_ST_SRC12_BYPASS with the base produced first.
#define TEST_ST_SRC21_BYPASS(testnum, src1_nops, src2_nops, load_inst, store_inst, result, offset, base) \
  TEST_CASE(testnum, x14, result, \
    li x4, 0; \
1:  la x2, base; \
    TEST_INSERT_NOPS_ ## src1_nops \
    li x1, MASK_XLEN(result); \
    TEST_INSERT_NOPS_ ## src2_nops \
    store_inst x1, offset(x2); \
    load_inst x14, offset(x2); \
    addi x4, x4, 1; \
    li x5, 2; \
    bne x4, x5, 1b \
  )

//-----------------------------------------------------------------------------------------------------------------
// Conditional branches: inst rs1, rs2, target.
//-----------------------------------------------------------------------------------------------------------------

// The branch must be taken both forwards (to 2) and backwards (to 1); falling through fails.
#define TEST_BR2_OP_TAKEN(testnum, inst, val1, val2) \
test_ ## testnum: \
  li TESTNUM, testnum; \
  li x1, MASK_XLEN(val1); \
  li x2, MASK_XLEN(val2); \
  inst x1, x2, 2f; \
  bne x0, TESTNUM, fail; \
1:bne x0, TESTNUM, 3f; \
2:inst x1, x2, 1b; \
  bne x0, TESTNUM, fail; \
3:

// The branch must fall through both with a forward and with a backward target; landing on 1 fails.
#define TEST_BR2_OP_NOTTAKEN(testnum, inst, val1, val2) \
test_ ## testnum: \
  li TESTNUM, testnum; \
  li x1, MASK_XLEN(val1); \
  li x2, MASK_XLEN(val2); \
  inst x1, x2, 1f; \
  bne x0, TESTNUM, 2f; \
1:bne x0, TESTNUM, fail; \
2:inst x1, x2, 1b; \
3:

// A not-taken branch whose sources are produced `src1_nops`/`src2_nops` instructions before it (rs1 first).
#define TEST_BR2_SRC12_BYPASS(testnum, src1_nops, src2_nops, inst, val1, val2) \
test_ ## testnum: \
  li TESTNUM, testnum; \
  li x4, 0; \
1:li x1, MASK_XLEN(val1); \
  TEST_INSERT_NOPS_ ## src1_nops \
  li x2, MASK_XLEN(val2); \
  TEST_INSERT_NOPS_ ## src2_nops \
  inst x1, x2, fail; \
  addi x4, x4, 1; \
  li x5, 2; \
  bne x4, x5, 1b

// As TEST_BR2_SRC12_BYPASS with rs2 produced first.
#define TEST_BR2_SRC21_BYPASS(testnum, src1_nops, src2_nops, inst, val1, val2) \
test_ ## testnum: \
  li TESTNUM, testnum; \
  li x4, 0; \
1:li x2, MASK_XLEN(val2); \
  TEST_INSERT_NOPS_ ## src1_nops \
  li x1, MASK_XLEN(val1); \
  TEST_INSERT_NOPS_ ## src2_nops \
  inst x1, x2, fail; \
  addi x4, x4, 1; \
  li x5, 2; \
  bne x4, x5, 1b

//-----------------------------------------------------------------------------------------------------------------
// Jumps.
//-----------------------------------------------------------------------------------------------------------------

// jalr through a target address produced `nop_cycles` instructions before the jump.
#define TEST_JALR_SRC1_BYPASS(testnum, nop_cycles, inst) \
test_ ## testnum: \
  li TESTNUM, testnum; \
  li x4, 0; \
1:la x6, 2f; \
  TEST_INSERT_NOPS_ ## nop_cycles \
  inst x13, 0(x6); \
  bne x0, TESTNUM, fail; \
2:addi x4, x4, 1; \
  li x5, 2; \
  bne x4, x5, 1b

//-----------------------------------------------------------------------------------------------------------------
// End of a test body: fall into pass if every case passed.
//-----------------------------------------------------------------------------------------------------------------

#define TEST_PASSFAIL \
  bne x0, TESTNUM, pass; \
fail: \
  RVTEST_FAIL; \
pass: \
  RVTEST_PASS

#endif
