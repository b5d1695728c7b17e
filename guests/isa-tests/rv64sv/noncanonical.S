// Sv39 virtual addresses must have bits 63:39 equal to bit 38: others raise page faults (fetch 12, load 13, store 15) with stval = the address, even where the low 39 bits hit a valid mapping (privileged spec 4.4.1).
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

  // root[256] (VA_HIGH, upper half) and root[2] (the image) are valid 1 GiB pages.
  PRIV_MAP_IMAGE(root_pt)
  PRIV_PTE_PA(root_pt, VPN2(VA_HIGH), IMAGE_BASE, PTE_R | PTE_W | PTE_X | PTE_A | PTE_D)
  PRIV_SATP_SV39(root_pt)
  PRIV_ENTER(PRV_S)

  // Control: the canonical upper-half address works.
  li TESTNUM, 2
  la a0, data_word
  li t0, VA_HIGH - IMAGE_BASE
  add a0, a0, t0
  ld a1, 0(a0)
  li a2, 0x600dc0de
  bne a1, a2, fail

  // Bit 38 set, bits 63:39 clear: its low 39 bits index root[256], which is valid.
  li TESTNUM, 3
  CHECK_ALL_FAULT(0x0000004000000000 + 0x1000)

  // Bit 63 set, bit 38 clear: the low 39 bits are the identity-mapped image (0x8000_0000).
  li TESTNUM, 4
  CHECK_ALL_FAULT(0x8000000080001000)

  // Only bit 39 differs from bit 38.
  li TESTNUM, 5
  CHECK_ALL_FAULT(0x0000008080001000)

  // Upper half with one of bits 63:39 clear.
  li TESTNUM, 6
  CHECK_ALL_FAULT(0xFFFFFEC000001000)

  PRIV_GOTO_M
  j pass

  PRIV_PASSFAIL
  PRIV_HANDLERS

RVTEST_CODE_END

  .data
RVTEST_DATA_BEGIN
  PRIV_PAGE_TABLE(root_pt)
data_word: .dword 0x600dc0de
RVTEST_DATA_END
