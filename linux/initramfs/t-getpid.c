/* SPDX-License-Identifier: Apache-2.0 */
/* The system-call round trip: getpid in a loop, timed with rdtime. */
#include "xt.h"

#define CALLS 2000

int main(void)
{
    pid_t me = getpid(), other = 0;
    unsigned long c0 = xt_time();
    for (int i = 0; i < CALLS; i++)
        other |= my_syscall0(__NR_getpid) ^ me;
    unsigned long c1 = xt_time();
    printf("t-getpid: %d calls, all returned the same pid: %s\n", CALLS, other == 0 ? "yes" : "no");
    printf("bench: getpid time %lu\n", (c1 - c0) / CALLS);
    return other == 0 ? 0 : 1;
}
