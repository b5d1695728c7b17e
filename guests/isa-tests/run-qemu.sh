#!/bin/sh
# Runs ISA test ELFs on QEMU's spike machine (HTIF tohost) and prints PASS/FAIL per test; exits 1 if any failed.
#
# Usage: run-qemu.sh [ELF...]   (default: every build/*.elf next to this script)
# QEMU's HTIF exits with status 0 when the test writes 1 to tohost and with TESTNUM (mod 256) when it writes
# (TESTNUM << 1) | 1. A test that never writes tohost is killed after $TIMEOUT seconds.
set -u
QEMU=${QEMU:-qemu-system-riscv64}
TIMEOUT=${TIMEOUT:-10}

# Tests that QEMU 7.2 (Debian 12) fails where QEMU, not the test, departs from the spec: "name:exit-status".
# rv64ua-p-amo_misaligned: QEMU 7.2 reports a misaligned AMO as a load address misaligned (cause 4); the ISA manual
# (privileged spec table 3.6, "Store/AMO address misaligned") and Spike report cause 6, which the test expects.
KNOWN_QEMU_DEVIATIONS="rv64ua-p-amo_misaligned:3"

if ! command -v "$QEMU" >/dev/null 2>&1; then
  echo "error: $QEMU not found: install the Debian package qemu-system-misc" >&2
  exit 2
fi
if [ $# -eq 0 ]; then
  set -- "$(dirname "$0")"/build/*.elf
fi

passed=0
failed=0
deviations=0
for elf in "$@"; do
  name=$(basename "$elf" .elf)
  if [ ! -f "$elf" ]; then
    echo "FAIL $name (no such file: $elf)"
    failed=$((failed + 1))
    continue
  fi
  timeout "$TIMEOUT" "$QEMU" -machine spike -nographic -bios none -kernel "$elf" </dev/null >/dev/null 2>&1
  status=$?
  if [ "$status" -eq 0 ]; then
    echo "PASS $name"
    passed=$((passed + 1))
  elif [ -n "$(echo "$KNOWN_QEMU_DEVIATIONS" | tr ' ' '\n' | grep -Fx "$name:$status")" ]; then
    echo "XFAIL $name (exit status $status: known QEMU deviation, see run-qemu.sh)"
    deviations=$((deviations + 1))
  elif [ "$status" -eq 124 ]; then
    echo "FAIL $name (timeout after ${TIMEOUT}s)"
    failed=$((failed + 1))
  else
    echo "FAIL $name (exit status $status: failing test number mod 256)"
    failed=$((failed + 1))
  fi
done
echo "$passed passed, $failed failed, $deviations known QEMU deviations"
[ "$failed" -eq 0 ]
