// A superpage whose PPN is not aligned to its size is a page fault for every access (privileged spec 4.3.2 step 6): 2 MiB with PPN[0] != 0, 1 GiB with PPN[1] or PPN[0] != 0.
#include "riscv_test.h"
#include "priv_macros.h"

// In S-mode: load, store and fetch at `va` all fault to M-mode with mtval = va.
#define CHECK_ALL_FAULT(va) \
  li a0, va; \
  PRIV_ARM_M_SKIP; \
  ld a1, 0(a0); \
  PRIV_CHECK_M_TVAL(CAUSE_LOAD_PAGE_FAULT, a0) \
  PRIV_ARM_M_SKIP; \
  sd a1, 0(a0); \
  PRIV_CHECK_M_TVAL(CAUSE_STORE_PAGE_FAULT, a0) \
  PRIV_ARM_M(1f); \
  jalr ra, 0(a0); \
  j fail; \
1: \
  PRIV_CHECK_M_TVAL(CAUSE_FETCH_PAGE_FAULT, a0)

RVTEST_RV64M
RVTEST_CODE_BEGIN
  .option norvc
  PRIV_INIT

  PRIV_MAP_IMAGE(root_pt)
  PRIV_PTE_NEXT(root_pt, VPN2(VA_2M), l1_pt)
  // Aligned megapage (control), then megapages whose PPN[0] is 1 and 0x1ff.
  PRIV_PTE_PA(l1_pt, 0, IMAGE_BASE, PTE_R | PTE_W | PTE_X | PTE_A | PTE_D)
  PRIV_PTE_PA(l1_pt, 1, IMAGE_BASE + 0x1000, PTE_R | PTE_W | PTE_X | PTE_A | PTE_D)
  PRIV_PTE_PA(l1_pt, 2, IMAGE_BASE + 0x1ff000, PTE_R | PTE_W | PTE_X | PTE_A | PTE_D)
  // Gigapages with PPN[1] = 1, and with PPN[0] = 1.
  PRIV_PTE_PA(root_pt, VPN2(VA_1G), IMAGE_BASE + 0x200000, PTE_R | PTE_W | PTE_X | PTE_A | PTE_D)
  PRIV_PTE_PA(root_pt, VPN2(VA_1G) + 1, IMAGE_BASE + 0x1000, PTE_R | PTE_W | PTE_X | PTE_A | PTE_D)
  PRIV_SATP_SV39(root_pt)
  PRIV_ENTER(PRV_S)

  // The aligned megapage works.
  li TESTNUM, 2
  la a0, data_word
  li t2, VA_2M - IMAGE_BASE
  add a0, a0, t2
  ld a1, 0(a0)
  li a2, 0x600dc0de
  bne a1, a2, fail

  li TESTNUM, 3
  CHECK_ALL_FAULT(VA_2M + 0x200000 + 0x10)
  li TESTNUM, 4
  CHECK_ALL_FAULT(VA_2M + 0x400000 + 0x1000)
  li TESTNUM, 5
  CHECK_ALL_FAULT(VA_1G + 0x20)
  li TESTNUM, 6
  CHECK_ALL_FAULT(VA_1G + 0x40000000 + 0x3000)

  PRIV_GOTO_M
  j pass

  PRIV_PASSFAIL
  PRIV_HANDLERS

RVTEST_CODE_END

  .data
RVTEST_DATA_BEGIN
  PRIV_PAGE_TABLE(root_pt)
  PRIV_PAGE_TABLE(l1_pt)
data_word: .dword 0x600dc0de
RVTEST_DATA_END
