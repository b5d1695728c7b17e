// S-mode CSR views: sstatus is a masked view of mstatus (SIE SPIE SPP FS SUM MXR UXL SD, not MIE MPIE MPP MPRV TVM TW TSR); sie/sip show only interrupts delegated in mideleg.
#include "riscv_test.h"
#include "priv_macros.h"

#define SSTATUS_HIDDEN (MSTATUS_MIE | MSTATUS_MPIE | MSTATUS_MPP | MSTATUS_MPRV | MSTATUS_TVM | MSTATUS_TW | MSTATUS_TSR | MSTATUS_SXL)

RVTEST_RV64M
RVTEST_CODE_BEGIN
  .option norvc
  PRIV_INIT
  csrwi mie, 0
  csrwi mideleg, 0

  // Fields set in mstatus from M-mode show in sstatus; M-only fields do not (privileged spec 4.1.1).
  li TESTNUM, 2
  li t0, MSTATUS_SUM | MSTATUS_MXR | MSTATUS_SPIE | MSTATUS_MPIE | MSTATUS_TW
  csrs mstatus, t0
  PRIV_ENTER(PRV_S)
  csrr a0, sstatus
  li t0, MSTATUS_SUM | MSTATUS_MXR | MSTATUS_SPIE
  and a1, a0, t0
  bne a1, t0, fail
  li t0, SSTATUS_HIDDEN
  and a1, a0, t0
  bnez a1, fail
  // UXL = 2: U-mode is 64-bit (4.1.1.2).
  srli a1, a0, 32
  andi a1, a1, 3
  li a2, 2
  bne a1, a2, fail

  // Writes to sstatus reach only the S fields of mstatus.
  li TESTNUM, 3
  li t0, MSTATUS_SUM | MSTATUS_MXR
  csrc sstatus, t0
  li t0, MSTATUS_MPRV | MSTATUS_TSR | MSTATUS_TVM | MSTATUS_MIE
  csrs sstatus, t0
  csrr a0, sstatus
  li t0, MSTATUS_SUM | MSTATUS_MXR | SSTATUS_HIDDEN
  and a1, a0, t0
  bnez a1, fail
  PRIV_GOTO_M
  csrr a0, mstatus
  li t0, MSTATUS_SUM | MSTATUS_MXR | MSTATUS_MPRV | MSTATUS_TSR | MSTATUS_TVM
  and a1, a0, t0
  bnez a1, fail
  // TW was set from M-mode and survives the S-mode writes.
  li t0, MSTATUS_TW
  and a1, a0, t0
  beqz a1, fail
  csrc mstatus, t0

  // SD summarizes FS = Dirty, in sstatus as in mstatus (4.1.1.6).
  li TESTNUM, 4
  PRIV_ENTER(PRV_S)
  li t0, SSTATUS_FS
  csrs sstatus, t0
  csrr a0, sstatus
  bgez a0, fail
  PRIV_GOTO_M
  csrr a0, mstatus
  bgez a0, fail
  PRIV_ENTER(PRV_S)
  li t0, SSTATUS_FS
  csrc sstatus, t0
  csrr a0, sstatus
  bltz a0, fail
  li t0, MSTATUS_FS & (MSTATUS_FS >> 1)
  csrs sstatus, t0
  PRIV_GOTO_M

  // With mideleg = 0, sie and sip read zero whatever mie and mip hold (3.1.9). (Undelegated S-level interrupts are
  // taken in M-mode and are enabled while in S-mode, so mie and mip are not set both at once here.)
  li TESTNUM, 5
  li t0, MIP_SSIP | MIP_STIP | MIP_SEIP
  csrs mip, t0
  PRIV_ENTER(PRV_S)
  csrr a0, sip
  bnez a0, fail
  PRIV_GOTO_M
  li t0, MIP_SSIP | MIP_STIP | MIP_SEIP
  csrc mip, t0
  csrs mie, t0
  PRIV_ENTER(PRV_S)
  csrr a0, sie
  bnez a0, fail
  // Writes to sie do not reach the undelegated bits of mie.
  csrw sie, zero
  PRIV_GOTO_M
  csrr a0, mie
  li t0, MIP_SSIP | MIP_STIP | MIP_SEIP
  and a0, a0, t0
  bne a0, t0, fail
  csrc mie, t0

  // With SSIP, STIP and SEIP delegated, sie shows and writes exactly those bits of mie.
  li TESTNUM, 6
  li t0, MIP_SSIP | MIP_STIP | MIP_SEIP
  csrw mideleg, t0
  csrr a0, mideleg
  and a0, a0, t0          // (with the H extension, the VS bits would also read 1)
  bne a0, t0, fail
  PRIV_ENTER(PRV_S)
  csrr a0, sie
  bnez a0, fail
  li t0, -1
  csrw sie, t0
  csrr a0, sie
  li t0, MIP_SSIP | MIP_STIP | MIP_SEIP
  bne a0, t0, fail
  PRIV_GOTO_M
  csrr a0, mie
  li t0, MIP_SSIP | MIP_STIP | MIP_SEIP
  bne a0, t0, fail
  PRIV_ENTER(PRV_S)
  csrw sie, zero
  PRIV_GOTO_M
  csrr a0, mie
  bnez a0, fail

  // sip.SSIP is writable from S-mode when delegated; sip.STIP is not (4.1.3).
  li TESTNUM, 7
  PRIV_ENTER(PRV_S)
  csrsi sip, MIP_SSIP
  csrr a0, sip
  andi a0, a0, MIP_SSIP
  beqz a0, fail
  li t0, MIP_STIP
  csrs sip, t0
  csrr a0, sip
  andi a0, a0, MIP_STIP
  bnez a0, fail
  PRIV_GOTO_M
  csrr a0, mip
  andi a1, a0, MIP_SSIP
  beqz a1, fail
  andi a1, a0, MIP_STIP
  bnez a1, fail
  // STIP set by M-mode shows in sip.
  li t0, MIP_STIP
  csrs mip, t0
  PRIV_ENTER(PRV_S)
  csrr a0, sip
  andi a0, a0, MIP_STIP
  beqz a0, fail
  csrci sip, MIP_SSIP
  PRIV_GOTO_M
  csrr a0, mip
  andi a1, a0, MIP_SSIP
  bnez a1, fail
  li t0, MIP_STIP
  csrc mip, t0
  csrwi mideleg, 0

  // sscratch, sepc, stval, scause and stvec hold values written from S-mode.
  li TESTNUM, 8
  PRIV_ENTER(PRV_S)
  li a0, 0x1122334455667788
  csrw sscratch, a0
  csrr a1, sscratch
  bne a0, a1, fail
  li a0, 0x80001234
  csrw sepc, a0
  csrr a1, sepc
  bne a0, a1, fail
  csrw stval, a0
  csrr a1, stval
  bne a0, a1, fail
  PRIV_GOTO_M

  j pass

  PRIV_PASSFAIL
  PRIV_HANDLERS

RVTEST_CODE_END

  .data
RVTEST_DATA_BEGIN
RVTEST_DATA_END
