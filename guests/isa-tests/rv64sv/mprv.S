// mstatus.MPRV = 1 makes M-mode loads and stores translate and check permissions as the mode in MPP (with SUM and MXR); fetches stay untranslated (privileged spec 3.1.6.3).
#include "riscv_test.h"
#include "priv_macros.h"

#define VA_SPAGE (VA_4K + 0x0000)   /* page_s: R W, not U */
#define VA_UPAGE (VA_4K + 0x1000)   /* page_u: R W U */
#define VA_XPAGE (VA_4K + 0x2000)   /* page_s: X only */

// mstatus.MPP = prv and MPRV = 1 (clobbers t0).
#define MPRV_AS(prv) \
  li t0, MSTATUS_MPP; \
  csrc mstatus, t0; \
  li t0, ((prv) << 11) | MSTATUS_MPRV; \
  csrs mstatus, t0;

#define MPRV_OFF li t0, MSTATUS_MPRV; csrc mstatus, t0;

RVTEST_RV64M
RVTEST_CODE_BEGIN
  .option norvc
  PRIV_INIT

  PRIV_MAP_IMAGE(root_pt)
  PRIV_PTE_NEXT(root_pt, VPN2(VA_4K), l1_pt)
  PRIV_PTE_NEXT(l1_pt, VPN1(VA_4K), l0_pt)
  PRIV_PTE_LABEL(l0_pt, VPN0(VA_SPAGE), page_s, PTE_R | PTE_W | PTE_A | PTE_D)
  PRIV_PTE_LABEL(l0_pt, VPN0(VA_UPAGE), page_u, PTE_R | PTE_W | PTE_U | PTE_A | PTE_D)
  PRIV_PTE_LABEL(l0_pt, VPN0(VA_XPAGE), page_s, PTE_X | PTE_A | PTE_D)
  PRIV_SATP_SV39(root_pt)

  // MPRV = 1, MPP = S: loads and stores go through the page table (the code keeps running untranslated).
  li TESTNUM, 2
  li a0, VA_SPAGE
  li a2, 0x1357
  MPRV_AS(PRV_S)
  ld a1, 0(a0)
  sd a2, 8(a0)
  MPRV_OFF
  li a3, 0x5a5a
  bne a1, a3, fail
  la a4, page_s
  ld a5, 8(a4)
  bne a2, a5, fail

  // MPRV = 1, MPP = S, SUM = 0: a U page faults (to M-mode, mtval = the address); SUM = 1 allows it.
  li TESTNUM, 3
  li a0, VA_UPAGE
  PRIV_ARM_M_SKIP
  MPRV_AS(PRV_S)
  ld a1, 0(a0)
  MPRV_OFF
  PRIV_CHECK_M_TVAL(CAUSE_LOAD_PAGE_FAULT, a0)
  li t1, MSTATUS_SUM
  csrs mstatus, t1
  MPRV_AS(PRV_S)
  ld a1, 0(a0)
  MPRV_OFF
  li t1, MSTATUS_SUM
  csrc mstatus, t1
  li a3, 0x7777
  bne a1, a3, fail

  // MPRV = 1, MPP = U: the U page works, the S page faults.
  li TESTNUM, 4
  li a0, VA_UPAGE
  MPRV_AS(PRV_U)
  ld a1, 0(a0)
  MPRV_OFF
  li a3, 0x7777
  bne a1, a3, fail
  li a0, VA_SPAGE
  PRIV_ARM_M_SKIP
  MPRV_AS(PRV_U)
  sd a1, 0(a0)
  MPRV_OFF
  PRIV_CHECK_M_TVAL(CAUSE_STORE_PAGE_FAULT, a0)

  // MXR applies to MPRV accesses: the X-only page reads only with MXR = 1.
  li TESTNUM, 5
  li a0, VA_XPAGE
  PRIV_ARM_M_SKIP
  MPRV_AS(PRV_S)
  ld a1, 0(a0)
  MPRV_OFF
  PRIV_CHECK_M_TVAL(CAUSE_LOAD_PAGE_FAULT, a0)
  li t1, MSTATUS_MXR
  csrs mstatus, t1
  MPRV_AS(PRV_S)
  ld a1, 0(a0)
  MPRV_OFF
  li t1, MSTATUS_MXR
  csrc mstatus, t1
  li a3, 0x5a5a
  bne a1, a3, fail

  // MPRV = 1 with MPP = M: no translation, so the virtual address is a physical one with nothing behind it.
  li TESTNUM, 6
  li a0, VA_SPAGE
  PRIV_ARM_M_SKIP
  MPRV_AS(PRV_M)
  ld a1, 0(a0)
  MPRV_OFF
  PRIV_CHECK_M_TVAL(CAUSE_LOAD_ACCESS, a0)

  // MPRV = 0: M-mode is untranslated whatever MPP says.
  li TESTNUM, 7
  li t0, MSTATUS_MPP
  csrc mstatus, t0
  li t0, PRV_S << 11
  csrs mstatus, t0
  la a0, page_s
  ld a1, 0(a0)
  li a3, 0x5a5a
  bne a1, a3, fail

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
page_s: .dword 0x5a5a
  .balign 4096
page_u: .dword 0x7777
  .balign 4096
RVTEST_DATA_END
