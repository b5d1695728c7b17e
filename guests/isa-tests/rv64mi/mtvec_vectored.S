// Vectored mtvec (MODE = 1): interrupts go to BASE + 4 * cause, exceptions to BASE; MODE reads back; direct mode sends everything to BASE.
#include "riscv_test.h"
#include "priv_macros.h"

// A vector slot that records `slot` in vector_hit, then continues in the recording handler.
#define VECTOR_SLOT(slot) \
  csrw mscratch, t0; \
  csrw sscratch, t1; \
  la t1, vector_hit; \
  li t0, slot; \
  sd t0, 0(t1); \
  csrr t1, sscratch; \
  csrr t0, mscratch; \
  j priv_mtrap;

// Fail unless vector_hit = `slot`; then clear it.
#define CHECK_SLOT(slot) \
  la t1, vector_hit; \
  ld t0, 0(t1); \
  li t2, slot; \
  bne t0, t2, fail; \
  sd zero, 0(t1);

RVTEST_RV64M
RVTEST_CODE_BEGIN
  .option norvc
  PRIV_INIT

  // MODE = 1 is kept, BASE reads back (privileged spec 3.1.7).
  li TESTNUM, 2
  la a0, vector_table
  ori a0, a0, 1
  csrw mtvec, a0
  csrr a1, mtvec
  bne a0, a1, fail

  // An exception goes to BASE (slot 0) even in vectored mode.
  li TESTNUM, 3
  PRIV_ARM_M_SKIP
  .word 0x0000506b
  CHECK_SLOT(100)
  PRIV_CHECK_M(CAUSE_ILLEGAL_INSTRUCTION)

  // Machine software interrupt: BASE + 4 * 3.
  li TESTNUM, 4
  csrwi mie, MIP_MSIP
  CLINT_SET_MSIP(1)
  csrsi mstatus, MSTATUS_MIE
  nop
  csrci mstatus, MSTATUS_MIE
  CLINT_SET_MSIP(0)
  CHECK_SLOT(3)
  PRIV_LOAD_M(a0, TRAP_CAUSE)
  li a1, (1 << 63) | IRQ_M_SOFT
  bne a0, a1, fail

  // Machine timer interrupt: BASE + 4 * 7.
  li TESTNUM, 5
  li t0, MIP_MTIP
  csrw mie, t0
  CLINT_SET_MTIMECMP(zero)
  PRIV_WAIT_CSR_BITS(mip, MIP_MTIP, 1000)
  csrsi mstatus, MSTATUS_MIE
  nop
  csrci mstatus, MSTATUS_MIE
  li a0, -1
  CLINT_SET_MTIMECMP(a0)
  CHECK_SLOT(7)

  // Supervisor software interrupt (not delegated, so taken in M-mode): BASE + 4 * 1.
  li TESTNUM, 6
  csrwi mie, MIP_SSIP
  csrsi mip, MIP_SSIP
  csrsi mstatus, MSTATUS_MIE
  nop
  csrci mstatus, MSTATUS_MIE
  csrci mip, MIP_SSIP
  CHECK_SLOT(1)

  // Back to direct mode: an interrupt goes to BASE.
  li TESTNUM, 7
  la a0, vector_table
  csrw mtvec, a0
  csrr a1, mtvec
  bne a0, a1, fail
  csrwi mie, MIP_SSIP
  csrsi mip, MIP_SSIP
  csrsi mstatus, MSTATUS_MIE
  nop
  csrci mstatus, MSTATUS_MIE
  csrci mip, MIP_SSIP
  CHECK_SLOT(100)

  la t0, priv_mtrap
  csrw mtvec, t0
  j pass

  // BASE must be 4-byte aligned; harts may demand more (3.1.7), 256 bytes is plenty.
  .balign 256
vector_table:
  j slot_exception
  j slot_1
  j slot_other
  j slot_3
  j slot_other
  j slot_other
  j slot_other
  j slot_7
  j slot_other
  j slot_other
  j slot_other
  j slot_other
slot_exception:
  VECTOR_SLOT(100)
slot_1:
  VECTOR_SLOT(1)
slot_3:
  VECTOR_SLOT(3)
slot_7:
  VECTOR_SLOT(7)
slot_other:
  VECTOR_SLOT(99)

  PRIV_PASSFAIL
  PRIV_HANDLERS

RVTEST_CODE_END

  .data
RVTEST_DATA_BEGIN
vector_hit: .dword 0
RVTEST_DATA_END
