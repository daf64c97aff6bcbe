/* SPDX-License-Identifier: Apache-2.0 */
/* Signal handlers: SIGUSR1 sent to itself three times, SIGUSR2 from a
 * child to its parent, and SIGSEGV from a bad store caught by a handler
 * that leaves the process with a known code. */
#include "xt.h"

static volatile int usr1, usr2;

static void on_usr1(int sig) { usr1 += sig == SIGUSR1; }
static void on_usr2(int sig) { usr2 += sig == SIGUSR2; }
static void on_segv(int sig) { exit(sig == SIGSEGV ? 42 : 1); }

int main(void)
{
    if (xt_sigaction(SIGUSR1, on_usr1) != 0 || xt_sigaction(SIGUSR2, on_usr2) != 0)
        return xt_fail("t-signal", "rt_sigaction");
    for (int i = 0; i < 3; i++)
        kill(getpid(), SIGUSR1);
    printf("t-signal: SIGUSR1 handled %d times\n", usr1);

    pid_t parent = getpid();
    pid_t pid = fork();
    if (pid == 0) {
        kill(parent, SIGUSR2);
        exit(0);
    }
    int st = xt_wait(pid);
    printf("t-signal: SIGUSR2 from child handled %d times, child exited with %d\n", usr2, st);

    pid = fork();
    if (pid == 0) {
        xt_sigaction(SIGSEGV, on_segv);
        volatile int *volatile bad = (volatile int *)16;
        *bad = 1;
        exit(2);
    }
    int segv = xt_wait(pid);
    printf("t-signal: SIGSEGV handler exited with %d\n", segv);
    return usr1 == 3 && usr2 == 1 && st == 0 && segv == 42 ? 0 : 1;
}
