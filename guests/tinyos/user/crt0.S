# User program entry: the kernel starts us at USER_BASE with a0 = argument string, a1 = its length.
    .section .text.entry
    .globl _start
_start:
    call main
    li a7, 2            # SYS_EXIT with main's return value
    ecall
1:  j 1b
