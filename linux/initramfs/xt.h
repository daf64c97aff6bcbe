/* SPDX-License-Identifier: Apache-2.0 */
/* What every program of the initramfs shares: nolibc (the kernel's
 * tools/include/nolibc, included by the build with -include), the rv32
 * system call numbers it lacks, and the calls it does not wrap. */
#ifndef XT_H
#define XT_H

/* rv32 Linux has only the 64-bit time and offset system calls; nolibc of
 * Linux 6.1 names the older ones in functions it always compiles. The
 * time64 calls take the same arguments where a program passes no time
 * (poll, select); the others get a number no kernel has (ENOSYS): the
 * programs use waitid, not wait4, and none of lseek, stat, gettimeofday. */
#define XT_NR_NONE          (-1)
#define __NR_ppoll          __NR_ppoll_time64
#define __NR_pselect6       __NR_pselect6_time64
#define __NR_wait4          XT_NR_NONE
#define __NR_lseek          XT_NR_NONE
#define __NR_newfstatat     XT_NR_NONE
#define __NR_gettimeofday   XT_NR_NONE

#include "nolibc.h"

#define XT_P_PID      1
#define XT_WEXITED    4
#define XT_CLD_EXITED 1
#define XT_SA_RESTART 0x10000000

/* The head of the kernel's siginfo for SIGCHLD (asm-generic/siginfo.h). */
struct xt_siginfo {
    int si_signo, si_errno, si_code;
    int si_pid, si_uid, si_status;
    int pad[26];
};

/* The kernel's struct sigaction on RISC-V: no sa_restorer (the vDSO
 * returns from handlers). */
struct xt_sigaction {
    void (*handler)(int);
    unsigned long flags;
    unsigned long mask[2];
};

/* Waits for child pid; returns its exit code, or 256 + the signal number
 * when it did not exit normally, or -1 when there is no such child. */
static inline int xt_wait(pid_t pid)
{
    struct xt_siginfo si;
    memset(&si, 0, sizeof si);
    if (my_syscall5(__NR_waitid, XT_P_PID, pid, &si, XT_WEXITED, 0) < 0)
        return -1;
    return si.si_code == XT_CLD_EXITED ? si.si_status : 256 + si.si_status;
}

static inline int xt_sigaction(int sig, void (*handler)(int))
{
    struct xt_sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.handler = handler;
    sa.flags = XT_SA_RESTART;
    return my_syscall4(__NR_rt_sigaction, sig, &sa, 0, sizeof sa.mask);
}

static inline int xt_pipe(int fd[2])
{
    return my_syscall2(__NR_pipe2, fd, 0);
}

/* The time CSR: Linux lets user space read time (not cycle or instret),
 * and the simulators advance it once per clock cycle. */
static inline unsigned long xt_time(void)
{
    unsigned long t;
    __asm__ volatile("rdtime %0" : "=r"(t));
    return t;
}

/* The kernel's brk: returns the new break, or the old one on failure
 * (nolibc's sbrk returns the new end where sbrk(2) returns the old one). */
static inline unsigned long xt_brk(unsigned long addr)
{
    return (unsigned long)my_syscall1(__NR_brk, addr);
}

/* Deterministic data for the tests: a 32-bit xorshift. */
static inline unsigned int xt_rand(unsigned int *s)
{
    unsigned int x = *s;
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    return *s = x;
}

/* Prints "NAME: FAILED: WHAT" and returns 1, for a test's return. */
static inline int xt_fail(const char *name, const char *what)
{
    printf("%s: FAILED: %s\n", name, what);
    return 1;
}

#endif
