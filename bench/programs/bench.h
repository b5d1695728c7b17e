/* The interface between the benchmark workloads and the three places they run (bare metal, Linux user, native). */
#ifndef BENCH_H
#define BENCH_H

#include <stdint.h>

/* Writes n bytes to the program's output: the UART (bare metal) or standard output (Linux, native). */
void out_write(const char *s, unsigned long n);

/* Writes a NUL-terminated string. */
static inline void out_str(const char *s)
{
	unsigned long n = 0;
	while (s[n])
		n++;
	out_write(s, n);
}

/* Writes a labelled 64-bit value as "label 0123456789abcdef\n": the harness compares these lines across runs. */
static inline void out_hex(const char *label, uint64_t v)
{
	char buf[17];
	for (int i = 15; i >= 0; i--) {
		buf[i] = "0123456789abcdef"[v & 15];
		v >>= 4;
	}
	buf[16] = '\n';
	out_str(label);
	out_write(" ", 1);
	out_write(buf, 17);
}

#endif
