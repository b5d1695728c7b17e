# Bare-metal start-up (firmware none, QEMU virt layout): M-mode at 0x8000_0000, one hart; main's end powers off.
  .file "crt-bare.S"                # a fixed name: otherwise the symbol table gets a temporary file name
  .section .text.start, "ax", @progbits
  .globl _start
_start:
  csrr t0, mhartid
1: bnez t0, 1b                      # park every hart but hart 0
  la sp, stack_top
  la t0, unexpected_trap
  csrw mtvec, t0
  li t0, 0x6000                     # mstatus.FS = Dirty: FP instructions are legal (privileged spec 3.1.6.6)
  csrs mstatus, t0
  csrwi fcsr, 0
  la t0, __bss_start                # clear .bss as C expects (loading the ELF does not promise it)
  la t1, __bss_end
2: bgeu t0, t1, 3f
  sd zero, 0(t0)
  addi t0, t0, 8
  j 2b
3: call main
  li t0, 0x100000                   # sifive,test0: writing 0x5555 powers the machine off with status 0
  li t1, 0x5555
  sw t1, 0(t0)
4: j 4b

# Any trap (an instruction the core rejects, a bad access) ends the run with status = mcause + 1, so the harness
# reports it instead of waiting forever (sifive,test0 FAIL: 0x3333, code in bits 31:16).
  .align 2
unexpected_trap:
  csrr t0, mcause
  addi t0, t0, 1
  slli t0, t0, 16
  li t1, 0x3333
  or t0, t0, t1
  li t1, 0x100000
  sw t0, 0(t1)
5: j 5b

  .bss
  .align 4
  .space 65536
stack_top:
