/* Minimal kernel printf over the UART: %s %c %d %u %x %p with optional '0' padding, width and 'l'. */
#include "tinyos.h"
#include <stdarg.h>

void kputs(const char *s)
{
    for (; *s; s++) {
        if (*s == '\n')
            uart_putc('\r');
        uart_putc(*s);
    }
}

static void put_padded(const char *s, int width, char pad, int left)
{
    int n = (int)strlen(s);
    if (!left)
        for (; n < width; n++)
            uart_putc(pad);
    kputs(s);
    if (left)
        for (; n < width; n++)
            uart_putc(' ');
}

void kprintf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char buf[24];
    for (; *fmt; fmt++) {
        if (*fmt != '%') {
            if (*fmt == '\n')
                uart_putc('\r');
            uart_putc(*fmt);
            continue;
        }
        fmt++;
        int left = 0, width = 0;
        char pad = ' ';
        if (*fmt == '-')
            left = 1, fmt++;
        if (*fmt == '0')
            pad = '0', fmt++;
        while (*fmt >= '0' && *fmt <= '9')
            width = width * 10 + (*fmt++ - '0');
        int is_long = 0;
        while (*fmt == 'l')
            is_long = 1, fmt++;
        u64 v;
        int neg = 0, base = 10;
        switch (*fmt) {
        case 's': {
            const char *s = va_arg(ap, const char *);
            put_padded(s ? s : "(null)", width, ' ', left);
            continue;
        }
        case 'c':
            uart_putc((char)va_arg(ap, int));
            continue;
        case '%':
            uart_putc('%');
            continue;
        case 'd': {
            i64 sv = is_long ? va_arg(ap, i64) : va_arg(ap, int);
            neg = sv < 0;
            v = neg ? (u64)-sv : (u64)sv;
            break;
        }
        case 'u':
            v = is_long ? va_arg(ap, u64) : va_arg(ap, unsigned);
            break;
        case 'p':
            kputs("0x");
            v = va_arg(ap, u64);
            base = 16;
            break;
        case 'x':
            v = is_long ? va_arg(ap, u64) : va_arg(ap, unsigned);
            base = 16;
            break;
        default:
            uart_putc('%');
            uart_putc(*fmt);
            continue;
        }
        char *p = buf + sizeof buf - 1;
        *p = 0;
        do {
            *--p = "0123456789abcdef"[v % base];
            v /= base;
        } while (v);
        if (neg)
            *--p = '-';
        put_padded(p, width, pad, left);
    }
    va_end(ap);
}
