# The built-in user programs, embedded as flat binaries (built from user/ by the Makefile).
    .section .rodata
    .macro program name
    .balign 8
    .globl prog_\name\()_start, prog_\name\()_end
prog_\name\()_start:
    .incbin "build/user/\name\().bin"
prog_\name\()_end:
    .endm

    program hello
    program counter
    program fault
    program spin
