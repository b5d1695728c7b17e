/* spin: loops forever without system calls; the shell stays responsive because the timer preempts it.
 * Stop it with "kill <pid>". */
#include "ulib.h"

int main(const char *arg, unsigned long len)
{
    (void)arg;
    (void)len;
    print("spin: pid ");
    print_num(sys_getpid());
    print(" looping forever (kill it with 'kill ");
    print_num(sys_getpid());
    print("')\n");
    for (;;)
        ;
}
