/* SPDX-License-Identifier: Apache-2.0 */
/* mmap/munmap and brk: anonymous mappings are zero, hold what is written,
 * and are gone after munmap (a child that touches the unmapped range dies
 * of SIGSEGV); the break grows, holds data and shrinks. */
#include "xt.h"

#define SZ (256 * 1024)

static int check_zero_then_fill(unsigned char *p, int n, unsigned char v)
{
    int bad = 0;
    for (int i = 0; i < n; i++)
        bad += p[i] != 0;
    for (int i = 0; i < n; i++)
        p[i] = (unsigned char)(v + i);
    for (int i = 0; i < n; i++)
        bad += p[i] != (unsigned char)(v + i);
    return bad;
}

int main(void)
{
    unsigned char *p = mmap(0, SZ, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
        return xt_fail("t-mem", "mmap");
    printf("t-mem: mmap %d bytes: %d bad\n", SZ, check_zero_then_fill(p, SZ, 5));
    if (munmap(p, SZ) != 0)
        return xt_fail("t-mem", "munmap");
    pid_t pid = fork();
    if (pid == 0) {
        p[100] = 1;
        exit(0);
    }
    int st = xt_wait(pid);
    printf("t-mem: touching unmapped memory: %s %d\n", st >= 256 ? "signal" : "exit", st & 255);

    /* From a page boundary, so that shrinking drops every page written. */
    unsigned long b = (xt_brk(0) + 4095) & ~4095ul;
    unsigned char *b0 = (unsigned char *)b;
    if (xt_brk(b) != b || xt_brk(b + SZ) != b + SZ)
        return xt_fail("t-mem", "brk grow");
    printf("t-mem: brk +%d bytes: %d bad\n", SZ, check_zero_then_fill(b0, SZ, 9));
    if (xt_brk(b) != b)
        return xt_fail("t-mem", "brk shrink");
    if (xt_brk(b + 4096) != b + 4096)
        return xt_fail("t-mem", "brk regrow");
    printf("t-mem: brk regrown page is %s\n", b0[0] == 0 && b0[4095] == 0 ? "zero" : "NOT zero");
    return st == 256 + SIGSEGV && b0[0] == 0 ? 0 : 1;
}
