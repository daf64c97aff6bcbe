/* SPDX-License-Identifier: Apache-2.0 */
/* The kernel: reads the device tree, probes the SBI, maps its RAM with Sv32
 * (the U task's code and stack as user pages), runs the task with timer
 * interrupts and system calls, and shuts down with SRST. */
#include "byog.h"

#define PAGE            4096u
#define MEGAPAGE        0x400000u
#define PTE_V           0x01u
#define PTE_R           0x02u
#define PTE_W           0x04u
#define PTE_X           0x08u
#define PTE_U           0x10u
#define PTE_A           0x40u
#define PTE_D           0x80u
#define SATP_SV32       0x80000000u
#define SSTATUS_SPP     0x100u
#define SSTATUS_SPIE    0x20u
#define SSTATUS_SUM     0x40000u
#define SIE_STIE        0x20u
#define SCAUSE_IRQ      0x80000000u
#define IRQ_S_TIMER     5u
#define EXC_ECALL_U     8u
#define SBI_ERR_NOT_SUPPORTED (-2)
#define TICK            10000u      /* time units between timer interrupts */
#define MIN_TICKS       3u

extern char __utext_start[], __utext_end[], __ustack_start[], __ustack_end[];
extern char _start[], trap_stack_top[];

static uint32_t root[1024] __attribute__((aligned(PAGE)));
static uint32_t l0[1024] __attribute__((aligned(PAGE)));
static volatile uint32_t ticks;

static uint32_t strlen32(const char *s)
{
    uint32_t n = 0;
    while (s[n])
        n++;
    return n;
}

/* Kernel addresses equal physical ones (identity mapping), so DBCN gets
 * the pointer as its physical address. */
void kputs(const char *s)
{
    sbi_call(SBI_DBCN, 0, (long)strlen32(s), (long)(uintptr_t)s, 0);
}

void kputhex(uint32_t v)
{
    char b[11];
    b[0] = '0';
    b[1] = 'x';
    for (int k = 0; k < 8; k++)
        b[2 + k] = "0123456789abcdef"[(v >> (28 - 4 * k)) & 0xF];
    b[10] = 0;
    kputs(b);
}

void kputdec(uint32_t v)
{
    char b[11];
    int i = 10;
    b[i] = 0;
    do {
        b[--i] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    kputs(b + i);
}

static void arm_timer(void)
{
    uint32_t lo, hi, hi2;
    do {
        __asm__ volatile("rdtimeh %0" : "=r"(hi));
        __asm__ volatile("rdtime %0" : "=r"(lo));
        __asm__ volatile("rdtimeh %0" : "=r"(hi2));
    } while (hi != hi2);
    uint64_t when = ((uint64_t)hi << 32 | lo) + TICK;
    sbi_call(SBI_TIME, 0, (long)(uint32_t)when, (long)(uint32_t)(when >> 32), 0);
}

static __attribute__((noreturn)) void shutdown(uint32_t reason)
{
    sbi_call(SBI_SRST, 0, 0, (long)reason, 0);
    kputs("kernel: SRST returned\n");
    for (;;)
        ;
}

static void show_platform(const struct platform *p)
{
    if (!p->found) {
        kputs("fdt: none\n");
        return;
    }
    kputs("fdt: memory ");
    kputhex(p->mem_base);
    kputs(" size ");
    kputhex(p->mem_size);
    kputs("\nfdt: timebase ");
    kputdec(p->timebase);
    kputs("\nfdt: isa ");
    kputs(p->isa ? p->isa : "?");
    kputs("\nfdt: mmu ");
    kputs(p->mmu ? p->mmu : "?");
    kputs("\nfdt: console ");
    kputs(p->console ? p->console : "?");
    kputs("\n");
}

static void probe_sbi(void)
{
    static const struct { long eid; const char *name; } ext[] = {
        {SBI_TIME, "TIME"}, {SBI_DBCN, "DBCN"}, {SBI_SRST, "SRST"},
    };
    struct sbiret r = sbi_call(SBI_BASE, SBI_SPEC, 0, 0, 0);
    kputs("sbi: spec ");
    kputdec((uint32_t)r.value >> 24);
    kputs(".");
    kputdec((uint32_t)r.value & 0xFFFFFF);
    for (unsigned i = 0; i < sizeof ext / sizeof ext[0]; i++) {
        kputs(i ? " " : ", ");
        kputs(ext[i].name);
        kputs(sbi_call(SBI_BASE, SBI_PROBE, ext[i].eid, 0, 0).value ? " yes" : " no");
    }
    r = sbi_call(0x0ABCDEF0, 0, 0, 0, 0);
    kputs(r.error == SBI_ERR_NOT_SUPPORTED ? ", unknown call not supported\n"
                                           : ", unknown call answered\n");
    if (sbi_call(SBI_BASE, SBI_PROBE, SBI_XVM, 0, 0).value) {
        kputs("xvm: va limit ");
        kputhex((uint32_t)sbi_call(SBI_XVM, 0, 0, 0, 0).value);
        kputs("\n");
    } else {
        kputs("xvm: absent\n");
    }
}

static int in(uint32_t a, const char *lo, const char *hi)
{
    return a >= (uint32_t)(uintptr_t)lo && a < (uint32_t)(uintptr_t)hi;
}

/* Identity-maps the 4 MiB region holding the kernel, 4 KiB pages: the
 * kernel's pages for S only, the task's code and stack for U. */
static void map_memory(uint32_t size)
{
    uint32_t base = (uint32_t)(uintptr_t)_start & ~(MEGAPAGE - 1);
    if (size > MEGAPAGE)
        size = MEGAPAGE;
    for (uint32_t off = 0; off < size; off += PAGE) {
        uint32_t pa = base + off;
        uint32_t flags = PTE_V | PTE_R | PTE_W | PTE_X | PTE_A | PTE_D;
        if (in(pa, __utext_start, __utext_end))
            flags = PTE_V | PTE_R | PTE_X | PTE_U | PTE_A;
        else if (in(pa, __ustack_start, __ustack_end))
            flags = PTE_V | PTE_R | PTE_W | PTE_U | PTE_A | PTE_D;
        l0[off / PAGE] = (pa / PAGE) << 10 | flags;
    }
    root[base >> 22] = ((uint32_t)(uintptr_t)l0 / PAGE) << 10 | PTE_V;
    __asm__ volatile("sfence.vma\n\tcsrw satp, %0\n\tsfence.vma"
                     :: "r"(SATP_SV32 | (uint32_t)(uintptr_t)root / PAGE) : "memory");
}

void trap(struct frame *f)
{
    uint32_t cause, epc;
    __asm__ volatile("csrr %0, scause" : "=r"(cause));
    __asm__ volatile("csrr %0, sepc" : "=r"(epc));
    if (cause == (SCAUSE_IRQ | IRQ_S_TIMER)) {
        ticks++;
        arm_timer();
        return;
    }
    if (cause != EXC_ECALL_U) {
        uint32_t tval;
        __asm__ volatile("csrr %0, stval" : "=r"(tval));
        kputs("kernel: unexpected trap, scause ");
        kputhex(cause);
        kputs(" sepc ");
        kputhex(epc);
        kputs(" stval ");
        kputhex(tval);
        kputs("\n");
        shutdown(1);
    }
    __asm__ volatile("csrw sepc, %0" :: "r"(epc + 4));
    uint32_t *a0 = &f->regs[10];
    switch (f->regs[17]) {
    case SYS_PUTS:
        kputs((const char *)(uintptr_t)*a0);
        *a0 = 0;
        break;
    case SYS_TICKS:
        *a0 = ticks;
        break;
    case SYS_EXIT:
        kputs("kernel: task exited with status ");
        kputdec(*a0);
        kputs(ticks >= MIN_TICKS ? ", timer ticks >= 3\n" : ", too few timer ticks\n");
        kputs("kernel: shutting down\n");
        shutdown(*a0 != 0 || ticks < MIN_TICKS);
    default:
        *a0 = (uint32_t)-1;
        break;
    }
}

void kmain(uint32_t hartid, const void *fdt)
{
    struct platform p = {0};
    fdt_read(fdt, &p);
    kputs("byog: S-mode kernel on hart ");
    kputdec(hartid);
    kputs("\n");
    show_platform(&p);
    probe_sbi();

    map_memory(p.found ? p.mem_size : MEGAPAGE);
    kputs("kernel: Sv32 paging on\n");

    __asm__ volatile("csrw scounteren, %0" :: "r"(7));
    __asm__ volatile("csrs sstatus, %0" :: "r"(SSTATUS_SUM));
    __asm__ volatile("csrc sstatus, %0" :: "r"(SSTATUS_SPP));
    __asm__ volatile("csrs sstatus, %0" :: "r"(SSTATUS_SPIE));
    __asm__ volatile("csrw sscratch, %0" :: "r"(trap_stack_top));
    __asm__ volatile("csrs sie, %0" :: "r"(SIE_STIE));
    arm_timer();
    kputs("kernel: entering the U-mode task\n");
    __asm__ volatile("csrw sepc, %0\n\tmv sp, %1\n\tsret"
                     :: "r"(user_main), "r"(__ustack_end) : "memory");
    for (;;)
        ;
}
