/* Linux user side of bench.h: write(2) and exit(2) as raw RISC-V syscalls, so no C library is linked. */
#include "bench.h"

#define SYS_WRITE 64
#define SYS_EXIT 93

void out_write(const char *s, unsigned long n)
{
	register long a0 __asm__("a0") = 1;
	register long a1 __asm__("a1") = (long)s;
	register long a2 __asm__("a2") = (long)n;
	register long a7 __asm__("a7") = SYS_WRITE;
	__asm__ volatile("ecall" : "+r"(a0) : "r"(a1), "r"(a2), "r"(a7) : "memory");
}

int main(void);

/* Entry point: the kernel leaves argc/argv on the stack, which these programs do not use. */
void _start(void)
{
	register long a0 __asm__("a0") = main();
	register long a7 __asm__("a7") = SYS_EXIT;
	__asm__ volatile("ecall" : : "r"(a0), "r"(a7));
	__builtin_unreachable();
}
