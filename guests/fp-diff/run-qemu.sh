#!/bin/sh
# Runs fp-diff (or the ELF given) on QEMU's virt machine and prints its output; exits non-zero if it did not finish.
#
# Usage: run-qemu.sh [ELF]   (default: fp-diff.elf next to this script)
set -eu
QEMU=${QEMU:-qemu-system-riscv64}
TIMEOUT=${TIMEOUT:-600}
elf=${1:-"$(dirname "$0")/fp-diff.elf"}
if ! command -v "$QEMU" >/dev/null 2>&1; then
  echo "error: $QEMU not found: install the Debian package qemu-system-misc" >&2
  exit 2
fi
# The program powers the machine off through the sifive test device when it is done (QEMU exits with status 0).
timeout "$TIMEOUT" "$QEMU" -machine virt -nographic -bios none -m 64M -kernel "$elf" </dev/null | tr -d '\r'
