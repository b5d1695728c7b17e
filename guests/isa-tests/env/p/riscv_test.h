// Physical-memory ("p") test environment: M-mode start-up, trap vector and tohost pass/fail reporting, no paging.
//
// The program starts in M-mode at _start (0x8000_0000). The start-up code parks every hart but hart 0, turns
// translation off, opens PMP for all of memory, delegates nothing, points mtvec at trap_vector and then `mret`s into
// the test body in the privilege mode the test asks for, like the riscv-tests "p" environment:
//   RVTEST_RV64U (and RVTEST_RV64UF/UD): U-mode;  RVTEST_RV64S: S-mode;  RVTEST_RV64M: M-mode.
// FS is set to Initial (and fcsr cleared) whenever misa reports F or D, so that FP tests run in any of these modes.
//
// Reporting: RVTEST_PASS and RVTEST_FAIL leave the final value in TESTNUM (gp) and `ecall`; the trap vector writes it
// to `tohost` (low word, then high word) and spins. 1 means pass, (TESTNUM << 1) | 1 means test TESTNUM failed. An
// unexpected trap reports TESTNUM | 1337 (always odd, so always a failure).
//
// Test-installed handlers: a test may define `mtvec_handler`; the trap vector jumps to it for every trap that is not
// an ecall (with t5 and t6 already clobbered). A test may define `stvec_handler`; it is installed in stvec and the
// page faults, misaligned fetch, U-mode ecall and breakpoint are delegated to S-mode.
#ifndef TABVISOR_ISA_RISCV_TEST_H
#define TABVISOR_ISA_RISCV_TEST_H

#include "encoding.h"

// Tells tests that this environment honours a test-defined `mtvec_handler` (the "v" environment does not).
#define RVTEST_HAS_MTVEC_HANDLER 1

// The register that holds the number of the test case being run.
#define TESTNUM gp

//-----------------------------------------------------------------------------------------------------------------
// Test kinds: each defines `init`, the privilege set-up run just before the mret into the test body.
//-----------------------------------------------------------------------------------------------------------------

#define RVTEST_RV64U  .macro init; .endm
#define RVTEST_RV64UF .macro init; .endm
#define RVTEST_RV64UD .macro init; .endm
#define RVTEST_RV64S  .macro init; RVTEST_ENABLE_SUPERVISOR; .endm
#define RVTEST_RV64M  .macro init; RVTEST_ENABLE_MACHINE; .endm

#define RVTEST_ENABLE_SUPERVISOR \
  li a0, MSTATUS_MPP & (MSTATUS_MPP >> 1); \
  csrs mstatus, a0;

#define RVTEST_ENABLE_MACHINE \
  li a0, MSTATUS_MPP; \
  csrs mstatus, a0;

//-----------------------------------------------------------------------------------------------------------------
// Start-up helpers.
//-----------------------------------------------------------------------------------------------------------------

// Zero every integer register so that no test depends on leftovers of the boot ROM.
#define INIT_XREG \
  li x1, 0;  li x2, 0;  li x3, 0;  li x4, 0;  li x5, 0;  li x6, 0;  li x7, 0;  li x8, 0; \
  li x9, 0;  li x10, 0; li x11, 0; li x12, 0; li x13, 0; li x14, 0; li x15, 0; li x16, 0; \
  li x17, 0; li x18, 0; li x19, 0; li x20, 0; li x21, 0; li x22, 0; li x23, 0; li x24, 0; \
  li x25, 0; li x26, 0; li x27, 0; li x28, 0; li x29, 0; li x30, 0; li x31, 0;

// Run `code` with mtvec pointing just past it, so that a CSR the hart lacks (an illegal-instruction trap) is skipped.
#define TOLERATE_TRAP(code...) \
  la t0, 1f; \
  csrw mtvec, t0; \
  code; \
  .align 2; \
1:

// PMP entry 0 as a NAPOT region covering all addresses with R, W and X: without it, U- and S-mode accesses fail on a
// hart that implements PMP (privileged spec 3.7.1: no matching entry denies S/U accesses).
#define INIT_PMP \
  TOLERATE_TRAP( \
    li t0, -1; \
    csrw pmpaddr0, t0; \
    li t0, PMP_NAPOT | PMP_R | PMP_W | PMP_X; \
    csrw pmpcfg0, t0 \
  )

#define INIT_SATP \
  TOLERATE_TRAP(csrwi satp, 0)

// No delegation and no interrupts; medeleg/mideleg are absent on harts without S-mode.
#define DELEGATE_NO_TRAPS \
  csrwi mie, 0; \
  TOLERATE_TRAP(csrwi medeleg, 0; csrwi mideleg, 0)

// Set FS to Initial and clear fcsr if misa has F (bit 5) or D (bit 3).
#define INIT_FP \
  csrr t0, misa; \
  andi t0, t0, (1 << 5) | (1 << 3); \
  beqz t0, 1f; \
  li t0, MSTATUS_FS & (MSTATUS_FS >> 1); \
  csrs mstatus, t0; \
  csrwi fcsr, 0; \
1:

//-----------------------------------------------------------------------------------------------------------------
// Code section.
//-----------------------------------------------------------------------------------------------------------------

#define RVTEST_CODE_BEGIN \
  .section .text.init, "ax", @progbits; \
  .align 6; \
  .weak mtvec_handler; \
  .weak stvec_handler; \
  .globl _start; \
_start: \
  j reset_vector; \
  .align 2; \
trap_vector: \
  /* RVTEST_PASS and RVTEST_FAIL end with an ecall from whichever mode the test body runs in. */ \
  csrr t5, mcause; \
  li t6, CAUSE_USER_ECALL; \
  beq t5, t6, write_tohost; \
  li t6, CAUSE_SUPERVISOR_ECALL; \
  beq t5, t6, write_tohost; \
  li t6, CAUSE_MACHINE_ECALL; \
  beq t5, t6, write_tohost; \
  la t5, mtvec_handler; \
  beqz t5, unexpected_trap; \
  jr t5; \
unexpected_trap: \
  ori TESTNUM, TESTNUM, 1337; \
write_tohost: \
  /* Low word first: a host that watches tohost acts on the write of the high word (riscv-tests convention). */ \
  sw TESTNUM, tohost, t5; \
  sw zero, tohost + 4, t5; \
  j write_tohost; \
reset_vector: \
  INIT_XREG; \
  csrr a0, mhartid; \
1: \
  bnez a0, 1b; \
  INIT_SATP; \
  INIT_PMP; \
  DELEGATE_NO_TRAPS; \
  li TESTNUM, 0; \
  la t0, trap_vector; \
  csrw mtvec, t0; \
  la t0, stvec_handler; \
  beqz t0, 1f; \
  csrw stvec, t0; \
  li t0, (1 << CAUSE_LOAD_PAGE_FAULT) | (1 << CAUSE_STORE_PAGE_FAULT) | (1 << CAUSE_FETCH_PAGE_FAULT) | \
         (1 << CAUSE_MISALIGNED_FETCH) | (1 << CAUSE_USER_ECALL) | (1 << CAUSE_BREAKPOINT); \
  csrs medeleg, t0; \
1: \
  csrwi mstatus, 0; \
  INIT_FP; \
  init; \
  la t0, 1f; \
  csrw mepc, t0; \
  csrr a0, mhartid; \
  mret; \
  .text; \
1:

// Falling off the end of a test body is an illegal instruction, reported as an unexpected trap.
#define RVTEST_CODE_END \
  unimp

//-----------------------------------------------------------------------------------------------------------------
// Pass and fail.
//-----------------------------------------------------------------------------------------------------------------

// a7 = 93 and a0 = exit code follow the riscv-tests convention; this environment only looks at TESTNUM.
#define RVTEST_PASS \
  fence; \
  li TESTNUM, 1; \
  li a7, 93; \
  li a0, 0; \
  ecall

// A failure before any test case set TESTNUM reports test 1337 rather than a value that would read as a pass.
#define RVTEST_FAIL \
  fence; \
  bnez TESTNUM, 1f; \
  li TESTNUM, 1337; \
1: \
  slli TESTNUM, TESTNUM, 1; \
  ori TESTNUM, TESTNUM, 1; \
  li a7, 93; \
  mv a0, TESTNUM; \
  ecall

//-----------------------------------------------------------------------------------------------------------------
// Data section: the host-interface words, then the test's data.
//-----------------------------------------------------------------------------------------------------------------

#define RVTEST_DATA_BEGIN \
  .pushsection .tohost, "aw", @progbits; \
  .align 6; \
  .globl tohost; \
tohost: \
  .dword 0; \
  .size tohost, 8; \
  .align 6; \
  .globl fromhost; \
fromhost: \
  .dword 0; \
  .size fromhost, 8; \
  .popsection; \
  .align 4; \
  .globl begin_signature; \
begin_signature:

#define RVTEST_DATA_END \
  .align 4; \
  .globl end_signature; \
end_signature:

#endif
