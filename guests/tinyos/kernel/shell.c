/* The shell: a line editor (backspace, arrows, history) on the UART and commands that show the machine. */
#include "tinyos.h"

#define LINE_MAX 128
#define HISTORY 8
#define PROMPT "tinyos> "

static char history[HISTORY][LINE_MAX];
static int history_len; /* entries stored, newest at (history_len - 1) % HISTORY */

/* Keys typed while a foreground program ran, kept for the line editor. */
static char typeahead[64];
static int typeahead_len;

/* Blocks (sleeping a tick at a time, so the CPU idles) until a byte arrives. */
static int shell_getc(void)
{
    if (typeahead_len) {
        int c = (u8)typeahead[0];
        memcpy(typeahead, typeahead + 1, (usize)--typeahead_len);
        return c;
    }
    for (;;) {
        int c = uart_getc();
        if (c >= 0)
            return c;
        proc_sleep_ticks(1);
    }
}

/* Redraws the line after the prompt and puts the cursor back at `cursor`. */
static void redraw(const char *line, int len, int cursor)
{
    kputs("\r" PROMPT);
    for (int i = 0; i < len; i++)
        uart_putc(line[i]);
    kputs("\x1b[K");
    if (len > cursor)
        kprintf("\x1b[%dD", len - cursor);
}

static int read_line(char *line)
{
    int len = 0, cursor = 0, browse = history_len; /* browse == history_len: editing the new line */
    static char draft[LINE_MAX];
    line[0] = 0;
    for (;;) {
        int c = shell_getc();
        if (c == '\r' || c == '\n') {
            kputs("\n");
            line[len] = 0;
            return len;
        }
        if (c == 0x7f || c == 0x08) { /* backspace */
            if (cursor > 0) {
                memcpy(line + cursor - 1, line + cursor, (usize)(len - cursor));
                cursor--, len--;
                redraw(line, len, cursor);
            }
        } else if (c == 0x01) { /* Ctrl-A: start of line */
            cursor = 0;
            redraw(line, len, cursor);
        } else if (c == 0x05) { /* Ctrl-E: end of line */
            cursor = len;
            redraw(line, len, cursor);
        } else if (c == 0x15) { /* Ctrl-U: clear the line */
            len = cursor = 0;
            redraw(line, len, cursor);
        } else if (c == 0x03) { /* Ctrl-C: abandon the line */
            kputs("^C\n");
            len = 0;
            line[0] = 0;
            return 0;
        } else if (c == 0x1b) { /* ESC [ A/B/C/D (VT100 cursor keys), ESC [ 3 ~ (delete), ESC [ H/F */
            if (shell_getc() != '[')
                continue;
            int k = shell_getc();
            if (k == 'A' || k == 'B') {
                int oldest = history_len > HISTORY ? history_len - HISTORY : 0;
                if (browse == history_len) {
                    memcpy(draft, line, (usize)len);
                    draft[len] = 0;
                }
                if (k == 'A' && browse > oldest)
                    browse--;
                else if (k == 'B' && browse < history_len)
                    browse++;
                else
                    continue;
                const char *src = browse == history_len ? draft : history[browse % HISTORY];
                len = cursor = (int)strlen(src);
                memcpy(line, src, (usize)len);
                redraw(line, len, cursor);
            } else if (k == 'C' && cursor < len) {
                cursor++;
                kputs("\x1b[C");
            } else if (k == 'D' && cursor > 0) {
                cursor--;
                kputs("\x1b[D");
            } else if (k == 'H' || k == 'F') {
                cursor = k == 'H' ? 0 : len;
                redraw(line, len, cursor);
            } else if (k == '3' && shell_getc() == '~' && cursor < len) {
                memcpy(line + cursor, line + cursor + 1, (usize)(len - cursor - 1));
                len--;
                redraw(line, len, cursor);
            }
        } else if (c >= 0x20 && c < 0x7f && len < LINE_MAX - 1) {
            for (int i = len; i > cursor; i--)
                line[i] = line[i - 1];
            line[cursor++] = (char)c;
            len++;
            if (cursor == len)
                uart_putc((char)c);
            else
                redraw(line, len, cursor);
        }
    }
}

static void remember(const char *line)
{
    if (!line[0])
        return;
    if (history_len && strcmp(history[(history_len - 1) % HISTORY], line) == 0)
        return;
    strlcpy(history[history_len % HISTORY], line, LINE_MAX);
    history_len++;
}

/* ---- commands ---- */

static void cmd_help(const char *arg);

static const char *virtio_device_name(u32 id)
{
    /* Virtio 1.2 section 5: device IDs. */
    switch (id) {
    case 1: return "network card";
    case 2: return "block device";
    case 3: return "console";
    case 4: return "entropy source";
    case 9: return "9P transport";
    case 16: return "GPU";
    case 18: return "input";
    case 19: return "socket";
    default: return "device";
    }
}

static void cmd_info(const char *arg)
{
    (void)arg;
    kprintf("machine:   %s\n", machine.model[0] ? machine.model : "(no model)");
    if (boot_mode == BOOT_M_MODE)
        kprintf("boot:      M-mode (tinyOS's own M-mode layer; kernel in S-mode, programs in U-mode)\n");
    else
        kprintf("boot:      S-mode under an SBI (kernel in S-mode, programs in U-mode)\n");
    kprintf("harts:     %u (tinyOS runs on hart %lu)\n", machine.harts, boot_hartid);
    kprintf("ISA:       %s\n", machine.isa);
    kprintf("MMU:       %s (tinyOS uses Sv39)\n", machine.mmu[0] ? machine.mmu : "?");
    kprintf("memory:    %lu MiB at 0x%lx\n", machine.ram_size >> 20, machine.ram_base);
    kprintf("timebase:  %lu Hz, tick %u Hz via %s\n", machine.timebase_hz, TICK_HZ,
            timer_uses_sstc ? "Sstc stimecmp" : (boot_mode == BOOT_M_MODE ? "CLINT mtimecmp (M-mode layer)" : "SBI set_timer"));
    kprintf("device tree at 0x%lx (%lu bytes)\n", machine.dtb_base, machine.dtb_size);
    kprintf("devices:\n");
    kprintf("  uart      ns16550a at 0x%lx (reg-shift %u, io-width %u)\n", machine.uart_base, machine.uart_reg_shift,
            machine.uart_io_width);
    for (u32 i = 0; i < machine.ndevices; i++) {
        const struct dt_device *d = &machine.devices[i];
        if (d->base == machine.uart_base)
            continue;
        kprintf("  %-24s %-20s 0x%lx +0x%lx\n", d->name, d->compatible, d->base, d->size);
    }
    u32 empty = 0;
    for (u32 i = 0; i < machine.nvirtio; i++) {
        volatile u32 *regs = (volatile u32 *)machine.virtio_base[i];
        /* virtio-mmio registers (virtio 1.2 section 4.2.2): MagicValue at 0x000, DeviceID at 0x008. */
        u32 id = regs[0] == 0x74726976 ? regs[2] : 0;
        if (id)
            kprintf("  virtio-mmio at 0x%lx irq %u: %s (id %u)\n", machine.virtio_base[i], machine.virtio_irq[i],
                    virtio_device_name(id), id);
        else
            empty++;
    }
    kprintf("  virtio-mmio: %u slot(s), %u empty\n", machine.nvirtio, empty);
}

static void cmd_ps(const char *arg)
{
    (void)arg;
    kprintf("  PID  STATE     MODE  TICKS  SYSCALLS  NAME\n");
    for (int i = 0; i < MAX_PROCS; i++) {
        struct proc *p = &procs[i];
        if (p->state == P_FREE)
            continue;
        kprintf("  %3d  %-8s  %s  %5lu  %8lu  %s%s\n", p->pid, p == current ? "running" : proc_state_name(p->state),
                p->is_user ? "user" : "kern", p->cpu_ticks, p->syscalls, p->name, p->background ? " &" : "");
    }
}

static void cmd_mem(const char *arg)
{
    (void)arg;
    struct page_stats s;
    page_stats(&s);
    kprintf("RAM: %lu pages of 4 KiB (%lu KiB) at 0x%lx\n", s.total, s.total * 4, machine.ram_base);
    kprintf("  kernel image   %6lu pages\n", s.kernel);
    kprintf("  reserved       %6lu pages (firmware, device tree)\n", s.reserved);
    kprintf("  allocated      %6lu pages: %lu page tables, %lu kernel stacks, %lu user, %lu device queues\n", s.used,
            s.page_tables, s.kernel_stacks, s.user, s.device);
    kprintf("  free           %6lu pages (%lu KiB)\n", s.free, s.free * 4);
}

static void cmd_traps(const char *arg)
{
    (void)arg;
    static const char *const exc[16] = {"instruction misaligned", "instruction access fault", "illegal instruction",
                                        "breakpoint", "load misaligned", "load access fault", "store misaligned",
                                        "store access fault", "ecall from U-mode (syscall)", "ecall from S-mode",
                                        "reserved", "ecall from M-mode", "instruction page fault", "load page fault",
                                        "reserved", "store page fault"};
    static const char *const irq[16] = {"", "supervisor software", "", "machine software", "", "supervisor timer",
                                        "", "machine timer", "", "supervisor external", "", "machine external"};
    kprintf("S-mode traps by cause (scause):\n");
    for (int i = 0; i < 16; i++)
        if (interrupt_counts[i])
            kprintf("  interrupt %2d  %-30s %lu\n", i, irq[i], interrupt_counts[i]);
    for (int i = 0; i < 16; i++)
        if (exception_counts[i])
            kprintf("  exception %2d  %-30s %lu\n", i, exc[i], exception_counts[i]);
    if (boot_mode == BOOT_M_MODE)
        kprintf("M-mode layer: %lu set_timer ecalls, %lu machine timer interrupts\n", mlayer_ecalls,
                mlayer_timer_irqs);
}

static void cmd_ticks(const char *arg)
{
    (void)arg;
    kprintf("ticks: %lu (timer interrupts at %u Hz)\n", ticks, TICK_HZ);
}

static void cmd_uptime(const char *arg)
{
    (void)arg;
    u64 ms = read_time() / (machine.timebase_hz / 1000);
    kprintf("up %lu.%03lu s (time CSR at %lu Hz), %lu ticks\n", ms / 1000, ms % 1000, machine.timebase_hz, ticks);
    if (boot_instret)
        kprintf("boot to first prompt: %lu instructions retired (instret)\n", boot_instret);
}

/* Waits for a foreground process, then frees it. Ctrl-C kills it; other keys wait for the next prompt. */
static void wait_for(struct proc *p)
{
    while (p->state != P_ZOMBIE) {
        int c;
        while ((c = uart_getc()) >= 0) {
            if (c == 0x03) {
                kputs("^C\n");
                proc_kill(p->pid);
            } else if (typeahead_len < (int)sizeof typeahead) {
                typeahead[typeahead_len++] = (char)c;
            }
        }
        proc_sleep_ticks(1);
    }
    if (p->exit_code != 0)
        kprintf("[pid %d %s exited with status %ld]\n", p->pid, p->name, p->exit_code);
    proc_reap(p);
}

static void cmd_run(const char *arg)
{
    if (!*arg) {
        kprintf("usage: run <program> [argument] [&]\nprograms:\n");
        for (int i = 0; i < nprograms; i++)
            kprintf("  %-10s %s\n", programs[i].name, programs[i].about);
        return;
    }
    char name[16], rest[LINE_MAX];
    int n = 0;
    while (*arg && *arg != ' ' && n < (int)sizeof name - 1)
        name[n++] = *arg++;
    name[n] = 0;
    while (*arg == ' ')
        arg++;
    strlcpy(rest, arg, sizeof rest);
    int len = (int)strlen(rest);
    int background = len && rest[len - 1] == '&';
    if (background) {
        rest[--len] = 0;
        while (len && rest[len - 1] == ' ')
            rest[--len] = 0;
    }
    struct proc *p = proc_spawn(name, rest, background);
    if (!p) {
        kprintf("run: no program '%s' (or out of memory/process slots); 'run' lists them\n", name);
        return;
    }
    if (background)
        kprintf("[pid %d %s started in the background]\n", p->pid, p->name);
    else
        wait_for(p);
}

static void cmd_kill(const char *arg)
{
    int pid = 0;
    while (*arg >= '0' && *arg <= '9')
        pid = pid * 10 + (*arg++ - '0');
    if (proc_kill(pid) != 0)
        kprintf("kill: no user process %d\n", pid);
}

static void cmd_sbi(const char *arg)
{
    (void)arg;
    if (boot_mode == BOOT_M_MODE) {
        kprintf("SBI: none (M-mode); tinyOS's own M-mode layer answers set_timer only\n");
        return;
    }
    sbi_list_extensions();
}

static void cmd_poweroff(const char *arg)
{
    (void)arg;
    kprintf("powering off via %s\n", boot_mode == BOOT_S_MODE ? "SBI SRST" : "the sifive,test0 device");
    machine_poweroff();
}

static void cmd_reboot(const char *arg)
{
    (void)arg;
    kprintf("rebooting via %s\n", boot_mode == BOOT_S_MODE ? "SBI SRST" : "the sifive,test0 device");
    machine_reboot();
}

static void cmd_ls(const char *arg)
{
    (void)arg;
    disk_list();
}

static const struct command {
    const char *name, *help;
    void (*fn)(const char *arg);
} commands[] = {
    {"help", "this list", cmd_help},
    {"info", "harts, ISA, memory and devices from the device tree", cmd_info},
    {"ps", "processes", cmd_ps},
    {"mem", "physical page usage", cmd_mem},
    {"traps", "trap counts by cause", cmd_traps},
    {"ticks", "timer ticks since boot", cmd_ticks},
    {"uptime", "time since boot and boot instruction count", cmd_uptime},
    {"run", "run <program> [arg] [&]: start a user process ('run' lists them)", cmd_run},
    {"kill", "kill <pid>: stop a user process", cmd_kill},
    {"ls", "list the files on the virtio disk (a tar archive)", cmd_ls},
    {"cat", "cat <file>: print a file from the virtio disk", disk_cat},
    {"sbi", "SBI implementation and the extensions that answered", cmd_sbi},
    {"poweroff", "power the machine off", cmd_poweroff},
    {"reboot", "reset the machine", cmd_reboot},
};
#define NCOMMANDS (int)(sizeof commands / sizeof commands[0])

static void cmd_help(const char *arg)
{
    (void)arg;
    for (int i = 0; i < NCOMMANDS; i++)
        kprintf("  %-9s %s\n", commands[i].name, commands[i].help);
    kprintf("keys: backspace, left/right, up/down for history, Ctrl-A/E/U/C\n");
}

static void execute(char *line)
{
    while (*line == ' ')
        line++;
    if (!*line)
        return;
    char *arg = line;
    while (*arg && *arg != ' ')
        arg++;
    if (*arg)
        *arg++ = 0;
    while (*arg == ' ')
        arg++;
    for (int i = 0; i < NCOMMANDS; i++) {
        if (strcmp(commands[i].name, line) == 0) {
            commands[i].fn(arg);
            return;
        }
    }
    kprintf("%s: unknown command (try 'help')\n", line);
}

static u64 read_instret(void)
{
    probe_trapped = 0;
    probe_active = 1;
    u64 v = csr_read(instret);
    probe_active = 0;
    return probe_trapped ? 0 : v;
}

void shell_main(void)
{
    static char line[LINE_MAX];
    for (;;) {
        proc_reap_background();
        kputs(PROMPT);
        if (!boot_instret)
            boot_instret = read_instret();
        read_line(line);
        remember(line);
        proc_reap_background();
        execute(line);
    }
}
