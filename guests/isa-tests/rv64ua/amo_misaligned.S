// amo_misaligned.S: AMOs on misaligned addresses trap with cause 6 (store/AMO address misaligned), LRs with cause 4
// (load address misaligned), mtval = the address, and change neither memory nor rd (RISC-V Unprivileged ISA 20191213,
// 8.4 and 8.2; privileged spec 3.1.16 for mtval). Tabvisor emulates misaligned loads and stores, but never AMOs/LR/SC.
// isa-tests: p-only (needs the M-mode mtvec_handler of the "p" environment)
#include "riscv_test.h"
#include "test_macros.h"

#define INIT_LOW  0x0706050403020100
#define INIT_HIGH 0x0f0e0d0c0b0a0908

// Run `code` (one instruction, operands x14 <- x12 at (x13)) on amo_data + offset and check that it trapped once with
// `cause`, that rd (x14) kept its value and that memory is unchanged. The handler compares mcause with s10, mtval with
// s11 and mepc with s8, counts the trap in s9 and resumes after the instruction.
#define TEST_MISALIGNED_TRAP(testnum, cause, offset, code...) \
test_ ## testnum: \
  li TESTNUM, testnum; \
  la x13, amo_data; \
  addi x13, x13, offset; \
  li s10, cause; \
  mv s11, x13; \
  la s8, 1f; \
  li s9, 0; \
  li x14, 0x5a5a; \
  li x12, -1; \
1:code; \
  li x7, 1; \
  bne s9, x7, fail; \
  li x7, 0x5a5a; \
  bne x14, x7, fail; \
  la x13, amo_data; \
  ld x15, 0(x13); \
  li x7, INIT_LOW; \
  bne x15, x7, fail; \
  ld x15, 8(x13); \
  li x7, INIT_HIGH; \
  bne x15, x7, fail;

RVTEST_RV64U
RVTEST_CODE_BEGIN

  // Control: an aligned AMO does not trap
  TEST_CASE(2, s9, 0,
    li s9, 0;
    la x13, amo_data;
    amoadd.w x14, x0, (x13)
  )

  // Word AMOs at every misaligned offset within a doubleword and across the doubleword boundary
  TEST_MISALIGNED_TRAP(3, CAUSE_MISALIGNED_STORE, 1, amoswap.w x14, x12, (x13))
  TEST_MISALIGNED_TRAP(4, CAUSE_MISALIGNED_STORE, 2, amoswap.w x14, x12, (x13))
  TEST_MISALIGNED_TRAP(5, CAUSE_MISALIGNED_STORE, 3, amoswap.w x14, x12, (x13))
  TEST_MISALIGNED_TRAP(6, CAUSE_MISALIGNED_STORE, 6, amoswap.w x14, x12, (x13))
  TEST_MISALIGNED_TRAP(7, CAUSE_MISALIGNED_STORE, 1, amoadd.w x14, x12, (x13))
  TEST_MISALIGNED_TRAP(8, CAUSE_MISALIGNED_STORE, 2, amoadd.w x14, x12, (x13))
  TEST_MISALIGNED_TRAP(9, CAUSE_MISALIGNED_STORE, 3, amoadd.w x14, x12, (x13))
  TEST_MISALIGNED_TRAP(10, CAUSE_MISALIGNED_STORE, 6, amoadd.w x14, x12, (x13))
  TEST_MISALIGNED_TRAP(11, CAUSE_MISALIGNED_STORE, 1, amoand.w x14, x12, (x13))
  TEST_MISALIGNED_TRAP(12, CAUSE_MISALIGNED_STORE, 2, amoand.w x14, x12, (x13))
  TEST_MISALIGNED_TRAP(13, CAUSE_MISALIGNED_STORE, 3, amoand.w x14, x12, (x13))
  TEST_MISALIGNED_TRAP(14, CAUSE_MISALIGNED_STORE, 6, amoand.w x14, x12, (x13))
  TEST_MISALIGNED_TRAP(15, CAUSE_MISALIGNED_STORE, 1, amoor.w x14, x12, (x13))
  TEST_MISALIGNED_TRAP(16, CAUSE_MISALIGNED_STORE, 2, amoor.w x14, x12, (x13))
  TEST_MISALIGNED_TRAP(17, CAUSE_MISALIGNED_STORE, 3, amoor.w x14, x12, (x13))
  TEST_MISALIGNED_TRAP(18, CAUSE_MISALIGNED_STORE, 6, amoor.w x14, x12, (x13))
  TEST_MISALIGNED_TRAP(19, CAUSE_MISALIGNED_STORE, 1, amoxor.w x14, x12, (x13))
  TEST_MISALIGNED_TRAP(20, CAUSE_MISALIGNED_STORE, 2, amoxor.w x14, x12, (x13))
  TEST_MISALIGNED_TRAP(21, CAUSE_MISALIGNED_STORE, 3, amoxor.w x14, x12, (x13))
  TEST_MISALIGNED_TRAP(22, CAUSE_MISALIGNED_STORE, 6, amoxor.w x14, x12, (x13))
  TEST_MISALIGNED_TRAP(23, CAUSE_MISALIGNED_STORE, 1, amomax.w x14, x12, (x13))
  TEST_MISALIGNED_TRAP(24, CAUSE_MISALIGNED_STORE, 2, amomax.w x14, x12, (x13))
  TEST_MISALIGNED_TRAP(25, CAUSE_MISALIGNED_STORE, 3, amomax.w x14, x12, (x13))
  TEST_MISALIGNED_TRAP(26, CAUSE_MISALIGNED_STORE, 6, amomax.w x14, x12, (x13))
  TEST_MISALIGNED_TRAP(27, CAUSE_MISALIGNED_STORE, 1, amomin.w x14, x12, (x13))
  TEST_MISALIGNED_TRAP(28, CAUSE_MISALIGNED_STORE, 2, amomin.w x14, x12, (x13))
  TEST_MISALIGNED_TRAP(29, CAUSE_MISALIGNED_STORE, 3, amomin.w x14, x12, (x13))
  TEST_MISALIGNED_TRAP(30, CAUSE_MISALIGNED_STORE, 6, amomin.w x14, x12, (x13))
  TEST_MISALIGNED_TRAP(31, CAUSE_MISALIGNED_STORE, 1, amomaxu.w x14, x12, (x13))
  TEST_MISALIGNED_TRAP(32, CAUSE_MISALIGNED_STORE, 2, amomaxu.w x14, x12, (x13))
  TEST_MISALIGNED_TRAP(33, CAUSE_MISALIGNED_STORE, 3, amomaxu.w x14, x12, (x13))
  TEST_MISALIGNED_TRAP(34, CAUSE_MISALIGNED_STORE, 6, amomaxu.w x14, x12, (x13))
  TEST_MISALIGNED_TRAP(35, CAUSE_MISALIGNED_STORE, 1, amominu.w x14, x12, (x13))
  TEST_MISALIGNED_TRAP(36, CAUSE_MISALIGNED_STORE, 2, amominu.w x14, x12, (x13))
  TEST_MISALIGNED_TRAP(37, CAUSE_MISALIGNED_STORE, 3, amominu.w x14, x12, (x13))
  TEST_MISALIGNED_TRAP(38, CAUSE_MISALIGNED_STORE, 6, amominu.w x14, x12, (x13))

  // Doubleword AMOs at word, halfword and byte misalignment
  TEST_MISALIGNED_TRAP(39, CAUSE_MISALIGNED_STORE, 4, amoswap.d x14, x12, (x13))
  TEST_MISALIGNED_TRAP(40, CAUSE_MISALIGNED_STORE, 2, amoswap.d x14, x12, (x13))
  TEST_MISALIGNED_TRAP(41, CAUSE_MISALIGNED_STORE, 1, amoswap.d x14, x12, (x13))
  TEST_MISALIGNED_TRAP(42, CAUSE_MISALIGNED_STORE, 7, amoswap.d x14, x12, (x13))
  TEST_MISALIGNED_TRAP(43, CAUSE_MISALIGNED_STORE, 4, amoadd.d x14, x12, (x13))
  TEST_MISALIGNED_TRAP(44, CAUSE_MISALIGNED_STORE, 2, amoadd.d x14, x12, (x13))
  TEST_MISALIGNED_TRAP(45, CAUSE_MISALIGNED_STORE, 1, amoadd.d x14, x12, (x13))
  TEST_MISALIGNED_TRAP(46, CAUSE_MISALIGNED_STORE, 7, amoadd.d x14, x12, (x13))
  TEST_MISALIGNED_TRAP(47, CAUSE_MISALIGNED_STORE, 4, amoand.d x14, x12, (x13))
  TEST_MISALIGNED_TRAP(48, CAUSE_MISALIGNED_STORE, 2, amoand.d x14, x12, (x13))
  TEST_MISALIGNED_TRAP(49, CAUSE_MISALIGNED_STORE, 1, amoand.d x14, x12, (x13))
  TEST_MISALIGNED_TRAP(50, CAUSE_MISALIGNED_STORE, 7, amoand.d x14, x12, (x13))
  TEST_MISALIGNED_TRAP(51, CAUSE_MISALIGNED_STORE, 4, amoor.d x14, x12, (x13))
  TEST_MISALIGNED_TRAP(52, CAUSE_MISALIGNED_STORE, 2, amoor.d x14, x12, (x13))
  TEST_MISALIGNED_TRAP(53, CAUSE_MISALIGNED_STORE, 1, amoor.d x14, x12, (x13))
  TEST_MISALIGNED_TRAP(54, CAUSE_MISALIGNED_STORE, 7, amoor.d x14, x12, (x13))
  TEST_MISALIGNED_TRAP(55, CAUSE_MISALIGNED_STORE, 4, amoxor.d x14, x12, (x13))
  TEST_MISALIGNED_TRAP(56, CAUSE_MISALIGNED_STORE, 2, amoxor.d x14, x12, (x13))
  TEST_MISALIGNED_TRAP(57, CAUSE_MISALIGNED_STORE, 1, amoxor.d x14, x12, (x13))
  TEST_MISALIGNED_TRAP(58, CAUSE_MISALIGNED_STORE, 7, amoxor.d x14, x12, (x13))
  TEST_MISALIGNED_TRAP(59, CAUSE_MISALIGNED_STORE, 4, amomax.d x14, x12, (x13))
  TEST_MISALIGNED_TRAP(60, CAUSE_MISALIGNED_STORE, 2, amomax.d x14, x12, (x13))
  TEST_MISALIGNED_TRAP(61, CAUSE_MISALIGNED_STORE, 1, amomax.d x14, x12, (x13))
  TEST_MISALIGNED_TRAP(62, CAUSE_MISALIGNED_STORE, 7, amomax.d x14, x12, (x13))
  TEST_MISALIGNED_TRAP(63, CAUSE_MISALIGNED_STORE, 4, amomin.d x14, x12, (x13))
  TEST_MISALIGNED_TRAP(64, CAUSE_MISALIGNED_STORE, 2, amomin.d x14, x12, (x13))
  TEST_MISALIGNED_TRAP(65, CAUSE_MISALIGNED_STORE, 1, amomin.d x14, x12, (x13))
  TEST_MISALIGNED_TRAP(66, CAUSE_MISALIGNED_STORE, 7, amomin.d x14, x12, (x13))
  TEST_MISALIGNED_TRAP(67, CAUSE_MISALIGNED_STORE, 4, amomaxu.d x14, x12, (x13))
  TEST_MISALIGNED_TRAP(68, CAUSE_MISALIGNED_STORE, 2, amomaxu.d x14, x12, (x13))
  TEST_MISALIGNED_TRAP(69, CAUSE_MISALIGNED_STORE, 1, amomaxu.d x14, x12, (x13))
  TEST_MISALIGNED_TRAP(70, CAUSE_MISALIGNED_STORE, 7, amomaxu.d x14, x12, (x13))
  TEST_MISALIGNED_TRAP(71, CAUSE_MISALIGNED_STORE, 4, amominu.d x14, x12, (x13))
  TEST_MISALIGNED_TRAP(72, CAUSE_MISALIGNED_STORE, 2, amominu.d x14, x12, (x13))
  TEST_MISALIGNED_TRAP(73, CAUSE_MISALIGNED_STORE, 1, amominu.d x14, x12, (x13))
  TEST_MISALIGNED_TRAP(74, CAUSE_MISALIGNED_STORE, 7, amominu.d x14, x12, (x13))

  // The ordered forms trap the same way
  TEST_MISALIGNED_TRAP(75, CAUSE_MISALIGNED_STORE, 2, amoadd.w.aq x14, x12, (x13))
  TEST_MISALIGNED_TRAP(76, CAUSE_MISALIGNED_STORE, 4, amoswap.d.rl x14, x12, (x13))
  TEST_MISALIGNED_TRAP(77, CAUSE_MISALIGNED_STORE, 3, amoor.d.aqrl x14, x12, (x13))

  // LR.W and LR.D report a load address misalignment
  TEST_MISALIGNED_TRAP(78, CAUSE_MISALIGNED_LOAD, 1, lr.w x14, (x13))
  TEST_MISALIGNED_TRAP(79, CAUSE_MISALIGNED_LOAD, 2, lr.w x14, (x13))
  TEST_MISALIGNED_TRAP(80, CAUSE_MISALIGNED_LOAD, 3, lr.w x14, (x13))
  TEST_MISALIGNED_TRAP(81, CAUSE_MISALIGNED_LOAD, 6, lr.w x14, (x13))
  TEST_MISALIGNED_TRAP(82, CAUSE_MISALIGNED_LOAD, 4, lr.d x14, (x13))
  TEST_MISALIGNED_TRAP(83, CAUSE_MISALIGNED_LOAD, 2, lr.d x14, (x13))
  TEST_MISALIGNED_TRAP(84, CAUSE_MISALIGNED_LOAD, 1, lr.d x14, (x13))
  TEST_MISALIGNED_TRAP(85, CAUSE_MISALIGNED_LOAD, 7, lr.d x14, (x13))

  TEST_PASSFAIL

  // Checks the trap against the expectation set up by TEST_MISALIGNED_TRAP and resumes after the instruction.
  .align 2
mtvec_handler:
  csrr t5, mcause
  bne t5, s10, fail
  csrr t5, mtval
  bne t5, s11, fail
  csrr t5, mepc
  bne t5, s8, fail
  addi t5, t5, 4
  csrw mepc, t5
  addi s9, s9, 1
  mret

RVTEST_CODE_END

  .data
RVTEST_DATA_BEGIN
  .align 4
amo_data:
  .dword INIT_LOW
  .dword INIT_HIGH
RVTEST_DATA_END
