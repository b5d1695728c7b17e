#!/usr/bin/env bash
# Boots tinyos.elf on QEMU's virt machine in every boot mode, types shell commands, and checks their output.
# Usage: ./qemu-smoke.sh [-v] [mode...]   (modes: m-mode m-mode-nosstc m-mode-smp2 sbi-default sbi-fw-jump
#        sbi-fw-dynamic sbi-nosstc disk-modern disk-legacy; default: all). -v prints each transcript. Needs qemu-system-misc and opensbi.
set -u
cd "$(dirname "$0")"

VERBOSE=0
if [ "${1:-}" = "-v" ]; then VERBOSE=1; shift; fi
ELF=tinyos.elf
OPENSBI_DIR=/usr/lib/riscv64-linux-gnu/opensbi/generic
# QEMU 7.2's virt machine always jumps to the start of RAM after its reset vector, even with -bios none.
# These two instructions there (auipc t0, 0x200; jr t0) continue at 0x80200000, the ELF entry, with a0/a1
# (hart id, device tree) untouched: the boot convention Tabvisor's firmware "none" gives directly.
M_MODE_SHIM=(-device loader,addr=0x80000000,data=0x00200297,data-len=4
             -device loader,addr=0x80000004,data=0x00028067,data-len=4)
TIMEOUT=20
failures=0
WORK=$(mktemp -d)
trap '[ -n "${KEEP:-}" ] || rm -rf "$WORK"' EXIT

command -v qemu-system-riscv64 >/dev/null || { echo "qemu-system-riscv64 missing: install qemu-system-misc" >&2; exit 2; }
[ -f "$ELF" ] || { echo "$ELF missing: run make" >&2; exit 2; }

LOG= ; QEMU_PID= ; MODE=

fail() {
    echo "FAIL [$MODE]: $*"
    failures=$((failures + 1))
}

# Real prompts start a line; line-editor redraws ("\rtinyos> ...") do not, once \r is dropped.
prompt_count() { tr -d '\r' <"$LOG" | grep -c '^tinyos> '; }

# wait_until <seconds> <command...>: polls the command until it succeeds.
wait_until() {
    local limit=$(( $1 * 20 )); shift
    for ((i = 0; i < limit; i++)); do
        "$@" && return 0
        kill -0 "$QEMU_PID" 2>/dev/null || { "$@"; return; }
        sleep 0.05
    done
    return 1
}
prompts_at_least() { [ "$(prompt_count)" -ge "$1" ]; }
log_has() { tr -d '\r' <"$LOG" | grep -qE -- "$1"; }

boot() {
    MODE=$1; shift
    LOG=$WORK/$MODE.log
    : >"$LOG"
    mkfifo "$WORK/$MODE.in"
    qemu-system-riscv64 -machine virt -nographic -m 128M "$@" <"$WORK/$MODE.in" >"$LOG" 2>&1 &
    QEMU_PID=$!
    exec 3>"$WORK/$MODE.in"
    wait_until "$TIMEOUT" prompts_at_least 1 || fail "no prompt"
}

# cmd <input> <regex> [regex...]: types a line, waits for the next prompt, checks the output in between.
cmd() {
    local input=$1; shift
    local before start out
    before=$(prompt_count)
    start=$(stat -c %s "$LOG")
    printf '%b\r' "$input" >&3
    wait_until "$TIMEOUT" prompts_at_least $((before + 1)) || { fail "'$input': no prompt after it"; return; }
    out=$(tail -c +$((start + 1)) "$LOG" | tr -d '\r')
    for re in "$@"; do
        grep -qE -- "$re" <<<"$out" || fail "'$input': output lacks /$re/"
    done
}

# finish <input> <regex>: a command that ends QEMU (poweroff); checks it exits with status 0.
finish() {
    printf '%b\r' "$1" >&3
    exec 3>&-
    local status=124
    if wait_until "$TIMEOUT" bash -c "! kill -0 $QEMU_PID 2>/dev/null"; then
        wait "$QEMU_PID"; status=$?
    else
        kill "$QEMU_PID"; wait "$QEMU_PID" 2>/dev/null
    fi
    [ "$status" = 0 ] || fail "'$1': QEMU exit status $status (want 0)"
    log_has "$2" || fail "'$1': output lacks /$2/"
    [ "$VERBOSE" = 1 ] && { echo "----- transcript: $MODE"; tr -d '\r' <"$LOG"; }
    rm -f "$WORK/$MODE.in"
    echo "done [$MODE]"
}

# The full command set, for one M-mode and one S-mode boot.
full_session() {
    local before
    cmd help 'info' 'ps' 'mem' 'traps' 'ticks' 'uptime' 'run' 'kill' 'ls' 'cat' 'sbi' 'poweroff' 'reboot'
    cmd ls 'no virtio block device'
    cmd info 'harts: +1' 'ISA: +rv64imafdc' 'memory: +128 MiB at 0x80000000' 'timebase: +10000000 Hz' \
        'ns16550a at 0x10000000' 'sifive,test' 'plic@c000000' 'virtio-mmio: 8 slot'
    cmd ps 'PID +STATE' '0 +ready +kern .* idle' '1 +running +kern .* shell'
    cmd 'run hello there' 'Hello from user mode! I am pid [0-9]+, my argument is "there"'
    cmd 'run fault' 'reading kernel memory' 'load page fault at address 0x80200000.*process killed' 'exited with status -1'
    cmd 'run fault write' 'store page fault at address 0x80200000.*process killed'
    cmd 'run fault exec' 'instruction page fault at address 0x80200000.*process killed'
    cmd 'run hello' 'Hello from user mode'                      # the OS survived the faults
    cmd 'run counter 2' 'counter pid [0-9]+\] 1/2' 'counter pid [0-9]+\] 2/2'
    cmd ticks 'ticks: [1-9][0-9]* \(timer interrupts at 100 Hz\)'
    cmd uptime 'up [0-9]+\.[0-9]{3} s'
    # Both lines typed at once, so the two counters start together; then wait for both prompts.
    before=$(prompt_count)
    printf 'run counter 20 &\rrun counter 20 &\r' >&3
    wait_until "$TIMEOUT" prompts_at_least $((before + 2)) || fail "background counters: no prompts"
    [ "$(tr -d '\r' <"$LOG" | grep -c 'counter started in the background')" -ge 2 ] || fail "counters did not start"
    cmd ps 'counter &' 'user'
    wait_until "$TIMEOUT" bash -c "[ \$(tr -d '\r' <'$LOG' | grep -c 'counter exited with status 0') -ge 2 ]" ||
        fail "background counters did not finish"
    # Interleaving: among the first three lines of the two background counters, both pids appear.
    local distinct
    distinct=$(tr -d '\r' <"$LOG" | grep -oE 'counter pid [0-9]+\] [0-9]+/20' | head -3 | awk '{print $3}' | sort -u | wc -l)
    [ "$distinct" -ge 2 ] || fail "background counters did not interleave"
    cmd 'run spin &' 'started in the background'
    cmd ps 'spin &'
    local spin_pid
    spin_pid=$(tr -d '\r' <"$LOG" | grep -oE 'pid [0-9]+ spin started' | tail -1 | grep -oE '[0-9]+')
    cmd "kill $spin_pid" ''
    wait_until 5 log_has "pid $spin_pid spin exited with status -1" || fail "spin was not killed"
    # A foreground program that never ends: Ctrl-C kills it; keys typed meanwhile reach the next prompt.
    before=$(prompt_count)
    printf 'run spin\r' >&3
    wait_until 5 log_has 'looping forever' || fail "foreground spin did not start"
    printf 'tic' >&3
    sleep 0.2
    printf '\003' >&3
    wait_until 5 prompts_at_least $((before + 1)) || fail "Ctrl-C did not stop spin"
    cmd 'ks' 'ticks: [0-9]+'
    cmd mem 'RAM: 32768 pages' 'kernel image' 'free +[0-9]+ pages'
    cmd traps 'supervisor timer' 'ecall from U-mode \(syscall\) +[0-9]+' 'load page fault +[1-9]' 'store page fault +[1-9]' \
        'instruction page fault +[1-9]'
    # Line editing: backspace, left/right insertion, history (up/down).
    cmd 'helo\x7f\x7flp' 'info +harts, ISA'                        # "helo" minus "lo" plus "lp" = help
    cmd 'tiks\x1b[D\x1b[D\x1b[D\x1b[Cc' 'ticks: [0-9]+'                  # insert the missing c with the cursor keys
    cmd '\x1b[A\x1b[A\x1b[B' 'ticks: [0-9]+'                       # up, up, down: back to "ticks"
    cmd 'nosuch' 'nosuch: unknown command'
    cmd 'run nosuch' "no program 'nosuch'"
}

run_m_mode() {
    boot m-mode -bios none -kernel "$ELF" "${M_MODE_SHIM[@]}"
    log_has 'tinyOS .* booted in M-mode' || fail "banner"
    full_session
    cmd sbi 'none \(M-mode\)'
    cmd traps 'M-mode layer: 0 set_timer ecalls'
    cmd reboot 'rebooting via the sifive,test0 device'
    [ "$(tr -d '\r' <"$LOG" | grep -c 'booted in M-mode')" -ge 2 ] || fail "reboot did not boot again"
    finish poweroff 'powering off via the sifive,test0 device'
}

run_m_mode_nosstc() {
    boot m-mode-nosstc -cpu rv64,sstc=false -bios none -kernel "$ELF" "${M_MODE_SHIM[@]}"
    log_has 'booted in M-mode' || fail "banner"
    cmd info 'tick 100 Hz via CLINT mtimecmp \(M-mode layer\)'
    cmd 'run counter 2' 'counter pid [0-9]+\] 2/2'
    cmd traps 'M-mode layer: [1-9][0-9]* set_timer ecalls, [1-9][0-9]* machine timer interrupts'
    finish poweroff 'powering off'
}

run_m_mode_smp2() {
    boot m-mode-smp2 -smp 2 -bios none -kernel "$ELF" "${M_MODE_SHIM[@]}"
    log_has 'booted in M-mode.* on hart [01] of 2' || fail "banner"
    cmd info 'harts: +2'
    cmd 'run hello' 'Hello from user mode'
    finish poweroff 'powering off'
}

s_mode_session() {
    log_has 'tinyOS .* booted in S-mode \(SBI: OpenSBI v1\.[0-9]+, SBI spec v[0-9.]+\)' || fail "banner"
    cmd sbi 'SBI: OpenSBI' 'BASE .* yes' 'TIME .* yes' 'SRST .* yes' 'HSM .* yes'
    cmd 'run hello' 'Hello from user mode'
    cmd 'run fault' 'load page fault at address 0x80200000.*process killed'
    cmd 'run counter 2' 'counter pid [0-9]+\] 2/2'
    cmd ticks 'ticks: [1-9]'
}

run_sbi_default() {
    boot sbi-default -bios default -kernel "$ELF"
    s_mode_session
    full_session
    cmd reboot 'rebooting via SBI SRST'
    [ "$(tr -d '\r' <"$LOG" | grep -c 'booted in S-mode')" -ge 2 ] || fail "reboot did not boot again"
    finish poweroff 'powering off via SBI SRST'
}

run_sbi_fw_jump() {
    boot sbi-fw-jump -bios "$OPENSBI_DIR/fw_jump.bin" -kernel "$ELF"
    s_mode_session
    cmd mem 'reserved'
    finish poweroff 'powering off via SBI SRST'
}

run_sbi_fw_dynamic() {
    boot sbi-fw-dynamic -bios "$OPENSBI_DIR/fw_dynamic.bin" -kernel "$ELF"
    s_mode_session
    finish poweroff 'powering off via SBI SRST'
}

run_sbi_nosstc() {
    boot sbi-nosstc -cpu rv64,sstc=false -bios default -kernel "$ELF"
    s_mode_session
    cmd info 'tick 100 Hz via SBI set_timer'
    finish poweroff 'powering off via SBI SRST'
}

# A small ustar archive with known contents, as the virtio disk.
make_disk() {
    mkdir -p "$WORK/disk"
    printf 'Hello from the virtio disk.\nSecond line.\n' >"$WORK/disk/hello.txt"
    printf 'tinyOS reads ustar archives.\n' >"$WORK/disk/notes.txt"
    tar --format=ustar --mtime=@0 --owner=0 --group=0 -C "$WORK/disk" -cf "$WORK/files.tar" hello.txt notes.txt
    DISK=(-drive "file=$WORK/files.tar,format=raw,if=none,id=d0,readonly=on" -device virtio-blk-device,drive=d0)
}

disk_session() {
    cmd info 'virtio-mmio at 0x[0-9a-f]+ irq [0-9]+: block device \(id 2\)'
    cmd ls '20 sectors' '41 +hello.txt' '29 +notes.txt' '2 file\(s\)'
    cmd 'cat hello.txt' 'Hello from the virtio disk\.' 'Second line\.'
    cmd 'cat nope' "no file 'nope'"
    cmd mem '2 device queues'
}

# Modern virtio-mmio (version 2, as Tabvisor's) in M-mode; QEMU's default legacy transport under OpenSBI.
run_disk_modern() {
    make_disk
    boot disk-modern -bios none -kernel "$ELF" "${M_MODE_SHIM[@]}" -global virtio-mmio.force-legacy=false "${DISK[@]}"
    disk_session
    finish poweroff 'powering off'
}

run_disk_legacy() {
    make_disk
    boot disk-legacy -bios default -kernel "$ELF" "${DISK[@]}"
    disk_session
    finish poweroff 'powering off'
}

MODES=("$@")
[ ${#MODES[@]} -eq 0 ] && MODES=(m-mode m-mode-nosstc m-mode-smp2 sbi-default sbi-fw-jump sbi-fw-dynamic sbi-nosstc
                                 disk-modern disk-legacy)
for m in "${MODES[@]}"; do
    "run_${m//-/_}"
done
if [ "$failures" -ne 0 ]; then
    echo "qemu-smoke: $failures failure(s)"
    exit 1
fi
echo "qemu-smoke: all passed (${MODES[*]})"
