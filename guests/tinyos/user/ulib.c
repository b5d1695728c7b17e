/* System calls (number in a7, arguments in a0..a2, result in a0) and tiny printing helpers. */
#include "ulib.h"

static long syscall3(long n, long a0, long a1, long a2)
{
    register long r_a0 __asm__("a0") = a0;
    register long r_a1 __asm__("a1") = a1;
    register long r_a2 __asm__("a2") = a2;
    register long r_a7 __asm__("a7") = n;
    __asm__ volatile("ecall" : "+r"(r_a0) : "r"(r_a1), "r"(r_a2), "r"(r_a7) : "memory");
    return r_a0;
}

long sys_write(int fd, const void *buf, unsigned long len) { return syscall3(1, fd, (long)buf, (long)len); }
void sys_exit(long code)
{
    syscall3(2, code, 0, 0);
    for (;;)
        ;
}
long sys_getpid(void) { return syscall3(3, 0, 0, 0); }
long sys_yield(void) { return syscall3(4, 0, 0, 0); }
long sys_sleep_ms(unsigned long ms) { return syscall3(5, (long)ms, 0, 0); }
long sys_uptime_ms(void) { return syscall3(6, 0, 0, 0); }

unsigned long str_len(const char *s)
{
    unsigned long n = 0;
    while (s[n])
        n++;
    return n;
}

void print(const char *s) { sys_write(1, s, str_len(s)); }

void print_num(long v)
{
    char buf[24], *p = buf + sizeof buf;
    unsigned long u = v < 0 ? (unsigned long)-v : (unsigned long)v;
    do
        *--p = (char)('0' + u % 10);
    while (u /= 10);
    if (v < 0)
        *--p = '-';
    sys_write(1, p, (unsigned long)(buf + sizeof buf - p));
}

void print_hex(unsigned long v)
{
    char buf[18], *p = buf + sizeof buf;
    do
        *--p = "0123456789abcdef"[v & 15];
    while (v >>= 4);
    *--p = 'x';
    *--p = '0';
    sys_write(1, p, (unsigned long)(buf + sizeof buf - p));
}

/* Line builders: append to p and return the new end, so a whole line goes out in one write. */
char *append_str(char *p, const char *s)
{
    while (*s)
        *p++ = *s++;
    return p;
}

char *append_num(char *p, long v)
{
    char buf[24], *q = buf + sizeof buf;
    unsigned long u = v < 0 ? (unsigned long)-v : (unsigned long)v;
    do
        *--q = (char)('0' + u % 10);
    while (u /= 10);
    if (v < 0)
        *--q = '-';
    while (q < buf + sizeof buf)
        *p++ = *q++;
    return p;
}
