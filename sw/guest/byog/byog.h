/* SPDX-License-Identifier: Apache-2.0 */
/* "Bring your own guest": a small S-mode kernel written only against
 * docs/guest-platform.md. It shares no code with the project's guest
 * kernel (the C files of sw/guest) and includes none of the project's headers, so it
 * stands for a kernel a user brings. */
#ifndef BYOG_H
#define BYOG_H

#include <stdint.h>

/* SBI (RISC-V SBI specification 2.0). */
#define SBI_BASE        0x10
#define SBI_TIME        0x54494D45
#define SBI_DBCN        0x4442434E
#define SBI_SRST        0x53525354
#define SBI_XVM         0x0958564D
#define SBI_PROBE       3
#define SBI_SPEC        0

struct sbiret {
    long error;
    long value;
};
struct sbiret sbi_call(long eid, long fid, long a0, long a1, long a2);

/* System calls of the user task (a7), arguments a0.., result a0. */
#define SYS_PUTS  1
#define SYS_TICKS 2
#define SYS_EXIT  3

/* Trap frame built by start.S: x1..x31 at regs[1..31]. */
struct frame {
    uint32_t regs[32];
};

/* What the device tree says; found = 0 when there is none. */
struct platform {
    int found;
    uint32_t mem_base, mem_size, timebase;
    const char *isa, *mmu, *console;
};

void fdt_read(const void *fdt, struct platform *p);

void kputs(const char *s);
void kputhex(uint32_t v);
void kputdec(uint32_t v);

/* user.c: the U-mode task, linked into .utext. */
void user_main(void);

#endif
