/* The user-side system call wrappers and printing helpers shared by the built-in programs. */
#ifndef ULIB_H
#define ULIB_H

typedef unsigned long u64;
typedef long i64;

long sys_write(int fd, const void *buf, unsigned long len);
void sys_exit(long code) __attribute__((noreturn));
long sys_getpid(void);
long sys_yield(void);
long sys_sleep_ms(unsigned long ms);
long sys_uptime_ms(void);
void print(const char *s);
void print_num(long v);
void print_hex(unsigned long v);
unsigned long str_len(const char *s);
char *append_str(char *p, const char *s);
char *append_num(char *p, long v);

#endif
