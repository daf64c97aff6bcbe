/* SPDX-License-Identifier: Apache-2.0 */
/* Xvm rules R1-R11 (docs/xvm.md) checked one by one. */
#include "iss_test.h"

#define CODE_VA   0x00000000u
#define DATA_PA   0x80020000u
#define STVEC     0x80070000u
#define PTE_SRX   (XVM_PTE_V | XVM_PTE_R | XVM_PTE_X | XVM_PTE_A)

/* S-mode under Sv32, code page at VA 0 (a vmsw gate when gate is set),
 * virtualization faults and ecalls delegated to S. */
static struct iss *guest(int gate, int vm)
{
    struct iss *s = hart();

    map4k(s, CODE_VA, CODE_PA, PTE_SRX | (gate ? XVM_PTE_VG : 0));
    sv32_on(s);
    set_csr(s, XVM_CSR_MEDELEG, (1u << XVM_EXC_VIRT_FAULT) | (1u << XVM_EXC_ILLEGAL_INSN) |
                                (1u << XVM_EXC_LOAD_ACCESS) | (1u << XVM_EXC_LOAD_PAGE_FAULT));
    set_csr(s, XVM_CSR_STVEC, STVEC);
    iss_set_priv(s, XVM_PRIV_S, vm);
    return s;
}

static enum iss_status run(struct iss *s, uint32_t insn, struct xvm_commit *c)
{
    return exec_at(s, CODE_VA, CODE_PA, insn, c);
}

/* R1-R3: vmsw from a gate switches VM at once, the next instruction runs
 * (and is logged) with the new VM. */
static void test_vmsw_gate(void **state)
{
    struct iss *s = guest(1, 0);
    struct xvm_commit c;

    (void)state;
    put32(s, CODE_PA + 4, NOP);
    assert_int_equal(run(s, XVM_INSN_VMSW1, &c), ISS_RETIRED);
    assert_int_equal(c.vm, 0);
    assert_int_equal(c.rd, 0);
    assert_int_equal(iss_vm(s), 1);
    assert_int_equal(iss_pc(s), CODE_VA + 4);
    iss_step(s, &c);
    assert_int_equal(c.trap, 0);
    assert_int_equal(c.vm, 1);
    /* a vmsw that changes nothing is checked the same way */
    run(s, XVM_INSN_VMSW1, &c);
    assert_int_equal(c.trap, 0);
    assert_int_equal(iss_vm(s), 1);
    run(s, XVM_INSN_VMSW0, &c);
    assert_int_equal(c.trap, 0);
    assert_int_equal(c.vm, 1);
    assert_int_equal(iss_vm(s), 0);
    assert_int_equal(iss_priv(s), XVM_PRIV_S);
    iss_destroy(s);
}

/* R2, R5: from a page without VG the switch is refused with code 24 and
 * stval = the instruction, whatever VM is. */
static void test_vmsw_not_gate(void **state)
{
    struct xvm_commit c;

    (void)state;
    for (int vm = 0; vm <= 1; vm++) {
        for (uint32_t insn = XVM_INSN_VMSW0; insn <= XVM_INSN_VMSW1; insn += 0x00100000u) {
            struct iss *s = guest(0, vm);

            run(s, insn, &c);
            expect_trap(&c, XVM_EXC_VIRT_FAULT, insn);
            assert_int_equal(iss_priv(s), XVM_PRIV_S);
            assert_int_equal(iss_pc(s), STVEC);
            assert_int_equal(csr(s, XVM_CSR_SCAUSE), XVM_EXC_VIRT_FAULT);
            assert_int_equal(csr(s, XVM_CSR_STVAL), insn);
            assert_int_equal(iss_vm(s), 0);
            assert_int_equal(csr(s, XVM_CSR_VMCTL) & XVM_VMCTL_SPVM, vm ? XVM_VMCTL_SPVM : 0);
            iss_destroy(s);
        }
    }
}

/* R2 step 1, R6: vmsw in M or U is illegal, even from a gate page. */
static void test_vmsw_m_u(void **state)
{
    struct iss *s = hart();
    struct xvm_commit c;

    (void)state;
    exec1(s, XVM_INSN_VMSW0, &c);
    expect_trap(&c, XVM_EXC_ILLEGAL_INSN, XVM_INSN_VMSW0);
    iss_destroy(s);

    s = guest(1, 1);
    map4k(s, CODE_VA, CODE_PA, PTE_SRX | XVM_PTE_U | XVM_PTE_VG);
    iss_set_priv(s, XVM_PRIV_U, 1);
    run(s, XVM_INSN_VMSW0, &c);
    expect_trap(&c, XVM_EXC_ILLEGAL_INSN, XVM_INSN_VMSW0);
    assert_int_equal(c.vm, 1);
    iss_destroy(s);

    /* a U gate page cannot be executed from S at all: the fetch fault wins */
    s = guest(1, 0);
    map4k(s, CODE_VA, CODE_PA, PTE_SRX | XVM_PTE_U | XVM_PTE_VG);
    run(s, XVM_INSN_VMSW1, &c);
    expect_trap(&c, XVM_EXC_INSN_PAGE_FAULT, CODE_VA);
    iss_destroy(s);
}

/* R2: untranslated (satp Bare) S-mode may switch only with VM=0. */
static void test_vmsw_bare(void **state)
{
    struct iss *s = hart();
    struct xvm_commit c;

    (void)state;
    iss_set_priv(s, XVM_PRIV_S, 0);
    exec1(s, XVM_INSN_VMSW1, &c);
    assert_int_equal(c.trap, 0);
    assert_int_equal(iss_vm(s), 1);
    exec1(s, XVM_INSN_VMSW0, &c);
    expect_trap(&c, XVM_EXC_VIRT_FAULT, XVM_INSN_VMSW0);
    assert_int_equal(iss_priv(s), XVM_PRIV_M);
    assert_int_equal(csr(s, XVM_CSR_MSTATUSH), XVM_MSTATUSH_MPVM);
    iss_destroy(s);
}

struct case_ {
    unsigned priv;
    uint32_t mstatus;
    uint32_t insn;
    uint32_t cause;   /* 0 = retires */
};

/* R4, R6: the examples of xvm.md and the other sensitive instructions. */
static void test_sensitive(void **state)
{
    const uint32_t s_ = XVM_PRIV_S, u_ = XVM_PRIV_U;
    const struct case_ cases[] = {
        { s_, 0, CSRRS(10, XVM_CSR_SSTATUS, 0), XVM_EXC_VIRT_FAULT },
        { s_, 0, CSRRW(0, XVM_CSR_SSCRATCH, 10), XVM_EXC_VIRT_FAULT },
        { s_, 0, CSRRS(10, XVM_CSR_SATP, 0), XVM_EXC_VIRT_FAULT },
        { s_, 0, CSRRS(10, XVM_CSR_VMCTL, 0), XVM_EXC_VIRT_FAULT },
        { s_, 0, CSRRS(10, XVM_CSR_SIP, 0), XVM_EXC_VIRT_FAULT },
        { s_, 0, CSRRW(0, XVM_CSR_MSTATUS, 10), XVM_EXC_ILLEGAL_INSN },
        { s_, 0, CSRRW(0, 0x5ff, 10), XVM_EXC_ILLEGAL_INSN },
        { s_, 0, CSRRW(0, XVM_CSR_CYCLE, 10), XVM_EXC_ILLEGAL_INSN },
        { s_, 0, CSRRS(10, XVM_CSR_CYCLE, 0), 0 },          /* mcounteren.CY set */
        { s_, 0, CSRRS(10, XVM_CSR_STIMECMP, 0), XVM_EXC_ILLEGAL_INSN },  /* no STCE */
        { s_, XVM_MSTATUS_TVM, CSRRS(10, XVM_CSR_SATP, 0), XVM_EXC_ILLEGAL_INSN },
        { s_, 0, SRET, XVM_EXC_VIRT_FAULT },
        { s_, XVM_MSTATUS_TSR, SRET, XVM_EXC_ILLEGAL_INSN },
        { s_, 0, SFENCE, XVM_EXC_VIRT_FAULT },
        { s_, XVM_MSTATUS_TVM, SFENCE, XVM_EXC_ILLEGAL_INSN },
        { s_, 0, WFI, XVM_EXC_VIRT_FAULT },
        { s_, XVM_MSTATUS_TW, WFI, XVM_EXC_ILLEGAL_INSN },
        { s_, 0, 0x0020000bu, XVM_EXC_ILLEGAL_INSN },       /* unknown custom-0 */
        { s_, 0, ECALL, XVM_EXC_ECALL_S },
        { s_, 0, NOP, 0 },
        { u_, 0, SRET, XVM_EXC_ILLEGAL_INSN },
        { u_, 0, XVM_INSN_VMSW0, XVM_EXC_ILLEGAL_INSN },
        { u_, 0, CSRRS(10, XVM_CSR_SSTATUS, 0), XVM_EXC_ILLEGAL_INSN },
        { u_, 0, WFI, XVM_EXC_ILLEGAL_INSN },
        { u_, 0, SFENCE, XVM_EXC_ILLEGAL_INSN },
    };
    struct xvm_commit c;

    (void)state;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        struct iss *s = guest(0, 1);

        if (cases[i].priv == XVM_PRIV_U)
            map4k(s, CODE_VA, CODE_PA, PTE_SRX | XVM_PTE_U);
        set_csr(s, XVM_CSR_MCOUNTEREN, 1);
        set_csr(s, XVM_CSR_MSTATUS, cases[i].mstatus);
        iss_set_priv(s, cases[i].priv, 1);
        run(s, cases[i].insn, &c);
        if (cases[i].cause == 0 ? c.trap != 0
                                : (!c.trap || c.cause != cases[i].cause))
            fail_msg("case %zu (0x%08x): trap %d cause %u, expected %u", i, cases[i].insn,
                     c.trap, c.cause, cases[i].cause);
        if (c.trap && c.cause != XVM_EXC_ECALL_S)
            assert_int_equal(c.tval, cases[i].insn);
        assert_int_equal(c.vm, 1);
        iss_destroy(s);
    }
}

/* The same instructions with VM=0 are not sensitive. */
static void test_not_sensitive_vm0(void **state)
{
    const uint32_t insns[] = { CSRRS(10, XVM_CSR_SSTATUS, 0), CSRRS(10, XVM_CSR_VMCTL, 0),
                               SFENCE };
    struct xvm_commit c;

    (void)state;
    for (size_t i = 0; i < sizeof insns / sizeof insns[0]; i++) {
        struct iss *s = guest(0, 0);

        run(s, insns[i], &c);
        assert_int_equal(c.trap, 0);
        iss_destroy(s);
    }
}

/* R7: traps clear VM and save it in vmctl.SPVM (to S) or mstatush.MPVM
 * (to M); R8: sret and mret restore it. */
static void test_trap_and_return_vm(void **state)
{
    struct iss *s = guest(0, 1);
    struct xvm_commit c;

    (void)state;
    run(s, ECALL, &c);                 /* not delegated: into M */
    assert_int_equal(iss_priv(s), XVM_PRIV_M);
    assert_int_equal(iss_vm(s), 0);
    assert_int_equal(csr(s, XVM_CSR_MSTATUSH), XVM_MSTATUSH_MPVM);
    /* mret back to S restores VM=1 and clears MPVM */
    set_csr(s, XVM_CSR_MEPC, CODE_VA);
    exec1(s, MRET, &c);
    assert_int_equal(iss_priv(s), XVM_PRIV_S);
    assert_int_equal(iss_vm(s), 1);
    assert_int_equal(csr(s, XVM_CSR_MSTATUSH), 0);
    /* a delegated fault into S: SPVM=1, VM=0 */
    run(s, CSRRS(10, XVM_CSR_SSTATUS, 0), &c);
    assert_int_equal(iss_vm(s), 0);
    assert_int_equal(csr(s, XVM_CSR_VMCTL), XVM_VMCTL_RESET | XVM_VMCTL_SPVM);
    /* sret (legal with VM=0) restores VM and clears SPVM */
    set_csr(s, XVM_CSR_SEPC, CODE_VA);
    set_csr(s, XVM_CSR_MSTATUS, XVM_MSTATUS_SPP);
    run(s, SRET, &c);
    assert_int_equal(c.trap, 0);
    assert_int_equal(iss_vm(s), 1);
    assert_int_equal(iss_priv(s), XVM_PRIV_S);
    assert_int_equal(csr(s, XVM_CSR_VMCTL), XVM_VMCTL_RESET);
    /* mret to M always leaves VM=0 */
    iss_destroy(s);
    s = hart();
    set_csr(s, XVM_CSR_MSTATUSH, XVM_MSTATUSH_MPVM);
    set_csr(s, XVM_CSR_MSTATUS, XVM_MSTATUS_MPP_M);
    set_csr(s, XVM_CSR_MEPC, CODE_PA);
    exec1(s, MRET, &c);
    assert_int_equal(iss_vm(s), 0);
    assert_int_equal(csr(s, XVM_CSR_MSTATUSH), 0);
    iss_destroy(s);
}

/* R9: with VM=1, S-level interrupts are enabled whatever SIE holds. */
static void test_guest_cannot_mask(void **state)
{
    struct xvm_commit c;

    (void)state;
    for (int vm = 0; vm <= 1; vm++) {
        struct iss *s = guest(0, vm);

        set_csr(s, XVM_CSR_MIDELEG, XVM_MIP_SSIP);
        set_csr(s, XVM_CSR_MIE, XVM_MIP_SSIP);
        set_csr(s, XVM_CSR_MIP, XVM_MIP_SSIP);
        set_csr(s, XVM_CSR_MSTATUS, 0);
        run(s, NOP, &c);
        if (vm) {
            expect_trap(&c, XVM_CAUSE_INTERRUPT | XVM_IRQ_SSI, 0);
            assert_int_equal(c.vm, 1);
            assert_int_equal(iss_priv(s), XVM_PRIV_S);
            assert_int_equal(iss_vm(s), 0);
            assert_int_equal(csr(s, XVM_CSR_VMCTL) & XVM_VMCTL_SPVM, XVM_VMCTL_SPVM);
        } else {
            assert_int_equal(c.trap, 0);
        }
        iss_destroy(s);
    }
}

/* R10 at VAMSB = 31, 30, 23, 12: the highest address below 2^(n+1) works;
 * 2^(n+1) raises the access fault before translation (its PTE is invalid,
 * so a walk would have raised a page fault instead). */
static void test_va_mask_boundaries(void **state)
{
    const unsigned vamsb[] = { 31, 30, 23, 12 };
    struct xvm_commit c;

    (void)state;
    for (size_t i = 0; i < sizeof vamsb / sizeof vamsb[0]; i++) {
        unsigned n = vamsb[i];
        uint32_t limit = n == 31 ? 0 : 1u << (n + 1);
        uint32_t ok_va = limit - XVM_PAGE_SIZE;
        struct iss *s = guest(0, 1);

        set_csr(s, XVM_CSR_VMCTL, n << XVM_VMCTL_VAMSB_LO);
        map4k(s, ok_va, DATA_PA, PTE_SRWX);
        put32(s, DATA_PA + 0xffc, 0x600d600du);
        iss_set_reg(s, 1, ok_va + 0xffc);
        run(s, LW(2, 1, 0), &c);
        if (c.trap || c.rd_value != 0x600d600du)
            fail_msg("VAMSB %u: load at 0x%08x trapped %d cause %u", n, ok_va + 0xffc,
                     c.trap, c.cause);
        if (n < 31) {
            iss_set_reg(s, 1, limit);
            run(s, LW(2, 1, 0), &c);
            expect_trap(&c, XVM_EXC_LOAD_ACCESS, limit);
            iss_set_priv(s, XVM_PRIV_S, 1);
            run(s, SW(2, 1, 0), &c);
            expect_trap(&c, XVM_EXC_STORE_ACCESS, limit);
            iss_set_priv(s, XVM_PRIV_S, 1);
            iss_set_reg(s, 1, 0xfffffffcu);
            run(s, AMOADD_W(2, 1, 0), &c);
            expect_trap(&c, XVM_EXC_STORE_ACCESS, 0xfffffffcu);
            /* with VM=0 the same address is translated (and page-faults) */
            iss_set_priv(s, XVM_PRIV_S, 0);
            iss_set_reg(s, 1, limit);
            run(s, LW(2, 1, 0), &c);
            expect_trap(&c, XVM_EXC_LOAD_PAGE_FAULT, limit);
        }
        iss_destroy(s);
    }
}

/* R10: a masked access neither walks nor fills the TLB; misalignment
 * outranks the mask; fetches are masked too. */
static void test_va_mask_details(void **state)
{
    const uint32_t high = 0x80001000u;   /* shares the code page's level-0 table */
    struct iss *s = guest(0, 1);
    struct xvm_commit c;

    (void)state;
    set_csr(s, XVM_CSR_VMCTL, 30u << XVM_VMCTL_VAMSB_LO);
    map4k(s, high, DATA_PA, PTE_SRWX);
    iss_set_reg(s, 1, high);
    run(s, LW(2, 1, 0), &c);
    expect_trap(&c, XVM_EXC_LOAD_ACCESS, high);
    map4k(s, high, DATA_PA, 0);           /* no sfence: a cached entry would hide this */
    iss_set_priv(s, XVM_PRIV_S, 0);
    run(s, LW(2, 1, 0), &c);
    expect_trap(&c, XVM_EXC_LOAD_PAGE_FAULT, high);
    /* misaligned (page-crossing) outranks the mask */
    iss_set_priv(s, XVM_PRIV_S, 1);
    iss_set_reg(s, 1, high + 0xffe);
    run(s, LW(2, 1, 0), &c);
    expect_trap(&c, XVM_EXC_LOAD_MISALIGNED, high + 0xffe);
    /* a jump to a masked address faults on the fetch, tval = pc, insn 0 */
    iss_set_priv(s, XVM_PRIV_S, 1);
    iss_set_reg(s, 1, high);
    run(s, JALR(0, 1, 0), &c);
    assert_int_equal(c.trap, 0);
    iss_step(s, &c);
    expect_trap(&c, XVM_EXC_INSN_ACCESS, high);
    assert_int_equal(c.insn, 0);
    iss_destroy(s);
}

/* R10 with VAMSB <= 10: the limit falls inside a page, and each half of a
 * split access is checked (the second half at its word address); tval is
 * the address of the access. */
static void test_va_mask_split(void **state)
{
    struct iss *s = guest(0, 1);
    struct xvm_commit c;

    (void)state;
    set_csr(s, XVM_CSR_VMCTL, 10u << XVM_VMCTL_VAMSB_LO);
    put32(s, CODE_PA + 0x7fc, 0x44332211u);
    iss_set_reg(s, 1, 0x7fc);
    run(s, LW(2, 1, 0), &c);
    assert_int_equal(c.trap, 0);
    assert_int_equal(c.rd_value, 0x44332211u);
    iss_set_priv(s, XVM_PRIV_S, 1);
    run(s, enc_i(2, 1, 1, 2, 0x03), &c);          /* lh 2(x1): 0x7fe..0x7ff */
    assert_int_equal(c.trap, 0);
    assert_int_equal(c.rd_value, 0x4433u);
    iss_set_priv(s, XVM_PRIV_S, 1);
    run(s, LW(2, 1, 2), &c);                         /* 0x7fe..0x801: split */
    expect_trap(&c, XVM_EXC_LOAD_ACCESS, 0x7feu);
    iss_destroy(s);
}

/* R10: M-mode loads with MPRV=1 and MPP=S take VM from MPVM. */
static void test_va_mask_mprv(void **state)
{
    struct iss *s = hart();
    struct xvm_commit c;

    (void)state;
    set_csr(s, XVM_CSR_VMCTL, 30u << XVM_VMCTL_VAMSB_LO);
    set_csr(s, XVM_CSR_MSTATUS, XVM_MSTATUS_MPRV | XVM_MSTATUS_MPP_S);
    iss_set_reg(s, 1, DATA_PA);
    exec1(s, LW(2, 1, 0), &c);
    assert_int_equal(c.trap, 0);
    set_csr(s, XVM_CSR_MSTATUS, XVM_MSTATUS_MPRV | XVM_MSTATUS_MPP_S);
    set_csr(s, XVM_CSR_MSTATUSH, XVM_MSTATUSH_MPVM);
    exec1(s, LW(2, 1, 0), &c);
    expect_trap(&c, XVM_EXC_LOAD_ACCESS, DATA_PA);
    assert_int_equal(c.vm, 0);
    /* MPP=M: no mask whatever MPVM */
    set_csr(s, XVM_CSR_MSTATUS, XVM_MSTATUS_MPRV | XVM_MSTATUS_MPP_M);
    set_csr(s, XVM_CSR_MSTATUSH, XVM_MSTATUSH_MPVM);
    exec1(s, LW(2, 1, 0), &c);
    assert_int_equal(c.trap, 0);
    iss_destroy(s);
}

/* vmctl: reset value, writable bits only, all VAMSB values legal. */
static void test_vmctl(void **state)
{
    struct iss *s = hart();
    struct xvm_commit c;

    (void)state;
    assert_int_equal(csr(s, XVM_CSR_VMCTL), XVM_VMCTL_RESET);
    iss_set_reg(s, 5, 0xffffffffu);
    exec1(s, CSRRW(6, XVM_CSR_VMCTL, 5), &c);
    assert_int_equal(c.rd_value, XVM_VMCTL_RESET);
    assert_int_equal(csr(s, XVM_CSR_VMCTL), XVM_VMCTL_MASK);
    for (uint32_t n = 0; n < 32; n++) {
        set_csr(s, XVM_CSR_VMCTL, n << XVM_VMCTL_VAMSB_LO);
        assert_int_equal(csr(s, XVM_CSR_VMCTL), n << XVM_VMCTL_VAMSB_LO);
    }
    /* S-level CSR: U-mode may not touch it even with VM=0 */
    iss_set_priv(s, XVM_PRIV_U, 0);
    exec1(s, CSRRS(6, XVM_CSR_VMCTL, 0), &c);
    expect_trap(&c, XVM_EXC_ILLEGAL_INSN, CSRRS(6, XVM_CSR_VMCTL, 0));
    iss_destroy(s);
}

int run_xvm_tests(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_vmsw_gate),
        cmocka_unit_test(test_vmsw_not_gate),
        cmocka_unit_test(test_vmsw_m_u),
        cmocka_unit_test(test_vmsw_bare),
        cmocka_unit_test(test_sensitive),
        cmocka_unit_test(test_not_sensitive_vm0),
        cmocka_unit_test(test_trap_and_return_vm),
        cmocka_unit_test(test_guest_cannot_mask),
        cmocka_unit_test(test_va_mask_boundaries),
        cmocka_unit_test(test_va_mask_details),
        cmocka_unit_test(test_va_mask_split),
        cmocka_unit_test(test_va_mask_mprv),
        cmocka_unit_test(test_vmctl),
    };

    return cmocka_run_group_tests_name("xvm", tests, NULL, NULL);
}
