// Virtual-memory ("v") test environment: the test body runs in U-mode under Sv39, with demand-mapped 4 KiB pages at a virtual address other than its physical one.
//
// Same macro interface as env/p (RVTEST_RV64U/UF/UD, RVTEST_CODE_BEGIN/END, RVTEST_PASS/FAIL, RVTEST_DATA_BEGIN/END,
// TESTNUM), so every user-level test builds against either. What happens at run time:
//
//   M-mode (_start, physical): parks other harts, opens PMP entry 0 to everything, builds the page tables, delegates
//   the user-visible exceptions to S-mode, sets mcounteren/scounteren, FS = Initial if misa has F or D, and `mret`s to
//   the S-mode kernel with satp = Sv39. Afterwards M-mode only writes tohost when the kernel asks (an S-mode ecall
//   with the value in a0), or reports an unexpected M-mode trap.
//
//   S-mode kernel (identity-mapped, one 1 GiB leaf with A and D set, no U bit): `sret`s to the test body at its
//   user virtual address, VM_USER_BASE + (physical address - image base). The image's pages start unmapped: each
//   page fault inside the 2 MiB user window maps the faulting page (and the page of the fault address + 7, for
//   accesses that cross a page) to its physical page with V R W X U. Odd pages get A and D pre-set; even pages (among
//   them the first code page and the data page of most tests) get neither, so the hart must set them: privileged
//   spec 4.3.1 lets it update them in hardware, as Tabvisor and QEMU do, or raise a page fault, which the kernel then
//   fixes by setting A, and D for a store. A fault the kernel cannot fix, and any other trap, fails the test.
//
// So a "v" test exercises a three-level Sv39 walk, page faults and their restart, sfence.vma, the U bit, hardware
// A/D updates and trap delegation, on top of what the test checks itself. Test code must address its data
// PC-relatively (la, not absolute constants), as riscv-tests' "v" tests must too.
//
// Reporting: RVTEST_PASS puts 1 in a0, RVTEST_FAIL (TESTNUM << 1) | 1, and both `ecall`; the kernel forwards a0 to
// M-mode, which writes it to tohost (low word, then high word). An unexpected trap reports
// (cause << 16) | TESTNUM | 1337: odd and never 1, like env/p's TESTNUM | 1337, with the cause in bits 16 and up.
#ifndef TABVISOR_ISA_RISCV_TEST_H
#define TABVISOR_ISA_RISCV_TEST_H

#include "encoding.h"

// The register that holds the number of the test case being run.
#define TESTNUM gp

// Virtual address at which the test image (linked at 0x8000_0000) is seen by the U-mode test body.
#define VM_USER_BASE 0x40000000
// Size of the demand-mapped user window: one level-0 table of 512 pages.
#define VM_USER_WINDOW 0x200000
// Exceptions delegated to the S-mode kernel: everything a U-mode test can raise (an S-mode ecall stays in M-mode).
#define VM_DELEGATED_EXCEPTIONS \
  ((1 << CAUSE_MISALIGNED_FETCH) | (1 << CAUSE_FETCH_ACCESS) | (1 << CAUSE_ILLEGAL_INSTRUCTION) | \
   (1 << CAUSE_BREAKPOINT) | (1 << CAUSE_MISALIGNED_LOAD) | (1 << CAUSE_LOAD_ACCESS) | \
   (1 << CAUSE_MISALIGNED_STORE) | (1 << CAUSE_STORE_ACCESS) | (1 << CAUSE_USER_ECALL) | \
   (1 << CAUSE_FETCH_PAGE_FAULT) | (1 << CAUSE_LOAD_PAGE_FAULT) | (1 << CAUSE_STORE_PAGE_FAULT))

//-----------------------------------------------------------------------------------------------------------------
// Test kinds: `init` runs first in the test body, in U-mode.
//-----------------------------------------------------------------------------------------------------------------

#define RVTEST_RV64U  .macro init; .endm
// The kernel set FS = Initial; fcsr is accessible from U-mode then.
#define RVTEST_RV64UF .macro init; csrwi fcsr, 0; .endm
#define RVTEST_RV64UD .macro init; csrwi fcsr, 0; .endm

//-----------------------------------------------------------------------------------------------------------------
// Pieces of the start-up code and the kernel.
//-----------------------------------------------------------------------------------------------------------------

// Zero every integer register.
#define VM_INIT_XREG \
  li x1, 0;  li x2, 0;  li x3, 0;  li x4, 0;  li x5, 0;  li x6, 0;  li x7, 0;  li x8, 0; \
  li x9, 0;  li x10, 0; li x11, 0; li x12, 0; li x13, 0; li x14, 0; li x15, 0; li x16, 0; \
  li x17, 0; li x18, 0; li x19, 0; li x20, 0; li x21, 0; li x22, 0; li x23, 0; li x24, 0; \
  li x25, 0; li x26, 0; li x27, 0; li x28, 0; li x29, 0; li x30, 0; li x31, 0;

// t0 = the PTE pointing at the next-level table `next`.
#define VM_POINTER_PTE(next) \
  la t0, next; \
  srli t0, t0, PGSHIFT; \
  slli t0, t0, PTE_PPN_SHIFT; \
  ori t0, t0, PTE_V;

// table[index of `va` at `level_shift`] = t0; clobbers t1 and t2.
#define VM_STORE_PTE(table, va_reg, level_shift) \
  srli t1, va_reg, level_shift; \
  andi t1, t1, 0x1ff; \
  slli t1, t1, 3; \
  la t2, table; \
  add t1, t1, t2; \
  sd t0, 0(t1);

// The kernel's page-fault fix-up for the user address in t2 (scause in t1): map its page if unmapped, else set the
// A (and, for a store fault, D) bit it lacks. Sets t4 = 1 if it changed a PTE; clobbers t3, t5, t6.
#define VM_FIX_USER_PAGE \
  li t3, VM_USER_BASE; \
  sub t3, t2, t3; \
  li t5, VM_USER_WINDOW; \
  bgeu t3, t5, 3f; \
  srli t3, t3, PGSHIFT; \
  slli t5, t3, 3; \
  la t6, vm_l0_pt; \
  add t5, t5, t6; \
  ld t6, 0(t5); \
  bnez t6, 1f; \
  /* Unmapped: point it at the physical page, image base + index * 4 KiB. */ \
  slli t6, t3, PGSHIFT; \
  la t3, _start; \
  add t6, t6, t3; \
  srli t6, t6, PGSHIFT; \
  slli t6, t6, PTE_PPN_SHIFT; \
  ori t6, t6, PTE_V | PTE_R | PTE_W | PTE_X | PTE_U; \
  srli t3, t2, PGSHIFT; \
  andi t3, t3, 1; \
  beqz t3, 2f; \
  ori t6, t6, PTE_A | PTE_D; \
  j 2f; \
1: \
  /* Mapped: a fault is only legitimate for a missing A, or a missing D on a store. */ \
  andi t3, t6, PTE_A; \
  bnez t3, 4f; \
  ori t6, t6, PTE_A; \
  li t4, 1; \
4: \
  li t3, CAUSE_STORE_PAGE_FAULT; \
  bne t1, t3, 5f; \
  andi t3, t6, PTE_D; \
  bnez t3, 5f; \
  ori t6, t6, PTE_D; \
  li t4, 1; \
5: \
  beqz t4, 3f; \
2: \
  sd t6, 0(t5); \
  li t4, 1; \
3:

//-----------------------------------------------------------------------------------------------------------------
// Code section.
//-----------------------------------------------------------------------------------------------------------------

#define RVTEST_CODE_BEGIN \
  .section .text.init, "ax", @progbits; \
  .align 6; \
  .globl _start; \
_start: \
  j vm_reset; \
  .align 2; \
  /* M-mode trap handler: the kernel's ecall carries the tohost value in a0; anything else is unexpected. */ \
vm_mtrap: \
  csrr t5, mcause; \
  li t6, CAUSE_SUPERVISOR_ECALL; \
  beq t5, t6, vm_write_tohost; \
  slli a0, t5, 16; \
  or a0, a0, TESTNUM; \
  ori a0, a0, 1337; \
vm_write_tohost: \
  la t5, tohost; \
  sw a0, 0(t5); \
  sw zero, 4(t5); \
  j vm_write_tohost; \
vm_reset: \
  VM_INIT_XREG; \
  csrr a0, mhartid; \
1: \
  bnez a0, 1b; \
  /* PMP entry 0 = all memory, R W X (S- and U-mode need a matching entry); mtvec skips it on a hart without PMP. */ \
  la t0, 1f; \
  csrw mtvec, t0; \
  li t0, -1; \
  csrw pmpaddr0, t0; \
  li t0, PMP_NAPOT | PMP_R | PMP_W | PMP_X; \
  csrw pmpcfg0, t0; \
  .align 2; \
1: \
  la t0, vm_mtrap; \
  csrw mtvec, t0; \
  csrwi mie, 0; \
  csrwi mideleg, 0; \
  li t0, VM_DELEGATED_EXCEPTIONS; \
  csrw medeleg, t0; \
  li t0, 7; \
  csrw mcounteren, t0; \
  csrw scounteren, t0; \
  /* Zero the three page-table pages (they are in .bss, which no loader is trusted to clear). */ \
  la t0, vm_root_pt; \
  li t1, 3 * PGSIZE; \
  add t1, t1, t0; \
1: \
  sd zero, 0(t0); \
  addi t0, t0, 8; \
  bltu t0, t1, 1b; \
  /* The kernel's identity mapping: the 1 GiB page holding the image, R W X, A and D set, not U. */ \
  la a1, _start; \
  srli a1, a1, 30; \
  slli a1, a1, 30; \
  srli t0, a1, PGSHIFT; \
  slli t0, t0, PTE_PPN_SHIFT; \
  ori t0, t0, PTE_V | PTE_R | PTE_W | PTE_X | PTE_A | PTE_D; \
  VM_STORE_PTE(vm_root_pt, a1, 30); \
  /* The user window: root -> level 1 -> level 0, whose entries the kernel fills on demand. */ \
  li a1, VM_USER_BASE; \
  VM_POINTER_PTE(vm_l1_pt); \
  VM_STORE_PTE(vm_root_pt, a1, 30); \
  VM_POINTER_PTE(vm_l0_pt); \
  VM_STORE_PTE(vm_l1_pt, a1, 21); \
  la t0, vm_root_pt; \
  srli t0, t0, PGSHIFT; \
  li t1, SATP_MODE_SV39; \
  or t0, t0, t1; \
  csrw satp, t0; \
  sfence.vma; \
  la t0, vm_strap; \
  csrw stvec, t0; \
  la t0, vm_kernel_save; \
  csrw sscratch, t0; \
  /* mstatus: MPP = S, FS = Initial when there is an FPU, everything else 0. */ \
  li t0, PRV_S << 11; \
  csrr t1, misa; \
  andi t1, t1, (1 << 5) | (1 << 3); \
  beqz t1, 1f; \
  li t1, MSTATUS_FS & (MSTATUS_FS >> 1); \
  or t0, t0, t1; \
1: \
  csrw mstatus, t0; \
  la t0, vm_kernel_start; \
  csrw mepc, t0; \
  mret; \
  /* S-mode, paging on. Enter the test body at its user virtual address, SPP = U, SPIE = 0. */ \
vm_kernel_start: \
  la t0, userstart; \
  la t1, _start; \
  sub t0, t0, t1; \
  li t1, VM_USER_BASE; \
  add t0, t0, t1; \
  csrw sepc, t0; \
  li t0, SSTATUS_SPP | SSTATUS_SPIE; \
  csrc sstatus, t0; \
  li t0, 0; \
  li t1, 0; \
  sret; \
  /* S-mode trap handler. */ \
  .align 2; \
vm_strap: \
  csrrw t0, sscratch, t0; \
  sd t1, 0(t0); \
  sd t2, 8(t0); \
  sd t3, 16(t0); \
  sd t4, 24(t0); \
  sd t5, 32(t0); \
  sd t6, 40(t0); \
  csrr t1, scause; \
  li t2, CAUSE_USER_ECALL; \
  bne t1, t2, 1f; \
  /* RVTEST_PASS / RVTEST_FAIL: a0 holds the tohost value. */ \
  ecall; \
1: \
  li t2, CAUSE_FETCH_PAGE_FAULT; \
  beq t1, t2, 1f; \
  li t2, CAUSE_LOAD_PAGE_FAULT; \
  beq t1, t2, 1f; \
  li t2, CAUSE_STORE_PAGE_FAULT; \
  bne t1, t2, vm_unexpected; \
1: \
  li t4, 0; \
  csrr t2, stval; \
  VM_FIX_USER_PAGE; \
  addi t2, t2, 7; \
  VM_FIX_USER_PAGE; \
  beqz t4, vm_unexpected; \
  sfence.vma; \
  ld t1, 0(t0); \
  ld t2, 8(t0); \
  ld t3, 16(t0); \
  ld t4, 24(t0); \
  ld t5, 32(t0); \
  ld t6, 40(t0); \
  csrrw t0, sscratch, t0; \
  sret; \
vm_unexpected: \
  slli a0, t1, 16; \
  or a0, a0, TESTNUM; \
  ori a0, a0, 1337; \
  ecall; \
  .pushsection .data; \
  .balign 64; \
vm_kernel_save: \
  .zero 64; \
  .popsection; \
  .pushsection .bss; \
  .balign PGSIZE; \
vm_root_pt: \
  .skip PGSIZE; \
vm_l1_pt: \
  .skip PGSIZE; \
vm_l0_pt: \
  .skip PGSIZE; \
  .popsection; \
  .text; \
  .globl userstart; \
userstart: \
  init;

// Falling off the end of a test body is an illegal instruction, reported as an unexpected trap.
#define RVTEST_CODE_END \
  unimp

//-----------------------------------------------------------------------------------------------------------------
// Pass and fail.
//-----------------------------------------------------------------------------------------------------------------

#define RVTEST_PASS \
  fence; \
  li a0, 1; \
  ecall

// A failure before any test case set TESTNUM reports test 1337 rather than a value that would read as a pass.
#define RVTEST_FAIL \
  fence; \
  bnez TESTNUM, 1f; \
  li TESTNUM, 1337; \
1: \
  slli a0, TESTNUM, 1; \
  ori a0, a0, 1; \
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
