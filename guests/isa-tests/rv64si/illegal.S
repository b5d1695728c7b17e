// S-mode illegal-instruction cases: M-mode CSRs, sret with TSR, wfi with TW, satp and sfence.vma with TVM; U-mode S-level instructions; mtval holds the instruction bits.
#include "riscv_test.h"
#include "priv_macros.h"

// In S-mode: `insn` at a labelled address must trap to M-mode as illegal, with mtval = its bits.
#define CHECK_ILLEGAL(label, insn...) \
  PRIV_ARM_M_SKIP; \
label: \
  insn; \
  la a0, label; \
  lwu a0, 0(a0); \
  PRIV_CHECK_M_TVAL(CAUSE_ILLEGAL_INSTRUCTION, a0)

RVTEST_RV64M
RVTEST_CODE_BEGIN
  .option norvc
  PRIV_INIT
  csrwi mie, 0

  // M-mode CSRs are not accessible from S-mode (privileged spec 2.1: bits 9:8 of the address give the lowest mode).
  li TESTNUM, 2
  PRIV_ENTER(PRV_S)
  CHECK_ILLEGAL(rd_mstatus, csrr a1, mstatus)
  CHECK_ILLEGAL(wr_mscratch, csrw mscratch, a1)
  CHECK_ILLEGAL(rd_mtvec, csrr a1, mtvec)
  CHECK_ILLEGAL(rd_mepc, csrr a1, mepc)
  CHECK_ILLEGAL(rd_mie, csrr a1, mie)
  CHECK_ILLEGAL(rd_medeleg, csrr a1, medeleg)
  CHECK_ILLEGAL(rd_mhartid, csrr a1, mhartid)
  CHECK_ILLEGAL(rd_pmpcfg0, csrr a1, pmpcfg0)
  CHECK_ILLEGAL(rd_mret, mret)
  PRIV_GOTO_M

  // TSR = 1: sret in S-mode is illegal (3.1.6.5).
  li TESTNUM, 3
  li t0, MSTATUS_TSR
  csrs mstatus, t0
  PRIV_ENTER(PRV_S)
  CHECK_ILLEGAL(tsr_sret, sret)
  PRIV_GOTO_M
  li t0, MSTATUS_TSR
  csrc mstatus, t0

  // TW = 1: wfi in S-mode with nothing pending is illegal (it cannot complete; the time limit may be 0).
  li TESTNUM, 4
  li t0, MSTATUS_TW
  csrs mstatus, t0
  PRIV_ENTER(PRV_S)
  CHECK_ILLEGAL(tw_wfi, wfi)
  PRIV_GOTO_M
  li t0, MSTATUS_TW
  csrc mstatus, t0

  // TW = 0: wfi in S-mode is legal; with a delegated SSIP pending and enabled in sie (SIE = 0) it completes.
  li TESTNUM, 5
  csrwi mideleg, MIP_SSIP
  PRIV_ENTER(PRV_S)
  csrsi sie, MIP_SSIP
  csrsi sip, MIP_SSIP
  wfi
  csrci sip, MIP_SSIP
  csrci sie, MIP_SSIP
  PRIV_GOTO_M
  csrwi mideleg, 0

  // TVM = 1: satp accesses and sfence.vma in S-mode are illegal (3.1.6.5).
  li TESTNUM, 6
  li t0, MSTATUS_TVM
  csrs mstatus, t0
  PRIV_ENTER(PRV_S)
  CHECK_ILLEGAL(tvm_rd_satp, csrr a1, satp)
  CHECK_ILLEGAL(tvm_wr_satp, csrw satp, zero)
  CHECK_ILLEGAL(tvm_sfence, sfence.vma)
  PRIV_GOTO_M
  li t0, MSTATUS_TVM
  csrc mstatus, t0
  // TVM = 0: both are legal again.
  PRIV_ENTER(PRV_S)
  csrr a1, satp
  sfence.vma
  PRIV_GOTO_M

  // U-mode: S-mode CSRs, sret and sfence.vma are illegal.
  li TESTNUM, 7
  PRIV_ENTER(PRV_U)
  CHECK_ILLEGAL(u_sstatus, csrr a1, sstatus)
  CHECK_ILLEGAL(u_satp, csrr a1, satp)
  CHECK_ILLEGAL(u_stvec, csrw stvec, zero)
  CHECK_ILLEGAL(u_sret, sret)
  CHECK_ILLEGAL(u_sfence, sfence.vma)
  PRIV_GOTO_M

  j pass

  PRIV_PASSFAIL
  PRIV_HANDLERS

RVTEST_CODE_END

  .data
RVTEST_DATA_BEGIN
RVTEST_DATA_END
