/* SPDX-License-Identifier: Apache-2.0 */
/* The two C library routines the monitor needs (it links no libc). */
#include "vmm.h"

/* Word copies when both ends are aligned: the guest images (megabytes for
 * Linux) are copied at boot. */
void *memcpy(void *restrict d, const void *restrict s, size_t n)
{
    unsigned char *dp = d;
    const unsigned char *sp = s;
    if ((((uintptr_t)d | (uintptr_t)s) & 3) == 0) {
        uint32_t *dw = d;
        const uint32_t *sw = s;
        for (; n >= 16; n -= 16, dw += 4, sw += 4) {
            dw[0] = sw[0];
            dw[1] = sw[1];
            dw[2] = sw[2];
            dw[3] = sw[3];
        }
        for (; n >= 4; n -= 4)
            *dw++ = *sw++;
        dp = (unsigned char *)dw;
        sp = (const unsigned char *)sw;
    }
    while (n--)
        *dp++ = *sp++;
    return d;
}

void *memset(void *d, int c, size_t n)
{
    if (c == 0 && ((uintptr_t)d & 3) == 0) {
        uint32_t *w = d;
        for (; n >= 32; n -= 32, w += 8)
            w[0] = w[1] = w[2] = w[3] = w[4] = w[5] = w[6] = w[7] = 0;
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
