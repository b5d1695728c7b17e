/* Read-only virtio block driver over virtio-mmio (virtio 1.2 sections 4.2 and 5.2; legacy version 1 too),
 * polled, and a ustar archive reader on top of it for the shell's `ls` and `cat`. */
#include "tinyos.h"

/* virtio-mmio registers (virtio 1.2 section 4.2.2; legacy layout in 4.2.4). */
#define VIRTIO_MAGIC 0x000
#define VIRTIO_VERSION 0x004
#define VIRTIO_DEVICE_ID 0x008
#define VIRTIO_DEVICE_FEATURES 0x010
#define VIRTIO_DEVICE_FEATURES_SEL 0x014
#define VIRTIO_DRIVER_FEATURES 0x020
#define VIRTIO_DRIVER_FEATURES_SEL 0x024
#define VIRTIO_GUEST_PAGE_SIZE 0x028 /* legacy */
#define VIRTIO_QUEUE_SEL 0x030
#define VIRTIO_QUEUE_NUM_MAX 0x034
#define VIRTIO_QUEUE_NUM 0x038
#define VIRTIO_QUEUE_ALIGN 0x03c /* legacy */
#define VIRTIO_QUEUE_PFN 0x040   /* legacy */
#define VIRTIO_QUEUE_READY 0x044
#define VIRTIO_QUEUE_NOTIFY 0x050
#define VIRTIO_INTERRUPT_STATUS 0x060
#define VIRTIO_INTERRUPT_ACK 0x064
#define VIRTIO_STATUS 0x070
#define VIRTIO_QUEUE_DESC_LOW 0x080
#define VIRTIO_QUEUE_DESC_HIGH 0x084
#define VIRTIO_QUEUE_DRIVER_LOW 0x090
#define VIRTIO_QUEUE_DRIVER_HIGH 0x094
#define VIRTIO_QUEUE_DEVICE_LOW 0x0a0
#define VIRTIO_QUEUE_DEVICE_HIGH 0x0a4
#define VIRTIO_CONFIG 0x100

#define STATUS_ACKNOWLEDGE 1
#define STATUS_DRIVER 2
#define STATUS_DRIVER_OK 4
#define STATUS_FEATURES_OK 8
#define STATUS_FAILED 128
#define VIRTIO_DEVICE_BLOCK 2

#define QUEUE_SIZE 8
#define DESC_F_NEXT 1
#define DESC_F_WRITE 2

struct virtq_desc { u64 addr; u32 len; u16 flags, next; };
struct virtq_avail { u16 flags, idx, ring[QUEUE_SIZE], used_event; };
struct virtq_used_elem { u32 id, len; };
struct virtq_used { u16 flags, idx; struct virtq_used_elem ring[QUEUE_SIZE]; u16 avail_event; };
struct blk_request { u32 type, reserved; u64 sector; };

static struct {
    u64 base;
    u64 capacity; /* sectors of 512 bytes */
    struct virtq_desc *desc;
    struct virtq_avail *avail;
    volatile struct virtq_used *used;
    u16 last_used;
    struct blk_request req;
    volatile u8 status;
    int ready;
} blk;

static u32 reg_read(u32 off) { return *(volatile u32 *)(blk.base + off); }
static void reg_write(u32 off, u32 v) { *(volatile u32 *)(blk.base + off) = v; }

/* Finds the first virtio block device and brings it up; returns 0 when one is ready. */
static int blk_init(void)
{
    if (blk.ready)
        return 0;
    for (u32 i = 0; i < machine.nvirtio && !blk.base; i++) {
        volatile u32 *r = (volatile u32 *)machine.virtio_base[i];
        if (r[VIRTIO_MAGIC / 4] == 0x74726976 && r[VIRTIO_DEVICE_ID / 4] == VIRTIO_DEVICE_BLOCK)
            blk.base = machine.virtio_base[i];
    }
    if (!blk.base)
        return -1;
    u32 version = reg_read(VIRTIO_VERSION);
    /* Device initialization (section 3.1.1): reset, ACKNOWLEDGE, DRIVER, features, FEATURES_OK, queues, DRIVER_OK. */
    reg_write(VIRTIO_STATUS, 0);
    reg_write(VIRTIO_STATUS, STATUS_ACKNOWLEDGE);
    reg_write(VIRTIO_STATUS, STATUS_ACKNOWLEDGE | STATUS_DRIVER);
    reg_write(VIRTIO_DRIVER_FEATURES_SEL, 0);
    reg_write(VIRTIO_DRIVER_FEATURES, 0);
    reg_write(VIRTIO_DRIVER_FEATURES_SEL, 1);
    reg_write(VIRTIO_DEVICE_FEATURES_SEL, 1);
    /* A modern device offers VIRTIO_F_VERSION_1 (feature bit 32), which a modern driver must accept. */
    reg_write(VIRTIO_DRIVER_FEATURES, version >= 2 ? (reg_read(VIRTIO_DEVICE_FEATURES) & 1) : 0);
    if (version >= 2) {
        reg_write(VIRTIO_STATUS, STATUS_ACKNOWLEDGE | STATUS_DRIVER | STATUS_FEATURES_OK);
        if (!(reg_read(VIRTIO_STATUS) & STATUS_FEATURES_OK))
            goto failed;
    } else {
        reg_write(VIRTIO_GUEST_PAGE_SIZE, PAGE_SIZE);
    }
    reg_write(VIRTIO_QUEUE_SEL, 0);
    if (reg_read(VIRTIO_QUEUE_NUM_MAX) < QUEUE_SIZE)
        goto failed;
    reg_write(VIRTIO_QUEUE_NUM, QUEUE_SIZE);
    /* Two contiguous pages: descriptors and the available ring in the first, the used ring in the second
     * (the legacy layout, section 2.7.2 of virtio 1.0's legacy notes, with QueueAlign = 4096). */
    u8 *q0 = page_alloc(), *q1 = page_alloc();
    if (!q0 || !q1 || q1 != q0 + PAGE_SIZE)
        goto failed;
    page_account(USE_DEVICE, 2);
    blk.desc = (struct virtq_desc *)q0;
    blk.avail = (struct virtq_avail *)(q0 + QUEUE_SIZE * sizeof(struct virtq_desc));
    blk.used = (volatile struct virtq_used *)q1;
    if (version >= 2) {
        reg_write(VIRTIO_QUEUE_DESC_LOW, (u32)(u64)blk.desc);
        reg_write(VIRTIO_QUEUE_DESC_HIGH, (u32)((u64)blk.desc >> 32));
        reg_write(VIRTIO_QUEUE_DRIVER_LOW, (u32)(u64)blk.avail);
        reg_write(VIRTIO_QUEUE_DRIVER_HIGH, (u32)((u64)blk.avail >> 32));
        reg_write(VIRTIO_QUEUE_DEVICE_LOW, (u32)(u64)blk.used);
        reg_write(VIRTIO_QUEUE_DEVICE_HIGH, (u32)((u64)blk.used >> 32));
        reg_write(VIRTIO_QUEUE_READY, 1);
    } else {
        reg_write(VIRTIO_QUEUE_ALIGN, PAGE_SIZE);
        reg_write(VIRTIO_QUEUE_PFN, (u32)((u64)q0 / PAGE_SIZE));
    }
    reg_write(VIRTIO_STATUS, STATUS_ACKNOWLEDGE | STATUS_DRIVER | (version >= 2 ? STATUS_FEATURES_OK : 0) |
                                 STATUS_DRIVER_OK);
    /* Block device configuration (section 5.2.4): capacity in 512-byte sectors, at offset 0. */
    blk.capacity = reg_read(VIRTIO_CONFIG) | ((u64)reg_read(VIRTIO_CONFIG + 4) << 32);
    blk.ready = 1;
    return 0;
failed:
    reg_write(VIRTIO_STATUS, STATUS_FAILED);
    blk.base = 0;
    return -2;
}

/* Reads one 512-byte sector, polling the used ring (no interrupt needed). */
static int blk_read_sector(u64 sector, u8 *buf)
{
    if (sector >= blk.capacity)
        return -1;
    blk.req = (struct blk_request){.type = 0 /* VIRTIO_BLK_T_IN */, .sector = sector};
    blk.status = 0xff;
    blk.desc[0] = (struct virtq_desc){(u64)&blk.req, sizeof blk.req, DESC_F_NEXT, 1};
    blk.desc[1] = (struct virtq_desc){(u64)buf, 512, DESC_F_NEXT | DESC_F_WRITE, 2};
    blk.desc[2] = (struct virtq_desc){(u64)&blk.status, 1, DESC_F_WRITE, 0};
    blk.avail->ring[blk.avail->idx % QUEUE_SIZE] = 0;
    __asm__ volatile("fence rw, rw" ::: "memory");
    blk.avail->idx++;
    __asm__ volatile("fence rw, rw" ::: "memory");
    reg_write(VIRTIO_QUEUE_NOTIFY, 0);
    for (u64 spins = 0; blk.used->idx == blk.last_used; spins++)
        if (spins > 100000000)
            return -2;
    blk.last_used++;
    __asm__ volatile("fence rw, rw" ::: "memory");
    reg_write(VIRTIO_INTERRUPT_ACK, reg_read(VIRTIO_INTERRUPT_STATUS));
    return blk.status == 0 ? 0 : -3;
}

/* ---- ustar archive (POSIX.1-2001 pax/ustar header: name at 0, size in octal at 124, type at 156). ---- */

static u64 octal(const u8 *p, int n)
{
    u64 v = 0;
    for (int i = 0; i < n && p[i] >= '0' && p[i] <= '7'; i++)
        v = v * 8 + (u64)(p[i] - '0');
    return v;
}

static int disk_ready(void)
{
    int r = blk_init();
    if (r == -1)
        kprintf("no virtio block device (QEMU: -drive file=files.tar,format=raw,if=none,id=d0 -device virtio-blk-device,drive=d0)\n");
    else if (r)
        kprintf("the virtio block device did not initialise\n");
    return r == 0;
}

/* Walks the archive; for each regular file calls fn(name, size, first data sector). Stops when fn returns 1. */
static void tar_walk(int (*fn)(const char *name, u64 size, u64 sector, void *ctx), void *ctx)
{
    static u8 header[512] __attribute__((aligned(8)));
    for (u64 sector = 0; sector < blk.capacity;) {
        if (blk_read_sector(sector, header) != 0) {
            kprintf("read error at sector %lu\n", sector);
            return;
        }
        if (header[0] == 0)
            return; /* end-of-archive block */
        if (strncmp((const char *)header + 257, "ustar", 5) != 0) {
            kprintf("sector %lu: not a ustar header (the disk should be a tar archive)\n", sector);
            return;
        }
        char name[101];
        memcpy(name, header, 100);
        name[100] = 0;
        u64 size = octal(header + 124, 12);
        u8 type = header[156];
        if ((type == '0' || type == 0) && fn(name, size, sector + 1, ctx))
            return;
        sector += 1 + (size + 511) / 512;
    }
}

static int list_one(const char *name, u64 size, u64 sector, void *ctx)
{
    (void)sector;
    (*(u32 *)ctx)++;
    kprintf("  %8lu  %s\n", size, name);
    return 0;
}

void disk_list(void)
{
    if (!disk_ready())
        return;
    kprintf("virtio-blk at 0x%lx: %lu sectors (%lu KiB), ustar archive:\n", blk.base, blk.capacity, blk.capacity / 2);
    u32 n = 0;
    tar_walk(list_one, &n);
    kprintf("%u file(s)\n", n);
}

struct cat_ctx { const char *want; int found; };

static int cat_one(const char *name, u64 size, u64 sector, void *vctx)
{
    struct cat_ctx *ctx = vctx;
    if (strcmp(name, ctx->want) != 0)
        return 0;
    ctx->found = 1;
    static u8 buf[512] __attribute__((aligned(8)));
    for (u64 done = 0; done < size; sector++) {
        if (blk_read_sector(sector, buf) != 0) {
            kprintf("\nread error at sector %lu\n", sector);
            return 1;
        }
        for (u64 i = 0; i < 512 && done < size; i++, done++) {
            u8 c = buf[i];
            if (c == '\n')
                uart_putc('\r');
            uart_putc(c == '\n' || c == '\t' || (c >= 0x20 && c < 0x7f) ? (char)c : '.');
        }
    }
    return 1;
}

void disk_cat(const char *name)
{
    if (!*name) {
        kprintf("usage: cat <file>\n");
        return;
    }
    if (!disk_ready())
        return;
    struct cat_ctx ctx = {name, 0};
    tar_walk(cat_one, &ctx);
    if (!ctx.found)
        kprintf("cat: no file '%s' on the disk\n", name);
}
