/* hello: the smallest user program: prints who it is through the write system call. */
#include "ulib.h"

int main(const char *arg, unsigned long len)
{
    print("Hello from user mode! I am pid ");
    print_num(sys_getpid());
    if (len) {
        print(", my argument is \"");
        print(arg);
        print("\"");
    }
    print(".\n");
    return 0;
}
