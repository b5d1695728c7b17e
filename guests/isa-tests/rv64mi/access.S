// Accesses to physical addresses with nothing behind them raise access faults: fetch 1, load 5, store 7, with mtval = the address (AMOs: see access_amo).
#include "riscv_test.h"
#include "priv_macros.h"

// A fetch, a load, a store and an LR at physical address `addr`.
#define CHECK_ACCESS_FAULTS(addr) \
  li a0, addr; \
  PRIV_ARM_M(1f); \
  jalr ra, 0(a0); \
  j fail; \
1: \
  PRIV_CHECK_M_TVAL(CAUSE_FETCH_ACCESS, a0) \
  PRIV_LOAD_M(a1, TRAP_EPC) \
  bne a1, a0, fail; \
  PRIV_ARM_M_SKIP \
  ld a1, 0(a0); \
  PRIV_CHECK_M_TVAL(CAUSE_LOAD_ACCESS, a0) \
  PRIV_ARM_M_SKIP \
  lbu a1, 0(a0); \
  PRIV_CHECK_M_TVAL(CAUSE_LOAD_ACCESS, a0) \
  PRIV_ARM_M_SKIP \
  sw a1, 0(a0); \
  PRIV_CHECK_M_TVAL(CAUSE_STORE_ACCESS, a0) \
  PRIV_ARM_M_SKIP \
  lr.d a1, (a0); \
  PRIV_CHECK_M_TVAL(CAUSE_LOAD_ACCESS, a0)

RVTEST_RV64M
RVTEST_CODE_BEGIN
  .option norvc
  PRIV_INIT

  // Physical address 0: below the boot ROM (0x1000) on virt, spike and Tabvisor.
  li TESTNUM, 2
  CHECK_ACCESS_FAULTS(0x0)

  // 0xF0_0000_0000 (960 GiB): above the end of RAM for any RAM size these machines take, inside the 56-bit space.
  li TESTNUM, 3
  CHECK_ACCESS_FAULTS(0xF000000000)

  // The same from S-mode (PMP allows everything; the fault comes from the bus), still taken to M-mode.
  li TESTNUM, 4
  PRIV_ENTER(PRV_S)
  li a0, 0
  PRIV_ARM_M_SKIP
  lw a1, 0(a0)
  PRIV_GOTO_M
  PRIV_CHECK_M_TVAL(CAUSE_LOAD_ACCESS, a0)

  j pass

  PRIV_PASSFAIL
  PRIV_HANDLERS

RVTEST_CODE_END

  .data
RVTEST_DATA_BEGIN
RVTEST_DATA_END
