// Simultaneous pending interrupts are taken in the order MSI, MTI, SEI, SSI, STI when none is delegated (privileged spec 3.1.9).
#include "riscv_test.h"
#include "priv_macros.h"

// Fail unless entry `i` of the M-mode trap log is interrupt `irq`.
#define CHECK_LOG(i, irq) \
  la t1, priv_mrec; \
  ld t0, TRAP_LOG + (i) * 8(t1); \
  li t2, (1 << 63) | (irq); \
  bne t0, t2, fail;

RVTEST_RV64M
RVTEST_CODE_BEGIN
  .option norvc
  PRIV_INIT

  // S-level interrupts taken in M-mode (not delegated) are masked by mstatus.MIE, not SIE, while in M-mode.
  li TESTNUM, 2
  PRIV_RESET_M
  csrsi mstatus, MSTATUS_SIE
  csrsi mie, MIP_SSIP
  csrsi mip, MIP_SSIP
  nop
  PRIV_CHECK_COUNT_M(0)
  csrsi mstatus, MSTATUS_MIE
  nop
  csrci mstatus, MSTATUS_MIE | MSTATUS_SIE
  csrci mip, MIP_SSIP
  PRIV_CHECK_COUNT_M(1)
  CHECK_LOG(0, IRQ_S_SOFT)

  // Make five interrupts pending with everything disabled: MSI via the CLINT, MTI with mtimecmp = 0, and SEI, SSI,
  // STI through their writable bits in mip (writable by M-mode while menvcfg.STCE = 0).
  li TESTNUM, 3
  csrwi mie, 0
  csrwi mideleg, 0
  csrwi CSR_MENVCFG, 0
  CLINT_SET_MSIP(1)
  CLINT_SET_MTIMECMP(zero)
  li t0, MIP_SEIP | MIP_SSIP | MIP_STIP
  csrs mip, t0
  PRIV_WAIT_CSR_BITS(mip, MIP_MSIP, 1000)
  PRIV_WAIT_CSR_BITS(mip, MIP_MTIP, 1000)
  csrr a0, mip
  li a1, MIP_MSIP | MIP_MTIP | MIP_SEIP | MIP_SSIP | MIP_STIP
  and a0, a0, a1
  bne a0, a1, fail

  // Enable all five and MIE: the handler disables each one it takes, so the log shows the priority order.
  li TESTNUM, 4
  PRIV_RESET_M
  li t0, MIP_MSIP | MIP_MTIP | MIP_SEIP | MIP_SSIP | MIP_STIP
  csrs mie, t0
  csrsi mstatus, MSTATUS_MIE
  nop
  csrci mstatus, MSTATUS_MIE
  PRIV_CHECK_COUNT_M(5)
  CHECK_LOG(0, IRQ_M_SOFT)
  CHECK_LOG(1, IRQ_M_TIMER)
  CHECK_LOG(2, IRQ_S_EXT)
  CHECK_LOG(3, IRQ_S_SOFT)
  CHECK_LOG(4, IRQ_S_TIMER)

  // The sources are still pending; clear them.
  li TESTNUM, 5
  CLINT_SET_MSIP(0)
  li a0, -1
  CLINT_SET_MTIMECMP(a0)
  li t0, MIP_SEIP | MIP_SSIP | MIP_STIP
  csrc mip, t0
  csrr a0, mip
  li a1, MIP_MSIP | MIP_MTIP | MIP_SEIP | MIP_SSIP | MIP_STIP
  and a0, a0, a1
  bnez a0, fail

  j pass

  PRIV_PASSFAIL
  PRIV_HANDLERS

RVTEST_CODE_END

  .data
RVTEST_DATA_BEGIN
RVTEST_DATA_END
