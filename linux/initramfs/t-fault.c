/* SPDX-License-Identifier: Apache-2.0 */
/* Page faults: four rounds of mapping 1 MiB, touching every page (a read
 * fault, then a write fault on each) and unmapping it: 1024 pages in all. */
#include "xt.h"

#define SZ    (1024 * 1024)
#define PAGE  4096
#define ROUNDS 4

int main(void)
{
    unsigned int sum = 0;
    unsigned long c0 = xt_time();

    for (int r = 0; r < ROUNDS; r++) {
        volatile unsigned char *p = mmap(0, SZ, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (p == MAP_FAILED)
            return xt_fail("t-fault", "mmap");
        for (int i = 0; i < SZ; i += PAGE)
            sum += p[i];
        for (int i = 0; i < SZ; i += PAGE)
            p[i] = (unsigned char)(i >> 12) + r;
        for (int i = 0; i < SZ; i += PAGE)
            sum += p[i];
        munmap((void *)p, SZ);
    }
    unsigned long c1 = xt_time();
    printf("t-fault: %d pages touched, sum %u\n", ROUNDS * SZ / PAGE, sum);
    printf("bench: fault time per page %lu\n", (c1 - c0) / (ROUNDS * SZ / PAGE));
    unsigned int expect = 0;
    for (int r = 0; r < ROUNDS; r++)
        for (int i = 0; i < SZ; i += PAGE)
            expect += (unsigned char)((unsigned char)(i >> 12) + r);
    return sum == expect ? 0 : 1;
}
