// Hardware A/D updates: an access through a PTE with A = 0 sets A, a store through one with D = 0 sets D, fetches set A only; pointer PTEs are left alone (privileged spec 4.3.1, 4.3.2 step 7).
#include "riscv_test.h"
#include "priv_macros.h"

#define VA_DATA  (VA_4K + 0x0000)
#define VA_DATA2 (VA_4K + 0x1000)
#define VA_CODE  (VA_4K + 0x2000)

// reg = the level-0 PTE at `index`.
#define LOAD_PTE(reg, index) la reg, l0_pt; ld reg, (index) * 8(reg);

// Fail unless (PTE & (A | D)) == bits.
#define CHECK_AD(index, bits) \
  LOAD_PTE(t0, index) \
  andi t0, t0, PTE_A | PTE_D; \
  li t1, bits; \
  bne t0, t1, fail;

RVTEST_RV64M
RVTEST_CODE_BEGIN
  .option norvc
  PRIV_INIT

  PRIV_MAP_IMAGE(root_pt)
  PRIV_PTE_NEXT(root_pt, VPN2(VA_4K), l1_pt)
  PRIV_PTE_NEXT(l1_pt, VPN1(VA_4K), l0_pt)
  PRIV_PTE_LABEL(l0_pt, VPN0(VA_DATA), page_a, PTE_R | PTE_W)
  PRIV_PTE_LABEL(l0_pt, VPN0(VA_DATA2), page_b, PTE_R | PTE_W | PTE_A)
  PRIV_PTE_LABEL(l0_pt, VPN0(VA_CODE), page_c, PTE_R | PTE_X)
  PRIV_SATP_SV39(root_pt)
  PRIV_ENTER(PRV_S)

  // A load sets A and not D. (A hart may instead raise a page fault here, 4.3.1; Tabvisor and QEMU update in
  // hardware, which is what this test checks: a fault would fail it.)
  li TESTNUM, 2
  CHECK_AD(VPN0(VA_DATA), 0)
  li a0, VA_DATA
  ld a1, 0(a0)
  CHECK_AD(VPN0(VA_DATA), PTE_A)

  // A store then sets D too.
  li TESTNUM, 3
  sd a1, 8(a0)
  CHECK_AD(VPN0(VA_DATA), PTE_A | PTE_D)

  // A = 1, D = 0: a store sets D.
  li TESTNUM, 4
  li a0, VA_DATA2
  sw a1, 0(a0)
  CHECK_AD(VPN0(VA_DATA2), PTE_A | PTE_D)

  // A fetch sets A and not D (page_c starts with `ret`).
  li TESTNUM, 5
  li a0, VA_CODE
  jalr ra, 0(a0)
  CHECK_AD(VPN0(VA_CODE), PTE_A)

  // An AMO sets both.
  li TESTNUM, 6
  PRIV_GOTO_M
  PRIV_PTE_LABEL(l0_pt, VPN0(VA_DATA), page_a, PTE_R | PTE_W)
  sfence.vma
  PRIV_ENTER(PRV_S)
  li a0, VA_DATA
  amoadd.d a1, zero, (a0)
  CHECK_AD(VPN0(VA_DATA), PTE_A | PTE_D)

  // The pointer PTEs on the walk keep exactly V (A, D and U are reserved in non-leaf PTEs, 4.3.1).
  li TESTNUM, 7
  la t0, root_pt
  li t1, VPN2(VA_4K) * 8
  add t0, t0, t1
  ld t0, 0(t0)
  andi t0, t0, 0xff
  li t1, PTE_V
  bne t0, t1, fail
  la t0, l1_pt
  ld t0, VPN1(VA_4K) * 8(t0)
  andi t0, t0, 0xff
  bne t0, t1, fail

  // A failed access (store to a read-only page) sets neither bit.
  li TESTNUM, 8
  PRIV_GOTO_M
  PRIV_PTE_LABEL(l0_pt, VPN0(VA_DATA2), page_b, PTE_R)
  sfence.vma
  PRIV_ENTER(PRV_S)
  li a0, VA_DATA2
  PRIV_ARM_M_SKIP
  sd a1, 0(a0)
  PRIV_CHECK_M_TVAL(CAUSE_STORE_PAGE_FAULT, a0)
  CHECK_AD(VPN0(VA_DATA2), 0)

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
  PRIV_PAGE_TABLE(page_a)
  PRIV_PAGE_TABLE(page_b)
  .balign 4096
page_c:
  ret
  .balign 4096
RVTEST_DATA_END
