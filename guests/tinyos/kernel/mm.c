/* Physical pages (a bitmap over the RAM the device tree describes) and Sv39 page tables
 * (privileged spec 1.12, section 4.4). */
#include "tinyos.h"

extern u8 _start[], _end[];

#define MAX_PAGES (1UL << 20) /* 4 GiB of RAM at most */
/* Outside .bss: _start does not clear it; mm_init clears only the part this machine's RAM needs. */
static u64 page_bitmap[MAX_PAGES / 64] __attribute__((section(".noinit")));
static u64 npages, first_free_hint;
static u64 count_total, count_kernel, count_reserved, count_used;
static u64 count_use[4];
u64 kernel_satp;
static pte_t *kernel_root;

static void bit_set(u64 i) { page_bitmap[i / 64] |= 1UL << (i % 64); }
static int bit_get(u64 i) { return (page_bitmap[i / 64] >> (i % 64)) & 1; }
static void bit_clear(u64 i) { page_bitmap[i / 64] &= ~(1UL << (i % 64)); }

/* Marks [base, base+size) used; returns how many pages that newly took. */
static u64 reserve_range(u64 base, u64 size)
{
    if (!size || base + size <= machine.ram_base || base >= machine.ram_base + npages * PAGE_SIZE)
        return 0;
    u64 lo = base < machine.ram_base ? 0 : (base - machine.ram_base) / PAGE_SIZE;
    u64 hi = (base + size - machine.ram_base + PAGE_SIZE - 1) / PAGE_SIZE;
    if (hi > npages)
        hi = npages;
    u64 n = 0;
    for (u64 i = lo; i < hi; i++)
        if (!bit_get(i)) {
            bit_set(i);
            n++;
        }
    return n;
}

/* Identity-maps the 1 GiB region holding `pa` with a gigapage (kernel only: no U bit). */
static void map_gigapage(u64 pa, u64 perm)
{
    u64 vpn2 = (pa >> 30) & 0x1ff;
    if (pa >> 39)
        return; /* outside Sv39's reach */
    if (!(kernel_root[vpn2] & PTE_V))
        kernel_root[vpn2] = ((pa >> 30) << 28) | perm | PTE_V | PTE_G | PTE_A | PTE_D;
    else
        kernel_root[vpn2] |= perm;
}

void mm_init(void)
{
    npages = machine.ram_size / PAGE_SIZE;
    if (npages > MAX_PAGES)
        npages = MAX_PAGES;
    memset(page_bitmap, 0, (npages + 63) / 64 * 8);
    count_total = npages;
    /* Everything below the kernel is firmware's (or, booted in M-mode, simply unused and left alone). */
    count_reserved += reserve_range(machine.ram_base, (u64)_start - machine.ram_base);
    count_kernel = reserve_range((u64)_start, (u64)_end - (u64)_start);
    count_reserved += reserve_range(machine.dtb_base, machine.dtb_size);
    for (u32 i = 0; i < machine.nreserved; i++)
        count_reserved += reserve_range(machine.reserved_base[i], machine.reserved_size[i]);

    kernel_root = page_alloc();
    page_account(USE_PAGE_TABLE, 1);
    for (u64 a = machine.ram_base & ~((1UL << 30) - 1); a < machine.ram_base + machine.ram_size; a += 1UL << 30)
        map_gigapage(a, PTE_R | PTE_W | PTE_X);
    /* Devices: every one the device tree named, read/write, never executable. */
    map_gigapage(machine.uart_base, PTE_R | PTE_W);
    if (machine.test_base)
        map_gigapage(machine.test_base, PTE_R | PTE_W);
    if (machine.plic_base)
        map_gigapage(machine.plic_base, PTE_R | PTE_W);
    if (machine.rtc_base)
        map_gigapage(machine.rtc_base, PTE_R | PTE_W);
    for (u32 i = 0; i < machine.nvirtio; i++)
        map_gigapage(machine.virtio_base[i], PTE_R | PTE_W);
    if (kernel_root[USER_BASE >> 30] & PTE_V) {
        kprintf("tinyOS: a device or RAM sits where user space goes (0x%lx); cannot run\n", USER_BASE);
        machine_fail();
    }
    kernel_satp = vm_satp(kernel_root);
    csr_write(satp, kernel_satp);
    __asm__ volatile("sfence.vma" ::: "memory");
}

void *page_alloc(void)
{
    for (u64 i = first_free_hint; i < npages; i++) {
        if (page_bitmap[i / 64] == ~0UL) {
            i |= 63;
            continue;
        }
        if (!bit_get(i)) {
            bit_set(i);
            first_free_hint = i + 1;
            count_used++;
            void *p = (void *)(machine.ram_base + i * PAGE_SIZE);
            memset(p, 0, PAGE_SIZE);
            return p;
        }
    }
    return NULL;
}

void page_free(void *p)
{
    u64 i = ((u64)p - machine.ram_base) / PAGE_SIZE;
    if (i < npages && bit_get(i)) {
        bit_clear(i);
        count_used--;
        if (i < first_free_hint)
            first_free_hint = i;
    }
}

void page_account(enum page_use use, int delta)
{
    count_use[use] += (u64)(i64)delta;
}

void page_stats(struct page_stats *s)
{
    s->total = count_total;
    s->kernel = count_kernel;
    s->reserved = count_reserved;
    s->used = count_used;
    s->free = count_total - count_kernel - count_reserved - count_used;
    s->page_tables = count_use[USE_PAGE_TABLE];
    s->kernel_stacks = count_use[USE_KERNEL_STACK];
    s->user = count_use[USE_USER];
    s->device = count_use[USE_DEVICE];
}

u64 vm_satp(pte_t *root)
{
    return (8UL << 60) | ((u64)root >> 12); /* MODE = 8: Sv39 */
}

/* A process's root table shares the kernel's gigapage entries (no U bit: user code cannot touch them). */
pte_t *vm_new_user_table(void)
{
    pte_t *root = page_alloc();
    if (!root)
        return NULL;
    page_account(USE_PAGE_TABLE, 1);
    memcpy(root, kernel_root, PAGE_SIZE);
    return root;
}

static pte_t *next_level(pte_t *pte, int create)
{
    if (*pte & PTE_V)
        return (pte_t *)((*pte >> 10) << 12);
    if (!create)
        return NULL;
    pte_t *t = page_alloc();
    if (!t)
        return NULL;
    page_account(USE_PAGE_TABLE, 1);
    *pte = (((u64)t >> 12) << 10) | PTE_V;
    return t;
}

int vm_map_user_page(pte_t *root, u64 va, void *page, int perm)
{
    pte_t *l1 = next_level(&root[(va >> 30) & 0x1ff], 1);
    pte_t *l0 = l1 ? next_level(&l1[(va >> 21) & 0x1ff], 1) : NULL;
    if (!l0)
        return -1;
    l0[(va >> 12) & 0x1ff] = (((u64)page >> 12) << 10) | (u64)perm | PTE_U | PTE_V | PTE_A | PTE_D;
    page_account(USE_USER, 1);
    return 0;
}

static pte_t *user_leaf(pte_t *root, u64 va)
{
    if (va >> 38)
        return NULL;
    pte_t *top = &root[(va >> 30) & 0x1ff];
    if ((*top & (PTE_R | PTE_W | PTE_X)) || !(*top & PTE_V))
        return NULL; /* kernel gigapage or nothing */
    pte_t *l1 = next_level(top, 0);
    pte_t *e1 = &l1[(va >> 21) & 0x1ff];
    if (!(*e1 & PTE_V) || (*e1 & (PTE_R | PTE_W | PTE_X)))
        return NULL;
    pte_t *l0 = next_level(e1, 0);
    pte_t *leaf = &l0[(va >> 12) & 0x1ff];
    return (*leaf & PTE_V) && (*leaf & PTE_U) ? leaf : NULL;
}

int vm_user_readable(pte_t *root, u64 va, u64 len)
{
    if (!root || va + len < va)
        return 0;
    for (u64 a = va & ~(PAGE_SIZE - 1); a < va + len; a += PAGE_SIZE)
        if (!user_leaf(root, a))
            return 0;
    return 1;
}

/* Frees the user pages and the tables below the root, then the root; kernel entries are shared. */
void vm_free_user(pte_t *root)
{
    for (int i = 0; i < 512; i++) {
        if (!(root[i] & PTE_V) || (root[i] & (PTE_R | PTE_W | PTE_X)))
            continue;
        pte_t *l1 = next_level(&root[i], 0);
        for (int j = 0; j < 512; j++) {
            if (!(l1[j] & PTE_V))
                continue;
            pte_t *l0 = next_level(&l1[j], 0);
            for (int k = 0; k < 512; k++) {
                if (l0[k] & PTE_V) {
                    page_free((void *)((l0[k] >> 10) << 12));
                    page_account(USE_USER, -1);
                }
            }
            page_free(l0);
            page_account(USE_PAGE_TABLE, -1);
        }
        page_free(l1);
        page_account(USE_PAGE_TABLE, -1);
    }
    page_free(root);
    page_account(USE_PAGE_TABLE, -1);
}
