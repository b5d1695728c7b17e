#!/usr/bin/env bash
# Prints where Debian's prebuilt U-Boot (S-mode, QEMU virt) and OpenSBI firmware live, as NAME=path lines.
#
# Tabvisor uses them as shipped (DESIGN.md, Guests): nothing is built. A missing file fails naming the package.
set -euo pipefail

uboot_smode=/usr/lib/u-boot/qemu-riscv64_smode/u-boot.bin
opensbi_dir=/usr/lib/riscv64-linux-gnu/opensbi/generic

missing=()
[ -f "$uboot_smode" ] || missing+=(u-boot-qemu)
[ -f "$opensbi_dir/fw_jump.bin" ] && [ -f "$opensbi_dir/fw_dynamic.bin" ] || missing+=(opensbi)
if [ ${#missing[@]} -gt 0 ]; then
  echo "guests/uboot: missing Debian packages: ${missing[*]} (apt-get install ${missing[*]})" >&2
  exit 1
fi

echo "UBOOT_SMODE=$uboot_smode"
echo "OPENSBI_FW_JUMP=$opensbi_dir/fw_jump.bin"
echo "OPENSBI_FW_DYNAMIC=$opensbi_dir/fw_dynamic.bin"
