// rvc.S: tests every RV64C compressed instruction form, 32-bit instructions at 2-byte-aligned addresses and a 32-bit
// instruction that straddles a page boundary (RISC-V Unprivileged ISA 20191213, chapter 16).
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN
  .option rvc
  // No linker relaxation: the page-boundary layout at the end must stay exactly as written.
  .option norelax

  //---------------------------------------------------------------------------------------------------------------
  // Stack-pointer-based arithmetic: c.addi4spn, c.addi16sp
  //---------------------------------------------------------------------------------------------------------------
  TEST_CASE(2, a0, 1020, la sp, cdata; c.addi4spn a0, sp, 1020; sub a0, a0, sp)
  TEST_CASE(3, a1, 4, c.addi4spn a1, sp, 4; sub a1, a1, sp)
  TEST_CASE(4, a0, 496, mv a2, sp; c.addi16sp sp, 496; sub a0, sp, a2; c.addi16sp sp, -496)
  TEST_CASE(5, a0, -512, mv a2, sp; c.addi16sp sp, -512; sub a0, sp, a2; c.addi16sp sp, 256; c.addi16sp sp, 256)
  TEST_CASE(6, a0, 0, la a2, cdata; sub a0, sp, a2)

  //---------------------------------------------------------------------------------------------------------------
  // Register-based loads and stores: c.lw, c.sw, c.ld, c.sd (registers x8-x15)
  //---------------------------------------------------------------------------------------------------------------
  TEST_CASE(7, a1, 0xffffffff80000001, la a0, cdata; li a2, 0x80000001; c.sw a2, 124(a0); c.lw a1, 124(a0))
  TEST_CASE(8, a1, 0x000000007ffffffe, li a2, 0x123456787ffffffe; c.sw a2, 0(a0); c.lw a1, 0(a0))
  TEST_CASE(9, a1, 0xffffffff00000000, li a2, -1; sd a2, 8(a0); li s1, 0; c.sw s1, 8(a0); ld a1, 8(a0))
  TEST_CASE(10, a1, 0x0123456789abcdef, li a2, 0x0123456789abcdef; c.sd a2, 248(a0); c.ld a1, 248(a0))
  TEST_CASE(11, s1, 0xfedcba9876543210, li s0, 0xfedcba9876543210; c.sd s0, 0(a0); c.ld s1, 0(a0))

  //---------------------------------------------------------------------------------------------------------------
  // Stack-pointer-based loads and stores: c.lwsp, c.swsp, c.ldsp, c.sdsp (any register)
  //---------------------------------------------------------------------------------------------------------------
  TEST_CASE(12, t0, 0xffffffff87654321, li t1, 0x87654321; c.swsp t1, 252(sp); c.lwsp t0, 252(sp))
  TEST_CASE(13, t0, 0x0000000012345678, li t1, 0x12345678; c.swsp t1, 0(sp); c.lwsp t0, 0(sp))
  TEST_CASE(14, x31, 0x1122334455667788, li t1, 0x1122334455667788; c.sdsp t1, 504(sp); c.ldsp x31, 504(sp))
  TEST_CASE(15, ra, 0x8877665544332211, li x31, 0x8877665544332211; c.sdsp x31, 8(sp); c.ldsp ra, 8(sp))

  //---------------------------------------------------------------------------------------------------------------
  // Floating-point loads and stores: c.fld, c.fsd, c.fldsp, c.fsdsp
  //---------------------------------------------------------------------------------------------------------------
  TEST_CASE(16, a1, 0x400921fb54442d18,
    la a0, cdata; li a2, 0x400921fb54442d18; sd a2, 16(a0);
    c.fld fa0, 16(a0); c.fsd fa0, 240(a0); ld a1, 240(a0))
  TEST_CASE(17, a1, 0xc00921fb54442d18,
    li a2, 0xc00921fb54442d18; sd a2, 496(sp);
    c.fldsp ft1, 496(sp); c.fsdsp ft1, 24(sp); ld a1, 24(sp))

  //---------------------------------------------------------------------------------------------------------------
  // Constants: c.li, c.lui
  //---------------------------------------------------------------------------------------------------------------
  TEST_CASE(18, a0, -32, c.li a0, -32)
  TEST_CASE(19, a0, 31, c.li a0, 31)
  TEST_CASE(20, t3, 0, li t3, -1; c.li t3, 0)
  TEST_CASE(21, a0, 0x000000000001f000, c.lui a0, 0x1f)
  TEST_CASE(22, a0, 0xfffffffffffe0000, c.lui a0, 0xfffe0)
  TEST_CASE(23, t0, 0x0000000000001000, li t0, -1; c.lui t0, 1)
  TEST_CASE(24, s2, 0xfffffffffffff000, c.lui s2, 0xfffff)

  //---------------------------------------------------------------------------------------------------------------
  // Immediate arithmetic: c.addi, c.addiw, c.slli, c.srli, c.srai, c.andi, c.nop
  //---------------------------------------------------------------------------------------------------------------
  TEST_CASE(25, a0, -27, li a0, 5; c.addi a0, -32)
  TEST_CASE(26, s2, 0x8000000000000000, li s2, 0x7fffffffffffffff; c.addi s2, 1)
  TEST_CASE(27, a0, 0xffffffff80000000, li a0, 0x7fffffff; c.addiw a0, 1)
  TEST_CASE(28, a0, 0x0000000012345678, li a0, 0xffffffff12345678; c.addiw a0, 0)
  TEST_CASE(29, t5, 0xffffffffffffffff, li t5, 0x100000000; c.addiw t5, -1)
  TEST_CASE(30, a0, 0x8000000000000000, li a0, 1; c.slli a0, 63)
  TEST_CASE(31, s3, 0x0000000100000000, li s3, 1; c.slli s3, 32)
  TEST_CASE(32, a0, 1, li a0, 0x8000000000000000; c.srli a0, 63)
  TEST_CASE(33, a1, 0x00000000ffffffff, li a1, -1; c.srli a1, 32)
  TEST_CASE(34, a0, 0xffffffffffffffff, li a0, 0x8000000000000000; c.srai a0, 63)
  TEST_CASE(35, a1, 0xfffffffff0000000, li a1, 0x8000000000000000; c.srai a1, 35)
  TEST_CASE(36, a2, 0x0000000000000003, li a2, 0x7; c.srai a2, 1)
  TEST_CASE(37, a0, 0x00000000000000f0, li a0, 0xff; c.andi a0, -16)
  TEST_CASE(38, a0, 0x000000000000000f, li a0, 0x123456789abcdeff; c.andi a0, 15)
  TEST_CASE(39, s1, 0xffffffffffffffe0, li s1, -1; c.andi s1, -32)
  TEST_CASE(40, a0, 7, li a0, 7; c.nop; c.nop)

  //---------------------------------------------------------------------------------------------------------------
  // Register arithmetic: c.mv, c.add (any register); c.sub, c.xor, c.or, c.and, c.subw, c.addw (x8-x15)
  //---------------------------------------------------------------------------------------------------------------
  TEST_CASE(41, t3, 0x0123456789abcdef, li t4, 0x0123456789abcdef; c.mv t3, t4)
  TEST_CASE(42, t3, 0x8000000000000000, li t3, 0x7fffffffffffffff; li t4, 1; c.add t3, t4)
  TEST_CASE(43, a0, 0xffffffffffffffff, li a0, 0; li a1, 1; c.sub a0, a1)
  TEST_CASE(44, a0, 0xf0f0f0f0f0f0f0f0, li a0, 0xff00ff00ff00ff00; li a1, 0x0ff00ff00ff00ff0; c.xor a0, a1)
  TEST_CASE(45, a0, 0xfff0fff0fff0fff0, li a0, 0xff00ff00ff00ff00; li a1, 0x0ff00ff00ff00ff0; c.or a0, a1)
  TEST_CASE(46, a0, 0x0f000f000f000f00, li a0, 0xff00ff00ff00ff00; li a1, 0x0ff00ff00ff00ff0; c.and a0, a1)
  TEST_CASE(47, a0, 0x000000007fffffff, li a0, 0x80000000; li a1, 1; c.subw a0, a1)
  TEST_CASE(48, a0, 0xffffffff80000000, li a0, 0; li a1, 0x80000000; c.subw a0, a1)
  TEST_CASE(49, s0, 0x0000000000000002, li s0, 0x100000005; li s1, 0xffffffff00000003; c.subw s0, s1)
  TEST_CASE(50, a0, 0xffffffff80000000, li a0, 0x7fffffff; li a1, 1; c.addw a0, a1)
  TEST_CASE(51, a5, 0x0000000000000000, li a5, 0xffffffffffffffff; li a4, 0x1234567800000001; c.addw a5, a4)

  //---------------------------------------------------------------------------------------------------------------
  // Jumps: c.j, c.jr, c.jalr (links pc + 2)
  //---------------------------------------------------------------------------------------------------------------
test_52:
  li TESTNUM, 52
  li a0, 0
  c.j 2f
1:c.addi a0, 1
  c.j 3f
2:c.addi a0, 2
  c.j 1b
  c.j 4f
3:li a1, 3
  bne a0, a1, fail
  c.j 5f
4:j fail
5:

test_53:
  li TESTNUM, 53
  la a1, 1f
  c.jr a1
  j fail
1:

test_54:
  li TESTNUM, 54
  li ra, 0
  la t0, target_54
  c.jalr t0
link_54:
  j fail
target_54:
  la t1, link_54
  bne ra, t1, fail

  // rs1 = ra: the jump goes to the old ra, then ra is the link
test_55:
  li TESTNUM, 55
  la ra, target_55
  c.jalr ra
link_55:
  j fail
target_55:
  la t1, link_55
  bne ra, t1, fail

  // Call through c.jalr, return through c.jr ra
test_56:
  li TESTNUM, 56
  li a0, 0
  la t0, callee_56
  c.jalr t0
  c.addi a0, 2
  li a1, 3
  bne a0, a1, fail
  c.j done_56
callee_56:
  c.addi a0, 1
  c.jr ra
done_56:

  //---------------------------------------------------------------------------------------------------------------
  // Branches: c.beqz, c.bnez compare the whole 64-bit register with zero
  //---------------------------------------------------------------------------------------------------------------
test_57:
  li TESTNUM, 57
  li a0, 0
  c.beqz a0, 2f
  c.j 9f
1:c.j 3f
2:c.beqz a0, 1b
9:j fail
3:

test_58:
  li TESTNUM, 58
  li a0, 0x8000000000000000
  c.beqz a0, 1f
  c.j 2f
1:j fail
2:

test_59:
  li TESTNUM, 59
  li a1, 0x100000000
  c.bnez a1, 2f
  c.j 9f
1:c.j 3f
2:c.bnez a1, 1b
9:j fail
3:

test_60:
  li TESTNUM, 60
  li a1, 0
  c.bnez a1, 1f
  c.j 2f
1:j fail
2:

  //---------------------------------------------------------------------------------------------------------------
  // 32-bit instructions at addresses that are 2 mod 4, as jump and branch targets and as jumps themselves
  //---------------------------------------------------------------------------------------------------------------
test_61:
  li TESTNUM, 61
  la a0, cdata
  li a1, 0x55
  sd a1, 0(a0)
  li a2, 0
  .p2align 2
  c.nop
  .option push
  .option norvc
  // Each of these starts at an address that is 2 mod 4.
  addi a2, a2, 1
  ld a3, 0(a0)
  jal ra, 1f
  j fail
1:beq a2, a2, 2f
  j fail
2:addi a2, a2, 2
  .option pop
  li a4, 3
  bne a2, a4, fail
  li a4, 0x55
  bne a3, a4, fail
  andi a5, ra, 3
  li a4, 2
  bne a5, a4, fail

  // A compressed jump to a 32-bit instruction at 2 mod 4 and back
test_62:
  li TESTNUM, 62
  li a2, 0
  c.j 2f
  .p2align 2
1:c.nop
  .option push
  .option norvc
  addi a2, a2, 5
  .option pop
  c.j 3f
2:c.j 1b + 2
3:li a4, 5
  bne a2, a4, fail

  //---------------------------------------------------------------------------------------------------------------
  // A 32-bit instruction straddling a page boundary, reached in sequence and as a jump target
  //---------------------------------------------------------------------------------------------------------------
  TEST_CASE(63, a0, 3, li a0, 0; jal ra, cross_entry)
  TEST_CASE(64, a0, 2, li a0, 0; jal ra, cross_straddle)
  TEST_CASE(65, a0, 9, li a0, 0; jal ra, cross_entry; jal ra, cross_entry; jal ra, cross_entry)

#ifdef RVTEST_HAS_MTVEC_HANDLER
  //---------------------------------------------------------------------------------------------------------------
  // c.ebreak raises a breakpoint exception with mepc at the 2-byte instruction (needs the "p" environment's handler)
  //---------------------------------------------------------------------------------------------------------------
test_66:
  li TESTNUM, 66
  li s9, 0
  la s8, 1f
1:c.ebreak
  li a4, 1
  bne s9, a4, fail
#endif

  TEST_PASSFAIL

#ifdef RVTEST_HAS_MTVEC_HANDLER
  // Accepts exactly one breakpoint at s8, from a c.ebreak (0x9002), and resumes after it.
  .align 2
mtvec_handler:
  csrr t5, mcause
  li t6, CAUSE_BREAKPOINT
  bne t5, t6, fail
  csrr t5, mepc
  bne t5, s8, fail
  lhu t6, 0(t5)
  li t5, 0x9002
  bne t5, t6, fail
  csrr t5, mepc
  addi t5, t5, 2
  csrw mepc, t5
  addi s9, s9, 1
  mret
#endif

  // The page-crossing code: cross_straddle occupies the last two bytes of one page and the first two of the next.
  .p2align 12
cross_page:
  .org cross_page + 0xffc
cross_entry:
  c.addi a0, 1
cross_straddle:
  .option push
  .option norvc
  addi a0, a0, 2
  .option pop
  c.jr ra

RVTEST_CODE_END

  .data
RVTEST_DATA_BEGIN
  .align 4
cdata:
  .zero 1024
RVTEST_DATA_END
