// Sv39 translation with 4 KiB pages, 2 MiB megapages and 1 GiB gigapages, in the lower and the upper half of the address space, for loads, stores and fetches.
#include "riscv_test.h"
#include "priv_macros.h"

// Fail unless the doubleword at virtual address `va_reg` equals the one at the physical label `label` + `offset`.
#define CHECK_SAME(va_reg, label, offset) \
  ld t0, offset(va_reg); \
  la t1, label; \
  ld t1, offset(t1); \
  bne t0, t1, fail;

RVTEST_RV64M
RVTEST_CODE_BEGIN
  .option norvc
  PRIV_INIT

  PRIV_MAP_IMAGE(root_pt)
  // 4 KiB: VA_4K -> page_a, VA_4K + 4 KiB -> page_b (privileged spec 4.4.1).
  PRIV_PTE_NEXT(root_pt, VPN2(VA_4K), l1_pt)
  PRIV_PTE_NEXT(l1_pt, VPN1(VA_4K), l0_pt)
  PRIV_PTE_LABEL(l0_pt, VPN0(VA_4K), page_a, PTE_R | PTE_W | PTE_A | PTE_D)
  PRIV_PTE_LABEL(l0_pt, VPN0(VA_4K) + 1, page_b, PTE_R | PTE_W | PTE_A | PTE_D)
  // 2 MiB: VA_2M -> the 2 MiB at IMAGE_BASE, VA_2M + 2 MiB -> the next 2 MiB.
  PRIV_PTE_NEXT(root_pt, VPN2(VA_2M), l1_mega_pt)
  PRIV_PTE_PA(l1_mega_pt, VPN1(VA_2M), IMAGE_BASE, PTE_R | PTE_W | PTE_X | PTE_A | PTE_D)
  PRIV_PTE_PA(l1_mega_pt, VPN1(VA_2M) + 1, IMAGE_BASE + 0x200000, PTE_R | PTE_W | PTE_A | PTE_D)
  // 1 GiB: VA_1G and VA_HIGH -> the 1 GiB at IMAGE_BASE.
  PRIV_PTE_PA(root_pt, VPN2(VA_1G), IMAGE_BASE, PTE_R | PTE_W | PTE_X | PTE_A | PTE_D)
  PRIV_PTE_PA(root_pt, VPN2(VA_HIGH), IMAGE_BASE, PTE_R | PTE_W | PTE_X | PTE_A | PTE_D)
  PRIV_SATP_SV39(root_pt)

  // satp reads back mode 8 (Sv39) and the root's PPN.
  li TESTNUM, 2
  csrr a0, satp
  srli a1, a0, 60
  li a2, 8
  bne a1, a2, fail
  li a2, SATP_PPN
  and a1, a0, a2
  la a3, root_pt
  srli a3, a3, PGSHIFT
  bne a1, a3, fail

  PRIV_ENTER(PRV_S)

  // 4 KiB pages: loads see the physical pages, at any offset; a store through the mapping lands in the page.
  li TESTNUM, 3
  li a0, VA_4K
  CHECK_SAME(a0, page_a, 0)
  CHECK_SAME(a0, page_a, 0x7f8)
  li a0, VA_4K + 0x1000
  CHECK_SAME(a0, page_b, 0)
  li a0, VA_4K + 0x10
  li a1, 0x0123456789abcdef
  sd a1, 0(a0)
  la a2, page_a
  ld a3, 0x10(a2)
  bne a1, a3, fail
  // Adjacent bytes on either side of the 4 KiB boundary come from the two different pages.
  li a0, VA_4K + 0xfff
  lbu a1, 0(a0)
  lbu a2, 1(a0)
  la a3, page_a
  li t2, 0xfff
  add a3, a3, t2
  lbu a4, 0(a3)
  bne a1, a4, fail
  la a3, page_b
  lbu a4, 0(a3)
  bne a2, a4, fail

  // 2 MiB page: VA_2M + (x - IMAGE_BASE) is x.
  li TESTNUM, 4
  la a0, page_a
  li t2, VA_2M - IMAGE_BASE
  add a0, a0, t2
  CHECK_SAME(a0, page_a, 0)
  CHECK_SAME(a0, page_a, 0x10)
  la a0, page_b
  add a0, a0, t2
  CHECK_SAME(a0, page_b, 8)

  // 1 GiB page in the lower half.
  li TESTNUM, 5
  la a0, page_b
  li t2, VA_1G - IMAGE_BASE
  add a0, a0, t2
  CHECK_SAME(a0, page_b, 0)
  CHECK_SAME(a0, page_b, 8)

  // 1 GiB page in the upper half (addresses sign-extended from bit 38).
  li TESTNUM, 6
  la a0, page_b
  li t2, VA_HIGH - IMAGE_BASE
  add a0, a0, t2
  CHECK_SAME(a0, page_b, 0)
  li a1, 0x5a5a
  sd a1, 16(a0)
  la a2, page_b
  ld a3, 16(a2)
  bne a1, a3, fail

  // Instruction fetch through the gigapage, the megapage and the upper-half page: `where_am_i` returns its own pc.
  li TESTNUM, 7
  la a0, where_am_i
  li t2, VA_1G - IMAGE_BASE
  add a0, a0, t2
  jalr ra, 0(a0)
  bne a1, a0, fail
  la a0, where_am_i
  li t2, VA_2M - IMAGE_BASE
  add a0, a0, t2
  jalr ra, 0(a0)
  bne a1, a0, fail
  la a0, where_am_i
  li t2, VA_HIGH - IMAGE_BASE
  add a0, a0, t2
  jalr ra, 0(a0)
  bne a1, a0, fail

  PRIV_GOTO_M
  j pass

where_am_i:
  auipc a1, 0
  ret

  PRIV_PASSFAIL
  PRIV_HANDLERS

RVTEST_CODE_END

  .data
RVTEST_DATA_BEGIN
  PRIV_PAGE_TABLE(root_pt)
  PRIV_PAGE_TABLE(l1_pt)
  PRIV_PAGE_TABLE(l0_pt)
  PRIV_PAGE_TABLE(l1_mega_pt)
  .balign 4096
page_a:
  .dword 0x1111111111111111, 0x2222222222222222, 0x3333333333333333
  .balign 2048
  .dword 0xa5a5a5a5a5a5a5a5
  .skip 0x7f0
  .dword 0x7700000000000000   // its last byte, at offset 0xfff, is 0x77
page_b:
  .dword 0x4444444444444444, 0x5555555555555555, 0x6666666666666666
  .balign 4096
RVTEST_DATA_END
