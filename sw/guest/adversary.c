/* SPDX-License-Identifier: Apache-2.0 */
/* The adversarial guest: an Xvm-aware S-mode program that tries, one after
 * another, to escape the monitor, reports for each attempt whether the
 * monitor contained it (the trap the monitor reflected, or the error it
 * returned), and ends with a satp whose root lies outside its partition,
 * for which the monitor must stop it.
 *
 * With -DCRASH=n it instead crashes in one way and is expected to be
 * stopped (n=1 trap loop, n=3 bogus satp) or to fail (n=2 panic).
 *
 * With -DUNCONTAINED=1 its first probe is a load from its own memory,
 * which the monitor rightly allows: the test of the failure path, which
 * must report NOT CONTAINED and end the guest with a failure status. */
#include "guest.h"
#include "sbi.h"
#include "xvm.h"

#ifndef CRASH
#define CRASH 0
#endif
#ifndef UNCONTAINED
#define UNCONTAINED 0
#endif

#define MONITOR_VA     0x80008000u  /* above the VA limit: the monitor's half */
#define ATTACK_VA      0x20000000u  /* where the attacks map their pages */
#define OUTSIDE_GPA    0x00F00000u  /* beyond the partition */
#define SPIN_TIME      600000u
#define PREEMPT_GAP    100u
#define STORM          300
#define WFI_TRIES      20
#define INSN_RET       0x00008067u  /* jalr x0, 0(ra) */
#define PTE_PPN_SHIFT  10

extern uint32_t boot_pt[];
extern uint32_t adv_last_cause, adv_last_tval;
void adv_trap_vector(void);
int adv_probe(void (*fn)(void));

static uint32_t phys_base;
static int failures;
static uint32_t gate;
static uint32_t l0[1024] __attribute__((aligned(4096)));
static uint32_t code_page[1024] __attribute__((aligned(4096)));

uint32_t vm_pa(const void *kva)
{
    return (uint32_t)(uintptr_t)kva - KERNEL_VBASE + phys_base;
}

void panic(const char *why)
{
    console_puts("adversary panic: ");
    console_puts(why);
    console_puts("\n");
    shutdown(1);
}

static void puthex(uint32_t v)
{
    char b[10] = {'0', 'x'};
    for (int i = 0; i < 8; i++)
        b[2 + i] = "0123456789abcdef"[(v >> (28 - 4 * i)) & 0xF];
    console_write(b, sizeof b);
}

static void verdict(int n, const char *what, int contained, uint32_t detail)
{
    console_puts("attack ");
    console_putu((uint32_t)n);
    console_puts(": ");
    console_puts(what);
    console_puts(contained ? ": contained, " : ": NOT CONTAINED, ");
    puthex(detail);
    console_puts("\n");
    if (!contained)
        failures++;
}

/* Expects fn to trap with cause; the detail printed is the cause. */
static void expect_trap(int n, const char *what, void (*fn)(void), uint32_t cause)
{
    int trapped = adv_probe(fn);
    verdict(n, what, trapped && adv_last_cause == cause, trapped ? adv_last_cause : 0xFFFFFFFFu);
}

static void map(uint32_t va, uint32_t pa, uint32_t flags)
{
    boot_pt[va >> 22] = ((vm_pa(l0) >> XVM_PAGE_SHIFT) << PTE_PPN_SHIFT) | XVM_PTE_V;
    l0[(va >> XVM_PAGE_SHIFT) & 0x3FF] = ((pa >> XVM_PAGE_SHIFT) << PTE_PPN_SHIFT) | flags;
    __asm__ volatile("sfence.vma" ::: "memory");
}

static void a_own_load(void) { (void)*(volatile uint32_t *)&phys_base; }
static void a_load(void) { (void)*(volatile uint32_t *)MONITOR_VA; }
static void a_store(void) { *(volatile uint32_t *)MONITOR_VA = 0; }
static void a_jump(void) { ((void (*)(void))MONITOR_VA)(); }
static void a_vmsw(void) { xvm_vmsw0(); }
static void a_illegal(void) { __asm__ volatile(".word 0"); }

static void a_pte_outside(void)
{
    map(ATTACK_VA, OUTSIDE_GPA, XVM_PTE_V | XVM_PTE_R | XVM_PTE_W | XVM_PTE_A | XVM_PTE_D);
    (void)*(volatile uint32_t *)ATTACK_VA;
}

static void a_own_gate(void)
{
    code_page[0] = XVM_INSN_VMSW0;
    code_page[1] = INSN_RET;
    map(ATTACK_VA + XVM_PAGE_SIZE, vm_pa(code_page),
        XVM_PTE_V | XVM_PTE_R | XVM_PTE_X | XVM_PTE_A | XVM_PTE_VG);
    __asm__ volatile("fence.i" ::: "memory");
    ((void (*)(void))(ATTACK_VA + XVM_PAGE_SIZE))();
}

static void a_gate_middle(void)
{
    ((void (*)(void))(gate + 4))();
}

static struct sbiret raw_call(int via_gate, uint32_t eid, uint32_t fid, uint32_t a0, uint32_t a1)
{
    register uint32_t r0 __asm__("a0") = a0;
    register uint32_t r1 __asm__("a1") = a1;
    register uint32_t r2 __asm__("a2") = 0;
    register uint32_t r6 __asm__("a6") = fid;
    register uint32_t r7 __asm__("a7") = eid;
    if (via_gate)
        __asm__ volatile("jalr %[g]" : "+r"(r0), "+r"(r1) : "r"(r2), "r"(r6), "r"(r7),
                         [g] "r"(gate) : "ra", "memory");
    else
        __asm__ volatile("ecall" : "+r"(r0), "+r"(r1) : "r"(r2), "r"(r6), "r"(r7) : "memory");
    return (struct sbiret){(int32_t)r0, r1};
}

static void spin_masked(int n)
{
    csr_clear(XVM_CSR_SSTATUS, XVM_MSTATUS_SIE);
    csr_write(XVM_CSR_SIE, 0);
    uint64_t start = xvm_rdtime64(), last = start, now;
    uint32_t preempted = 0;
    while ((now = xvm_rdtime64()) - start < SPIN_TIME) {
        if (now - last > PREEMPT_GAP)
            preempted++;
        last = now;
    }
    verdict(n, "spin with interrupts masked", preempted > 0, preempted);
}

static void wfi_forever(int n)
{
    csr_write(XVM_CSR_SIE, 0);
    for (int i = 0; i < WFI_TRIES; i++)
        __asm__ volatile("wfi");
    verdict(n, "wfi with every interrupt disabled", 1, WFI_TRIES);
}

static void storm(int n)
{
    int count = 0;
    for (int i = 0; i < STORM; i++)
        count += adv_probe(a_illegal) && adv_last_cause == XVM_EXC_ILLEGAL_INSN;
    verdict(n, "storm of illegal instructions", count == STORM, (uint32_t)count);
}

static void __attribute__((interrupt("supervisor"))) irq_vector(void)
{
    adv_last_cause = csr_read(XVM_CSR_SCAUSE);
    csr_write(XVM_CSR_STIMECMPH, 0xFFFFFFFFu);
    csr_write(XVM_CSR_STIMECMP, 0xFFFFFFFFu);
}

/* A timer interrupt already due when sstatus.SIE is set is taken before
 * the next instruction, as on hardware: a monitor that answered the csrsi
 * without looking would let the guest run on with it pending. */
static void irq_on_enable(int n)
{
    adv_last_cause = 0;
    csr_write(XVM_CSR_STVEC, (uint32_t)(uintptr_t)irq_vector);
    csr_write(XVM_CSR_SIE, XVM_MIP_STIP);
    csr_write(XVM_CSR_STIMECMPH, 0);
    csr_write(XVM_CSR_STIMECMP, 0);
    csr_set(XVM_CSR_SSTATUS, XVM_MSTATUS_SIE);
    uint32_t cause = adv_last_cause;
    csr_clear(XVM_CSR_SSTATUS, XVM_MSTATUS_SIE);
    csr_write(XVM_CSR_SIE, 0);
    csr_write(XVM_CSR_STVEC, (uint32_t)(uintptr_t)adv_trap_vector);
    verdict(n, "timer interrupt due when SIE is set", cause == (XVM_CAUSE_INTERRUPT | XVM_IRQ_STI),
            cause);
}

static void bad_pointers(int n)
{
    static const struct { const char *what; int via_gate; uint32_t gpa; } cases[] = {
        {"hypercall (gate) with a pointer into the monitor", 1, MONITOR_VA},
        {"hypercall (ecall) with a pointer into the monitor", 0, MONITOR_VA},
        {"hypercall (gate) with a pointer into another guest", 1, GUEST_MEM_SIZE + XVM_PAGE_SIZE},
        {"hypercall (ecall) with a pointer into another guest", 0, GUEST_MEM_SIZE},
    };
    for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        struct sbiret r = raw_call(cases[i].via_gate, SBI_EXT_DBCN, SBI_DBCN_WRITE, 16, cases[i].gpa);
        verdict(n + (int)i, cases[i].what, r.error == SBI_ERR_INVALID_PARAM, (uint32_t)r.error);
    }
}

static void bogus_satp(void)
{
    csr_write(XVM_CSR_SATP, XVM_SATP_MODE_SV32 | (OUTSIDE_GPA >> XVM_PAGE_SHIFT));
    __asm__ volatile("sfence.vma" ::: "memory");
    console_puts("adversary: still running after a bogus satp\n");
    shutdown(1);
}

static void trap_loop(void)
{
    csr_write(XVM_CSR_STVEC, ATTACK_VA);
    __asm__ volatile(".word 0");
}

static void attacks(void)
{
    struct sbiret r = sbi_call(SBI_EXT_XVM, SBI_XVM_GET_GATE, 0, 0, 0);
    if (r.error)
        panic("no Xvm gate: not running under the monitor");
    gate = r.value;
    if (UNCONTAINED)
        expect_trap(0, "load from its own memory", a_own_load, XVM_EXC_LOAD_ACCESS);
    expect_trap(1, "load from the monitor's half", a_load, XVM_EXC_LOAD_ACCESS);
    expect_trap(2, "store to the monitor's half", a_store, XVM_EXC_STORE_ACCESS);
    expect_trap(3, "jump into the monitor's half", a_jump, XVM_EXC_INSN_ACCESS);
    expect_trap(4, "vmsw from its own page", a_vmsw, XVM_EXC_VIRT_FAULT);
    expect_trap(5, "PTE pointing outside its partition", a_pte_outside, XVM_EXC_LOAD_ACCESS);
    expect_trap(6, "VG set in its own PTE, then vmsw", a_own_gate, XVM_EXC_VIRT_FAULT);
    expect_trap(7, "jump into the middle of the gate", a_gate_middle, XVM_EXC_STORE_ACCESS);
    spin_masked(8);
    wfi_forever(9);
    storm(10);
    bad_pointers(11);
    irq_on_enable(15);
    console_puts("adversary: ");
    console_putu((uint32_t)failures);
    console_puts(" attacks not contained\n");
    if (failures)
        shutdown(1);
    console_puts("adversary: last attack: satp with a bogus root\n");
    bogus_satp();
}

void kmain(uint32_t base)
{
    phys_base = base;
    sbi_init();
    csr_write(XVM_CSR_STVEC, (uint32_t)(uintptr_t)adv_trap_vector);
    csr_write(XVM_CSR_SIE, 0);
    switch (CRASH) {
    case 1:
        console_puts("crash: trap loop\n");
        trap_loop();
        break;
    case 2:
        panic("crash on purpose");
        break;
    case 3:
        console_puts("crash: bogus satp\n");
        bogus_satp();
        break;
    default:
        attacks();
        break;
    }
    shutdown(1);
}
