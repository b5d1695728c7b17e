/* Freestanding string and memory helpers for the kernel (no libc). */
#include "tinyos.h"

void *memset(void *d, int c, usize n)
{
    u8 *p = d;
    if (((u64)p & 7) == 0 && (n & 7) == 0 && c == 0) {
        for (u64 *q = d; n; n -= 8)
            *q++ = 0;
        return d;
    }
    while (n--)
        *p++ = (u8)c;
    return d;
}

void *memcpy(void *d, const void *s, usize n)
{
    u8 *dp = d;
    const u8 *sp = s;
    if ((((u64)dp | (u64)sp | n) & 7) == 0) {
        u64 *dq = d;
        const u64 *sq = s;
        for (; n; n -= 8)
            *dq++ = *sq++;
        return d;
    }
    while (n--)
        *dp++ = *sp++;
    return d;
}

usize strlen(const char *s)
{
    usize n = 0;
    while (s[n])
        n++;
    return n;
}

int strcmp(const char *a, const char *b)
{
    while (*a && *a == *b)
        a++, b++;
    return (u8)*a - (u8)*b;
}

int strncmp(const char *a, const char *b, usize n)
{
    for (; n; n--, a++, b++) {
        if (*a != *b)
            return (u8)*a - (u8)*b;
        if (!*a)
            return 0;
    }
    return 0;
}

/* Copies at most n-1 characters and always terminates (n > 0). */
void strlcpy(char *d, const char *s, usize n)
{
    usize i = 0;
    for (; i + 1 < n && s[i]; i++)
        d[i] = s[i];
    d[i] = 0;
}

/* Whether a riscv,isa string names a multi-letter extension such as "sstc" (bounded by '_'). */
int isa_has_extension(const char *isa, const char *ext)
{
    usize n = strlen(ext);
    for (const char *p = isa; *p; p++) {
        if (*p == '_' && strncmp(p + 1, ext, n) == 0 && (p[1 + n] == 0 || p[1 + n] == '_'))
            return 1;
    }
    return 0;
}
