# tinyOS entry: boot-hart lottery, stack and bss, the S-mode and M-mode trap entries, and the context switch.
#include "asm.h"

    .section .text.entry
    .globl _start
_start:
    # a0 = hart id, a1 = device tree address (boot convention of QEMU virt and of SBI firmware).
    # Only one hart runs tinyOS: the first to win the lottery; any other hart started with it parks.
    la t0, boot_lottery
    li t1, 1
    amoswap.w t1, t1, (t0)
    bnez t1, park
    la sp, boot_stack_top
    # Clear .bss (the lottery word lives in .data, so it survives).
    la t0, __bss_start
    la t1, __bss_end
1:  bgeu t0, t1, 2f
    sd zero, 0(t0)
    addi t0, t0, 8
    j 1b
2:  # Trap entry first: booting probes for the privilege mode by reading an M-mode CSR,
    # which traps (to this vector, via the firmware) when we run in S-mode.
    csrw sscratch, zero
    la t0, s_trap_entry
    csrw stvec, t0
    call boot_main
park:
    wfi
    j park

# ---- S-mode trap entry (stvec, direct mode). sscratch is 0 while in the kernel and holds the
# kernel stack top while a user process runs (so the swap tells us where we came from).
    .text
    .balign 4
    .globl s_trap_entry
s_trap_entry:
    csrrw sp, sscratch, sp
    bnez sp, from_user
    csrrw sp, sscratch, sp          # from the kernel: back to the kernel sp, sscratch = 0
    addi sp, sp, -TF_SIZE
    SAVE_GPRS
    addi t0, sp, TF_SIZE
    sd t0, 2*8(sp)
    j trap_common
from_user:
    addi sp, sp, -TF_SIZE
    SAVE_GPRS
    csrr t0, sscratch
    sd t0, 2*8(sp)
    csrw sscratch, zero
trap_common:
    csrr t0, sepc
    sd t0, 32*8(sp)
    csrr t0, sstatus
    sd t0, 33*8(sp)
    mv a0, sp
    call trap_handler
    .globl trap_return
trap_return:
    ld t0, 33*8(sp)
    csrw sstatus, t0
    ld t1, 32*8(sp)
    csrw sepc, t1
    andi t0, t0, 0x100              # sstatus.SPP: 0 = returning to U-mode
    bnez t0, 1f
    addi t1, sp, TF_SIZE
    csrw sscratch, t1
1:  RESTORE_GPRS
    ld sp, 2*8(sp)
    sret

# A new user process starts here from swtch: its kernel stack holds a prepared trapframe.
    .globl user_first_return
user_first_return:
    j trap_return

# A new kernel thread starts here from swtch: s0 holds its function.
    .globl kthread_trampoline
kthread_trampoline:
    csrsi sstatus, 2                # SIE: kernel threads are preemptible
    jalr s0
    li a0, 0
    call proc_exit

# ---- swtch(old, new): save callee-saved registers into *old, load *new.
    .globl swtch
swtch:
    sd ra, 0(a0)
    sd sp, 8(a0)
    sd s0, 16(a0)
    sd s1, 24(a0)
    sd s2, 32(a0)
    sd s3, 40(a0)
    sd s4, 48(a0)
    sd s5, 56(a0)
    sd s6, 64(a0)
    sd s7, 72(a0)
    sd s8, 80(a0)
    sd s9, 88(a0)
    sd s10, 96(a0)
    sd s11, 104(a0)
    ld ra, 0(a1)
    ld sp, 8(a1)
    ld s0, 16(a1)
    ld s1, 24(a1)
    ld s2, 32(a1)
    ld s3, 40(a1)
    ld s4, 48(a1)
    ld s5, 56(a1)
    ld s6, 64(a1)
    ld s7, 72(a1)
    ld s8, 80(a1)
    ld s9, 88(a1)
    ld s10, 96(a1)
    ld s11, 104(a1)
    ret

# ---- M-mode trap entry (mtvec) of the M-mode layer. mscratch holds the M-mode stack top.
# M-mode traps never nest (mstatus.MIE is cleared on entry and the handler does not trap).
    .balign 4
    .globl m_trap_entry
m_trap_entry:
    csrrw sp, mscratch, sp
    addi sp, sp, -TF_SIZE
    SAVE_GPRS
    csrr t0, mscratch
    sd t0, 2*8(sp)
    mv a0, sp
    call m_trap_handler
    RESTORE_GPRS
    addi sp, sp, TF_SIZE
    csrrw sp, mscratch, sp
    mret

# M-mode probe trap entry: used while the M-mode layer probes optional CSRs on the boot stack.
    .balign 4
    .globl m_probe_entry
m_probe_entry:
    csrw mscratch, t0
    csrr t0, mepc
    addi t0, t0, 4
    csrw mepc, t0
    la t0, probe_trapped
    sw t0, 0(t0)                    # any non-zero value
    csrr t0, mscratch
    mret

    .data
    .balign 8
boot_lottery:
    .word 0

    .bss
    .balign 16
boot_stack:
    .space 16384
    .globl boot_stack_top
boot_stack_top:
