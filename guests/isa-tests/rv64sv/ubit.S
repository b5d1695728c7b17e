// The PTE U bit: S-mode never executes U pages and reads/writes them only with SUM = 1; U-mode cannot touch non-U pages (privileged spec 4.3.1, 4.1.1.2).
#include "riscv_test.h"
#include "priv_macros.h"

#define VA_UPAGE (VA_4K + 0x0000)   /* U R W X */
#define VA_SPAGE (VA_4K + 0x1000)   /* R W X, not U */

// `insn` on address a0 must fault to M-mode with `cause` and mtval = a0 (a0 set by the caller).
#define CHECK_FAULT(cause, insn...) \
  PRIV_ARM_M_SKIP; \
  insn; \
  PRIV_CHECK_M_TVAL(cause, a0)

// A jump to a0 must raise a fetch page fault with mtval = a0.
#define CHECK_FETCH_FAULT \
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
  PRIV_PTE_LABEL(l0_pt, VPN0(VA_UPAGE), code_page, PTE_U | PTE_R | PTE_W | PTE_X | PTE_A | PTE_D)
  PRIV_PTE_LABEL(l0_pt, VPN0(VA_SPAGE), code_page, PTE_R | PTE_W | PTE_X | PTE_A | PTE_D)
  PRIV_SATP_SV39(root_pt)

  // S-mode, SUM = 0: fetches, loads and stores to a U page fault.
  li TESTNUM, 2
  PRIV_ENTER(PRV_S)
  li a0, VA_UPAGE
  CHECK_FETCH_FAULT
  li a0, VA_UPAGE + 0x100
  CHECK_FAULT(CAUSE_LOAD_PAGE_FAULT, ld a1, 0(a0))
  CHECK_FAULT(CAUSE_STORE_PAGE_FAULT, sd a1, 0(a0))

  // SUM = 1: they work.
  li TESTNUM, 3
  li t0, SSTATUS_SUM
  csrs sstatus, t0
  li a1, 0x55
  sd a1, 0(a0)
  ld a2, 0(a0)
  bne a1, a2, fail
  PRIV_GOTO_M

  // U-mode (running at the image's U alias): the U page works for load, store and fetch.
  li TESTNUM, 4
  PRIV_ENTER_AT(PRV_U, U_ALIAS_OFFSET)
  li a0, VA_UPAGE + 0x100
  ld a1, 0(a0)
  li a2, 0x55
  bne a1, a2, fail
  sd a1, 8(a0)
  li a0, VA_UPAGE
  jalr ra, 0(a0)

  // U-mode: the non-U page faults for load, store and fetch, whatever SUM says.
  li TESTNUM, 5
  li a0, VA_SPAGE + 0x200
  CHECK_FAULT(CAUSE_LOAD_PAGE_FAULT, ld a1, 0(a0))
  CHECK_FAULT(CAUSE_STORE_PAGE_FAULT, sd a1, 0(a0))
  li a0, VA_SPAGE
  CHECK_FETCH_FAULT
  PRIV_GOTO_M
  li t0, MSTATUS_SUM
  csrs mstatus, t0
  PRIV_ENTER_AT(PRV_U, U_ALIAS_OFFSET)
  li a0, VA_SPAGE + 0x200
  CHECK_FAULT(CAUSE_LOAD_PAGE_FAULT, ld a1, 0(a0))
  PRIV_GOTO_M
  // Those traps came from U-mode.
  PRIV_LOAD_M(a0, TRAP_STATUS)
  li a1, MSTATUS_MPP
  and a0, a0, a1
  bnez a0, fail

  // S-mode never executes from a U page, even with SUM = 1 and right after data accesses to it with SUM = 1 (a TLB
  // entry filled by a data access must not grant S-mode execution).
  li TESTNUM, 6
  PRIV_ENTER(PRV_S)
  li t0, SSTATUS_SUM
  csrs sstatus, t0
  li a0, VA_UPAGE + 0x100
  ld a1, 0(a0)
  li a0, VA_UPAGE
  CHECK_FETCH_FAULT
  // ... but executes the same code through the S page (code_page starts with `ret`).
  li a0, VA_SPAGE
  jalr ra, 0(a0)
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
code_page:
  ret
  .balign 4096
RVTEST_DATA_END
