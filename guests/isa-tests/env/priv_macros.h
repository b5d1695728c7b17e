// Helpers of the privileged-architecture tests (rv64mi, rv64si, rv64sv): recording M/S trap handlers, privilege switches, CLINT and Sv39 page-table helpers.
//
// These tests are built with the physical ("p") environment as RVTEST_RV64M, so their body starts in M-mode. The
// first thing a test does is PRIV_INIT, which saves the environment's mtvec and installs priv_mtrap (M) and
// priv_strap (S). Both handlers:
//   - record cause, epc, tval and status of every trap in priv_mrec / priv_srec and append the cause to a small log;
//   - treat an exception as expected only when the test armed the record first (PRIV_ARM_*): the handler then
//     disarms it and either skips the trapping instruction or resumes at the label the test gave;
//   - turn an unarmed exception into a failure of the current test case (TESTNUM);
//   - acknowledge an interrupt by clearing its enable bit (mie or sie) and return to the interrupted instruction, so a
//     test sees each pending interrupt once, in priority order.
// PRIV_GOTO_M returns to M-mode from any mode (an ecall carrying PRIV_MAGIC in a7 and the M-mode continuation in
// a6); `pass` and `fail` (PRIV_PASSFAIL) start with it, so a test may branch to them from any mode. They then put the
// environment's mtvec back and use RVTEST_PASS / RVTEST_FAIL, so reporting stays the environment's business.
//
// Register use: the macros clobber t0-t2; PRIV_GOTO_M also a6 and a7. Traps clobber mscratch (and sscratch).
// Tests must not set medeleg[9] (S-mode ecall): the S handler forwards PRIV_GOTO_M to M-mode with an ecall.
#ifndef TABVISOR_ISA_PRIV_MACROS_H
#define TABVISOR_ISA_PRIV_MACROS_H

#include "encoding.h"

// CSR numbers that older assemblers may not know by name.
#define CSR_MENVCFG   0x30a
#define CSR_STIMECMP  0x14d
#define CSR_MCOUNTINHIBIT 0x320

// menvcfg.STCE enables the Sstc extension's stimecmp (Sstc spec, menvcfg bit 63).
#define MENVCFG_STCE  0x8000000000000000

// mcounteren / scounteren bits (privileged spec 3.1.11).
#define COUNTEREN_CY  0x1
#define COUNTEREN_TM  0x2
#define COUNTEREN_IR  0x4

// CLINT registers, as on QEMU's virt and spike machines and Tabvisor (SiFive CLINT layout).
#define CLINT_MSIP      0x02000000
#define CLINT_MTIMECMP  0x02004000
#define CLINT_MTIME     0x0200bff8

// a7 value that marks the ecall of PRIV_GOTO_M.
#define PRIV_MAGIC 0x7072

// Layout of a trap record (priv_mrec for M-mode traps, priv_srec for S-mode traps).
#define TRAP_ARM     0   /* 0: a trap fails the test; 1: skip the trapping instruction; else: resume address */
#define TRAP_CAUSE   8
#define TRAP_EPC     16
#define TRAP_TVAL    24
#define TRAP_STATUS  32  /* mstatus or sstatus when the handler ran (MPP/SPP and MPIE/SPIE of the trap) */
#define TRAP_COUNT   40  /* traps and interrupts recorded so far */
#define TRAP_LOG     48  /* causes of the first 8 of them */
#define TRAP_SAVE    112 /* handler scratch: t1, t2, t3, t0 */
#define TRAP_RECORD_SIZE 144

//-----------------------------------------------------------------------------------------------------------------
// Start, finish and privilege switches.
//-----------------------------------------------------------------------------------------------------------------

// First statement of a test body (in M-mode): take over mtvec and stvec.
#define PRIV_INIT \
  csrr t0, mtvec; \
  la t1, priv_env_mtvec; \
  sd t0, 0(t1); \
  la t0, priv_mtrap; \
  csrw mtvec, t0; \
  la t0, priv_strap; \
  csrw stvec, t0;

// Undo what a test may have left set before handing back to the environment's reporting.
#define PRIV_RESTORE_ENV \
  csrwi mie, 0; \
  li t0, MSTATUS_MIE | MSTATUS_MPRV | MSTATUS_TVM | MSTATUS_TW | MSTATUS_TSR; \
  csrc mstatus, t0; \
  csrwi medeleg, 0; \
  csrwi mideleg, 0; \
  csrwi satp, 0; \
  la t0, priv_env_mtvec; \
  ld t0, 0(t0); \
  csrw mtvec, t0;

// Continue at the next instruction in M-mode, whatever the current mode. The continuation address is a link-time
// constant (physical), so this also works from code running at a virtual alias of the image.
#define PRIV_GOTO_M \
  li a7, PRIV_MAGIC; \
  ld a6, 97f; \
  ecall; \
  .balign 8; \
97: \
  .dword 98f; \
98:

// From M-mode: continue at the next instruction in privilege mode `prv` (PRV_U, PRV_S or PRV_M) via mret.
#define PRIV_ENTER(prv) PRIV_ENTER_AT(prv, 0)

// Same, at the next instruction's address plus `offset` (a virtual alias of the image that the test mapped).
#define PRIV_ENTER_AT(prv, offset) \
  li t0, MSTATUS_MPP; \
  csrc mstatus, t0; \
  li t0, (prv) << 11; \
  csrs mstatus, t0; \
  la t0, 96f; \
  li t1, offset; \
  add t0, t0, t1; \
  csrw mepc, t0; \
  mret; \
96:

// The pass and fail labels of a test: reachable by a branch from any privilege mode.
#define PRIV_PASSFAIL \
pass: \
  PRIV_GOTO_M; \
  PRIV_RESTORE_ENV; \
  RVTEST_PASS; \
fail: \
  PRIV_GOTO_M; \
  PRIV_RESTORE_ENV; \
  RVTEST_FAIL;

//-----------------------------------------------------------------------------------------------------------------
// Expecting traps.
//-----------------------------------------------------------------------------------------------------------------

// The next M-mode (or S-mode) exception is expected: skip the trapping instruction.
#define PRIV_ARM_M_SKIP  li t0, 1; la t1, priv_mrec; sd t0, TRAP_ARM(t1);
#define PRIV_ARM_S_SKIP  li t0, 1; la t1, priv_srec; sd t0, TRAP_ARM(t1);

// The next M-mode (or S-mode) exception is expected: resume at `label` (same privilege mode as the trap came from).
#define PRIV_ARM_M(label) la t0, label; la t1, priv_mrec; sd t0, TRAP_ARM(t1);
#define PRIV_ARM_S(label) la t0, label; la t1, priv_srec; sd t0, TRAP_ARM(t1);

// reg = a field (TRAP_*) of the M-mode or S-mode trap record.
#define PRIV_LOAD_M(reg, field) la reg, priv_mrec; ld reg, field(reg);
#define PRIV_LOAD_S(reg, field) la reg, priv_srec; ld reg, field(reg);

// Fail unless the armed exception happened with this cause (and, for the _TVAL forms, this tval).
#define PRIV_CHECK_M(cause) PRIV_CHECK_REC(priv_mrec, cause)
#define PRIV_CHECK_S(cause) PRIV_CHECK_REC(priv_srec, cause)
#define PRIV_CHECK_REC(rec, cause) \
  la t1, rec; \
  ld t0, TRAP_ARM(t1); \
  bnez t0, fail; \
  ld t0, TRAP_CAUSE(t1); \
  li t2, cause; \
  bne t0, t2, fail;

// Same, and tval must equal the register `treg` (not t0-t2).
#define PRIV_CHECK_M_TVAL(cause, treg) PRIV_CHECK_M(cause) ld t0, TRAP_TVAL(t1); bne t0, treg, fail;
#define PRIV_CHECK_S_TVAL(cause, treg) PRIV_CHECK_S(cause) ld t0, TRAP_TVAL(t1); bne t0, treg, fail;

// Fail unless the trap record's count of traps equals `n`.
#define PRIV_CHECK_COUNT_M(n) PRIV_LOAD_M(t0, TRAP_COUNT) li t1, n; bne t0, t1, fail;
#define PRIV_CHECK_COUNT_S(n) PRIV_LOAD_S(t0, TRAP_COUNT) li t1, n; bne t0, t1, fail;

// Forget the traps recorded so far (count and log).
#define PRIV_RESET_M  la t1, priv_mrec; sd zero, TRAP_COUNT(t1); sd zero, TRAP_CAUSE(t1);
#define PRIV_RESET_S  la t1, priv_srec; sd zero, TRAP_COUNT(t1); sd zero, TRAP_CAUSE(t1);

//-----------------------------------------------------------------------------------------------------------------
// CLINT (hart 0).
//-----------------------------------------------------------------------------------------------------------------

// msip of hart 0 = `value` (a constant).
#define CLINT_SET_MSIP(value) li t0, CLINT_MSIP; li t1, value; sw t1, 0(t0);

// mtimecmp of hart 0 = register `reg` (not t0).
#define CLINT_SET_MTIMECMP(reg) li t0, CLINT_MTIMECMP; sd reg, 0(t0);

// reg = mtime.
#define CLINT_READ_MTIME(reg) li reg, CLINT_MTIME; ld reg, 0(reg);

// Spin until (csr & mask) != 0, failing after about `limit` iterations; clobbers t0 and t1.
#define PRIV_WAIT_CSR_BITS(csr, mask, limit) \
  li t1, limit; \
95: \
  csrr t0, csr; \
  andi t0, t0, mask; \
  bnez t0, 94f; \
  addi t1, t1, -1; \
  bnez t1, 95b; \
  j fail; \
94:

//-----------------------------------------------------------------------------------------------------------------
// Sv39 page tables (privileged spec 4.4), built at run time in M-mode.
//-----------------------------------------------------------------------------------------------------------------

// A 4 KiB-aligned, zeroed page-table page in the data section.
#define PRIV_PAGE_TABLE(name) .balign 4096; name: .zero 4096;

// table[index] = leaf PTE for the physical address of `label` with `flags` (PTE_V is added).
#define PRIV_PTE_LABEL(table, index, label, flags) \
  la t0, label; \
  srli t0, t0, PGSHIFT; \
  slli t0, t0, PTE_PPN_SHIFT; \
  ori t0, t0, (flags) | PTE_V; \
  PRIV_PTE_STORE(table, index)

// table[index] = leaf PTE for the constant physical address `pa` with `flags` (PTE_V is added).
#define PRIV_PTE_PA(table, index, pa, flags) \
  li t0, ((((pa) >> PGSHIFT) << PTE_PPN_SHIFT) | (flags) | PTE_V); \
  PRIV_PTE_STORE(table, index)

// table[index] = pointer to the next-level table `next`.
#define PRIV_PTE_NEXT(table, index, next) \
  la t0, next; \
  srli t0, t0, PGSHIFT; \
  slli t0, t0, PTE_PPN_SHIFT; \
  ori t0, t0, PTE_V; \
  PRIV_PTE_STORE(table, index)

// table[index] = t0.
#define PRIV_PTE_STORE(table, index) \
  la t1, table; \
  li t2, (index) * 8; \
  add t1, t1, t2; \
  sd t0, 0(t1);

// satp = Sv39 with root table `root`, ASID 0; then flush the TLB.
#define PRIV_SATP_SV39(root) \
  la t0, root; \
  srli t0, t0, PGSHIFT; \
  li t1, SATP_MODE_SV39; \
  or t0, t0, t1; \
  csrw satp, t0; \
  sfence.vma;

// Sv39 index of a virtual address at each level.
#define VPN2(va) (((va) >> 30) & 0x1ff)
#define VPN1(va) (((va) >> 21) & 0x1ff)
#define VPN0(va) (((va) >> 12) & 0x1ff)

// The test image (linked at 0x8000_0000) identity-mapped for S-mode as one 1 GiB page, and aliased for U-mode at
// IMAGE_U_ALIAS: code entered with PRIV_ENTER_AT(PRV_U, U_ALIAS_OFFSET) runs there, PC-relative addresses included.
#define IMAGE_BASE     0x80000000
#define IMAGE_U_ALIAS  0xC0000000
#define U_ALIAS_OFFSET (IMAGE_U_ALIAS - IMAGE_BASE)
#define PRIV_MAP_IMAGE(root) \
  PRIV_PTE_PA(root, VPN2(IMAGE_BASE), IMAGE_BASE, PTE_R | PTE_W | PTE_X | PTE_A | PTE_D) \
  PRIV_PTE_PA(root, VPN2(IMAGE_U_ALIAS), IMAGE_BASE, PTE_R | PTE_W | PTE_X | PTE_U | PTE_A | PTE_D)

// Virtual regions the paging tests map (all canonical Sv39 addresses, each with its own root-table entry).
#define VA_4K   0x0000001000000000   /* 4 KiB pages: root[64] -> level 1 -> level 0 */
#define VA_2M   0x0000002000000000   /* 2 MiB pages: root[128] -> level-1 leaves */
#define VA_1G   0x0000003000000000   /* a 1 GiB page: root[192] */
#define VA_HIGH 0xFFFFFFC000000000   /* upper half: root[256] */

//-----------------------------------------------------------------------------------------------------------------
// The trap handlers and their records. Place PRIV_HANDLERS once, after the test's code (before RVTEST_CODE_END).
//-----------------------------------------------------------------------------------------------------------------

// Length (2 or 4) of the instruction whose low half-word is in `reg`, into `reg`; clobbers `tmp`.
#define PRIV_INSN_LENGTH(reg, tmp) \
  andi reg, reg, 3; \
  li tmp, 3; \
  sub reg, reg, tmp; \
  seqz reg, reg; \
  slli reg, reg, 1; \
  addi reg, reg, 2;

// One handler; `x` is m or s. See the file comment for what it does.
#define PRIV_TRAP_HANDLER(x, rec, xret, forward) \
  .balign 64; \
priv_##x##trap: \
  csrw x##scratch, t0; \
  /* PRIV_GOTO_M: an ecall with a7 = PRIV_MAGIC. */ \
  li t0, PRIV_MAGIC; \
  bne a7, t0, 1f; \
  csrr t0, x##cause; \
  addi t0, t0, -CAUSE_USER_ECALL; \
  beqz t0, priv_##x##trap_goto_m; \
  addi t0, t0, CAUSE_USER_ECALL - CAUSE_SUPERVISOR_ECALL; \
  beqz t0, priv_##x##trap_goto_m; \
  addi t0, t0, CAUSE_SUPERVISOR_ECALL - CAUSE_MACHINE_ECALL; \
  beqz t0, priv_##x##trap_goto_m; \
1: \
  la t0, rec; \
  sd t1, TRAP_SAVE + 0(t0); \
  sd t2, TRAP_SAVE + 8(t0); \
  sd t3, TRAP_SAVE + 16(t0); \
  csrr t1, x##scratch; \
  sd t1, TRAP_SAVE + 24(t0); \
  csrr t1, x##cause; \
  sd t1, TRAP_CAUSE(t0); \
  csrr t2, x##epc; \
  sd t2, TRAP_EPC(t0); \
  csrr t2, x##tval; \
  sd t2, TRAP_TVAL(t0); \
  csrr t2, x##status; \
  sd t2, TRAP_STATUS(t0); \
  ld t2, TRAP_COUNT(t0); \
  addi t3, t2, 1; \
  sd t3, TRAP_COUNT(t0); \
  li t3, 8; \
  bgeu t2, t3, 1f; \
  slli t2, t2, 3; \
  add t2, t2, t0; \
  sd t1, TRAP_LOG(t2); \
1: \
  bltz t1, priv_##x##trap_interrupt; \
  ld t2, TRAP_ARM(t0); \
  beqz t2, priv_##x##trap_unexpected; \
  sd zero, TRAP_ARM(t0); \
  li t3, 1; \
  beq t2, t3, priv_##x##trap_skip; \
  csrw x##epc, t2; \
  j priv_##x##trap_return; \
priv_##x##trap_skip: \
  /* Fetch faults cannot be skipped: the test must give a resume label. */ \
  li t3, CAUSE_MISALIGNED_FETCH; \
  beq t1, t3, priv_##x##trap_unexpected; \
  li t3, CAUSE_FETCH_ACCESS; \
  beq t1, t3, priv_##x##trap_unexpected; \
  li t3, CAUSE_FETCH_PAGE_FAULT; \
  beq t1, t3, priv_##x##trap_unexpected; \
  /* An illegal instruction's bits are in tval when the hart reports them; otherwise read the instruction. */ \
  li t3, CAUSE_ILLEGAL_INSTRUCTION; \
  bne t1, t3, 2f; \
  csrr t2, x##tval; \
  bnez t2, 3f; \
2: \
  csrr t3, x##epc; \
  PRIV_READ_INSN_##x(t2, t3) \
3: \
  PRIV_INSN_LENGTH(t2, t3) \
  csrr t3, x##epc; \
  add t3, t3, t2; \
  csrw x##epc, t3; \
  j priv_##x##trap_return; \
priv_##x##trap_interrupt: \
  andi t1, t1, 63; \
  li t2, 1; \
  sll t2, t2, t1; \
  csrc x##ie, t2; \
priv_##x##trap_return: \
  ld t1, TRAP_SAVE + 0(t0); \
  ld t2, TRAP_SAVE + 8(t0); \
  ld t3, TRAP_SAVE + 16(t0); \
  ld t0, TRAP_SAVE + 24(t0); \
  xret; \
priv_##x##trap_unexpected: \
  j fail; \
priv_##x##trap_goto_m: \
  forward;

// Read the half-word at the trapped address `addr` with the translation and permissions of the trapped mode
// (mstatus.MPRV; SUM and MXR so that any page the hart could execute from is readable).
#define PRIV_READ_INSN_m(dst, addr) \
  li dst, MSTATUS_MPRV | MSTATUS_SUM | MSTATUS_MXR; \
  csrrs dst, mstatus, dst; \
  lhu addr, 0(addr); \
  csrw mstatus, dst; \
  mv dst, addr;
#define PRIV_READ_INSN_s(dst, addr) \
  li dst, SSTATUS_SUM | SSTATUS_MXR; \
  csrrs dst, sstatus, dst; \
  lhu addr, 0(addr); \
  csrw sstatus, dst; \
  mv dst, addr;

// PRIV_GOTO_M reached M-mode: continue at a6 in M-mode, with a7 cleared so that a later plain ecall is not taken for
// another PRIV_GOTO_M.
#define PRIV_GOTO_M_IN_M \
  csrw mepc, a6; \
  li a7, 0; \
  li t0, MSTATUS_MPP; \
  csrs mstatus, t0; \
  csrr t0, mscratch; \
  mret;

// PRIV_GOTO_M from U-mode was delegated to S-mode: pass it on with an ecall from S-mode.
#define PRIV_GOTO_M_FROM_S \
  csrr t0, sscratch; \
  ecall;

#define PRIV_HANDLERS \
  PRIV_TRAP_HANDLER(m, priv_mrec, mret, PRIV_GOTO_M_IN_M) \
  PRIV_TRAP_HANDLER(s, priv_srec, sret, PRIV_GOTO_M_FROM_S) \
  .pushsection .data; \
  .balign 64; \
priv_mrec: .zero TRAP_RECORD_SIZE; \
priv_srec: .zero TRAP_RECORD_SIZE; \
priv_env_mtvec: .dword 0; \
  .popsection;

#endif
