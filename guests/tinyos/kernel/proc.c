/* Processes: kernel threads and user processes in their own Sv39 address spaces, a round-robin
 * scheduler driven by the timer tick, and the system calls. */
#include "tinyos.h"

struct proc procs[MAX_PROCS];
struct proc *current;
static int next_pid = 1;

extern void kthread_trampoline(void);

const char *proc_state_name(enum proc_state s)
{
    switch (s) {
    case P_RUNNABLE: return "ready";
    case P_SLEEPING: return "sleeping";
    case P_ZOMBIE: return "exited";
    default: return "free";
    }
}

/* The boot thread becomes pid 0, "idle": it runs when nothing else can. */
void proc_init(void)
{
    struct proc *idle = &procs[0];
    idle->state = P_RUNNABLE;
    idle->pid = 0;
    strlcpy(idle->name, "idle", sizeof idle->name);
    idle->satp = kernel_satp;
    current = idle;
}

static struct proc *proc_alloc(const char *name, u32 stack_pages)
{
    for (int i = 1; i < MAX_PROCS; i++) {
        struct proc *p = &procs[i];
        if (p->state != P_FREE)
            continue;
        memset(p, 0, sizeof *p);
        /* Kernel stacks are contiguous pages: take them from one allocation run. */
        u8 *stack = NULL;
        for (u32 k = 0; k < stack_pages; k++) {
            u8 *pg = page_alloc();
            if (!pg || (stack && pg != stack + k * PAGE_SIZE)) {
                if (pg)
                    page_free(pg);
                for (u32 j = 0; j < k; j++)
                    page_free(stack + j * PAGE_SIZE);
                return NULL;
            }
            if (!stack)
                stack = pg;
            page_account(USE_KERNEL_STACK, 1);
        }
        p->kstack = stack;
        p->kstack_pages = stack_pages;
        p->pid = next_pid++;
        strlcpy(p->name, name, sizeof p->name);
        return p;
    }
    return NULL;
}

struct proc *kthread_create(const char *name, void (*fn)(void), u32 stack_pages)
{
    int on = intr_disable();
    struct proc *p = proc_alloc(name, stack_pages);
    if (p) {
        p->ctx.ra = (u64)kthread_trampoline;
        p->ctx.sp = (u64)p->kstack + stack_pages * PAGE_SIZE;
        p->ctx.s[0] = (u64)fn;
        p->satp = kernel_satp;
        p->state = P_RUNNABLE;
    }
    intr_restore(on);
    return p;
}

static const struct program *find_program(const char *name)
{
    for (int i = 0; i < nprograms; i++)
        if (strcmp(programs[i].name, name) == 0)
            return &programs[i];
    return NULL;
}

/* Builds a new address space: the program's image at USER_BASE, a stack below USER_STACK_TOP with the
 * argument string at its top, and a trapframe that "returns" to the program's first instruction. */
struct proc *proc_spawn(const char *name, const char *arg, int background)
{
    const struct program *prog = find_program(name);
    if (!prog)
        return NULL;
    int on = intr_disable();
    struct proc *p = proc_alloc(name, 2);
    intr_restore(on);
    if (!p)
        return NULL;
    p->is_user = 1;
    p->background = background;
    p->pagetable = vm_new_user_table();
    int ok = p->pagetable != NULL;
    u64 size = (u64)(prog->end - prog->start);
    for (u64 off = 0; ok && off < size; off += PAGE_SIZE) {
        u8 *pg = page_alloc();
        ok = pg && vm_map_user_page(p->pagetable, USER_BASE + off, pg, PTE_R | PTE_W | PTE_X) == 0;
        if (ok)
            memcpy(pg, prog->start + off, size - off < PAGE_SIZE ? size - off : PAGE_SIZE);
        else if (pg)
            page_free(pg);
    }
    u8 *top_page = NULL;
    for (u64 i = 0; ok && i < USER_STACK_PAGES; i++) {
        u8 *pg = page_alloc();
        ok = pg && vm_map_user_page(p->pagetable, USER_STACK_TOP - (i + 1) * PAGE_SIZE, pg, PTE_R | PTE_W) == 0;
        if (!ok && pg)
            page_free(pg);
        if (i == 0)
            top_page = pg;
    }
    if (!ok) {
        proc_reap(p); /* frees whatever was mapped, the tables and the kernel stack */
        return NULL;
    }
    /* The argument string sits at the top of the stack; sp starts 16-byte aligned below it. */
    usize alen = strlen(arg);
    if (alen > 255)
        alen = 255;
    u64 arg_va = USER_STACK_TOP - 256;
    memcpy(top_page + PAGE_SIZE - 256, arg, alen);
    top_page[PAGE_SIZE - 256 + alen] = 0;
    struct trapframe *tf = (struct trapframe *)(p->kstack + p->kstack_pages * PAGE_SIZE) - 1;
    memset(tf, 0, sizeof *tf);
    tf->sepc = USER_BASE;
    tf->sstatus = SSTATUS_SPIE; /* SPP = 0 (U-mode), interrupts on after sret */
    tf->regs[2] = arg_va - 16;
    tf->regs[10] = arg_va;
    tf->regs[11] = alen;
    p->ctx.ra = (u64)user_first_return;
    p->ctx.sp = (u64)tf;
    p->satp = vm_satp(p->pagetable);
    on = intr_disable();
    p->state = P_RUNNABLE;
    intr_restore(on);
    return p;
}

/* Round robin: the next runnable process after the current one, or idle when there is none. */
static void schedule(void)
{
    int start = (int)(current - procs);
    struct proc *next = &procs[0];
    for (int k = 1; k <= MAX_PROCS; k++) {
        struct proc *p = &procs[(start + k) % MAX_PROCS];
        if (p != &procs[0] && p->state == P_RUNNABLE) {
            next = p;
            break;
        }
    }
    if (next == current)
        return;
    struct proc *prev = current;
    current = next;
    if (next->satp != prev->satp) {
        csr_write(satp, next->satp);
        __asm__ volatile("sfence.vma" ::: "memory");
    }
    swtch(&prev->ctx, &next->ctx);
}

void proc_yield(void)
{
    int on = intr_disable();
    schedule();
    intr_restore(on);
}

void proc_sleep_ticks(u64 n)
{
    int on = intr_disable();
    current->wake_tick = ticks + (n ? n : 1);
    current->state = P_SLEEPING;
    schedule();
    intr_restore(on);
}

/* Called from the timer interrupt (interrupts off): wake sleepers, then give the CPU to the next process. */
void proc_tick(void)
{
    current->cpu_ticks++;
    for (int i = 1; i < MAX_PROCS; i++)
        if (procs[i].state == P_SLEEPING && procs[i].wake_tick <= ticks)
            procs[i].state = P_RUNNABLE;
    schedule();
}

void proc_exit(i64 code)
{
    intr_disable();
    current->exit_code = code;
    current->state = P_ZOMBIE;
    if (current->background)
        kprintf("\n[pid %d %s exited with status %ld]\n", current->pid, current->name, code);
    schedule();
    for (;;)
        ; /* a zombie is never scheduled again */
}

int proc_kill(int pid)
{
    for (int i = 1; i < MAX_PROCS; i++) {
        struct proc *p = &procs[i];
        if (p->state != P_FREE && p->state != P_ZOMBIE && p->pid == pid && p->is_user) {
            p->killed = 1;
            if (p->state == P_SLEEPING)
                p->state = P_RUNNABLE;
            return 0;
        }
    }
    return -1;
}

/* Frees an exited process's memory. Never called on the running process (its stack is in use). */
void proc_reap(struct proc *p)
{
    int on = intr_disable();
    if (p->pagetable)
        vm_free_user(p->pagetable);
    for (u32 k = 0; k < p->kstack_pages; k++) {
        page_free(p->kstack + k * PAGE_SIZE);
        page_account(USE_KERNEL_STACK, -1);
    }
    memset(p, 0, sizeof *p);
    intr_restore(on);
}

void proc_reap_background(void)
{
    for (int i = 1; i < MAX_PROCS; i++)
        if (procs[i].state == P_ZOMBIE && procs[i].background)
            proc_reap(&procs[i]);
}

/* System call numbers (a7); arguments in a0..a2, result in a0. */
enum { SYS_WRITE = 1, SYS_EXIT = 2, SYS_GETPID = 3, SYS_YIELD = 4, SYS_SLEEP = 5, SYS_UPTIME = 6, SYS_GETCHAR = 7 };

void syscall_dispatch(struct trapframe *tf)
{
    u64 a0 = tf->regs[10], a1 = tf->regs[11];
    i64 ret = -1;
    switch (tf->regs[17]) {
    case SYS_WRITE: /* write(fd, buf, len): fd 1 and 2 are the console */
        if ((a0 == 1 || a0 == 2) && vm_user_readable(current->pagetable, a1, tf->regs[12])) {
            const char *buf = (const char *)a1;
            u64 len = tf->regs[12] < 4096 ? tf->regs[12] : 4096; /* longer writes are partial, as POSIX allows */
            /* SUM lets the kernel read user pages; the check above made sure every page is the process's own. */
            /* Interrupts off while copying out, so one write reaches the console whole. */
            int on = intr_disable();
            csr_set(sstatus, SSTATUS_SUM);
            for (u64 i = 0; i < len; i++) {
                if (buf[i] == '\n')
                    uart_putc('\r');
                uart_putc(buf[i]);
            }
            csr_clear(sstatus, SSTATUS_SUM);
            intr_restore(on);
            ret = (i64)len;
        }
        break;
    case SYS_EXIT:
        proc_exit((i64)a0);
    case SYS_GETPID:
        ret = current->pid;
        break;
    case SYS_YIELD:
        proc_yield();
        ret = 0;
        break;
    case SYS_SLEEP: /* sleep(milliseconds) */
        proc_sleep_ticks((a0 * TICK_HZ + 999) / 1000);
        ret = 0;
        break;
    case SYS_UPTIME: /* milliseconds since boot */
        ret = (i64)(read_time() / (machine.timebase_hz / 1000));
        break;
    case SYS_GETCHAR:
        ret = uart_getc();
        break;
    }
    tf->regs[10] = (u64)ret;
}
