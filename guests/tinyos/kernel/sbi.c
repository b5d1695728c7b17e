/* SBI calls (RISC-V SBI specification v2.0) and the machine-level actions built on them or on the test device. */
#include "tinyos.h"

struct sbiret sbi_call(u64 eid, u64 fid, u64 a0, u64 a1, u64 a2)
{
    register u64 r_a0 __asm__("a0") = a0;
    register u64 r_a1 __asm__("a1") = a1;
    register u64 r_a2 __asm__("a2") = a2;
    register u64 r_a6 __asm__("a6") = fid;
    register u64 r_a7 __asm__("a7") = eid;
    __asm__ volatile("ecall" : "+r"(r_a0), "+r"(r_a1) : "r"(r_a2), "r"(r_a6), "r"(r_a7) : "memory");
    return (struct sbiret){(i64)r_a0, (i64)r_a1};
}

/* Base extension, function 3: sbi_probe_extension (SBI spec section 4.8). */
int sbi_probe(u64 eid)
{
    struct sbiret r = sbi_call(SBI_EXT_BASE, 3, eid, 0, 0);
    return r.error == 0 && r.value != 0;
}

static const char *impl_name(i64 id)
{
    /* SBI spec section 4.9: implementation IDs. */
    static const char *const names[] = {"BBL", "OpenSBI", "Xvisor", "KVM", "RustSBI", "Diosix", "Coffer",
                                        "Xen", "PolarFire HSS", "coreboot", "oreboot", "bhyve"};
    if (id >= 0 && id < (i64)(sizeof names / sizeof names[0]))
        return names[id];
    return NULL;
}

static void append(char *out, usize n, usize *len, const char *s)
{
    while (*s && *len + 1 < n)
        out[(*len)++] = *s++;
    out[*len] = 0;
}

static void append_num(char *out, usize n, usize *len, u64 v)
{
    char buf[24], *p = buf + sizeof buf - 1;
    *p = 0;
    do
        *--p = (char)('0' + v % 10);
    while (v /= 10);
    append(out, n, len, p);
}

/* "OpenSBI v1.1, SBI spec v1.0" (implementation version encoding is implementation specific;
 * OpenSBI puts major in the upper 16 bits and minor in the lower 16). */
void sbi_describe(char *out, usize n)
{
    usize len = 0;
    out[0] = 0;
    i64 spec = sbi_call(SBI_EXT_BASE, 0, 0, 0, 0).value;
    i64 impl = sbi_call(SBI_EXT_BASE, 1, 0, 0, 0).value;
    u64 impl_ver = (u64)sbi_call(SBI_EXT_BASE, 2, 0, 0, 0).value;
    const char *name = impl_name(impl);
    if (name) {
        append(out, n, &len, name);
    } else {
        append(out, n, &len, "implementation ");
        append_num(out, n, &len, (u64)impl);
    }
    if (impl == 1) {
        append(out, n, &len, " v");
        append_num(out, n, &len, impl_ver >> 16);
        append(out, n, &len, ".");
        append_num(out, n, &len, impl_ver & 0xffff);
    }
    append(out, n, &len, ", SBI spec v");
    append_num(out, n, &len, ((u64)spec >> 24) & 0x7f);
    append(out, n, &len, ".");
    append_num(out, n, &len, (u64)spec & 0xffffff);
}

void sbi_list_extensions(void)
{
    static const struct { u64 eid; const char *name; } exts[] = {
        {SBI_EXT_BASE, "BASE   base"},
        {SBI_EXT_TIME, "TIME   timer"},
        {SBI_EXT_IPI, "sPI    IPI"},
        {SBI_EXT_RFENCE, "RFNC   remote fence"},
        {SBI_EXT_HSM, "HSM    hart state"},
        {SBI_EXT_SRST, "SRST   system reset"},
        {SBI_EXT_PMU, "PMU    perf counters"},
        {SBI_EXT_DBCN, "DBCN   debug console"},
        {0x53555350, "SUSP   system suspend"},
        {0x43505043, "CPPC   perf control"},
        {0x00, "legacy set_timer"},
        {0x01, "legacy console_putchar"},
        {0x02, "legacy console_getchar"},
        {0x08, "legacy shutdown"},
    };
    char desc[64];
    sbi_describe(desc, sizeof desc);
    kprintf("SBI: %s\n", desc);
    kprintf("  %-12s %-28s %s\n", "extension", "name", "answered");
    for (usize i = 0; i < sizeof exts / sizeof exts[0]; i++)
        kprintf("  0x%08lx   %-28s %s\n", exts[i].eid, exts[i].name, sbi_probe(exts[i].eid) ? "yes" : "no");
}

/* TIME extension when present, else the legacy set_timer call (SBI spec sections 5.1 and 6.1). */
void sbi_set_timer(u64 when)
{
    static int use_legacy = -1;
    if (use_legacy < 0)
        use_legacy = boot_mode == BOOT_S_MODE && !sbi_probe(SBI_EXT_TIME);
    if (use_legacy)
        sbi_call(0x00, 0, when, 0, 0);
    else
        sbi_call(SBI_EXT_TIME, 0, when, 0, 0);
}

/* sifive,test0: writing 0x5555 powers off (pass), 0x3333 | code << 16 fails, 0x7777 resets. */
static void test_device_write(u32 v)
{
    if (machine.test_base)
        *(volatile u32 *)machine.test_base = v;
}

static void __attribute__((noreturn)) halt_forever(void)
{
    kputs("halted: nothing left to power off with\n");
    for (;;)
        __asm__ volatile("wfi");
}

void machine_poweroff(void)
{
    if (boot_mode == BOOT_S_MODE) {
        if (sbi_probe(SBI_EXT_SRST))
            sbi_call(SBI_EXT_SRST, 0, 0 /* shutdown */, 0 /* no reason */, 0);
        else
            sbi_call(0x08, 0, 0, 0, 0); /* legacy shutdown */
    }
    test_device_write(0x5555);
    halt_forever();
}

void machine_reboot(void)
{
    if (boot_mode == BOOT_S_MODE && sbi_probe(SBI_EXT_SRST))
        sbi_call(SBI_EXT_SRST, 0, 1 /* cold reboot */, 0, 0);
    test_device_write(0x7777);
    halt_forever();
}

void machine_fail(void)
{
    if (boot_mode == BOOT_S_MODE && sbi_probe(SBI_EXT_SRST))
        sbi_call(SBI_EXT_SRST, 0, 0, 1 /* system failure */, 0);
    test_device_write(0x3333 | (1 << 16));
    halt_forever();
}
