/* The M-mode layer: when tinyOS starts in M-mode it sets up delegation, PMP and the timer, then runs its
 * kernel in S-mode and answers that kernel's set_timer calls, like a tiny SBI of its own. */
#include "tinyos.h"

volatile u64 mlayer_ecalls, mlayer_timer_irqs;
static u64 mlayer_hartid;

extern void m_trap_entry(void);
extern void m_probe_entry(void);
extern void kernel_main(void);

static u8 m_stack[4096] __attribute__((aligned(16)));

/* mstatus / mip bits (privileged spec 1.12, sections 3.1.6 and 3.1.9). */
#define MSTATUS_MPP_MASK (3UL << 11)
#define MSTATUS_MPP_S (1UL << 11)
#define MSTATUS_MPIE (1UL << 7)
#define MIP_STIP (1UL << 5)
#define MIE_MTIE (1UL << 7)
#define MENVCFG_STCE (1UL << 63)

/* CLINT layout (SiFive CLINT: mtimecmp at 0x4000 + 8 * hart). */
static volatile u64 *mtimecmp(void) { return (volatile u64 *)(machine.clint_base + 0x4000 + 8 * mlayer_hartid); }

#define M_PROBE(stmt)                                                                                  \
    ({                                                                                                 \
        probe_trapped = 0;                                                                             \
        stmt;                                                                                          \
        !probe_trapped;                                                                                \
    })

void mlayer_start(u64 hartid)
{
    mlayer_hartid = hartid;
    /* Probe optional CSRs with a trap vector that skips the faulting instruction. */
    csr_write(mtvec, (u64)m_probe_entry);
    /* PMP: one NAPOT entry over the whole address space, RWX, so S and U may access memory (section 3.7). */
    M_PROBE(({ csr_write(pmpaddr0, -1UL); csr_write(pmpcfg0, 0x1f); }));
    /* Sstc: let S-mode own stimecmp when the hart has it (Sstc spec, menvcfg.STCE). */
    if (isa_has_extension(machine.isa, "sstc"))
        M_PROBE(csr_set(0x30a /* menvcfg */, MENVCFG_STCE));
    M_PROBE(csr_write(mcounteren, 7)); /* S-mode may read cycle, time, instret */
    csr_write(mscratch, (u64)m_stack + sizeof m_stack);
    csr_write(mtvec, (u64)m_trap_entry);
    /* Delegate to S-mode: misaligned/access faults, illegal instruction, breakpoint, ecall from U,
     * page faults (section 3.1.8); and the supervisor software, timer and external interrupts. */
    csr_write(medeleg, (1UL << 0) | (1UL << 1) | (1UL << 2) | (1UL << 3) | (1UL << 4) | (1UL << 5) |
                           (1UL << 6) | (1UL << 7) | (1UL << 8) | (1UL << 12) | (1UL << 13) | (1UL << 15));
    csr_write(mideleg, (1UL << 1) | (1UL << 5) | (1UL << 9));
    if (machine.clint_base)
        *mtimecmp() = -1UL;
    csr_write(mie, 0);
    csr_write(satp, 0);
    u64 ms = csr_read(mstatus);
    ms = (ms & ~MSTATUS_MPP_MASK) | MSTATUS_MPP_S;
    ms &= ~MSTATUS_MPIE;
    csr_write(mstatus, ms);
    csr_write(mepc, (u64)kernel_main);
    __asm__ volatile("mv a0, %0\n mret" ::"r"(hartid) : "a0");
    __builtin_unreachable();
}

struct m_frame { u64 regs[32]; u64 pad[2]; };

void m_trap_handler(struct m_frame *f)
{
    u64 cause = csr_read(mcause);
    if (cause == ((1UL << 63) | 7)) {
        /* Machine timer: hand it to S-mode as a supervisor timer interrupt, and mask it until the
         * kernel asks for the next one. */
        mlayer_timer_irqs++;
        csr_clear(mie, MIE_MTIE);
        csr_set(mip, MIP_STIP);
        return;
    }
    if (cause == 9) {
        /* ecall from S-mode: the only call the kernel makes to this layer is set_timer
         * (SBI TIME extension, or legacy EID 0). */
        mlayer_ecalls++;
        u64 eid = f->regs[17];
        if ((eid == SBI_EXT_TIME && f->regs[16] == 0) || eid == 0) {
            if (machine.clint_base)
                *mtimecmp() = f->regs[10];
            csr_clear(mip, MIP_STIP);
            csr_set(mie, MIE_MTIE);
            f->regs[10] = 0;
        } else {
            f->regs[10] = (u64)-2; /* SBI_ERR_NOT_SUPPORTED */
        }
        f->regs[11] = 0;
        csr_write(mepc, csr_read(mepc) + 4);
        return;
    }
    kprintf("\ntinyOS M-mode layer: unexpected trap mcause=0x%lx mepc=0x%lx mtval=0x%lx\n", cause,
            csr_read(mepc), csr_read(mtval));
    if (machine.test_base)
        *(volatile u32 *)machine.test_base = 0x3333 | (1 << 16);
    for (;;)
        __asm__ volatile("wfi");
}
