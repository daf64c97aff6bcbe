/* SPDX-License-Identifier: Apache-2.0 */
/* The two C library routines the monitor needs (it links no libc). */
#include "vmm.h"

void *memcpy(void *restrict d, const void *restrict s, size_t n)
{
    unsigned char *dp = d;
    const unsigned char *sp = s;
    while (n--)
        *dp++ = *sp++;
    return d;
}

void *memset(void *d, int c, size_t n)
{
    if (c == 0 && ((uintptr_t)d & 3) == 0) {
        uint32_t *w = d;
        for (; n >= 16; n -= 16, w += 4)
            w[0] = w[1] = w[2] = w[3] = 0;
        for (; n >= 4; n -= 4)
            *w++ = 0;
        unsigned char *p = (unsigned char *)w;
        while (n--)
            *p++ = 0;
        return d;
    }
    unsigned char *p = d;
    while (n--)
        *p++ = (unsigned char)c;
    return d;
}
