// Reserved PTE encodings are page faults for every access: W = 1 with R = 0, and a level-0 PTE that is a pointer (R = W = X = 0) (privileged spec 4.3.2 steps 3 and 4).
#include "riscv_test.h"
#include "priv_macros.h"

// Load, store and fetch at `va` fault to M-mode with mtval = va.
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
  PRIV_PTE_NEXT(root_pt, VPN2(VA_4K), l1_pt)
  PRIV_PTE_NEXT(l1_pt, VPN1(VA_4K), l0_pt)
  PRIV_PTE_LABEL(l0_pt, 0, page_a, PTE_W | PTE_A | PTE_D)
  PRIV_PTE_LABEL(l0_pt, 1, page_a, PTE_W | PTE_X | PTE_A | PTE_D)
  PRIV_PTE_NEXT(l0_pt, 2, page_a)
  PRIV_PTE_LABEL(l0_pt, 3, page_a, PTE_R | PTE_W | PTE_X | PTE_A | PTE_D)
  // A 2 MiB region (root -> l1 entry 1) whose level-1 entry is W-only: reserved at level 1 too.
  PRIV_PTE_PA(l1_pt, VPN1(VA_4K) + 1, IMAGE_BASE, PTE_W | PTE_A | PTE_D)
  PRIV_SATP_SV39(root_pt)
  PRIV_ENTER(PRV_S)

  // Control: the RWX page works (page_a starts with `ret`).
  li TESTNUM, 2
  li a0, VA_4K + 0x3000
  ld a1, 8(a0)
  sd a1, 16(a0)
  jalr ra, 0(a0)

  // W only.
  li TESTNUM, 3
  CHECK_ALL_FAULT(VA_4K + 0x0010)
  // W and X, no R.
  li TESTNUM, 4
  CHECK_ALL_FAULT(VA_4K + 0x1020)
  // A pointer at level 0: there is no level below.
  li TESTNUM, 5
  CHECK_ALL_FAULT(VA_4K + 0x2030)
  // W-only megapage.
  li TESTNUM, 6
  CHECK_ALL_FAULT(VA_4K + 0x200000 + 0x40)

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
  .balign 4096
page_a:
  ret
  .balign 4096
RVTEST_DATA_END
