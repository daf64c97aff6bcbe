/* SPDX-License-Identifier: Apache-2.0 */
/* Host unit tests of the monitor's pure logic: instruction decode and CSR
 * emulation, trap and sret state changes, interrupt injection, shadow PTE
 * construction and partition checks, SBI dispatch, the scheduler and the
 * trap-storm guard. The hardware is tests/vmm/fake_hw.c. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <string.h>
#include <cmocka.h>
#include "fake_hw.h"
#include "sbi.h"

enum { CSRRW = 1, CSRRS = 2, CSRRC = 3, CSRRWI = 5, CSRRSI = 6 };
#define SYSTEM 0x73u
#define A0 10
#define A1 11
#define T0 5
#define MEM 0x40000u
#define PTE_PPN(pa) (((pa) >> 12) << 10)
#define GPA(off) (VMM_GUEST_RAM_BASE + (off))
/* A guest page table rooted at guest RAM offset 0x1000. */
#define ROOT_SATP (XVM_SATP_MODE_SV32 | (GPA(0x1000) >> 12))

/* Where the tests' shadow fills leave their walk. */
static struct walk fill_walk;

static uint32_t csr_insn(uint32_t f3, uint32_t rd, uint32_t rs1, uint32_t csr)
{
    return (csr << 20) | (rs1 << 15) | (f3 << 12) | (rd << 7) | SYSTEM;
}

static void set_time(uint64_t t)
{
    fake.time = t;
    vmm.now = t;
}

static struct vcpu *setup_guests(uint32_t n)
{
    fake_reset();
    vmm.gate_pte = PTE_PPN(XVM_RAM_BASE) | XVM_PTE_V | XVM_PTE_X | XVM_PTE_A | XVM_PTE_VG;
    vmm.nguests = n;
    vmm.alive = n;
    for (uint32_t i = 0; i < n; i++) {
        struct guest *g = &vmm.guests[i];
        g->id = i;
        g->name = "t";
        g->mem_size = MEM;
        g->weight = 1;
        g->gate = 1;
        g->mem = hw_alloc(MEM);
        g->part_base = hw_pa(g->mem);
        assert_int_equal(shadow_alloc(g), 0);
        g->vcpu.guest = g;
        vcpu_reset(&g->vcpu, 0x1000, 0);
        g->state = G_RUNNABLE;
        shadow_init(g);
    }
    vmm.slice_end = VMM_SLICE;
    return &vmm.guests[0].vcpu;
}

/* ---- CSR emulation ---------------------------------------------------- */

static void test_csr_read_sstatus(void **state)
{
    (void)state;
    struct vcpu *v = setup_guests(1);
    v->csr.sstatus = XVM_MSTATUS_SIE | XVM_MSTATUS_SUM;
    v->pc = 0x2000;
    emulate_virt_fault(v, csr_insn(CSRRS, A0, 0, XVM_CSR_SSTATUS));
    assert_int_equal(v->regs[A0], XVM_MSTATUS_SIE | XVM_MSTATUS_SUM);
    assert_int_equal(v->pc, 0x2004);
    assert_int_equal(v->guest->stats.vfault[VF_CSR_READ], 1);
    assert_int_equal(v->guest->stats.vfault[VF_CSR_WRITE], 0);
}

static void test_csr_write_masks(void **state)
{
    (void)state;
    struct vcpu *v = setup_guests(1);
    v->regs[T0] = 0xFFFFFFFFu;
    emulate_virt_fault(v, csr_insn(CSRRW, A0, T0, XVM_CSR_SSTATUS));
    assert_int_equal(v->csr.sstatus, XVM_SSTATUS_MASK);
    assert_int_equal(v->regs[A0], 0);
    emulate_virt_fault(v, csr_insn(CSRRW, 0, T0, XVM_CSR_SIE));
    assert_int_equal(v->csr.sie, XVM_MIDELEG_MASK);
    emulate_virt_fault(v, csr_insn(CSRRW, 0, T0, XVM_CSR_VMCTL));
    assert_int_equal(v->csr.vmctl, XVM_VMCTL_MASK);
    v->regs[T0] = ROOT_SATP | 0x7FC00000u;     /* ASID bits read 0 */
    emulate_virt_fault(v, csr_insn(CSRRW, 0, T0, XVM_CSR_SATP));
    assert_int_equal(v->csr.satp, ROOT_SATP);
    assert_int_equal(v->guest->stats.vfault[VF_CSR_WRITE], 4);
}

static void test_satp_root_outside_stops_guest(void **state)
{
    (void)state;
    struct vcpu *v = setup_guests(2);
    v->regs[T0] = XVM_SATP_MODE_SV32 | (GPA(MEM) >> 12);
    struct vcpu *n = emulate_virt_fault(v, csr_insn(CSRRW, 0, T0, XVM_CSR_SATP));
    assert_ptr_equal(n, &vmm.guests[1].vcpu);
    assert_int_equal(vmm.guests[0].state, G_STOPPED);
}

static void test_csr_set_clear_imm(void **state)
{
    (void)state;
    struct vcpu *v = setup_guests(1);
    v->csr.stimecmp = 0xF0;
    v->regs[T0] = 0x0F;
    emulate_virt_fault(v, csr_insn(CSRRS, A0, T0, XVM_CSR_STIMECMP));
    assert_int_equal(v->csr.stimecmp, 0xFF);
    assert_int_equal(v->regs[A0], 0xF0);
    v->regs[T0] = 0x11;
    emulate_virt_fault(v, csr_insn(CSRRC, A0, T0, XVM_CSR_STIMECMP));
    assert_int_equal(v->csr.stimecmp, 0xEE);
    emulate_virt_fault(v, csr_insn(CSRRSI, 0, 3, XVM_CSR_SSTATUS));
    assert_int_equal(v->csr.sstatus, XVM_MSTATUS_SIE);
    emulate_virt_fault(v, csr_insn(CSRRWI, A1, 9, XVM_CSR_STVEC));
    assert_int_equal(v->csr.stvec, 9);
    assert_int_equal(v->regs[A1], 0);
}

static void test_stvec_mode_warl(void **state)
{
    (void)state;
    struct vcpu *v = setup_guests(1);
    v->regs[T0] = 0x4001;
    emulate_virt_fault(v, csr_insn(CSRRW, 0, T0, XVM_CSR_STVEC));
    v->regs[T0] = 0x8002;
    emulate_virt_fault(v, csr_insn(CSRRW, 0, T0, XVM_CSR_STVEC));
    assert_int_equal(v->csr.stvec, 0x8001);
}

static void test_sip_follows_stimecmp(void **state)
{
    (void)state;
    struct vcpu *v = setup_guests(1);
    v->regs[T0] = 100;
    emulate_virt_fault(v, csr_insn(CSRRW, 0, T0, XVM_CSR_STIMECMP));
    v->regs[T0] = 0;
    emulate_virt_fault(v, csr_insn(CSRRW, 0, T0, XVM_CSR_STIMECMPH));
    set_time(99);
    emulate_virt_fault(v, csr_insn(CSRRS, A0, 0, XVM_CSR_SIP));
    assert_int_equal(v->regs[A0], 0);
    set_time(100);
    emulate_virt_fault(v, csr_insn(CSRRS, A0, 0, XVM_CSR_SIP));
    assert_int_equal(v->regs[A0], XVM_MIP_STIP);
}

/* ---- sret, wfi, sfence, vmsw ------------------------------------------ */

static void test_sret(void **state)
{
    (void)state;
    struct vcpu *v = setup_guests(1);
    v->csr.sstatus = XVM_MSTATUS_SPIE;
    v->csr.sepc = 0x10000000;
    emulate_virt_fault(v, 0x10200073u);
    assert_int_equal(v->priv, XVM_PRIV_U);
    assert_int_equal(v->pc, 0x10000000);
    assert_int_equal(v->csr.sstatus, XVM_MSTATUS_SIE | XVM_MSTATUS_SPIE);
    v->priv = XVM_PRIV_S;
    v->csr.sstatus = XVM_MSTATUS_SPP | XVM_MSTATUS_SIE;
    emulate_virt_fault(v, 0x10200073u);
    assert_int_equal(v->priv, XVM_PRIV_S);
    assert_int_equal(v->csr.sstatus, XVM_MSTATUS_SPIE);
    assert_int_equal(v->guest->stats.vfault[VF_SRET], 2);
}

static void test_sfence_counts_and_flushes(void **state)
{
    (void)state;
    struct vcpu *v = setup_guests(1);
    shadow_fill(v->guest, v, GPA(0x5000), ACC_FETCH, &fill_walk);
    assert_true(v->guest->shadow.cur->root[GPA(0) >> 22] & XVM_PTE_V);
    v->pc = 0x100;
    emulate_virt_fault(v, 0x12000073u);
    assert_int_equal(v->pc, 0x104);
    assert_false(v->guest->shadow.cur->root[GPA(0) >> 22] & XVM_PTE_V);
    assert_int_equal(v->guest->stats.vfault[VF_SFENCE], 1);
}

static void test_vmsw_outside_gate_is_reflected(void **state)
{
    (void)state;
    struct vcpu *v = setup_guests(1);
    v->csr.stvec = 0x800;
    v->pc = 0x400;
    emulate_virt_fault(v, XVM_INSN_VMSW0);
    assert_int_equal(v->csr.scause, XVM_EXC_VIRT_FAULT);
    assert_int_equal(v->csr.stval, XVM_INSN_VMSW0);
    assert_int_equal(v->csr.sepc, 0x400);
    assert_int_equal(v->pc, 0x800);
    assert_int_equal(v->guest->stats.attacks, 1);
}

static void test_wfi_with_pending_interrupt_continues(void **state)
{
    (void)state;
    struct vcpu *v = setup_guests(1);
    v->csr.sie = XVM_MIP_STIP;
    v->csr.stimecmp = 5;
    set_time(10);
    v->pc = 0x40;
    assert_ptr_equal(emulate_virt_fault(v, 0x10500073u), v);
    assert_int_equal(v->pc, 0x44);
    assert_int_equal(v->guest->state, G_RUNNABLE);
}

static void test_wfi_blocks_until_timer(void **state)
{
    (void)state;
    struct vcpu *v = setup_guests(2);
    v->csr.sie = XVM_MIP_STIP;
    v->csr.stimecmp = 5000;
    struct vcpu *next = emulate_virt_fault(v, 0x10500073u);
    assert_ptr_equal(next, &vmm.guests[1].vcpu);
    assert_int_equal(vmm.guests[0].state, G_BLOCKED);
    assert_int_equal(vmm.guests[0].wake_time, 5000);
}

/* ---- trap delivery and injection -------------------------------------- */

static void test_trap_entry_state(void **state)
{
    (void)state;
    struct vcpu *v = setup_guests(1);
    v->priv = XVM_PRIV_U;
    v->pc = 0x10000040;
    v->csr.sstatus = XVM_MSTATUS_SIE | XVM_MSTATUS_SPP;
    v->csr.stvec = 0x40000100;
    vcpu_trap(v, XVM_EXC_LOAD_PAGE_FAULT, 0x1234);
    assert_int_equal(v->priv, XVM_PRIV_S);
    assert_int_equal(v->pc, 0x40000100);
    assert_int_equal(v->csr.sepc, 0x10000040);
    assert_int_equal(v->csr.scause, XVM_EXC_LOAD_PAGE_FAULT);
    assert_int_equal(v->csr.stval, 0x1234);
    assert_int_equal(v->csr.sstatus, XVM_MSTATUS_SPIE);
}

static void test_vectored_interrupt(void **state)
{
    (void)state;
    struct vcpu *v = setup_guests(1);
    v->csr.stvec = 0x40000101;
    vcpu_trap(v, XVM_CAUSE_INTERRUPT | XVM_IRQ_STI, 0);
    assert_int_equal(v->pc, 0x40000100 + 4 * XVM_IRQ_STI);
    assert_int_equal(v->csr.sstatus & XVM_MSTATUS_SPP, XVM_MSTATUS_SPP);
}

static void test_pending_irq_rules(void **state)
{
    (void)state;
    struct vcpu *v = setup_guests(1);
    set_time(10);
    v->csr.stimecmp = 5;
    v->csr.sip = XVM_MIP_SSIP;
    assert_int_equal(vcpu_pending_irq(v, fake.time), -1);        /* sie = 0 */
    v->csr.sie = XVM_MIP_STIP | XVM_MIP_SSIP;
    assert_int_equal(vcpu_pending_irq(v, fake.time), -1);        /* S, SIE = 0 */
    v->priv = XVM_PRIV_U;
    assert_int_equal(vcpu_pending_irq(v, fake.time), XVM_IRQ_SSI);
    v->csr.sip = 0;
    assert_int_equal(vcpu_pending_irq(v, fake.time), XVM_IRQ_STI);
    v->priv = XVM_PRIV_S;
    v->csr.sstatus = XVM_MSTATUS_SIE;
    assert_int_equal(vcpu_pending_irq(v, fake.time), XVM_IRQ_STI);
}

static void test_resume_injects_timer(void **state)
{
    (void)state;
    struct vcpu *v = setup_guests(1);
    v->priv = XVM_PRIV_U;
    v->pc = 0x10000000;
    v->csr.stvec = 0x40000000;
    v->csr.sie = XVM_MIP_STIP;
    v->csr.stimecmp = 1;
    set_time(2);
    vmm_resume(v);
    assert_int_equal(v->csr.scause, XVM_CAUSE_INTERRUPT | XVM_IRQ_STI);
    assert_int_equal(v->pc, 0x40000000);
    assert_int_equal(v->guest->stats.injected, 1);
    assert_int_equal(fake.entered_priv, XVM_PRIV_S);
}

/* ---- shadow paging ---------------------------------------------------- */

static void test_shadow_pte_construction(void **state)
{
    (void)state;
    uint32_t all = XVM_PTE_V | XVM_PTE_R | XVM_PTE_W | XVM_PTE_X | XVM_PTE_U |
                   XVM_PTE_G | XVM_PTE_A | XVM_PTE_D | XVM_PTE_VG;
    uint32_t p = shadow_pte(all, 0x80123000);
    assert_int_equal(p & XVM_PTE_VG, 0);
    assert_int_equal(p & XVM_PTE_G, 0);
    assert_int_equal(p >> 10, 0x80123);
    assert_int_equal(p & 0xFF, XVM_PTE_V | XVM_PTE_R | XVM_PTE_W | XVM_PTE_X | XVM_PTE_U |
                                   XVM_PTE_A | XVM_PTE_D);
    p = shadow_pte(XVM_PTE_V | XVM_PTE_R | XVM_PTE_W | XVM_PTE_A, 0x80001000);
    assert_int_equal(p & (XVM_PTE_W | XVM_PTE_D), 0);
}

static void test_partition_checks(void **state)
{
    (void)state;
    struct vcpu *v = setup_guests(1);
    struct guest *g = v->guest;
    assert_true(gpa_range_ok(g, GPA(0), MEM));
    assert_true(gpa_range_ok(g, GPA(MEM - 4), 4));
    assert_false(gpa_range_ok(g, GPA(MEM - 3), 4));
    assert_false(gpa_range_ok(g, 0xFFFFFFF0u, 0x20));
    assert_false(gpa_range_ok(g, GPA(0), MEM + 1));
    assert_false(gpa_range_ok(g, GPA(0) - 4, 4));
    assert_false(gpa_range_ok(g, 0, 4));
}

/* Guest page table at guest RAM offsets 0x1000 (root) and 0x2000 (level
 * 0); va maps guest RAM offset off. */
static void map_guest(struct guest *g, uint32_t va, uint32_t off, uint32_t flags)
{
    uint32_t *root = (uint32_t *)(g->mem + 0x1000);
    uint32_t *l0 = (uint32_t *)(g->mem + 0x2000);
    root[va >> 22] = PTE_PPN(GPA(0x2000)) | XVM_PTE_V;
    l0[(va >> 12) & 0x3FF] = PTE_PPN(GPA(off)) | flags;
}

static void test_walk_rules(void **state)
{
    (void)state;
    struct vcpu *v = setup_guests(1);
    struct guest *g = v->guest;
    struct walk w;
    uint32_t rwa = XVM_PTE_V | XVM_PTE_R | XVM_PTE_W | XVM_PTE_A;
    v->csr.satp = ROOT_SATP;
    v->priv = XVM_PRIV_U;

    map_guest(g, 0x10000000, 0x5000, rwa | XVM_PTE_U | XVM_PTE_D);
    assert_int_equal(guest_walk(g, v, 0x10000010, ACC_STORE, &w), WALK_OK);
    assert_int_equal(w.gpa, GPA(0x5000));
    assert_int_equal(guest_walk(g, v, 0x10000010, ACC_FETCH, &w), WALK_PAGE_FAULT);
    v->priv = XVM_PRIV_S;
    assert_int_equal(guest_walk(g, v, 0x10000010, ACC_LOAD, &w), WALK_PAGE_FAULT);
    v->csr.sstatus = XVM_MSTATUS_SUM;
    assert_int_equal(guest_walk(g, v, 0x10000010, ACC_LOAD, &w), WALK_OK);

    map_guest(g, 0x10001000, 0x6000, rwa);                  /* D = 0 */
    assert_int_equal(guest_walk(g, v, 0x10001000, ACC_LOAD, &w), WALK_OK);
    assert_int_equal(guest_walk(g, v, 0x10001000, ACC_STORE, &w), WALK_PAGE_FAULT);
    map_guest(g, 0x10002000, 0x6000, XVM_PTE_V | XVM_PTE_R);  /* A = 0 */
    assert_int_equal(guest_walk(g, v, 0x10002000, ACC_LOAD, &w), WALK_PAGE_FAULT);
    map_guest(g, 0x10003000, 0x6000, XVM_PTE_V | XVM_PTE_X | XVM_PTE_A);
    assert_int_equal(guest_walk(g, v, 0x10003000, ACC_LOAD, &w), WALK_PAGE_FAULT);
    v->csr.sstatus |= XVM_MSTATUS_MXR;
    assert_int_equal(guest_walk(g, v, 0x10003000, ACC_LOAD, &w), WALK_OK);
    map_guest(g, 0x10004000, MEM, rwa | XVM_PTE_D);          /* outside */
    assert_int_equal(guest_walk(g, v, 0x10004000, ACC_LOAD, &w), WALK_PAGE_OUTSIDE);
    assert_int_equal(w.outside, GPA(MEM));
    map_guest(g, 0x10005000, 0x6000, XVM_PTE_V | XVM_PTE_W | XVM_PTE_A);  /* W without R */
    assert_int_equal(guest_walk(g, v, 0x10005000, ACC_LOAD, &w), WALK_PAGE_FAULT);
}

static void test_walk_root_outside_and_megapage(void **state)
{
    (void)state;
    struct vcpu *v = setup_guests(1);
    struct guest *g = v->guest;
    struct walk w;
    v->csr.satp = XVM_SATP_MODE_SV32 | (0x00F00000 >> 12);
    assert_int_equal(guest_walk(g, v, 0x1000, ACC_FETCH, &w), WALK_TABLE_OUTSIDE);
    assert_int_equal(w.outside, 0x00F00000);
    v->csr.satp = ROOT_SATP;
    uint32_t *root = (uint32_t *)(g->mem + 0x1000);
    root[1] = PTE_PPN(GPA(0x1000)) | XVM_PTE_V | XVM_PTE_R | XVM_PTE_A;   /* misaligned */
    assert_int_equal(guest_walk(g, v, 0x00400000, ACC_LOAD, &w), WALK_PAGE_FAULT);
    root[1] = PTE_PPN(GPA(0)) | XVM_PTE_V | XVM_PTE_R | XVM_PTE_A;
    assert_int_equal(guest_walk(g, v, 0x00403000, ACC_LOAD, &w), WALK_OK);
    assert_int_equal(w.gpa, GPA(0x3000));
}

static void test_bare_mode_partition(void **state)
{
    (void)state;
    struct vcpu *v = setup_guests(1);
    struct walk w;
    assert_int_equal(guest_walk(v->guest, v, GPA(MEM - 4), ACC_STORE, &w), WALK_OK);
    assert_int_equal(guest_walk(v->guest, v, GPA(MEM), ACC_STORE, &w), WALK_BARE_OUTSIDE);
    assert_int_equal(guest_walk(v->guest, v, 0x1000, ACC_STORE, &w), WALK_BARE_OUTSIDE);
    assert_int_equal(w.outside, 0x1000);
}

static void test_fill_strips_vg_and_keeps_gate(void **state)
{
    (void)state;
    struct vcpu *v = setup_guests(1);
    struct guest *g = v->guest;
    v->csr.satp = ROOT_SATP;
    map_guest(g, 0x10000000, 0x5000, XVM_PTE_V | XVM_PTE_X | XVM_PTE_A | XVM_PTE_VG);
    assert_int_equal(shadow_fill(g, v, 0x10000000, ACC_FETCH, &fill_walk), WALK_OK);
    uint32_t *l0 = hw_ptr((g->shadow.cur->root[0x10000000 >> 22] >> 10) << 12);
    assert_int_equal(l0[0] & XVM_PTE_VG, 0);
    assert_int_equal(l0[0] >> 10, (g->part_base + 0x5000) >> 12);
    assert_int_equal(shadow_fill(g, v, VMM_GATE_VA, ACC_LOAD, &fill_walk), WALK_PAGE_FAULT);
    uint32_t *gl0 = hw_ptr((g->shadow.cur->root[VMM_GATE_VA >> 22] >> 10) << 12);
    assert_int_equal(gl0[(VMM_GATE_VA >> 12) & 0x3FF], vmm.gate_pte);
}

static void test_shadow_pool_exhaustion_flushes(void **state)
{
    (void)state;
    struct vcpu *v = setup_guests(1);
    struct guest *g = v->guest;
    uint32_t *root = (uint32_t *)(g->mem + 0x1000);
    v->csr.satp = ROOT_SATP;
    for (uint32_t k = 1; k <= VMM_SHADOW_POOL + 2; k++) {
        root[k] = PTE_PPN(GPA(0)) | XVM_PTE_V | XVM_PTE_R | XVM_PTE_A;
        assert_int_equal(shadow_fill(g, v, k << 22, ACC_LOAD, &fill_walk), WALK_OK);
        assert_true(g->shadow.cur->used <= VMM_SHADOW_POOL);
        assert_true(g->shadow.cur->root[k] & XVM_PTE_V);
    }
    assert_false(g->shadow.cur->root[1] & XVM_PTE_V);
    assert_true(g->shadow.cur->root[VMM_GATE_VA >> 22] & XVM_PTE_V);
}

/* ---- cached shadow roots and flushes --------------------------------- */

/* A second guest root at guest RAM offset 0x3000 whose level 0 is the
 * first root's (0x2000): the same mappings, another address space. */
#define ROOT2_SATP (XVM_SATP_MODE_SV32 | (GPA(0x3000) >> 12))
#define RWA (XVM_PTE_V | XVM_PTE_R | XVM_PTE_W | XVM_PTE_A | XVM_PTE_D)

static void map_root2(struct guest *g, uint32_t va)
{
    ((uint32_t *)(g->mem + 0x3000))[va >> 22] = PTE_PPN(GPA(0x2000)) | XVM_PTE_V;
}

/* The shadow entry of va in the current tree (0: none, or table dormant). */
static uint32_t shadow_entry(const struct guest *g, uint32_t va)
{
    uint32_t l1 = g->shadow.cur->root[va >> 22];
    if (!(l1 & XVM_PTE_V))
        return 0;
    return ((uint32_t *)hw_ptr((l1 >> 10) << 12))[(va >> 12) & 0x3FF];
}

/* The shadow entry of va in whichever cached tree shadows guest satp. */
static uint32_t tree_entry(const struct guest *g, uint32_t satp, uint32_t va)
{
    for (int k = 0; k < VMM_SHADOW_TREES; k++) {
        const struct shadow_tree *t = &g->shadow.tree[k];
        if (t->key == satp && t->root[va >> 22])
            return ((uint32_t *)hw_ptr((t->root[va >> 22] >> 10) << 12))[(va >> 12) & 0x3FF];
    }
    return 0;
}

static void write_satp(struct vcpu *v, uint32_t satp)
{
    v->regs[T0] = satp;
    emulate_virt_fault(v, csr_insn(CSRRW, 0, T0, XVM_CSR_SATP));
}

/* 0x10000000 and 0x10001000 mapped in both roots; the second page filled
 * in the second root, both in the first, which is left current. */
static void fill_two_roots(struct vcpu *v)
{
    struct guest *g = v->guest;
    map_guest(g, 0x10000000, 0x5000, RWA);
    map_guest(g, 0x10001000, 0x6000, RWA);
    map_root2(g, 0x10000000);
    write_satp(v, ROOT2_SATP);
    assert_int_equal(shadow_fill(g, v, 0x10001000, ACC_LOAD, &fill_walk), WALK_OK);
    write_satp(v, ROOT_SATP);
    assert_int_equal(shadow_fill(g, v, 0x10000000, ACC_LOAD, &fill_walk), WALK_OK);
    assert_int_equal(shadow_fill(g, v, 0x10001000, ACC_LOAD, &fill_walk), WALK_OK);
}

static void test_satp_write_switches_cached_roots(void **state)
{
    (void)state;
    struct vcpu *v = setup_guests(1);
    struct guest *g = v->guest;
    map_guest(g, 0x10000000, 0x5000, RWA);
    map_root2(g, 0x10000000);
    write_satp(v, ROOT_SATP);
    uint32_t real1 = fake.satp;
    assert_int_equal(shadow_fill(g, v, 0x10000000, ACC_LOAD, &fill_walk), WALK_OK);
    uint32_t e = shadow_entry(g, 0x10000000);
    assert_true(e & XVM_PTE_V);
    write_satp(v, ROOT2_SATP);
    assert_int_not_equal(fake.satp, real1);
    assert_int_equal(shadow_entry(g, 0x10000000), 0);
    write_satp(v, ROOT_SATP);
    assert_int_equal(fake.satp, real1);
    assert_int_equal(shadow_entry(g, 0x10000000), e);
    assert_true(shadow_entry(g, VMM_GATE_VA) & XVM_PTE_V);
    assert_int_equal(g->stats.root_miss, 2);
    assert_int_equal(g->stats.flush_all, 0);
    /* The same value again: nothing to do. */
    write_satp(v, ROOT_SATP);
    assert_int_equal(g->stats.root_miss, 2);
}

/* A full sfence.vma: entries whose guest PTE changed are gone before the
 * guest can use them, in the current tree and in every cached one (Linux
 * without ASIDs changes another process's tables with no fence of its own
 * and relies on the full fence of its next switch_mm). */
static void test_full_sfence_revalidates_every_tree(void **state)
{
    (void)state;
    struct vcpu *v = setup_guests(1);
    struct guest *g = v->guest;
    uint32_t *l0 = (uint32_t *)(g->mem + 0x2000);
    fill_two_roots(v);
    map_guest(g, 0x10002000, 0x7000, RWA);
    uint32_t keep = shadow_entry(g, 0x10000000);
    /* Changed without a fence: still the old translation (allowed). */
    l0[1] = PTE_PPN(GPA(0x8000)) | RWA;
    assert_true(shadow_entry(g, 0x10001000) & XVM_PTE_V);
    v->pc = 0x100;
    emulate_virt_fault(v, 0x12000073u);
    assert_int_equal(g->stats.flush_all, 1);
    assert_int_equal(shadow_entry(g, 0x10000000), 0);   /* dormant */
    assert_int_equal(shadow_fill(g, v, 0x10002000, ACC_LOAD, &fill_walk), WALK_OK);
    assert_int_equal(shadow_entry(g, 0x10000000), keep);
    assert_int_equal(shadow_entry(g, 0x10001000), 0);
    assert_true(shadow_entry(g, VMM_GATE_VA) & XVM_PTE_V);
    /* The other root's stale entry is dropped when it is switched to. */
    assert_true(tree_entry(g, ROOT2_SATP, 0x10001000) & XVM_PTE_V);
    write_satp(v, ROOT2_SATP);
    assert_int_equal(shadow_fill(g, v, 0x10000000, ACC_LOAD, &fill_walk), WALK_OK);
    assert_int_equal(shadow_entry(g, 0x10001000), 0);
    assert_int_equal(g->stats.root_miss, 2);
}

static void test_sfence_va_drops_one_page_everywhere(void **state)
{
    (void)state;
    struct vcpu *v = setup_guests(1);
    struct guest *g = v->guest;
    fill_two_roots(v);
    v->regs[A0] = 0x10001234;
    v->pc = 0x100;
    emulate_virt_fault(v, 0x12000073u | (A0 << 15));
    assert_int_equal(v->pc, 0x104);
    assert_int_equal(g->stats.flush_va, 1);
    assert_int_equal(g->stats.flush_all, 0);
    assert_int_equal(fake.tlb_va, 0x10001234);
    assert_int_equal(shadow_entry(g, 0x10001000), 0);
    assert_true(shadow_entry(g, 0x10000000) & XVM_PTE_V);
    assert_int_equal(tree_entry(g, ROOT2_SATP, 0x10001000), 0);
    /* The gate page and the monitor's half are not the guest's to flush. */
    v->regs[A0] = VMM_GATE_VA;
    emulate_virt_fault(v, 0x12000073u | (A0 << 15));
    assert_true(shadow_entry(g, VMM_GATE_VA) & XVM_PTE_V);
}

/* One 4 KiB shadow entry of a guest megapage stands for all of it: an
 * sfence.vma of any address in the megapage drops the entries whose guest
 * PTE changed. */
static void test_sfence_va_in_megapage(void **state)
{
    (void)state;
    struct vcpu *v = setup_guests(1);
    struct guest *g = v->guest;
    uint32_t *root = (uint32_t *)(g->mem + 0x1000);
    root[0x10000000 >> 22] = PTE_PPN(GPA(0)) | RWA;
    write_satp(v, ROOT_SATP);
    assert_int_equal(shadow_fill(g, v, 0x10003000, ACC_LOAD, &fill_walk), WALK_OK);
    assert_int_equal(shadow_fill(g, v, 0x10005000, ACC_LOAD, &fill_walk), WALK_OK);
    root[0x10000000 >> 22] = PTE_PPN(GPA(0)) | XVM_PTE_V | XVM_PTE_R | XVM_PTE_A;
    v->regs[A0] = 0x10003000;
    emulate_virt_fault(v, 0x12000073u | (A0 << 15));
    assert_int_equal(shadow_entry(g, 0x10003000), 0);
    assert_int_equal(shadow_entry(g, 0x10005000), 0);
}

/* A guest L1 PTE that changed from a pointer to a level-0 table into a
 * megapage: no entry of the old table survives it, whether a fill under
 * the new PTE or a full sfence.vma comes first (the gate's table is
 * revalidated at the fence itself). */
static void test_guest_l1_change_drops_table(void **state)
{
    (void)state;
    struct vcpu *v = setup_guests(1);
    struct guest *g = v->guest;
    uint32_t *root = (uint32_t *)(g->mem + 0x1000);
    const uint32_t va[] = {0x10000000, 0x7FC00000};
    for (int k = 0; k < 2; k++) {
        map_guest(g, va[k], 0x5000, RWA);
        write_satp(v, ROOT_SATP);
        assert_int_equal(shadow_fill(g, v, va[k], ACC_LOAD, &fill_walk), WALK_OK);
        uint32_t old = shadow_entry(g, va[k]);
        root[va[k] >> 22] = PTE_PPN(GPA(0)) | RWA;
        if (k == 0)
            assert_int_equal(shadow_fill(g, v, va[k] + 0x1000, ACC_LOAD, &fill_walk), WALK_OK);
        emulate_virt_fault(v, 0x12000073u);
        if (k == 0)
            assert_int_equal(shadow_fill(g, v, va[k] + 0x2000, ACC_LOAD, &fill_walk), WALK_OK);
        assert_int_not_equal(shadow_entry(g, va[k]), old);
        root[va[k] >> 22] = 0;
    }
}

/* A guest PTE changed to the same page 4 GiB higher (beyond the 32-bit
 * physical space the partition lives in) is not the same translation. */
static void test_revalidation_refuses_page_beyond_4g(void **state)
{
    (void)state;
    struct vcpu *v = setup_guests(1);
    struct guest *g = v->guest;
    uint32_t *l0 = (uint32_t *)(g->mem + 0x2000);
    fill_two_roots(v);
    l0[1] |= 1u << 30;
    emulate_virt_fault(v, 0x12000073u);
    assert_int_equal(shadow_fill(g, v, 0x10000000, ACC_LOAD, &fill_walk), WALK_OK);
    assert_true(shadow_entry(g, 0x10000000) & XVM_PTE_V);
    assert_int_equal(shadow_entry(g, 0x10001000), 0);
}

/* At most VMM_SHADOW_TREES roots are kept; a new one evicts the least
 * recently used (never the current one). */
static void test_shadow_tree_lru_eviction(void **state)
{
    (void)state;
    struct vcpu *v = setup_guests(1);
    struct guest *g = v->guest;
    uint32_t r[VMM_SHADOW_TREES + 1];
    for (int k = 0; k <= VMM_SHADOW_TREES; k++) {
        r[k] = XVM_SATP_MODE_SV32 | (GPA(0x10000 + 0x1000 * k) >> 12);
        ((uint32_t *)(g->mem + 0x10000 + 0x1000 * k))[0x10000000 >> 22] =
            PTE_PPN(GPA(0x2000)) | XVM_PTE_V;
    }
    map_guest(g, 0x10000000, 0x5000, RWA);
    for (int k = 0; k < VMM_SHADOW_TREES; k++) {
        write_satp(v, r[k]);
        assert_int_equal(shadow_fill(g, v, 0x10000000, ACC_LOAD, &fill_walk), WALK_OK);
    }
    assert_int_equal(g->stats.root_miss, VMM_SHADOW_TREES);
    write_satp(v, r[0]);                  /* a hit: r[1] is now the oldest */
    assert_int_equal(g->stats.root_miss, VMM_SHADOW_TREES);
    write_satp(v, r[VMM_SHADOW_TREES]);
    assert_int_equal(g->stats.root_miss, VMM_SHADOW_TREES + 1);
    assert_true(tree_entry(g, r[0], 0x10000000) & XVM_PTE_V);
    assert_int_equal(tree_entry(g, r[1], 0x10000000), 0);
    for (int k = 0; k < VMM_SHADOW_TREES; k++)
        assert_int_not_equal(g->shadow.tree[k].key, r[1]);
    write_satp(v, r[0]);
    assert_int_equal(g->stats.root_miss, VMM_SHADOW_TREES + 1);
}

/* ---- SBI -------------------------------------------------------------- */

static void sbi(struct vcpu *v, uint32_t eid, uint32_t fid, uint32_t a0, uint32_t a1,
                uint32_t a2, enum hcall_path path)
{
    v->regs[REG_A7] = eid;
    v->regs[REG_A6] = fid;
    v->regs[REG_A0] = a0;
    v->regs[REG_A1] = a1;
    v->regs[REG_A2] = a2;
    sbi_call(v, path);
}

static void test_sbi_base_and_xvm(void **state)
{
    (void)state;
    struct vcpu *v = setup_guests(1);
    sbi(v, SBI_EXT_BASE, SBI_BASE_PROBE_EXTENSION, SBI_EXT_XVM, 0, 0, HCALL_ECALL);
    assert_int_equal(v->regs[REG_A0], SBI_SUCCESS);
    assert_int_equal(v->regs[REG_A1], 1);
    sbi(v, SBI_EXT_BASE, SBI_BASE_PROBE_EXTENSION, 0x12345678, 0, 0, HCALL_ECALL);
    assert_int_equal(v->regs[REG_A1], 0);
    sbi(v, SBI_EXT_XVM, SBI_XVM_GET_VA_LIMIT, 0, 0, 0, HCALL_GATE);
    assert_int_equal(v->regs[REG_A1], 0x7FFFFFFF);
    sbi(v, SBI_EXT_XVM, SBI_XVM_GET_GATE, 0, 0, 0, HCALL_GATE);
    assert_int_equal(v->regs[REG_A1], 0x7FFFF000);
    sbi(v, 0x0A000000, 0, 0, 0, 0, HCALL_ECALL);
    assert_int_equal((int32_t)v->regs[REG_A0], SBI_ERR_NOT_SUPPORTED);
    assert_int_equal(v->guest->stats.hcall_ecall, 3);
    assert_int_equal(v->guest->stats.hcall_gate, 2);
}

static void test_sbi_console_prefix(void **state)
{
    (void)state;
    struct vcpu *v = setup_guests(2);
    struct vcpu *v1 = &vmm.guests[1].vcpu;
    memcpy(v1->guest->mem + 0x100, "hi\nthere\n", 9);
    sbi(v1, SBI_EXT_DBCN, SBI_DBCN_WRITE, 9, GPA(0x100), 0, HCALL_ECALL);
    assert_int_equal(v1->regs[REG_A0], SBI_SUCCESS);
    assert_int_equal(v1->regs[REG_A1], 9);
    sbi(v, SBI_EXT_LEGACY_PUTCHAR, 0, 'x', 0, 0, HCALL_ECALL);
    sbi(v, SBI_EXT_DBCN, SBI_DBCN_WRITE_BYTE, '\n', 0, 0, HCALL_ECALL);
    fake.out[fake.out_len] = 0;
    assert_string_equal(fake.out, "[guest1] hi\n[guest1] there\n[guest0] x\n");
}

static void test_sbi_buffer_outside_partition(void **state)
{
    (void)state;
    struct vcpu *v = setup_guests(2);
    sbi(v, SBI_EXT_DBCN, SBI_DBCN_WRITE, 16, GPA(MEM - 8), 0, HCALL_GATE);
    assert_int_equal((int32_t)v->regs[REG_A0], SBI_ERR_INVALID_PARAM);
    sbi(v, SBI_EXT_DBCN, SBI_DBCN_READ, 4, GPA(0x100), 1, HCALL_GATE);
    assert_int_equal((int32_t)v->regs[REG_A0], SBI_ERR_INVALID_PARAM);
    assert_int_equal(v->guest->stats.attacks, 2);
}

/* The report names the buffer's base, size and end (one past its last
 * byte), with the high word of a DBCN base above 4 GiB. */
static void test_sbi_buffer_report_names_size_and_end(void **state)
{
    (void)state;
    struct vcpu *v = setup_guests(2);
    sbi(v, SBI_EXT_DBCN, SBI_DBCN_WRITE, 16, GPA(MEM - 8), 0, HCALL_GATE);
    sbi(v, SBI_EXT_DBCN, SBI_DBCN_READ, 4, GPA(0x100), 1, HCALL_ECALL);
    fake.out[fake.out_len] = 0;
    assert_string_equal(fake.out,
        "[vmm] guest0: hypercall buffer outside the partition: base 0x4003fff8 size 0x00000010 "
        "end 0x40040008\n"
        "[vmm] guest0: hypercall buffer outside the partition: base 0x0000000140000100 size 0x00000004 "
        "end 0x0000000140000104\n");
}

static void test_sbi_timer_and_input(void **state)
{
    (void)state;
    struct vcpu *v = setup_guests(2);
    sbi(v, SBI_EXT_TIME, SBI_TIME_SET_TIMER, 0x1234, 1, 0, HCALL_ECALL);
    assert_true(v->csr.stimecmp == 0x100001234ull);
    fake.in = "a\001" "1b";
    fake.in_len = 4;
    sbi(v, SBI_EXT_LEGACY_GETCHAR, 0, 0, 0, 0, HCALL_ECALL);
    assert_int_equal(v->regs[REG_A0], 'a');
    sbi(v, SBI_EXT_LEGACY_GETCHAR, 0, 0, 0, 0, HCALL_ECALL);
    assert_int_equal((int32_t)v->regs[REG_A0], -1);
    assert_int_equal(console_guest_getc(&vmm.guests[1]), 'b');
}

static void test_sbi_shutdown_ends_guest(void **state)
{
    (void)state;
    struct vcpu *v = setup_guests(2);
    sbi(v, SBI_EXT_SRST, SBI_SRST_RESET, SBI_SRST_TYPE_SHUTDOWN, SBI_SRST_REASON_NONE, 0,
        HCALL_ECALL);
    assert_int_equal(vmm.guests[0].state, G_EXITED);
    assert_int_equal(vmm.guests[0].exit_status, 0);
    assert_int_equal(vmm.current, 1);
}

static void test_sbi_legacy_shutdown_ends_guest(void **state)
{
    (void)state;
    struct vcpu *v = setup_guests(2);
    sbi(v, SBI_EXT_SRST, 1, 0, 0, 0, HCALL_ECALL);
    assert_int_equal((int32_t)v->regs[REG_A0], SBI_ERR_NOT_SUPPORTED);
    sbi(v, SBI_EXT_SRST, SBI_SRST_RESET, 3, 0, 0, HCALL_ECALL);
    assert_int_equal((int32_t)v->regs[REG_A0], SBI_ERR_INVALID_PARAM);
    assert_int_equal(vmm.guests[0].state, G_RUNNABLE);
    sbi(v, SBI_EXT_LEGACY_SHUTDOWN, 0, 0, 0, 0, HCALL_ECALL);
    assert_int_equal(vmm.guests[0].state, G_EXITED);
    assert_int_equal(vmm.guests[0].exit_status, 0);
}

static void test_sbi_ipi_and_rfence_single_hart(void **state)
{
    (void)state;
    struct vcpu *v = setup_guests(1);
    sbi(v, SBI_EXT_BASE, SBI_BASE_PROBE_EXTENSION, SBI_EXT_IPI, 0, 0, HCALL_ECALL);
    assert_int_equal(v->regs[REG_A1], 1);
    sbi(v, SBI_EXT_BASE, SBI_BASE_PROBE_EXTENSION, SBI_EXT_RFENCE, 0, 0, HCALL_ECALL);
    assert_int_equal(v->regs[REG_A1], 1);
    sbi(v, SBI_EXT_IPI, SBI_IPI_SEND_IPI, 2, 0, 0, HCALL_ECALL);
    assert_int_equal((int32_t)v->regs[REG_A0], SBI_ERR_INVALID_PARAM);
    assert_int_equal(v->csr.sip, 0);
    sbi(v, SBI_EXT_IPI, SBI_IPI_SEND_IPI, 1, 0, 0, HCALL_ECALL);
    assert_int_equal(v->regs[REG_A0], SBI_SUCCESS);
    assert_int_equal(v->csr.sip, XVM_MIP_SSIP);
    v->csr.satp = ROOT_SATP;
    map_guest(v->guest, 0x10000000, 0x5000, XVM_PTE_V | XVM_PTE_R | XVM_PTE_A);
    assert_int_equal(shadow_fill(v->guest, v, 0x10000000, ACC_LOAD, &fill_walk), WALK_OK);
    sbi(v, SBI_EXT_RFENCE, SBI_RFENCE_SFENCE_VMA, 0, SBI_HART_MASK_ALL, 0, HCALL_ECALL);
    assert_int_equal(v->regs[REG_A0], SBI_SUCCESS);
    assert_false(v->guest->shadow.cur->root[0x10000000 >> 22] & XVM_PTE_V);
    sbi(v, SBI_EXT_RFENCE, 7, 0, SBI_HART_MASK_ALL, 0, HCALL_ECALL);
    assert_int_equal((int32_t)v->regs[REG_A0], SBI_ERR_NOT_SUPPORTED);
}

static void test_gate_off_unmapped_and_not_reported(void **state)
{
    (void)state;
    struct vcpu *v = setup_guests(1);
    struct guest *g = v->guest;
    g->gate = 0;
    shadow_init(g);
    assert_int_equal(g->shadow.cur->root[VMM_GATE_VA >> 22], 0);
    v->regs[T0] = ROOT_SATP;
    emulate_virt_fault(v, csr_insn(CSRRW, 0, T0, XVM_CSR_SATP));
    assert_int_equal(g->shadow.cur->root[VMM_GATE_VA >> 22], 0);
    sbi(v, SBI_EXT_XVM, SBI_XVM_GET_GATE, 0, 0, 0, HCALL_ECALL);
    assert_int_equal((int32_t)v->regs[REG_A0], SBI_ERR_NOT_SUPPORTED);
    sbi(v, SBI_EXT_XVM, SBI_XVM_GET_VA_LIMIT, 0, 0, 0, HCALL_ECALL);
    assert_int_equal(v->regs[REG_A1], VMM_VA_LIMIT);
}

/* ---- scheduler -------------------------------------------------------- */

static void test_slice_rotation(void **state)
{
    (void)state;
    struct vcpu *v = setup_guests(3);
    set_time(VMM_SLICE - 1);
    assert_ptr_equal(sched_timer(v), v);
    set_time(VMM_SLICE);
    struct vcpu *n = sched_timer(v);
    assert_ptr_equal(n, &vmm.guests[1].vcpu);
    assert_int_equal(fake.satp, shadow_satp(&vmm.guests[1]));
    assert_true(vmm.slice_end == VMM_SLICE + VMM_SLICE);
    vmm.guests[2].state = G_STOPPED;
    set_time(vmm.slice_end);
    assert_ptr_equal(sched_timer(n), &vmm.guests[0].vcpu);
    assert_int_equal(vmm.guests[1].stats.world_switches, 1);
}

static void test_weight_scales_slice(void **state)
{
    (void)state;
    struct vcpu *v = setup_guests(2);
    vmm.guests[1].weight = 3;
    set_time(VMM_SLICE);
    struct vcpu *n = sched_timer(v);
    assert_ptr_equal(n, &vmm.guests[1].vcpu);
    assert_true(vmm.slice_end == VMM_SLICE + 3 * VMM_SLICE);
}

static void test_all_blocked_waits(void **state)
{
    (void)state;
    struct vcpu *v = setup_guests(2);
    vmm.guests[1].state = G_BLOCKED;
    vmm.guests[1].wake_time = 7000;
    struct vcpu *n = sched_block(v, 9000);
    assert_ptr_equal(n, &vmm.guests[1].vcpu);
    assert_true(vmm.now == 7000);
}

static void test_finish_exit_status(void **state)
{
    (void)state;
    struct vcpu *v = setup_guests(2);
    vmm.guests[1].state = G_EXITED;
    fake.exit_armed = 1;
    if (setjmp(fake.exit_jmp) == 0) {
        guest_exit(v, 0);
        fail();
    }
    assert_int_equal(fake.exit_code, 0);
    v = setup_guests(2);
    vmm.guests[1].state = G_STOPPED;
    fake.exit_armed = 1;
    if (setjmp(fake.exit_jmp) == 0) {
        guest_exit(v, 0);
        fail();
    }
    assert_int_equal(fake.exit_code, 1);
}

/* ---- trap dispatch ---------------------------------------------------- */

static void test_user_ecall_reflected(void **state)
{
    (void)state;
    struct vcpu *v = setup_guests(1);
    v->csr.stvec = 0x40000000;
    vmm_trap(v, XVM_EXC_ECALL_U, 0, 0x10000010, 0, 1);
    assert_int_equal(v->csr.scause, XVM_EXC_ECALL_U);
    assert_int_equal(v->csr.sepc, 0x10000010);
    assert_int_equal(v->csr.sstatus & XVM_MSTATUS_SPP, 0);
    assert_int_equal(v->pc, 0x40000000);
    assert_int_equal(v->guest->stats.reflected, 1);
}

static void test_guest_ecall_is_sbi(void **state)
{
    (void)state;
    struct vcpu *v = setup_guests(1);
    v->regs[REG_A7] = SBI_EXT_XVM;
    v->regs[REG_A6] = SBI_XVM_GET_GATE;
    vmm_trap(v, XVM_EXC_ECALL_S, 0, 0x40000010, 1, 1);
    assert_int_equal(v->pc, 0x40000014);
    assert_int_equal(v->regs[REG_A1], VMM_GATE_VA);
}

static void test_monitor_half_access_is_attack(void **state)
{
    (void)state;
    struct vcpu *v = setup_guests(1);
    vmm_trap(v, XVM_EXC_LOAD_ACCESS, 0x80001000, 0x40000010, 1, 1);
    assert_int_equal(v->csr.scause, XVM_EXC_LOAD_ACCESS);
    assert_int_equal(v->csr.stval, 0x80001000);
    assert_int_equal(v->guest->stats.attacks, 1);
}

static void test_trap_storm_stops_guest(void **state)
{
    (void)state;
    struct vcpu *v = setup_guests(2);
    v->csr.stvec = 0x40000000;
    for (int i = 0; i < VMM_TRAP_STORM; i++)
        assert_ptr_equal(vmm_trap(v, XVM_EXC_ILLEGAL_INSN, 0, 0x40000000, 1, 1), v);
    assert_ptr_equal(vmm_trap(v, XVM_EXC_ILLEGAL_INSN, 0, 0x40000000, 1, 1),
                     &vmm.guests[1].vcpu);
    assert_int_equal(vmm.guests[0].state, G_STOPPED);
}

static void test_page_fault_fills_then_reflects(void **state)
{
    (void)state;
    struct vcpu *v = setup_guests(1);
    struct guest *g = v->guest;
    v->csr.satp = ROOT_SATP;
    v->csr.stvec = 0x40000000;
    map_guest(g, 0x10000000, 0x5000, XVM_PTE_V | XVM_PTE_R | XVM_PTE_U | XVM_PTE_A);
    vmm_trap(v, XVM_EXC_LOAD_PAGE_FAULT, 0x10000004, 0x10000100, 0, 1);
    assert_int_equal(g->stats.shadow_faults, 1);
    assert_int_equal(v->pc, 0x10000100);
    vmm_trap(v, XVM_EXC_STORE_PAGE_FAULT, 0x10000004, 0x10000104, 0, 1);
    assert_int_equal(v->csr.scause, XVM_EXC_STORE_PAGE_FAULT);
    assert_int_equal(g->stats.reflected, 1);
    map_guest(g, 0x10001000, 0x900000, XVM_PTE_V | XVM_PTE_R | XVM_PTE_U | XVM_PTE_A);
    v->priv = XVM_PRIV_U;
    vmm_trap(v, XVM_EXC_LOAD_PAGE_FAULT, 0x10001000, 0x10000108, 0, 1);
    assert_int_equal(v->csr.scause, XVM_EXC_LOAD_ACCESS);
    assert_int_equal(g->stats.attacks, 1);
}

/* Each partition check that fails on a shadow fault is reported with its
 * own cause: paging off, a page table outside, or a PTE mapping outside. */
static void test_shadow_fault_reports_name_the_cause(void **state)
{
    (void)state;
    struct vcpu *v = setup_guests(1);
    struct guest *g = v->guest;
    v->csr.stvec = 0x40000000;
    vmm_trap(v, XVM_EXC_LOAD_PAGE_FAULT, 0x00F00010, 0x40000100, 1, 1);
    assert_int_equal(v->csr.scause, XVM_EXC_LOAD_ACCESS);
    v->csr.satp = XVM_SATP_MODE_SV32 | (0x00F00000 >> 12);
    vmm_trap(v, XVM_EXC_STORE_PAGE_FAULT, 0x00001000, 0x40000104, 1, 1);
    assert_int_equal(v->csr.scause, XVM_EXC_STORE_ACCESS);
    v->csr.satp = ROOT_SATP;
    uint32_t *root = (uint32_t *)(g->mem + 0x1000);
    root[0x30000000 >> 22] = PTE_PPN(0x00F01000) | XVM_PTE_V;
    vmm_trap(v, XVM_EXC_INSN_PAGE_FAULT, 0x30000000, 0x30000000, 1, 1);
    assert_int_equal(v->csr.scause, XVM_EXC_INSN_ACCESS);
    map_guest(g, 0x10001000, 0x900000, XVM_PTE_V | XVM_PTE_R | XVM_PTE_A);
    vmm_trap(v, XVM_EXC_LOAD_PAGE_FAULT, 0x10001000, 0x40000108, 1, 1);
    assert_int_equal(v->csr.scause, XVM_EXC_LOAD_ACCESS);
    fake.out[fake.out_len] = 0;
    assert_string_equal(fake.out,
        "[vmm] guest0: access outside the partition with paging off at 0x00f00010\n"
        "[vmm] guest0: page table at 0x00f00000 outside the partition, va 0x00001000\n"
        "[vmm] guest0: page table at 0x00f01000 outside the partition, va 0x30000000\n"
        "[vmm] guest0: PTE maps va 0x10001000 to 0x40900000, outside the partition\n");
    assert_int_equal(g->stats.attacks, 4);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_csr_read_sstatus),
        cmocka_unit_test(test_csr_write_masks),
        cmocka_unit_test(test_csr_set_clear_imm),
        cmocka_unit_test(test_satp_root_outside_stops_guest),
        cmocka_unit_test(test_stvec_mode_warl),
        cmocka_unit_test(test_sip_follows_stimecmp),
        cmocka_unit_test(test_sret),
        cmocka_unit_test(test_sfence_counts_and_flushes),
        cmocka_unit_test(test_vmsw_outside_gate_is_reflected),
        cmocka_unit_test(test_wfi_with_pending_interrupt_continues),
        cmocka_unit_test(test_wfi_blocks_until_timer),
        cmocka_unit_test(test_trap_entry_state),
        cmocka_unit_test(test_vectored_interrupt),
        cmocka_unit_test(test_pending_irq_rules),
        cmocka_unit_test(test_resume_injects_timer),
        cmocka_unit_test(test_shadow_pte_construction),
        cmocka_unit_test(test_partition_checks),
        cmocka_unit_test(test_walk_rules),
        cmocka_unit_test(test_walk_root_outside_and_megapage),
        cmocka_unit_test(test_bare_mode_partition),
        cmocka_unit_test(test_fill_strips_vg_and_keeps_gate),
        cmocka_unit_test(test_shadow_pool_exhaustion_flushes),
        cmocka_unit_test(test_satp_write_switches_cached_roots),
        cmocka_unit_test(test_full_sfence_revalidates_every_tree),
        cmocka_unit_test(test_sfence_va_drops_one_page_everywhere),
        cmocka_unit_test(test_sfence_va_in_megapage),
        cmocka_unit_test(test_shadow_tree_lru_eviction),
        cmocka_unit_test(test_guest_l1_change_drops_table),
        cmocka_unit_test(test_revalidation_refuses_page_beyond_4g),
        cmocka_unit_test(test_sbi_base_and_xvm),
        cmocka_unit_test(test_sbi_console_prefix),
        cmocka_unit_test(test_sbi_buffer_outside_partition),
        cmocka_unit_test(test_sbi_buffer_report_names_size_and_end),
        cmocka_unit_test(test_sbi_timer_and_input),
        cmocka_unit_test(test_sbi_shutdown_ends_guest),
        cmocka_unit_test(test_sbi_legacy_shutdown_ends_guest),
        cmocka_unit_test(test_sbi_ipi_and_rfence_single_hart),
        cmocka_unit_test(test_gate_off_unmapped_and_not_reported),
        cmocka_unit_test(test_slice_rotation),
        cmocka_unit_test(test_weight_scales_slice),
        cmocka_unit_test(test_all_blocked_waits),
        cmocka_unit_test(test_finish_exit_status),
        cmocka_unit_test(test_user_ecall_reflected),
        cmocka_unit_test(test_guest_ecall_is_sbi),
        cmocka_unit_test(test_monitor_half_access_is_attack),
        cmocka_unit_test(test_trap_storm_stops_guest),
        cmocka_unit_test(test_page_fault_fills_then_reflects),
        cmocka_unit_test(test_shadow_fault_reports_name_the_cause),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
