// satp is WARL: a write with an unsupported MODE has no effect at all (privileged spec 4.1.11); Sv39 (8) and Bare (0) are accepted; Sv48 (9) and Sv57 (10) are either fully accepted or fully ignored.
#include "riscv_test.h"
#include "priv_macros.h"

// Writing satp = (mode << 60) | ppn must leave satp equal to `before_reg`.
#define CHECK_IGNORED(mode, before_reg) \
  li t0, ((mode) << 60) | 0x1234; \
  csrw satp, t0; \
  csrr t1, satp; \
  bne t1, before_reg, fail;

// Writing (mode << 60) | ppn gives either exactly that (mode supported) or `before_reg` (not supported). Then put
// before_reg back.
#define CHECK_ALL_OR_NOTHING(mode, before_reg) \
  li t0, ((mode) << 60) | 0x1234; \
  csrw satp, t0; \
  csrr t1, satp; \
  beq t1, before_reg, 1f; \
  bne t1, t0, fail; \
1: \
  csrw satp, before_reg;

RVTEST_RV64M
RVTEST_CODE_BEGIN
  .option norvc
  PRIV_INIT

  // Sv39 with a PPN reads back (M-mode is not translated, so any PPN is safe here).
  li TESTNUM, 2
  li a0, SATP_MODE_SV39 | 0x80123
  csrw satp, a0
  csrr a1, satp
  bne a0, a1, fail

  // Reserved modes 1-7 and 11-13 and custom 14-15: nothing changes, not even the PPN.
  li TESTNUM, 3
  CHECK_IGNORED(1, a0)
  CHECK_IGNORED(2, a0)
  CHECK_IGNORED(3, a0)
  CHECK_IGNORED(4, a0)
  CHECK_IGNORED(5, a0)
  CHECK_IGNORED(6, a0)
  CHECK_IGNORED(7, a0)
  CHECK_IGNORED(11, a0)
  CHECK_IGNORED(12, a0)
  CHECK_IGNORED(13, a0)
  CHECK_IGNORED(14, a0)
  CHECK_IGNORED(15, a0)

  // Sv48 and Sv57: all or nothing (Tabvisor implements only Sv39, so nothing).
  li TESTNUM, 4
  CHECK_ALL_OR_NOTHING(9, a0)
  CHECK_ALL_OR_NOTHING(10, a0)

  // The same from Bare.
  li TESTNUM, 5
  csrw satp, zero
  csrr a1, satp
  bnez a1, fail
  CHECK_IGNORED(1, zero)
  CHECK_IGNORED(15, zero)
  CHECK_ALL_OR_NOTHING(9, zero)

  // And from S-mode.
  li TESTNUM, 6
  PRIV_ENTER(PRV_S)
  CHECK_IGNORED(5, zero)
  PRIV_GOTO_M

  j pass

  PRIV_PASSFAIL
  PRIV_HANDLERS

RVTEST_CODE_END

  .data
RVTEST_DATA_BEGIN
RVTEST_DATA_END
