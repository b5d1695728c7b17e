// sfence.vma makes page-table changes visible: after it, a remapped page reads its new target and an unmapped page faults; the by-address form works too (privileged spec 4.2.1).
#include "riscv_test.h"
#include "priv_macros.h"

// In S-mode (identity-mapped page tables): level-0 PTE 0 = page `label` with R W A D.
#define REMAP(label) \
  la t0, label; \
  srli t0, t0, PGSHIFT; \
  slli t0, t0, PTE_PPN_SHIFT; \
  ori t0, t0, PTE_V | PTE_R | PTE_W | PTE_A | PTE_D; \
  la t1, l0_pt; \
  sd t0, 0(t1);

RVTEST_RV64M
RVTEST_CODE_BEGIN
  .option norvc
  PRIV_INIT

  PRIV_MAP_IMAGE(root_pt)
  PRIV_PTE_NEXT(root_pt, VPN2(VA_4K), l1_pt)
  PRIV_PTE_NEXT(l1_pt, VPN1(VA_4K), l0_pt)
  PRIV_SATP_SV39(root_pt)
  PRIV_ENTER(PRV_S)
  li s0, VA_4K

  // page_a, then (after sfence.vma with x0, x0) page_b.
  li TESTNUM, 2
  REMAP(page_a)
  sfence.vma
  ld a0, 0(s0)
  li a1, 0xaaaa
  bne a0, a1, fail
  REMAP(page_b)
  sfence.vma
  ld a0, 0(s0)
  li a1, 0xbbbb
  bne a0, a1, fail

  // sfence.vma rs1 = the address, rs2 = x0.
  li TESTNUM, 3
  REMAP(page_a)
  sfence.vma s0, zero
  ld a0, 0(s0)
  li a1, 0xaaaa
  bne a0, a1, fail

  // sfence.vma rs1 = the address, rs2 = ASID 0 (the current one; the leaf is not global).
  li TESTNUM, 4
  REMAP(page_b)
  sfence.vma s0, zero
  li t2, 0
  sfence.vma s0, t2
  ld a0, 0(s0)
  li a1, 0xbbbb
  bne a0, a1, fail

  // A store goes to the new page after a remap.
  li TESTNUM, 5
  REMAP(page_a)
  sfence.vma
  li a1, 0xcccc
  sd a1, 8(s0)
  la a2, page_a
  ld a3, 8(a2)
  bne a1, a3, fail
  la a2, page_b
  ld a3, 8(a2)
  beq a1, a3, fail

  // Unmapping (PTE = 0) then sfence.vma: the access faults.
  li TESTNUM, 6
  la t1, l0_pt
  sd zero, 0(t1)
  sfence.vma s0, zero
  mv a0, s0
  PRIV_ARM_M_SKIP
  ld a1, 0(a0)
  PRIV_CHECK_M_TVAL(CAUSE_LOAD_PAGE_FAULT, a0)

  // Mapping it again: a hart may have cached the fault, sfence.vma clears that too.
  li TESTNUM, 7
  REMAP(page_b)
  sfence.vma s0, zero
  ld a0, 0(s0)
  li a1, 0xbbbb
  bne a0, a1, fail

  // A change of satp (a different root with another mapping) plus sfence.vma switches address spaces.
  li TESTNUM, 8
  PRIV_GOTO_M
  PRIV_MAP_IMAGE(root2_pt)
  PRIV_PTE_NEXT(root2_pt, VPN2(VA_4K), l1b_pt)
  PRIV_PTE_NEXT(l1b_pt, VPN1(VA_4K), l0b_pt)
  PRIV_PTE_LABEL(l0b_pt, 0, page_a, PTE_R | PTE_A)
  PRIV_ENTER(PRV_S)
  REMAP(page_b)
  la t0, root2_pt
  srli t0, t0, PGSHIFT
  li t1, SATP_MODE_SV39
  or t0, t0, t1
  csrw satp, t0
  sfence.vma
  ld a0, 0(s0)
  li a1, 0xaaaa
  bne a0, a1, fail

  PRIV_GOTO_M
  j pass

  PRIV_PASSFAIL
  PRIV_HANDLERS

RVTEST_CODE_END

  .data
RVTEST_DATA_BEGIN
  PRIV_PAGE_TABLE(root_pt)
  PRIV_PAGE_TABLE(l1_pt)
  PRIV_PAGE_TABLE(l0_pt)
  PRIV_PAGE_TABLE(root2_pt)
  PRIV_PAGE_TABLE(l1b_pt)
  PRIV_PAGE_TABLE(l0b_pt)
  .balign 4096
page_a: .dword 0xaaaa
  .balign 4096
page_b: .dword 0xbbbb
  .balign 4096
RVTEST_DATA_END
