/* counter: counts, keeping the CPU busy for 50 ms between lines, so two of them running at once show the
 * timer-driven round-robin scheduler interleaving them. The argument is how many lines (default 5). */
#include "ulib.h"

int main(const char *arg, unsigned long len)
{
    long lines = 0;
    for (unsigned long i = 0; i < len && arg[i] >= '0' && arg[i] <= '9'; i++)
        lines = lines * 10 + (arg[i] - '0');
    if (lines <= 0)
        lines = 5;
    long pid = sys_getpid();
    long start_ms = sys_uptime_ms();
    for (long n = 1; n <= lines; n++) {
        /* Busy work measured in wall time, so the demo looks the same at any emulator speed. It never
         * yields: only the timer interrupt hands the CPU to another process. */
        while (sys_uptime_ms() < start_ms + 50 * n)
            for (volatile int spin = 0; spin < 10000; spin++)
                ;
        char line[80], *p = line;
        p = append_str(p, "[counter pid ");
        p = append_num(p, pid);
        p = append_str(p, "] ");
        p = append_num(p, n);
        p = append_str(p, "/");
        p = append_num(p, lines);
        p = append_str(p, " at ");
        p = append_num(p, sys_uptime_ms());
        p = append_str(p, " ms\n");
        sys_write(1, line, (unsigned long)(p - line)); /* one write: lines from two counters never mix */
    }
    return 0;
}
