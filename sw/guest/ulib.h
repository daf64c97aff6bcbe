/* SPDX-License-Identifier: Apache-2.0 */
/* User-mode library of the guest kernel's tasks: system calls and line
 * formatting. User code lives in files named u_*.c, which the link script
 * places in .utext at UCODE_VA; it may use only its stack and constants. */
#ifndef ULIB_H
#define ULIB_H

#include <stdint.h>
#include "guest.h"

static inline uint32_t usys(uint32_t n, uint32_t a0, uint32_t a1, uint32_t a2)
{
    register uint32_t r0 __asm__("a0") = a0;
    register uint32_t r1 __asm__("a1") = a1;
    register uint32_t r2 __asm__("a2") = a2;
    register uint32_t r7 __asm__("a7") = n;
    __asm__ volatile("ecall" : "+r"(r0) : "r"(r1), "r"(r2), "r"(r7) : "memory");
    return r0;
}

static inline void u_yield(void) { usys(SYS_YIELD, 0, 0, 0); }
static inline void u_sleep(uint32_t ticks) { usys(SYS_SLEEP, ticks, 0, 0); }
static inline uint32_t u_getpid(void) { return usys(SYS_GETPID, 0, 0, 0); }
__attribute__((noreturn)) static inline void u_exit(int code)
{
    usys(SYS_EXIT, (uint32_t)code, 0, 0);
    for (;;)
        ;
}

/* One output line built on the stack and written with one system call. */
struct uline {
    uint32_t n;
    char b[120];
};
void ul_begin(struct uline *l, const char *task);
void ul_str(struct uline *l, const char *s);
void ul_u32(struct uline *l, uint32_t v);
void ul_hex(struct uline *l, uint32_t v);
void ul_end(struct uline *l);
/* "<task>: <what> <value>" in one go. */
void u_report(const char *task, const char *what, uint32_t v);

#endif
