// AMOs that fault on translation raise store/AMO page faults (cause 15, not 13) with stval = the address: on an invalid page and on a read-only page.
#include "riscv_test.h"
#include "priv_macros.h"

RVTEST_RV64M
RVTEST_CODE_BEGIN
  .option norvc
  PRIV_INIT

  PRIV_MAP_IMAGE(root_pt)
  PRIV_PTE_NEXT(root_pt, VPN2(VA_4K), l1_pt)
  PRIV_PTE_NEXT(l1_pt, VPN1(VA_4K), l0_pt)
  PRIV_PTE_LABEL(l0_pt, 1, data_page, PTE_R | PTE_A | PTE_D)
  PRIV_SATP_SV39(root_pt)
  PRIV_ENTER(PRV_S)

  // Unprivileged spec 8.4 and privileged table 3.6: AMOs raise store/AMO exceptions.
  li TESTNUM, 2
  li a0, VA_4K + 0x8
  PRIV_ARM_M_SKIP
  amoadd.d a1, a1, (a0)
  PRIV_CHECK_M_TVAL(CAUSE_STORE_PAGE_FAULT, a0)

  li TESTNUM, 3
  li a0, VA_4K + 0x1000 + 0x40
  PRIV_ARM_M_SKIP
  amoswap.w a1, a1, (a0)
  PRIV_CHECK_M_TVAL(CAUSE_STORE_PAGE_FAULT, a0)

  // The read-only page is readable (control).
  li TESTNUM, 4
  ld a1, 0(a0)

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
  PRIV_PAGE_TABLE(data_page)
RVTEST_DATA_END
