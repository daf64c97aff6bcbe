/* SPDX-License-Identifier: Apache-2.0 */
/* PID 1: runs each test program of the set (fork, execve, wait), prints
 * its verdict, then the status of the set, and powers the machine off.
 * Lines starting with "bench:" carry cycle counts (they differ between
 * runs); every other line is deterministic. */
#include "xt.h"

static const char *const tests[] = {
    "t-proc", "t-pipe", "t-mem", "t-signal", "t-fault", "t-cpu", "t-getpid", "t-write",
};
#define NTESTS (int)(sizeof tests / sizeof tests[0])

static int run(const char *name)
{
    char path[32] = "/bin/";
    char *argv[] = { (char *)name, 0 };
    char *envp[] = { 0 };

    for (int i = 0; name[i] && i < (int)sizeof path - 6; i++)
        path[5 + i] = name[i];
    pid_t pid = fork();
    if (pid == 0) {
        execve(path, argv, envp);
        printf("init: %s: exec failed\n", path);
        exit(127);
    }
    if (pid < 0)
        return -1;
    return xt_wait(pid);
}

/* The kernel would report each unhandled signal on the console, in the
 * middle of user lines still on their way out (t-mem's SIGSEGV is meant). */
static void quiet_signals(void)
{
    if (mkdir("/proc", 0555) != 0 || mount("proc", "/proc", "proc", 0, 0) != 0) {
        printf("init: cannot mount /proc\n");
        return;
    }
    int fd = open("/proc/sys/debug/exception-trace", O_WRONLY, 0);
    if (fd < 0 || write(fd, "0\n", 2) != 2)
        printf("init: cannot turn off exception-trace\n");
    close(fd);
}

int main(void)
{
    int passed = 0;

    quiet_signals();

    printf("init: %d tests\n", NTESTS);
    for (int i = 0; i < NTESTS; i++) {
        int st = run(tests[i]);
        if (st == 0)
            passed++;
        printf("init: %s %s (status %d)\n", tests[i], st == 0 ? "ok" : "FAILED", st);
    }
    printf("bench: init done at time %lu\n", xt_time());
    printf("init: %d/%d passed, %s\n", passed, NTESTS, passed == NTESTS ? "powering off" : "FAILED");
    /* The console sends in the background: wait until it has sent all
     * (TCSBRK with a non-zero argument is tcdrain). SBI's power-off carries
     * no status: a failed set restarts instead, which the tests tell apart
     * by this line. */
    ioctl(1, TCSBRK, (void *)1);
    reboot(passed == NTESTS ? LINUX_REBOOT_CMD_POWER_OFF : LINUX_REBOOT_CMD_RESTART);
    return 1;
}
