/* tinyOS kernel-wide declarations: types, CSR access, the machine description and every subsystem's interface. */
#ifndef TINYOS_H
#define TINYOS_H

typedef unsigned char u8;
typedef unsigned short u16;
typedef unsigned int u32;
typedef unsigned long u64;
typedef long i64;
typedef unsigned long usize;

#define TINYOS_VERSION "0.1"
#define PAGE_SIZE 4096UL
#define NULL ((void *)0)

#define csr_read(csr) ({ u64 v_; __asm__ volatile("csrr %0, " #csr : "=r"(v_)); v_; })
#define csr_write(csr, v) __asm__ volatile("csrw " #csr ", %0" ::"rK"((u64)(v)) : "memory")
#define csr_set(csr, v) __asm__ volatile("csrs " #csr ", %0" ::"rK"((u64)(v)) : "memory")
#define csr_clear(csr, v) __asm__ volatile("csrc " #csr ", %0" ::"rK"((u64)(v)) : "memory")

/* sstatus / mstatus bits (privileged spec 1.12, sections 3.1.6 and 4.1.1). */
#define SSTATUS_SIE (1UL << 1)
#define SSTATUS_SPIE (1UL << 5)
#define SSTATUS_SPP (1UL << 8)
#define SSTATUS_SUM (1UL << 18)
#define SIE_STIE (1UL << 5)

/* What the device tree told us (kernel/fdt.c fills it). */
#define MAX_DT_DEVICES 32
#define MAX_VIRTIO 16
#define MAX_RESERVED 8
struct dt_device {
    char name[32];
    char compatible[32];
    u64 base, size;
};
struct machine {
    char model[48];
    u32 harts;
    char isa[96];
    char mmu[16];
    u64 timebase_hz;
    u64 ram_base, ram_size;
    u64 uart_base;
    u32 uart_reg_shift, uart_io_width;
    u64 test_base; /* sifive,test0; 0 when absent */
    u64 clint_base;
    u64 plic_base;
    u64 rtc_base;
    u32 nvirtio;
    u64 virtio_base[MAX_VIRTIO];
    u32 virtio_irq[MAX_VIRTIO];
    u32 ndevices;
    struct dt_device devices[MAX_DT_DEVICES];
    u32 nreserved;
    u64 reserved_base[MAX_RESERVED], reserved_size[MAX_RESERVED];
    u64 dtb_base, dtb_size;
};
extern struct machine machine;
int fdt_parse(const void *dtb);

/* How we booted. */
enum boot_mode { BOOT_M_MODE, BOOT_S_MODE };
extern enum boot_mode boot_mode;
extern u64 boot_hartid;
extern int timer_uses_sstc;
extern u64 boot_instret; /* instret when the first prompt was printed */

/* lib.c */
void *memset(void *d, int c, usize n);
void *memcpy(void *d, const void *s, usize n);
usize strlen(const char *s);
int strcmp(const char *a, const char *b);
int strncmp(const char *a, const char *b, usize n);
void strlcpy(char *d, const char *s, usize n);
int isa_has_extension(const char *isa, const char *ext);

/* uart.c */
void uart_init(void);
void uart_putc(char c);
int uart_getc(void); /* -1 when nothing is waiting */

/* printf.c */
void kputs(const char *s);
void kprintf(const char *fmt, ...);

/* probe.c: run one possibly-illegal CSR access, report whether it trapped. */
extern volatile int probe_active, probe_trapped;
int probe_m_csrs(void);

/* sbi.c */
struct sbiret { i64 error; i64 value; };
struct sbiret sbi_call(u64 eid, u64 fid, u64 a0, u64 a1, u64 a2);
#define SBI_EXT_BASE 0x10
#define SBI_EXT_TIME 0x54494D45
#define SBI_EXT_IPI 0x735049
#define SBI_EXT_RFENCE 0x52464E43
#define SBI_EXT_HSM 0x48534D
#define SBI_EXT_SRST 0x53525354
#define SBI_EXT_PMU 0x504D55
#define SBI_EXT_DBCN 0x4442434E
int sbi_probe(u64 eid);
void sbi_describe(char *out, usize n);
void sbi_list_extensions(void);
void sbi_set_timer(u64 when);
void machine_poweroff(void) __attribute__((noreturn));
void machine_reboot(void) __attribute__((noreturn));
void machine_fail(void) __attribute__((noreturn));

/* mlayer.c: the M-mode layer used when tinyOS itself was started in M-mode. */
void mlayer_start(u64 hartid) __attribute__((noreturn));
extern volatile u64 mlayer_ecalls, mlayer_timer_irqs;

/* mm.c */
void mm_init(void);
void *page_alloc(void);
void page_free(void *p);
struct page_stats { u64 total, kernel, reserved, used, free, page_tables, kernel_stacks, user, device; };
void page_stats(struct page_stats *s);
enum page_use { USE_PAGE_TABLE, USE_KERNEL_STACK, USE_USER, USE_DEVICE };
void page_account(enum page_use use, int delta);
typedef u64 pte_t;
pte_t *vm_new_user_table(void);
int vm_map_user_page(pte_t *root, u64 va, void *page, int perm);
void vm_free_user(pte_t *root);
int vm_user_readable(pte_t *root, u64 va, u64 len);
u64 vm_satp(pte_t *root);
extern u64 kernel_satp;
#define PTE_V (1UL << 0)
#define PTE_R (1UL << 1)
#define PTE_W (1UL << 2)
#define PTE_X (1UL << 3)
#define PTE_U (1UL << 4)
#define PTE_G (1UL << 5)
#define PTE_A (1UL << 6)
#define PTE_D (1UL << 7)
#define USER_BASE 0x40000000UL
#define USER_STACK_TOP 0x40200000UL
#define USER_STACK_PAGES 2

/* trap.c */
struct trapframe {
    u64 regs[32]; /* x0..x31; regs[2] is the interrupted sp */
    u64 sepc, sstatus;
};
void trap_init(void);
void trap_handler(struct trapframe *tf);
void timer_start(void);
extern u64 exception_counts[16], interrupt_counts[16], syscall_count;
extern volatile u64 ticks;
#define TICK_HZ 100
u64 read_time(void);

/* proc.c */
#define MAX_PROCS 16
enum proc_state { P_FREE, P_RUNNABLE, P_SLEEPING, P_ZOMBIE };
struct context { u64 ra, sp, s[12]; };
struct proc {
    enum proc_state state;
    int pid;
    char name[16];
    int is_user, killed, background;
    i64 exit_code;
    u64 wake_tick, cpu_ticks, syscalls;
    struct context ctx;
    u8 *kstack;
    u32 kstack_pages;
    pte_t *pagetable;
    u64 satp;
};
extern struct proc procs[MAX_PROCS];
extern struct proc *current;
void proc_init(void);
struct proc *kthread_create(const char *name, void (*fn)(void), u32 stack_pages);
struct proc *proc_spawn(const char *name, const char *arg, int background);
void proc_yield(void);
void proc_sleep_ticks(u64 n);
void proc_exit(i64 code) __attribute__((noreturn));
void proc_tick(void);
int proc_kill(int pid);
void proc_reap(struct proc *p);
void proc_reap_background(void);
void syscall_dispatch(struct trapframe *tf);
const char *proc_state_name(enum proc_state s);
extern void swtch(struct context *old, struct context *new);
extern void user_first_return(void);

static inline int intr_disable(void) { u64 s = csr_read(sstatus); csr_clear(sstatus, SSTATUS_SIE); return (s & SSTATUS_SIE) != 0; }
static inline void intr_restore(int on) { if (on) csr_set(sstatus, SSTATUS_SIE); }

/* programs.S / programs.c: the built-in user programs, flat binaries linked at USER_BASE. */
struct program { const char *name; const char *about; const u8 *start, *end; };
extern const struct program programs[];
extern const int nprograms;

/* virtio_blk.c: a read-only ustar archive on the first virtio block device. */
void disk_list(void);
void disk_cat(const char *name);

/* shell.c */
void shell_main(void);

#endif
