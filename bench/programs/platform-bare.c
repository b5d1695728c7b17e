/* Bare-metal side of bench.h: output on the 16550 UART at 0x1000_0000, and the C library calls GCC may emit. */
#include "bench.h"

#define UART_THR ((volatile uint8_t *)0x10000000)
#define UART_LSR ((volatile uint8_t *)0x10000005)
#define LSR_THR_EMPTY 0x20

void out_write(const char *s, unsigned long n)
{
	for (unsigned long i = 0; i < n; i++) {
		while (!(*UART_LSR & LSR_THR_EMPTY))
			;
		*UART_THR = (uint8_t)s[i];
	}
}
