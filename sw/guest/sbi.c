/* SPDX-License-Identifier: Apache-2.0 */
/* SBI calls and the console. The default build uses ecall only. With
 * PARAVIRT=1 the kernel asks the SBI for the Xvm extension and, when a
 * monitor provides it, makes every later call through the monitor's vmsw
 * gate (same registers as ecall, plus ra). */
#include "guest.h"
#include "sbi.h"

#ifndef PARAVIRT
#define PARAVIRT 0
#endif

static uint32_t gate;

static struct sbiret sbi_ecall(uint32_t eid, uint32_t fid, uint32_t a0, uint32_t a1, uint32_t a2)
{
    register uint32_t r0 __asm__("a0") = a0;
    register uint32_t r1 __asm__("a1") = a1;
    register uint32_t r2 __asm__("a2") = a2;
    register uint32_t r6 __asm__("a6") = fid;
    register uint32_t r7 __asm__("a7") = eid;
    __asm__ volatile("ecall" : "+r"(r0), "+r"(r1) : "r"(r2), "r"(r6), "r"(r7) : "memory");
    return (struct sbiret){(int32_t)r0, r1};
}

static struct sbiret sbi_gate(uint32_t eid, uint32_t fid, uint32_t a0, uint32_t a1, uint32_t a2)
{
    register uint32_t r0 __asm__("a0") = a0;
    register uint32_t r1 __asm__("a1") = a1;
    register uint32_t r2 __asm__("a2") = a2;
    register uint32_t r6 __asm__("a6") = fid;
    register uint32_t r7 __asm__("a7") = eid;
    __asm__ volatile("jalr %[g]" : "+r"(r0), "+r"(r1) : "r"(r2), "r"(r6), "r"(r7), [g] "r"(gate)
                     : "ra", "memory");
    return (struct sbiret){(int32_t)r0, r1};
}

void sbi_init(void)
{
    if (!PARAVIRT)
        return;
    struct sbiret r = sbi_ecall(SBI_EXT_BASE, SBI_BASE_PROBE_EXTENSION, SBI_EXT_XVM, 0, 0);
    if (r.error || !r.value)
        return;
    r = sbi_ecall(SBI_EXT_XVM, SBI_XVM_GET_VA_LIMIT, 0, 0, 0);
    /* The kernel's layout must fit below the monitor's half (R11). */
    if (r.error || r.value < USTACK_TOP || r.value < KERNEL_VBASE + XVM_MEGAPAGE_SIZE - 1)
        panic("address space too small");
    r = sbi_ecall(SBI_EXT_XVM, SBI_XVM_GET_GATE, 0, 0, 0);
    if (!r.error)
        gate = r.value;
}

struct sbiret sbi_call(uint32_t eid, uint32_t fid, uint32_t a0, uint32_t a1, uint32_t a2)
{
    if (gate)
        return sbi_gate(eid, fid, a0, a1, a2);
    return sbi_ecall(eid, fid, a0, a1, a2);
}

void console_write(const char *s, uint32_t len)
{
    while (len) {
        struct sbiret r = sbi_call(SBI_EXT_DBCN, SBI_DBCN_WRITE, len, vm_pa(s), 0);
        if (r.error || r.value == 0 || r.value > len)
            shutdown(1);
        s += r.value;
        len -= r.value;
    }
}

void console_puts(const char *s)
{
    uint32_t n = 0;
    while (s[n])
        n++;
    console_write(s, n);
}

void console_putu(uint32_t v)
{
    char buf[12];
    int i = sizeof buf;
    do {
        buf[--i] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    console_write(buf + i, sizeof buf - i);
}

void shutdown(int failed)
{
    sbi_call(SBI_EXT_SRST, SBI_SRST_RESET, SBI_SRST_TYPE_SHUTDOWN,
             failed ? SBI_SRST_REASON_FAILURE : SBI_SRST_REASON_NONE, 0);
    for (;;)
        ;
}
