/* SPDX-License-Identifier: Apache-2.0 */
/* Processes: children that exit with their own codes, reaped in order; a
 * child that execs another program with arguments; a child killed by a
 * signal. */
#include "xt.h"

int main(int argc, char **argv)
{
    pid_t pids[4];

    if (argc == 3) {                    /* the exec'd child */
        printf("t-proc: exec'd with %s %s\n", argv[1], argv[2]);
        return 7;
    }
    for (int i = 0; i < 4; i++) {
        pids[i] = fork();
        if (pids[i] < 0)
            return xt_fail("t-proc", "fork");
        if (pids[i] == 0)
            exit(10 + i);
    }
    for (int i = 0; i < 4; i++)
        printf("t-proc: child %d exited with %d\n", i, xt_wait(pids[i]));

    pid_t pid = fork();
    if (pid == 0) {
        char *args[] = { "t-proc", "one", "two", 0 };
        char *envp[] = { 0 };
        execve("/bin/t-proc", args, envp);
        exit(99);
    }
    printf("t-proc: exec child exited with %d\n", xt_wait(pid));

    pid = fork();
    if (pid == 0) {
        for (;;)
            sched_yield();
    }
    kill(pid, SIGKILL);
    int st = xt_wait(pid);
    printf("t-proc: killed child: %s %d\n", st >= 256 ? "signal" : "exit", st & 255);
    printf("t-proc: wait with no child: %d\n", xt_wait(pid));
    return 0;
}
