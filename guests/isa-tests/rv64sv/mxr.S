// mstatus.MXR: loads from execute-only pages fault unless MXR = 1, in S-mode and in U-mode; MXR never makes a page writable (privileged spec 4.1.1.2).
#include "riscv_test.h"
#include "priv_macros.h"

#define VA_SXONLY (VA_4K + 0x0000)   /* X, not U */
#define VA_UXONLY (VA_4K + 0x1000)   /* X, U */

// A load from a0 must fault to M-mode (load page fault, mtval = a0).
#define CHECK_LOAD_FAULT \
  PRIV_ARM_M_SKIP; \
  ld a1, 0(a0); \
  PRIV_CHECK_M_TVAL(CAUSE_LOAD_PAGE_FAULT, a0)

RVTEST_RV64M
RVTEST_CODE_BEGIN
  .option norvc
  PRIV_INIT

  PRIV_MAP_IMAGE(root_pt)
  PRIV_PTE_NEXT(root_pt, VPN2(VA_4K), l1_pt)
  PRIV_PTE_NEXT(l1_pt, VPN1(VA_4K), l0_pt)
  PRIV_PTE_LABEL(l0_pt, VPN0(VA_SXONLY), xpage, PTE_X | PTE_A | PTE_D)
  PRIV_PTE_LABEL(l0_pt, VPN0(VA_UXONLY), xpage, PTE_X | PTE_U | PTE_A | PTE_D)
  PRIV_SATP_SV39(root_pt)
  la a3, xpage
  ld a3, 8(a3)            // the value a successful load must return

  // S-mode, MXR = 0: no load from an execute-only page; execution works.
  li TESTNUM, 2
  PRIV_ENTER(PRV_S)
  li a0, VA_SXONLY + 8
  CHECK_LOAD_FAULT
  li a0, VA_SXONLY
  jalr ra, 0(a0)

  // MXR = 1: the load works; stores still fault.
  li TESTNUM, 3
  li t0, SSTATUS_MXR
  csrs sstatus, t0
  li a0, VA_SXONLY + 8
  ld a1, 0(a0)
  bne a1, a3, fail
  PRIV_ARM_M_SKIP
  sd a1, 0(a0)
  PRIV_CHECK_M_TVAL(CAUSE_STORE_PAGE_FAULT, a0)
  li t0, SSTATUS_MXR
  csrc sstatus, t0
  PRIV_GOTO_M

  // U-mode on a U execute-only page: the same rule.
  li TESTNUM, 4
  PRIV_ENTER_AT(PRV_U, U_ALIAS_OFFSET)
  li a0, VA_UXONLY + 8
  CHECK_LOAD_FAULT
  PRIV_GOTO_M
  li t0, MSTATUS_MXR
  csrs mstatus, t0
  PRIV_ENTER_AT(PRV_U, U_ALIAS_OFFSET)
  li a0, VA_UXONLY + 8
  ld a1, 0(a0)
  bne a1, a3, fail
  PRIV_GOTO_M
  li t0, MSTATUS_MXR
  csrc mstatus, t0

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
xpage:
  ret
  .balign 8
  .dword 0x0123456789abcdef
  .balign 4096
RVTEST_DATA_END
