/* Native side of bench.h: standard output through the host's C library. */
#include <unistd.h>
#include "bench.h"

void out_write(const char *s, unsigned long n)
{
	while (n > 0) {
		ssize_t w = write(1, s, n);
		if (w <= 0)
			return;
		s += w;
		n -= (unsigned long)w;
	}
}
