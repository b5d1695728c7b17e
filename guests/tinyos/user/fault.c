/* fault: tries to touch kernel memory from U-mode; the kernel must report the page fault, kill this
 * process and carry on. Argument "read" (default), "write", or "exec". */
#include "ulib.h"

/* The kernel's own code (its link address): mapped for the kernel, without the U bit. */
#define KERNEL_ADDRESS 0x80200000UL

int main(const char *arg, unsigned long len)
{
    (void)len;
    volatile unsigned long *kernel = (volatile unsigned long *)KERNEL_ADDRESS;
    if (arg[0] == 'w') {
        print("fault: writing kernel memory at ");
        print_hex(KERNEL_ADDRESS);
        print("...\n");
        *kernel = 0xbad;
    } else if (arg[0] == 'e') {
        print("fault: jumping into kernel code at ");
        print_hex(KERNEL_ADDRESS);
        print("...\n");
        ((void (*)(void))KERNEL_ADDRESS)();
    } else {
        print("fault: reading kernel memory at ");
        print_hex(KERNEL_ADDRESS);
        print("...\n");
        print_hex(*kernel);
    }
    print("fault: still alive?! the kernel let me through\n");
    return 1;
}
