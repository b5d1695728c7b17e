/* Flattened device tree reader (Devicetree Specification v0.4, chapter 5): fills struct machine. */
#include "tinyos.h"

struct machine machine;

#define FDT_MAGIC 0xd00dfeed
#define FDT_BEGIN_NODE 1
#define FDT_END_NODE 2
#define FDT_PROP 3
#define FDT_NOP 4
#define FDT_END 9
#define MAX_DEPTH 16

static u32 be32(const void *p)
{
    const u8 *b = p;
    return ((u32)b[0] << 24) | ((u32)b[1] << 16) | ((u32)b[2] << 8) | b[3];
}

/* Reads a value of `cells` 32-bit big-endian cells (1 or 2). */
static u64 read_cells(const u8 *p, u32 cells)
{
    u64 v = 0;
    for (u32 i = 0; i < cells; i++)
        v = (v << 32) | be32(p + 4 * i);
    return v;
}

/* Whether a compatible string list (NUL-separated) holds `want`. */
static int compat_has(const char *list, u32 len, const char *want)
{
    for (u32 i = 0; i < len; i += strlen(list + i) + 1)
        if (strcmp(list + i, want) == 0)
            return 1;
    return 0;
}

/* Properties of the node being read; a node is acted on at its END_NODE, once all are seen. */
struct node {
    const char *name;
    const char *compatible;
    u32 compatible_len;
    const u8 *reg;
    u32 reg_len;
    const char *device_type;
    const char *status;
    u32 addr_cells, size_cells; /* for this node's children */
    u32 interrupt;
    int has_interrupt;
    int in_reserved_memory;
    u32 reg_shift, io_width; /* ns16550 properties; io_width 0 = absent */
};

static void node_finished(struct node *n, const struct node *parent, int depth)
{
    u32 ac = parent ? parent->addr_cells : 2, sc = parent ? parent->size_cells : 1;
    u64 base = 0, size = 0;
    if (n->reg && n->reg_len >= 4 * (ac + sc)) {
        base = read_cells(n->reg, ac);
        size = read_cells(n->reg + 4 * ac, sc);
    }
    if (n->status && strcmp(n->status, "okay") != 0 && strcmp(n->status, "ok") != 0)
        return;
    if (n->device_type && strcmp(n->device_type, "memory") == 0) {
        /* Several reg entries are allowed; tinyOS uses the first contiguous bank. */
        if (!machine.ram_size) {
            machine.ram_base = base;
            machine.ram_size = size;
        }
        return;
    }
    if (n->device_type && strcmp(n->device_type, "cpu") == 0) {
        machine.harts++;
        return;
    }
    if (n->in_reserved_memory && depth >= 2 && n->reg && machine.nreserved < MAX_RESERVED) {
        machine.reserved_base[machine.nreserved] = base;
        machine.reserved_size[machine.nreserved++] = size;
        return;
    }
    if (!n->compatible || !n->reg)
        return;
    const char *c = n->compatible;
    u32 cl = n->compatible_len;
    if (compat_has(c, cl, "ns16550a") || compat_has(c, cl, "ns16550")) {
        if (!machine.uart_base) {
            machine.uart_base = base;
            machine.uart_reg_shift = n->reg_shift;
            machine.uart_io_width = n->io_width == 4 ? 4 : 1;
        }
    } else if (compat_has(c, cl, "sifive,test0")) {
        machine.test_base = base;
    } else if (compat_has(c, cl, "sifive,clint0") || compat_has(c, cl, "riscv,clint0")) {
        machine.clint_base = base;
    } else if (compat_has(c, cl, "sifive,plic-1.0.0") || compat_has(c, cl, "riscv,plic0")) {
        machine.plic_base = base;
    } else if (compat_has(c, cl, "google,goldfish-rtc")) {
        machine.rtc_base = base;
    } else if (compat_has(c, cl, "virtio,mmio")) {
        if (machine.nvirtio < MAX_VIRTIO) {
            machine.virtio_base[machine.nvirtio] = base;
            machine.virtio_irq[machine.nvirtio++] = n->has_interrupt ? n->interrupt : 0;
        }
        return; /* listed separately, by slot */
    } else if (compat_has(c, cl, "syscon-poweroff") || compat_has(c, cl, "syscon-reboot")) {
        return;
    }
    if (machine.ndevices < MAX_DT_DEVICES) {
        struct dt_device *d = &machine.devices[machine.ndevices++];
        strlcpy(d->name, n->name, sizeof d->name);
        strlcpy(d->compatible, c, sizeof d->compatible);
        d->base = base;
        d->size = size;
    }
}

int fdt_parse(const void *dtb)
{
    const u8 *fdt = dtb;
    if (!fdt || be32(fdt) != FDT_MAGIC)
        return -1;
    machine.dtb_base = (u64)fdt;
    machine.dtb_size = be32(fdt + 4);
    const u8 *p = fdt + be32(fdt + 8);            /* off_dt_struct */
    const char *strings = (const char *)fdt + be32(fdt + 12); /* off_dt_strings */
    const u8 *end = fdt + machine.dtb_size;
    /* The memory reservation block (section 5.3): (address, size) pairs ending with zeros. */
    for (const u8 *r = fdt + be32(fdt + 16); r + 16 <= end; r += 16) {
        u64 a = read_cells(r, 2), s = read_cells(r + 8, 2);
        if (!a && !s)
            break;
        if (machine.nreserved < MAX_RESERVED) {
            machine.reserved_base[machine.nreserved] = a;
            machine.reserved_size[machine.nreserved++] = s;
        }
    }
    struct node stack[MAX_DEPTH];
    int depth = -1;
    while (p + 4 <= end) {
        u32 tok = be32(p);
        p += 4;
        if (tok == FDT_BEGIN_NODE) {
            const char *name = (const char *)p;
            p += (strlen(name) + 4) & ~3UL;
            if (++depth >= MAX_DEPTH)
                return -1;
            struct node *n = &stack[depth];
            memset(n, 0, sizeof *n);
            n->name = name;
            n->addr_cells = 2;
            n->size_cells = 1;
            n->in_reserved_memory = depth > 0 && (stack[depth - 1].in_reserved_memory ||
                                                  strcmp(stack[depth - 1].name, "reserved-memory") == 0);
        } else if (tok == FDT_END_NODE) {
            if (depth < 0)
                return -1;
            node_finished(&stack[depth], depth ? &stack[depth - 1] : NULL, depth);
            depth--;
        } else if (tok == FDT_PROP) {
            u32 len = be32(p), nameoff = be32(p + 4);
            const u8 *val = p + 8;
            p += 8 + ((len + 3) & ~3U);
            if (depth < 0 || p > end)
                return -1;
            const char *pname = strings + nameoff;
            struct node *n = &stack[depth];
            if (strcmp(pname, "compatible") == 0) {
                n->compatible = (const char *)val;
                n->compatible_len = len;
            } else if (strcmp(pname, "reg") == 0) {
                n->reg = val;
                n->reg_len = len;
            } else if (strcmp(pname, "device_type") == 0) {
                n->device_type = (const char *)val;
            } else if (strcmp(pname, "status") == 0) {
                n->status = (const char *)val;
            } else if (strcmp(pname, "#address-cells") == 0 && len == 4) {
                n->addr_cells = be32(val);
            } else if (strcmp(pname, "#size-cells") == 0 && len == 4) {
                n->size_cells = be32(val);
            } else if (strcmp(pname, "interrupts") == 0 && len >= 4) {
                n->interrupt = be32(val);
                n->has_interrupt = 1;
            } else if (strcmp(pname, "timebase-frequency") == 0) {
                machine.timebase_hz = read_cells(val, len >= 8 ? 2 : 1);
            } else if (strcmp(pname, "riscv,isa") == 0 && !machine.isa[0]) {
                strlcpy(machine.isa, (const char *)val, sizeof machine.isa);
            } else if (strcmp(pname, "mmu-type") == 0 && !machine.mmu[0]) {
                strlcpy(machine.mmu, (const char *)val, sizeof machine.mmu);
            } else if (strcmp(pname, "model") == 0 && depth == 0) {
                strlcpy(machine.model, (const char *)val, sizeof machine.model);
            } else if (strcmp(pname, "reg-shift") == 0 && len == 4) {
                n->reg_shift = be32(val);
            } else if (strcmp(pname, "reg-io-width") == 0 && len == 4) {
                n->io_width = be32(val);
            }
        } else if (tok == FDT_NOP) {
            continue;
        } else if (tok == FDT_END) {
            return 0;
        } else {
            return -1;
        }
    }
    return -1;
}
