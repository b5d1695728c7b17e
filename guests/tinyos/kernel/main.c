/* Boot: find the privilege mode, read the device tree, start the M-mode layer if needed, then bring up
 * memory, traps, processes and the shell in S-mode. */
#include "tinyos.h"

enum boot_mode boot_mode;
u64 boot_hartid;
u64 boot_instret;
static char sbi_description[64];

void kernel_main(void);
static void idle_loop(void) __attribute__((noreturn));

/* Called from _start in whatever mode the hart started in, with the boot convention's a0/a1. */
void boot_main(u64 hartid, const void *dtb)
{
    /* Reading mhartid traps in S-mode (the firmware passes the illegal-instruction trap on to our
     * stvec, which skips the read); in M-mode it just works. */
    probe_trapped = 0;
    probe_active = 1;
    (void)csr_read(mhartid);
    probe_active = 0;
    boot_mode = probe_trapped ? BOOT_S_MODE : BOOT_M_MODE;
    boot_hartid = hartid;
    if (fdt_parse(dtb) != 0 || !machine.uart_base || !machine.ram_size) {
        /* Without a device tree there is no console to complain on: stop here. */
        for (;;)
            __asm__ volatile("wfi");
    }
    if (machine.timebase_hz < 1000)
        machine.timebase_hz = 10000000; /* the virt machine's, when the tree does not say */
    uart_init();
    if (boot_mode == BOOT_M_MODE)
        mlayer_start(hartid); /* comes back in S-mode, at kernel_main */
    kernel_main();
}

static void shell_thread(void)
{
    shell_main();
}

/* The kernel proper, always in S-mode. */
void kernel_main(void)
{
    csr_write(sscratch, 0);
    csr_write(scounteren, 2); /* U-mode may read the time CSR (rdtime) */
    if (boot_mode == BOOT_S_MODE)
        sbi_describe(sbi_description, sizeof sbi_description);
    mm_init();
    proc_init();
    timer_start();
    kprintf("\ntinyOS " TINYOS_VERSION " (RV64, Sv39) booted in ");
    if (boot_mode == BOOT_M_MODE)
        kprintf("M-mode (own M-mode layer, kernel in S-mode)");
    else
        kprintf("S-mode (SBI: %s)", sbi_description);
    kprintf(" on hart %lu of %u\n", boot_hartid, machine.harts);
    kprintf("%lu MiB RAM, timer %s at %lu Hz, %u virtio slot(s). Type 'help'.\n", machine.ram_size >> 20,
            timer_uses_sstc ? "Sstc stimecmp" : (boot_mode == BOOT_M_MODE ? "CLINT via M-mode layer" : "SBI set_timer"),
            machine.timebase_hz, machine.nvirtio);
    if (!kthread_create("shell", shell_thread, 4)) {
        kprintf("tinyOS: cannot start the shell\n");
        machine_fail();
    }
    idle_loop();
}

static void idle_loop(void)
{
    csr_set(sstatus, SSTATUS_SIE);
    for (;;) {
        proc_yield();
        __asm__ volatile("wfi");
    }
}
