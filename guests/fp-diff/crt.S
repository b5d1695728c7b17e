# Start-up for fp-diff on QEMU's virt machine with -bios none: M-mode at 0x8000_0000, one hart.
  .section .text.start, "ax", @progbits
  .globl _start
_start:
  csrr t0, mhartid
1: bnez t0, 1b                      # park every hart but hart 0
  la sp, stack_top
  li t0, 0x6000                     # mstatus.FS = Dirty: FP instructions are legal (privileged spec 3.1.6.6)
  csrs mstatus, t0
  csrwi fcsr, 0
  call main
  .globl power_off
power_off:
  li t0, 0x100000                   # sifive,test0: writing 0x5555 powers the machine off (QEMU exits 0)
  li t1, 0x5555
  sw t1, 0(t0)
2: j 2b

  .bss
  .align 4
  .space 16384
stack_top:
