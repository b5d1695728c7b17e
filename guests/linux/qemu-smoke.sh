#!/usr/bin/env bash
# Boots the built Linux guest on qemu-system-riscv64 (-machine virt) in several set-ups and checks each reaches its shell.
#
# Usage: qemu-smoke.sh [guest-folder]   (default: ${TABVISOR_CACHE:-$HOME/.cache/tabvisor}/guests/linux)
# Each scenario waits for TABVISOR-READY, runs commands at the shell, checks their output, then `poweroff` must end
# QEMU with status 0. Transcripts go to $TABVISOR_SMOKE_LOGS (default: a temporary folder, printed at the end).
set -uo pipefail

guest_dir=${1:-${TABVISOR_CACHE:-$HOME/.cache/tabvisor}/guests/linux}
image=$guest_dir/Image
initrd=$guest_dir/initramfs.cpio
logs=${TABVISOR_SMOKE_LOGS:-$(mktemp -d /tmp/tabvisor-smoke.XXXXXX)}
opensbi_fw_jump=/usr/lib/riscv64-linux-gnu/opensbi/generic/fw_jump.bin
step_timeout=60
passed=0
failed=0

die() { printf 'qemu-smoke: error: %s\n' "$*" >&2; exit 2; }
if [ ! -f "$image" ] || [ ! -f "$initrd" ]; then die "no guest in $guest_dir (build it: npm run guests:linux)"; fi
command -v qemu-system-riscv64 >/dev/null || die "qemu-system-riscv64 is missing (apt-get install qemu-system-misc)"
mkdir -p "$logs"

# Starts QEMU as a coprocess; its console (serial and monitor muxed on stdio) is read through $qemu_out and
# written through $qemu_in: copies of the coprocess pipes, because bash closes those when QEMU exits.
start_qemu() {
  transcript=$logs/$1.log
  shift
  : > "$transcript"
  coproc QEMU { exec timeout 300 qemu-system-riscv64 -machine virt -nographic -m 128M "$@" 2>&1; }
  # shellcheck disable=SC2153 # coproc QEMU defines QEMU_PID
  qemu_pid=$QEMU_PID
  exec {qemu_out}<&"${QEMU[0]}" {qemu_in}>&"${QEMU[1]}"
  command_count=0
}

# Closes our copies of the console pipes once QEMU is gone.
close_console() { exec {qemu_out}<&- {qemu_in}>&-; }

# Ends a scenario whose guest never reached its shell.
abort_qemu() { kill "$qemu_pid" 2>/dev/null; wait "$qemu_pid" 2>/dev/null; close_console; }

# Reads console lines into the transcript until one matches the extended regex $1; fails after $step_timeout s.
wait_for_line() {
  local pattern=$1 line deadline=$((SECONDS + step_timeout))
  while [ $SECONDS -lt $deadline ]; do
    IFS= read -r -t 5 -u "$qemu_out" line || { [ $? -gt 128 ] && continue; return 1; }
    line=${line//$'\r'/}
    printf '%s\n' "$line" >> "$transcript"
    [[ $line =~ $pattern ]] && return 0
  done
  return 1
}

# Runs one shell command in the guest and puts its output in $output and its exit status in $command_status.
# The terminal echoes the typed line (and wraps it when long), so the output is what comes between a line that is
# exactly the start marker and a line that is the end marker followed by a number; echoed text never is either.
run_in_guest() {
  local line start_marker end_marker capturing=0 deadline=$((SECONDS + step_timeout))
  command_count=$((command_count + 1))
  start_marker="__TABVISOR_START_${command_count}__"
  end_marker="__TABVISOR_DONE_${command_count}__"
  printf 'echo %s; %s; echo %s $?\n' "$start_marker" "$1" "$end_marker" >&"$qemu_in"
  output=""
  command_status=""
  while [ $SECONDS -lt $deadline ]; do
    IFS= read -r -t 5 -u "$qemu_out" line || { [ $? -gt 128 ] && continue; return 1; }
    line=${line//$'\r'/}
    printf '%s\n' "$line" >> "$transcript"
    if [ "$capturing" = 0 ]; then
      [ "$line" = "$start_marker" ] && capturing=1
    elif [[ $line =~ ^${end_marker}\ ([0-9]+)$ ]]; then
      command_status=${BASH_REMATCH[1]}
      return 0
    else
      output+="$line"$'\n'
    fi
  done
  return 1
}

# Runs a check, prints PASS or FAIL with its name, counts it, and returns its result.
check() {
  local name=$1
  shift
  if "$@"; then
    printf 'PASS %s\n' "$name"; passed=$((passed + 1))
  else
    printf 'FAIL %s (transcript: %s)\n' "$name" "$transcript"; failed=$((failed + 1))
    return 1
  fi
}

# True when the last guest command exited 0.
command_ok() { [ "$command_status" = 0 ]; }

# True when the last guest command exited 0 and its output contains every fixed string given.
output_has() {
  local wanted
  command_ok || return 1
  for wanted in "$@"; do [[ $output == *"$wanted"* ]] || return 1; done
}

# True when the last output line holds $1 words (od prints one word per byte read from /dev/hwrng).
last_line_has_words() { [ "$(printf '%s' "$output" | tail -n 1 | wc -w)" = "$1" ]; }

# Boots, waits for the marker and the shell's banner; fails the scenario early when the guest never gets there.
boot_to_shell() {
  local started=$SECONDS
  if ! wait_for_line '^TABVISOR-READY$'; then return 1; fi
  ready_seconds=$((SECONDS - started))
  wait_for_line 'built-in shell' && sleep 0.5
}

# Sends poweroff and expects QEMU to exit with status 0 after the kernel's "reboot: Power down".
power_off() {
  local line status
  printf 'poweroff\n' >&"$qemu_in"
  while IFS= read -r -t "$step_timeout" -u "$qemu_out" line; do printf '%s\n' "${line//$'\r'/}" >> "$transcript"; done
  wait "$qemu_pid"
  status=$?
  close_console
  grep -q 'reboot: Power down' "$transcript" && [ "$status" = 0 ]
}

scenario_serial_console() {
  start_qemu serial-ttyS0 -bios default -kernel "$image" -initrd "$initrd" -append "console=ttyS0 earlycon"
  check "ttyS0: boots to TABVISOR-READY and a shell" boot_to_shell || { abort_qemu; return; }
  echo "  (ready after ${ready_seconds} s)"
  run_in_guest "uname -a"
  check "ttyS0: uname -a names riscv64" output_has "riscv64"
  run_in_guest "cat /proc/cpuinfo"
  check "ttyS0: /proc/cpuinfo has an rv64 isa line" output_has "rv64imafdc"
  run_in_guest "cat /sys/fs/cgroup/cgroup.controllers"
  check "ttyS0: cgroup v2 has cpu, memory, pids" output_has cpu memory pids
  run_in_guest "unshare -fpmuin --mount-proc sh -c 'hostname inner; hostname; echo pid \$\$'"
  check "ttyS0: unshare pid/mount/uts/ipc/net namespaces" output_has inner "pid 1"
  run_in_guest "mkdir -p /tmp/o/l /tmp/o/u /tmp/o/w /tmp/o/m && echo lower > /tmp/o/l/f && mount -t overlay overlay -o lowerdir=/tmp/o/l,upperdir=/tmp/o/u,workdir=/tmp/o/w /tmp/o/m && echo upper > /tmp/o/m/g && cat /tmp/o/m/f /tmp/o/u/g"
  check "ttyS0: overlayfs over tmpfs" output_has lower upper
  run_in_guest "mkdir /sys/fs/cgroup/t && echo '+cpu +memory +pids' > /sys/fs/cgroup/cgroup.subtree_control && echo 20 > /sys/fs/cgroup/t/pids.max && echo 16M > /sys/fs/cgroup/t/memory.max && echo '50000 100000' > /sys/fs/cgroup/t/cpu.max && cat /sys/fs/cgroup/t/pids.max /sys/fs/cgroup/t/cpu.max"
  check "ttyS0: cgroup limits (pids.max, memory.max, cpu.max)" output_has "50000 100000"
  run_in_guest "hwclock -r && date"
  check "ttyS0: goldfish RTC readable" command_ok
  check "ttyS0: poweroff ends QEMU with status 0" power_off
}

scenario_sbi_console() {
  start_qemu sbi-hvc0 -bios default -kernel "$image" -initrd "$initrd" -append "console=hvc0 earlycon=sbi"
  check "hvc0: boots to TABVISOR-READY and a shell on the SBI console" boot_to_shell ||
    { abort_qemu; return; }
  run_in_guest "cat /sys/class/tty/console/active"
  check "hvc0: the console is hvc0" output_has "hvc0"
  check "hvc0: poweroff ends QEMU with status 0" power_off
}

scenario_opensbi_fw_jump() {
  [ -f "$opensbi_fw_jump" ] || { echo "SKIP fw_jump: $opensbi_fw_jump missing (apt-get install opensbi)"; return; }
  start_qemu opensbi-fw-jump -bios "$opensbi_fw_jump" -kernel "$image" -initrd "$initrd" -append "console=ttyS0"
  check "fw_jump: Debian's OpenSBI fw_jump boots the guest to its shell" boot_to_shell ||
    { abort_qemu; return; }
  check "fw_jump: poweroff ends QEMU with status 0" power_off
}

scenario_virtio_devices() {
  local share=$logs/share disk=$logs/disk.img port_out=$logs/hvc1.out
  rm -rf "$share" && mkdir -p "$share" && echo "from the host" > "$share/hello.txt"
  truncate -s 8M "$disk"
  : > "$port_out"
  start_qemu virtio -bios default -kernel "$image" -initrd "$initrd" -append "console=ttyS0" \
    -drive if=none,id=disk0,file="$disk",format=raw -device virtio-blk-device,drive=disk0 \
    -device virtio-rng-device \
    -fsdev local,id=fs0,path="$share",security_model=none -device virtio-9p-device,fsdev=fs0,mount_tag=hostshare \
    -chardev file,id=port0,path="$port_out" -device virtio-serial-device -device virtconsole,chardev=port0 \
    -netdev user,id=net0,restrict=on -device virtio-net-device,netdev=net0
  check "virtio: boots to TABVISOR-READY and a shell" boot_to_shell || { abort_qemu; return; }
  run_in_guest "echo TABVISOR-DISK-MARKER | dd of=/dev/vda bs=512 seek=100 conv=sync 2>/dev/null && sync"
  check "virtio-blk: write to /dev/vda" command_ok
  run_in_guest "cat /sys/class/misc/hw_random/rng_current && head -c 16 /dev/hwrng | od -An -tx1"
  check "virtio-rng: /dev/hwrng gives bytes" output_has virtio_rng
  check "virtio-rng: 16 bytes read" last_line_has_words 16
  run_in_guest "mount -t 9p -o trans=virtio,version=9p2000.L hostshare /mnt && cat /mnt/hello.txt && echo from the guest > /mnt/guest.txt"
  check "virtio-9p: host file readable in the guest" output_has "from the host"
  run_in_guest "echo TABVISOR-PORT-MARKER > /dev/hvc1"
  check "virtio-console: /dev/hvc1 writable" command_ok
  run_in_guest "ip link show eth0"
  check "virtio-net: eth0 exists" output_has "eth0"
  check "virtio: poweroff ends QEMU with status 0" power_off
  check "virtio-blk: the marker reached the disk image" grep -q TABVISOR-DISK-MARKER "$disk"
  check "virtio-9p: the guest's file reached the host" grep -qx "from the guest" "$share/guest.txt"
  check "virtio-console: hvc1 output reached the host" grep -q TABVISOR-PORT-MARKER "$port_out"
}

scenario_serial_console
scenario_sbi_console
scenario_opensbi_fw_jump
scenario_virtio_devices
echo "transcripts: $logs"
echo "qemu-smoke: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
