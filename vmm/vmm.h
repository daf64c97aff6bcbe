/* SPDX-License-Identifier: Apache-2.0 */
/* The monitor: an S-mode (VM=0) hypervisor for unmodified guest kernels on
 * Xvm. Guests run in S/U with VM=1 on shadow Sv32 page tables; the monitor
 * lives in the upper half of every shadow (VAMSB=30) and is entered by
 * traps (R7) or through the vmsw gate. */
#ifndef VMM_H
#define VMM_H

#include "xvm_defs.h"

#ifndef VMM_MAX_GUESTS
#define VMM_MAX_GUESTS 8
#endif

/* RAM the monitor may use from XVM_RAM_BASE (its megapages map this much). */
#ifndef VMM_RAM_LIMIT
#define VMM_RAM_LIMIT    XVM_RAM_SIZE_DEFAULT
#endif

/* Guests see virtual addresses 0 .. 2^(VMM_VAMSB+1)-1 (R11). */
#define VMM_VAMSB        30
#define VMM_VA_LIMIT     (0xFFFFFFFF >> (31 - VMM_VAMSB))
/* Guest RAM starts at this guest physical address (docs/guest-platform.md). */
#define VMM_GUEST_RAM_BASE ((uint32_t)XVM_GUEST_RAM_BASE)
/* The device tree sits at the top of guest RAM, aligned as FDT requires. */
#define VMM_FDT_ALIGN    8u
/* The gate is the last page of each guest's space. */
#define VMM_GATE_VA      (VMM_VA_LIMIT + 1 - XVM_PAGE_SIZE)
/* Devices the monitor uses, mapped in the upper half of every shadow. */
#define VMM_DEV_VA       0xFFC00000
#define VMM_UART_VA      VMM_DEV_VA
#define VMM_FINISHER_VA  (VMM_DEV_VA + XVM_PAGE_SIZE)
/* The monitor's fixed words: the last page of the address space, whose
 * second half is addressable from x0 with a negative 12-bit offset. */
#define VMM_FIXED_VA        (0 - XVM_PAGE_SIZE)
#define VMM_FIX_T0          (-2048)     /* t0 of the guest being entered */
#define VMM_FIX_VCPU        (-2044)     /* the running vCPU */
#define VMM_FIX_GATE_NULL   (-2040)     /* its null gate calls, not yet counted */
#define VMM_FIX_T1          (-2036)     /* t1 of the guest, on the fast paths */
#define VMM_FIX_A0          (-2032)     /* a0 of the guest, in the gate */

#define VMM_SLICE        30000      /* time units per guest time slice */
#ifndef VMM_SHADOW_POOL
#define VMM_SHADOW_POOL  8          /* level-0 shadow tables per cached tree */
#endif
#ifndef VMM_STACK_SIZE
#define VMM_STACK_SIZE   4096
#endif
#ifndef VMM_SHADOW_TREES
#define VMM_SHADOW_TREES 4          /* shadow roots cached per guest (guest satp values) */
#endif
#define VMM_TRAP_STORM   64         /* reflected traps without an sret */
#define VMM_FAULT_RETRY  8          /* identical shadow faults in a row */
#define VMM_MASKED_SLICES 2         /* slices ended with the guest's SIE=0 */
#define VMM_ILLEGAL_STORM 100       /* illegal instructions reflected */
#define VMM_LINE_MAX     128
#define VMM_INPUT_MAX    32
#define VMM_CTRL_A       0x01

#ifndef __ASSEMBLER__

#include <stdint.h>
#include <stddef.h>

/* Register numbers used by the SBI calling convention. */
enum { REG_RA = 1, REG_SP = 2, REG_A0 = 10, REG_A1, REG_A2, REG_A3, REG_A4, REG_A5, REG_A6, REG_A7 };
void *memcpy(void *restrict d, const void *restrict s, size_t n);
void *memset(void *d, int c, size_t n);

/* Virtual S-level CSRs of one vCPU. sip holds only the writable SSIP; STIP
 * is computed from stimecmp and the time. sscratch..stval are the guest's
 * own (vmctl.GTR, docs/xvm.md R12): in gscratch..gtval while it runs, here
 * while the monitor's C code runs (entry.S copies them). */
struct vcsr {
    uint32_t sstatus, sie, sip, stvec, scounteren, senvcfg;
    uint32_t sscratch, sepc, scause, stval, satp, vmctl;
    uint64_t stimecmp;
};

enum fault_kind {
    VF_CSR_READ, VF_CSR_WRITE, VF_SRET, VF_SFENCE, VF_WFI, VF_VMSW, VF_KINDS
};

struct guest_stats {
    uint32_t vfault[VF_KINDS];
    uint32_t hcall_gate, hcall_ecall;
    uint32_t shadow_faults, reflected, injected, world_switches, attacks;
    uint32_t flush_all;     /* full invalidations: sfence.vma x0, SBI remote fences */
    uint32_t flush_va;      /* sfence.vma with an address */
    uint32_t root_miss;     /* satp writes to a root no cached tree shadows */
    uint64_t cycles;
};

enum guest_state { G_RUNNABLE, G_BLOCKED, G_EXITED, G_STOPPED };
/* The outcome a configuration requires of a guest (its image table). */
enum guest_expect { EXPECT_OK, EXPECT_STOP, EXPECT_FAIL };
/* Abuses the monitor contains silently but reports once per guest. */
#define REPORT_MASKED_SPIN   1u
#define REPORT_WFI_NO_WAKEUP 2u
#define REPORT_ILLEGAL_STORM 4u

struct guest;

struct vcpu {
    uint32_t regs[32];      /* x0..x31; x0 is kept 0 */
    uint32_t pc;
    uint32_t gate_null;     /* null hypercalls served by the entry.S fast */
    uint32_t ecall_null;    /* paths (gate, ecall) */
    uint32_t fast_csr;      /* CSR faults served by the entry.S fast path */
    struct vcsr csr;
    uint32_t priv;          /* XVM_PRIV_S or XVM_PRIV_U */
    uint32_t storm;         /* reflected exceptions since the last sret */
    uint32_t fast_sret;     /* sret faults served by the entry.S fast path */
    uint32_t fast_reflect;  /* user ecalls reflected by the entry.S fast path */
    struct guest *guest;
    uint32_t last_fault_va, last_fault_pc, same_fault;
};

/* One cached shadow root: the translation of one guest satp value. Its
 * level-0 tables are one block of VMM_SHADOW_POOL pages; a root entry of
 * the guest's half is 0 (no table), a valid pointer to its table, or the
 * same pointer with V clear: a dormant table, which a full invalidation
 * left to be revalidated on first use. Tables not in use are kept all
 * zero; `filled` marks the nonzero entries of each table so that clearing
 * or revalidating it visits only those. All entries of a table come from
 * one guest L1 PTE (a megapage, or a pointer to a guest level-0 table),
 * kept in guest_l1. */
struct shadow_tree {
    uint32_t *root;
    uint32_t *pool;         /* VMM_SHADOW_POOL level-0 tables */
    uint32_t satp;          /* the real satp value for this root */
    uint32_t key;           /* the guest satp it shadows; SHADOW_KEY_NONE: free */
    uint32_t last_use;      /* for LRU eviction */
    uint32_t stale;         /* a full invalidation since it was last current */
    uint32_t used;
    uint16_t pool_vpn1[VMM_SHADOW_POOL];
    uint32_t guest_l1[VMM_SHADOW_POOL];
    uint32_t filled[VMM_SHADOW_POOL][1024 / 32];
};
/* ASID bits: never part of a guest satp value the monitor keeps. */
#define SHADOW_KEY_NONE 0x40000000u

struct shadow {
    struct shadow_tree tree[VMM_SHADOW_TREES];
    struct shadow_tree *cur;
    uint32_t clock;
};

struct guest {
    uint32_t id;
    const char *name;
    enum guest_state state;
    int32_t exit_status;
    const char *stop_reason;
    enum guest_expect expect;
    uint32_t reported;      /* REPORT_* already printed once */
    uint32_t masked_slices, illegal;
    uint32_t slice_exits;   /* monitor entries during the current slice */
    uint32_t part_base;     /* host physical address of VMM_GUEST_RAM_BASE */
    uint32_t mem_size;
    uint8_t *mem;           /* monitor's view of the partition */
    uint32_t fdt_gpa;       /* the device tree handed to the guest in a1 */
    uint32_t weight;        /* time slices per turn */
    uint32_t gate;          /* the paravirtual gate page is mapped */
    uint64_t wake_time;     /* G_BLOCKED: wfi until this time */
    struct vcpu vcpu;
    struct shadow shadow;
    struct guest_stats stats;
    char line[VMM_LINE_MAX];
    uint32_t line_len;
    char input[VMM_INPUT_MAX];
    uint32_t in_head, in_tail;
};

/* Monitor-wide state. */
struct vmm {
    struct guest guests[VMM_MAX_GUESTS];
    uint32_t nguests;
    uint32_t alive;         /* guests neither exited nor stopped */
    uint32_t current;
    uint32_t focus;
    int ctrl_a;
    uint64_t slice_end;
    uint64_t now;           /* time at the last entry into the monitor */
    uint32_t upper_half[512];  /* L1 entries 512..1023 of every shadow root */
    uint32_t gate_pte;
};
extern struct vmm vmm;

/* ---- hardware interface (hw.c on the target, a fake in the host tests) */
uint64_t hw_time(void);
uint32_t hw_cycles(void);                /* low half: deltas only */
void *hw_ptr(uint32_t pa);
uint32_t hw_pa(const void *p);
uint32_t *hw_page_alloc(void);          /* zeroed 4 KiB page, NULL when out */
void *hw_alloc(uint32_t bytes);         /* zeroed, page aligned, NULL when out */
void hw_heap_init(uint32_t start, uint32_t end);  /* physical range hw_alloc uses */
void hw_monitor_init(void);             /* trap vector, vmctl, interrupt enables */
void hw_use_device_mappings(void);      /* paging is on: devices at VMM_DEV_VA */
uint32_t hw_take_gate_null(void);       /* VMM_FIX_GATE_NULL, then zero it */
void hw_tlb_flush(void);
void hw_tlb_flush_va(uint32_t va);
void hw_set_satp(uint32_t satp);
void hw_set_timer(uint64_t when);
void hw_set_timer_low(uint32_t when);     /* the high half is already right */
void hw_putc(char c);
int hw_getc(void);                      /* -1 when no input */
void hw_wait(void);
/* Real sstatus (SPP from priv, SUM/MXR from the guest's sstatus) and
 * scounteren for the sret into the guest. A trap from a guest leaves
 * vmctl.SPVM = 1 (R7); after a gate call (no trap) the sret needs
 * hw_gate_return_prepare() to set it. */
void hw_guest_enter(uint32_t priv, uint32_t vsstatus, uint32_t vscounteren);
void hw_gate_return_prepare(void);
__attribute__((noreturn)) void hw_exit(int code);

/* ---- main.c, load.c: boot */
#define VMM_EXIT_CONFIG 4
__attribute__((noreturn)) void vmm_fail(const char *why);
void load_init(void);           /* finds the guests, sets the heap */
uint32_t load_guests(void);     /* creates them; returns how many */

/* ---- vcpu.c: virtual CSRs and trap/interrupt delivery into a guest */
void vcpu_reset(struct vcpu *v, uint32_t entry, uint32_t hartid);
int vcsr_read(struct vcpu *v, uint32_t csr, uint32_t *val, uint64_t now);
/* Effects of a virtual CSR write that the caller must act on. */
#define VCSR_SATP 1u    /* satp changed: switch shadow roots */
int vcsr_write(struct vcpu *v, uint32_t csr, uint32_t val, unsigned *effects);
uint32_t vcpu_sip(const struct vcpu *v, uint64_t now);
void vcpu_trap(struct vcpu *v, uint32_t cause, uint32_t tval);
void vcpu_sret(struct vcpu *v);
/* The interrupt to inject now (cause code), or -1. */
int vcpu_pending_irq(const struct vcpu *v, uint64_t now);

/* ---- emulate.c: virtualization faults (R4/R5) */
struct vcpu *emulate_virt_fault(struct vcpu *v, uint32_t insn);

/* ---- shadow.c */
enum access { ACC_FETCH, ACC_LOAD, ACC_STORE };
/* The three partition checks that fail with an access fault, told apart
 * so that the monitor's report names the real cause. */
enum walk_result {
    WALK_OK,
    WALK_PAGE_FAULT,
    WALK_BARE_OUTSIDE,      /* paging off: the address itself is outside */
    WALK_TABLE_OUTSIDE,     /* a page table of the walk is outside */
    WALK_PAGE_OUTSIDE,      /* the leaf PTE maps a page outside */
};
struct walk {
    uint32_t gpa;           /* guest physical address of va's page */
    uint32_t flags;         /* leaf PTE flags */
    uint64_t outside;       /* WALK_*_OUTSIDE: the guest physical address outside */
    uint32_t l1;            /* the guest L1 PTE of the walk (0: paging off) */
};
enum walk_result guest_walk(const struct guest *g, const struct vcpu *v, uint32_t va,
                            enum access acc, struct walk *w);
uint32_t shadow_pte(uint32_t guest_flags, uint32_t hpa);
int gpa_range_ok(const struct guest *g, uint32_t gpa, uint32_t len);
/* The monitor's pointer to a guest physical address gpa_range_ok accepted. */
uint8_t *gpa_ptr(const struct guest *g, uint32_t gpa);
int shadow_alloc(struct guest *g);      /* the trees' pages; -1 when out of memory */
void shadow_init(struct guest *g);
/* A full sfence.vma: every cached tree is revalidated before its next use. */
void shadow_flush(struct guest *g);
/* sfence.vma va: that page's entry in every cached tree. */
void shadow_flush_va(struct guest *g, uint32_t va);
/* A guest satp write: the cached tree for it, or a new one. */
void shadow_switch(struct guest *g, uint32_t guest_satp);
enum walk_result shadow_fill(struct guest *g, struct vcpu *v, uint32_t va, enum access acc,
                             struct walk *w);
uint32_t shadow_satp(const struct guest *g);

/* ---- sbi.c */
enum hcall_path { HCALL_ECALL, HCALL_GATE };
struct vcpu *sbi_call(struct vcpu *v, enum hcall_path path);

/* ---- sched.c */
void sched_start(void) __attribute__((noreturn));
struct vcpu *sched_yield(struct vcpu *v);
struct vcpu *sched_block(struct vcpu *v, uint64_t until);
struct vcpu *sched_timer(struct vcpu *v);
struct vcpu *guest_exit(struct vcpu *v, int32_t status);
struct vcpu *guest_stop(struct vcpu *v, const char *reason);

/* ---- console.c */
void console_guest_putc(struct guest *g, char c);
void console_vmm(const char *s);
void console_vmm_guest(const struct guest *g, const char *what, uint32_t value);
void console_vmm_prefix(const struct guest *g);
void console_poll_input(void);
int console_guest_getc(struct guest *g);
void console_putu(uint32_t v, int width);
void console_puthex(uint32_t v);
/* 8 hex digits, or 16 when the value needs them. */
void console_puthex64(uint64_t v);
void console_puts(const char *s);

/* ---- trap.c */
struct vcpu *vmm_trap(struct vcpu *v, uint32_t cause, uint32_t tval, uint32_t epc,
                      uint32_t spp, uint32_t spvm);
struct vcpu *vmm_gate_call(struct vcpu *v);
struct vcpu *vmm_resume(struct vcpu *v);
/* Forget the armed deadline (after the real timer was reprogrammed). */
void vmm_timer_rearm(void);
void vmm_report_attack(struct vcpu *v, const char *what, uint32_t addr);
/* Counts an attack and prints the "[vmm] guestN: " of its report; the
 * caller prints the rest of the line. */
void vmm_report_begin(struct vcpu *v);
void vmm_report_once(struct vcpu *v, uint32_t kind, const char *what);

/* ---- entry.S */
__attribute__((noreturn)) void vmm_enter(struct vcpu *v);

/* ---- stats.c */
void stats_print(void);

#endif
#endif
