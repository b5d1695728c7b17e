// Page faults of every kind, delegated to S-mode and not: fetch 12, load 13, store 15, with stval/mtval = the faulting virtual address and sepc at the faulting instruction or fetch target (AMOs: faults_amo).
#include "riscv_test.h"
#include "priv_macros.h"

// Virtual pages of this test, one per permission set (level-0 indexes 0..4 under VA_4K).
#define VA_INVALID  (VA_4K + 0x0000)   /* V = 0 (other bits set) */
#define VA_XONLY    (VA_4K + 0x1000)   /* X */
#define VA_RONLY    (VA_4K + 0x2000)   /* R */
#define VA_RX       (VA_4K + 0x3000)   /* R X */
#define VA_RW       (VA_4K + 0x4000)   /* R W */

// In S-mode: `insn` (using address register a0 = `va`) must raise S-mode trap `cause` with stval = va.
#define CHECK_S_FAULT(cause, va, insn...) \
  li a0, va; \
  PRIV_ARM_S_SKIP; \
  insn; \
  PRIV_CHECK_S_TVAL(cause, a0)

RVTEST_RV64M
RVTEST_CODE_BEGIN
  .option norvc
  PRIV_INIT

  PRIV_MAP_IMAGE(root_pt)
  PRIV_PTE_NEXT(root_pt, VPN2(VA_4K), l1_pt)
  PRIV_PTE_NEXT(l1_pt, VPN1(VA_4K), l0_pt)
  la t0, page_x
  srli t0, t0, PGSHIFT
  slli t0, t0, PTE_PPN_SHIFT
  ori t0, t0, PTE_R | PTE_W | PTE_X | PTE_A | PTE_D   /* V = 0 */
  PRIV_PTE_STORE(l0_pt, 0)
  PRIV_PTE_LABEL(l0_pt, 1, page_x, PTE_X | PTE_A | PTE_D)
  PRIV_PTE_LABEL(l0_pt, 2, page_x, PTE_R | PTE_A | PTE_D)
  PRIV_PTE_LABEL(l0_pt, 3, page_x, PTE_R | PTE_X | PTE_A | PTE_D)
  PRIV_PTE_LABEL(l0_pt, 4, page_x, PTE_R | PTE_W | PTE_A | PTE_D)
  PRIV_SATP_SV39(root_pt)
  li t0, (1 << CAUSE_FETCH_PAGE_FAULT) | (1 << CAUSE_LOAD_PAGE_FAULT) | (1 << CAUSE_STORE_PAGE_FAULT)
  csrw medeleg, t0
  PRIV_ENTER(PRV_S)

  // Invalid PTE: every access faults with its own cause; stval keeps the page offset (privileged spec 4.3.2, 4.1.9).
  li TESTNUM, 2
  CHECK_S_FAULT(CAUSE_LOAD_PAGE_FAULT, VA_INVALID + 0x123, lb a1, 0(a0))
  CHECK_S_FAULT(CAUSE_STORE_PAGE_FAULT, VA_INVALID + 0x468, sd a1, 0(a0))
  CHECK_S_FAULT(CAUSE_LOAD_PAGE_FAULT, VA_INVALID + 0x10, lr.d a1, (a0))
  // Fetch: sepc and stval are the target; the handler resumes at the label.
  li a0, VA_INVALID + 0x40
  PRIV_ARM_S(1f)
  jalr ra, 0(a0)
  j fail
1:
  PRIV_CHECK_S_TVAL(CAUSE_FETCH_PAGE_FAULT, a0)
  PRIV_LOAD_S(a1, TRAP_EPC)
  bne a1, a0, fail

  // Permissions: X-only is not readable, R-only not writable, RX not writable, RW not executable.
  li TESTNUM, 3
  CHECK_S_FAULT(CAUSE_LOAD_PAGE_FAULT, VA_XONLY + 0x20, ld a1, 0(a0))
  CHECK_S_FAULT(CAUSE_LOAD_PAGE_FAULT, VA_XONLY + 0x28, lr.d a1, (a0))
  CHECK_S_FAULT(CAUSE_STORE_PAGE_FAULT, VA_XONLY + 0x30, sw a1, 0(a0))
  CHECK_S_FAULT(CAUSE_STORE_PAGE_FAULT, VA_RONLY + 0x38, sh a1, 0(a0))
  CHECK_S_FAULT(CAUSE_STORE_PAGE_FAULT, VA_RX + 0x48, sb a1, 0(a0))
  li a0, VA_RW
  PRIV_ARM_S(1f)
  jalr ra, 0(a0)
  j fail
1:
  PRIV_CHECK_S_TVAL(CAUSE_FETCH_PAGE_FAULT, a0)
  li a0, VA_RONLY
  PRIV_ARM_S(1f)
  jalr ra, 0(a0)
  j fail
1:
  PRIV_CHECK_S_TVAL(CAUSE_FETCH_PAGE_FAULT, a0)

  // The allowed accesses work: read R, RX, RW; write RW; execute X and RX (page_x starts with `ret`).
  li TESTNUM, 4
  li a0, VA_RONLY
  ld a1, 0(a0)
  li a0, VA_RX
  ld a2, 0(a0)
  bne a1, a2, fail
  li a0, VA_RW + 0x100
  sd a1, 0(a0)
  amoadd.d a2, zero, (a0)
  bne a1, a2, fail
  li a0, VA_XONLY
  jalr ra, 0(a0)
  li a0, VA_RX
  jalr ra, 0(a0)
  PRIV_CHECK_COUNT_S(11)

  // The S-mode handler saw SPP = S.
  li TESTNUM, 5
  PRIV_LOAD_S(a0, TRAP_STATUS)
  andi a0, a0, SSTATUS_SPP
  beqz a0, fail

  // Not delegated: the same faults go to M-mode with mtval = the address.
  li TESTNUM, 6
  PRIV_GOTO_M
  csrwi medeleg, 0
  PRIV_ENTER(PRV_S)
  li a0, VA_INVALID + 0x777
  PRIV_ARM_M_SKIP
  ld a1, 0(a0)
  PRIV_CHECK_M_TVAL(CAUSE_LOAD_PAGE_FAULT, a0)
  li a0, VA_RONLY + 0x778
  PRIV_ARM_M_SKIP
  sd a1, 0(a0)
  PRIV_CHECK_M_TVAL(CAUSE_STORE_PAGE_FAULT, a0)
  li a0, VA_INVALID
  PRIV_ARM_M(1f)
  jalr ra, 0(a0)
  j fail
1:
  PRIV_CHECK_M_TVAL(CAUSE_FETCH_PAGE_FAULT, a0)

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
page_x:
  ret
  .balign 4096
RVTEST_DATA_END
