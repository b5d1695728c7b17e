// PMP CSRs: pmpaddr0..15 and pmpcfg0/2 read back what was written (G = 0), pmpcfg1/3 do not exist on RV64, which is all firmware needs: Tabvisor does not enforce PMP.
#include "riscv_test.h"
#include "priv_macros.h"

// pmpaddr`n` = `value`, then read it back and compare (value must fit bits 53:0, privileged spec 3.7.1).
#define PMPADDR_RW(n, value) \
  li a0, value; \
  csrw pmpaddr##n, a0; \
  csrr a1, pmpaddr##n; \
  bne a0, a1, fail;

RVTEST_RV64M
RVTEST_CODE_BEGIN
  .option norvc
  PRIV_INIT

  // Each pmpaddr register holds its own value.
  li TESTNUM, 2
  PMPADDR_RW(0, 0x0000000000000001)
  PMPADDR_RW(1, 0x0000000020000400)
  PMPADDR_RW(2, 0x0000000020001fff)
  PMPADDR_RW(3, 0x003fffffffffffff)
  PMPADDR_RW(4, 0x0012345678abcdef)
  PMPADDR_RW(5, 0x0000000000000000)
  PMPADDR_RW(6, 0x0000000020000000)
  PMPADDR_RW(7, 0x002aaaaaaaaaaaaa)
  PMPADDR_RW(8, 0x0015555555555555)
  PMPADDR_RW(9, 0x0000000000000fff)
  PMPADDR_RW(10, 0x0000000000100000)
  PMPADDR_RW(11, 0x0000000080000000)
  PMPADDR_RW(12, 0x00000000deadbeef)
  PMPADDR_RW(13, 0x0000000000000007)
  PMPADDR_RW(14, 0x00000001ffffffff)
  PMPADDR_RW(15, 0x0000000012345678)
  csrr a0, pmpaddr1
  li a1, 0x0000000020000400
  bne a0, a1, fail

  // pmpcfg0 holds entries 0-7 and pmpcfg2 entries 8-15 (RV64). Every mode (OFF, TOR, NA4, NAPOT) with legal R/W/X
  // combinations, no lock bit (a locked entry would stay locked until reset).
  li TESTNUM, 3
  li a0, 0x1c091d000b19170f
  csrw pmpcfg0, a0
  csrr a1, pmpcfg0
  bne a0, a1, fail
  li a0, 0x0f1b00191f0d0818
  csrw pmpcfg2, a0
  csrr a1, pmpcfg2
  bne a0, a1, fail
  csrwi pmpcfg2, 0
  csrr a1, pmpcfg2
  bnez a1, fail

  // pmpcfg1 and pmpcfg3 are illegal on RV64 (3.7.1).
  li TESTNUM, 4
  PRIV_ARM_M_SKIP
  csrr a0, pmpcfg1
  PRIV_CHECK_M(CAUSE_ILLEGAL_INSTRUCTION)
  PRIV_ARM_M_SKIP
  csrw pmpcfg3, zero
  PRIV_CHECK_M(CAUSE_ILLEGAL_INSTRUCTION)

  // Tabvisor accepts the PMP CSRs so firmware can program them, but does not enforce PMP (docs/architecture.md).
  j pass

  PRIV_PASSFAIL
  PRIV_HANDLERS

RVTEST_CODE_END

  .data
RVTEST_DATA_BEGIN
  .balign 4096
pmp_page: .zero 4096
after_page: .zero 4096
RVTEST_DATA_END
