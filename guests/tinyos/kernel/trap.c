/* S-mode trap handling: counts every trap by cause, runs the timer tick, system calls, and kills
 * user processes that fault. */
#include "tinyos.h"

u64 exception_counts[16], interrupt_counts[16], syscall_count;
volatile u64 ticks;
volatile int probe_active, probe_trapped;
int timer_uses_sstc;
static u64 tick_interval;

u64 read_time(void)
{
    return csr_read(time);
}

static void timer_arm(void)
{
    u64 next = read_time() + tick_interval;
    if (timer_uses_sstc)
        csr_write(0x14d /* stimecmp */, next);
    else
        sbi_set_timer(next);
}

/* Picks the timer: Sstc's stimecmp when S-mode may write it (menvcfg.STCE set by whoever runs in
 * M-mode), else SBI set_timer. Probing a read of stimecmp tells which. */
void timer_start(void)
{
    tick_interval = machine.timebase_hz / TICK_HZ;
    if (isa_has_extension(machine.isa, "sstc")) {
        probe_trapped = 0;
        probe_active = 1;
        (void)csr_read(0x14d);
        probe_active = 0;
        timer_uses_sstc = !probe_trapped;
    }
    timer_arm();
    csr_set(sie, SIE_STIE);
}

static const char *const exception_names[16] = {
    "instruction misaligned", "instruction access fault", "illegal instruction", "breakpoint",
    "load misaligned", "load access fault", "store misaligned", "store access fault",
    "ecall from U-mode", "ecall from S-mode", "reserved", "ecall from M-mode",
    "instruction page fault", "load page fault", "reserved", "store page fault"};

static void kernel_panic(const char *why, u64 cause, struct trapframe *tf)
{
    kprintf("\nKERNEL PANIC: %s (scause=0x%lx sepc=0x%lx stval=0x%lx)\n", why, cause, tf->sepc,
            csr_read(stval));
    machine_fail();
}

void trap_handler(struct trapframe *tf)
{
    u64 cause = csr_read(scause);
    u64 code = cause & 0xff;
    int from_user = !(tf->sstatus & SSTATUS_SPP);
    if (cause >> 63) {
        if (code < 16)
            interrupt_counts[code]++;
        if (code != 5)
            kernel_panic("unexpected interrupt", cause, tf);
        ticks++;
        timer_arm();
        proc_tick();
        if (from_user && current->killed)
            proc_exit(-1);
        return;
    }
    if (code < 16)
        exception_counts[code]++;
    if (!from_user) {
        if (code == 2 && probe_active) {
            /* A probed CSR access that is not there: skip it (CSR instructions are 4 bytes). */
            probe_trapped = 1;
            tf->sepc += 4;
            return;
        }
        kernel_panic(code < 16 ? exception_names[code] : "unknown exception", cause, tf);
    }
    if (code == 8) {
        tf->sepc += 4;
        syscall_count++;
        current->syscalls++;
        csr_set(sstatus, SSTATUS_SIE); /* system calls are preemptible */
        syscall_dispatch(tf);
        csr_clear(sstatus, SSTATUS_SIE);
        if (current->killed)
            proc_exit(-1);
        return;
    }
    /* Any other exception from U-mode: report it and kill the process; the kernel carries on. */
    const char *kind = code < 16 ? exception_names[code] : "exception";
    kprintf("\n[kernel] %s in pid %d (%s): %s at address 0x%lx, pc 0x%lx -- process killed\n",
            code == 13 || code == 15 || code == 12 ? "page fault" : "fault", current->pid, current->name, kind,
            csr_read(stval), tf->sepc);
    proc_exit(-1);
}
