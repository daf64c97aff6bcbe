/* SPDX-License-Identifier: Apache-2.0 */
/* Privileged architecture: CSR WARL rules and access checks, trap
 * delegation, interrupt priority, wfi, counters, returns. */
#include "iss_test.h"

static void test_mstatus_warl(void **state)
{
    struct iss *s = hart();
    struct xvm_commit c;

    (void)state;
    iss_set_reg(s, 5, 0xffffffffu);
    exec1(s, CSRRW(0, XVM_CSR_MSTATUS, 5), &c);
    assert_int_equal(c.trap, 0);
    assert_int_equal(csr(s, XVM_CSR_MSTATUS), 0x007e19aau);
    assert_int_equal(csr(s, XVM_CSR_SSTATUS), XVM_SSTATUS_MASK);
    /* MPP = 2 is not a privilege: the old MPP stays */
    iss_set_reg(s, 5, 0x1000u);
    exec1(s, CSRRW(0, XVM_CSR_MSTATUS, 5), &c);
    assert_int_equal(csr(s, XVM_CSR_MSTATUS), XVM_MSTATUS_MPP_M);
    iss_set_reg(s, 5, XVM_MSTATUS_MPP_S);
    exec1(s, CSRRW(0, XVM_CSR_MSTATUS, 5), &c);
    assert_int_equal(csr(s, XVM_CSR_MSTATUS), XVM_MSTATUS_MPP_S);
    set_csr(s, XVM_CSR_MSTATUSH, 0xffffffffu);
    assert_int_equal(csr(s, XVM_CSR_MSTATUSH), XVM_MSTATUSH_MPVM);
    iss_destroy(s);
}

static void test_other_warl(void **state)
{
    struct iss *s = hart();

    (void)state;
    set_csr(s, XVM_CSR_MTVEC, 0x80000101u);
    assert_int_equal(csr(s, XVM_CSR_MTVEC), 0x80000101u);
    set_csr(s, XVM_CSR_MTVEC, 0x80000202u);
    assert_int_equal(csr(s, XVM_CSR_MTVEC), 0x80000201u);
    set_csr(s, XVM_CSR_STVEC, 0x80000303u);
    assert_int_equal(csr(s, XVM_CSR_STVEC), 0x80000300u);
    set_csr(s, XVM_CSR_MEDELEG, 0xffffffffu);
    assert_int_equal(csr(s, XVM_CSR_MEDELEG), XVM_MEDELEG_MASK);
    set_csr(s, XVM_CSR_MIDELEG, 0xffffffffu);
    assert_int_equal(csr(s, XVM_CSR_MIDELEG), XVM_MIDELEG_MASK);
    set_csr(s, XVM_CSR_MEPC, 0x80000007u);
    assert_int_equal(csr(s, XVM_CSR_MEPC), 0x80000004u);
    set_csr(s, XVM_CSR_MIE, 0xffffffffu);
    assert_int_equal(csr(s, XVM_CSR_MIE), 0xaaau);
    assert_int_equal(csr(s, XVM_CSR_SIE), 0x222u);
    set_csr(s, XVM_CSR_SATP, 0xffffffffu);
    assert_int_equal(csr(s, XVM_CSR_SATP), 0x803fffffu);
    set_csr(s, XVM_CSR_MISA, 0);
    assert_int_equal(csr(s, XVM_CSR_MISA), XVM_MISA_VALUE);
    set_csr(s, XVM_CSR_MCOUNTEREN, 0xffffffffu);
    assert_int_equal(csr(s, XVM_CSR_MCOUNTEREN), XVM_COUNTEREN_MASK);
    set_csr(s, XVM_CSR_PMPADDR0, 0x1234u);
    assert_int_equal(csr(s, XVM_CSR_PMPADDR0), 0);
    set_csr(s, XVM_CSR_MIP, 0xffffffffu);
    assert_int_equal(csr(s, XVM_CSR_MIP), XVM_MIP_SSIP | XVM_MIP_STIP | XVM_MIP_SEIP);
    iss_destroy(s);
}

/* Write of a read-only CSR, and a CSR that does not exist: illegal, tval =
 * instruction bits; csrrs with rs1 = x0 on a read-only CSR is legal. */
static void test_csr_access_rules(void **state)
{
    struct iss *s = hart();
    struct xvm_commit c;

    (void)state;
    exec1(s, CSRRW(0, XVM_CSR_MVENDORID, 5), &c);
    expect_trap(&c, XVM_EXC_ILLEGAL_INSN, CSRRW(0, XVM_CSR_MVENDORID, 5));
    exec1(s, CSRRS(6, XVM_CSR_MIMPID, 0), &c);
    assert_int_equal(c.trap, 0);
    assert_int_equal(c.rd_value, XVM_MIMPID_VALUE);
    exec1(s, CSRRS(6, 0x7c0, 0), &c);
    expect_trap(&c, XVM_EXC_ILLEGAL_INSN, CSRRS(6, 0x7c0, 0));
    exec1(s, CSRRS(6, XVM_CSR_CYCLE, 7), &c);
    assert_int_equal(c.cause, XVM_EXC_ILLEGAL_INSN);
    iss_destroy(s);
}

static void test_counter_enables(void **state)
{
    struct iss *s = hart();
    struct xvm_commit c;
    const uint32_t rdcycle = CSRRS(6, XVM_CSR_CYCLE, 0);

    (void)state;
    iss_set_priv(s, XVM_PRIV_U, 0);
    exec1(s, rdcycle, &c);
    expect_trap(&c, XVM_EXC_ILLEGAL_INSN, rdcycle);
    set_csr(s, XVM_CSR_MCOUNTEREN, 1);
    iss_set_priv(s, XVM_PRIV_U, 0);
    exec1(s, rdcycle, &c);
    assert_int_equal(c.cause, XVM_EXC_ILLEGAL_INSN);
    iss_set_priv(s, XVM_PRIV_S, 0);
    exec1(s, rdcycle, &c);
    assert_int_equal(c.trap, 0);
    set_csr(s, XVM_CSR_SCOUNTEREN, 1);
    iss_set_priv(s, XVM_PRIV_U, 0);
    exec1(s, rdcycle, &c);
    assert_int_equal(c.trap, 0);
    /* hpmcounters: the enable bits do not exist, so S and U never read them */
    iss_set_priv(s, XVM_PRIV_S, 0);
    exec1(s, CSRRS(6, XVM_CSR_HPMCOUNTER3, 0), &c);
    assert_int_equal(c.cause, XVM_EXC_ILLEGAL_INSN);
    iss_destroy(s);
}

static void test_stimecmp(void **state)
{
    struct iss *s = hart();
    struct xvm_commit c;
    const uint32_t rd = CSRRS(6, XVM_CSR_STIMECMP, 0);

    (void)state;
    iss_set_priv(s, XVM_PRIV_S, 0);
    exec1(s, rd, &c);
    expect_trap(&c, XVM_EXC_ILLEGAL_INSN, rd);
    set_csr(s, XVM_CSR_MCOUNTEREN, 2);
    set_csr(s, XVM_CSR_MENVCFGH, XVM_MENVCFGH_STCE);
    set_csr(s, XVM_CSR_STIMECMP, 5);
    set_csr(s, XVM_CSR_STIMECMPH, 0);
    iss_set_priv(s, XVM_PRIV_S, 0);
    exec1(s, rd, &c);
    assert_int_equal(c.trap, 0);
    assert_int_equal(c.rd_value, 5);
    /* Sstc: STIP follows mtime >= stimecmp and ignores writes */
    while (iss_cycles(s) < 5)
        exec1(s, NOP, &c);
    assert_int_equal(csr(s, XVM_CSR_MIP) & XVM_MIP_STIP, XVM_MIP_STIP);
    set_csr(s, XVM_CSR_MIP, 0);
    assert_int_equal(csr(s, XVM_CSR_MIP) & XVM_MIP_STIP, XVM_MIP_STIP);
    iss_destroy(s);
}

static void test_delegation(void **state)
{
    struct iss *s = hart();
    struct xvm_commit c;

    (void)state;
    set_csr(s, XVM_CSR_MEDELEG, 1u << XVM_EXC_ECALL_U);
    set_csr(s, XVM_CSR_STVEC, 0x80020000u);
    set_csr(s, XVM_CSR_MTVEC, 0x80030000u);
    set_csr(s, XVM_CSR_MSTATUS, XVM_MSTATUS_SIE);
    iss_set_priv(s, XVM_PRIV_U, 0);
    exec1(s, ECALL, &c);
    expect_trap(&c, XVM_EXC_ECALL_U, 0);
    assert_int_equal(c.priv, XVM_PRIV_U);
    assert_int_equal(iss_priv(s), XVM_PRIV_S);
    assert_int_equal(iss_pc(s), 0x80020000u);
    assert_int_equal(csr(s, XVM_CSR_SCAUSE), XVM_EXC_ECALL_U);
    assert_int_equal(csr(s, XVM_CSR_SEPC), CODE_PA);
    assert_int_equal(csr(s, XVM_CSR_MSTATUS), XVM_MSTATUS_SPIE);
    /* ecall from S is not delegated: M, MPP = S */
    exec1(s, ECALL, &c);
    expect_trap(&c, XVM_EXC_ECALL_S, 0);
    assert_int_equal(iss_priv(s), XVM_PRIV_M);
    assert_int_equal(iss_pc(s), 0x80030000u);
    assert_int_equal(csr(s, XVM_CSR_MSTATUS) & XVM_MSTATUS_MPP, XVM_MSTATUS_MPP_S);
    /* traps from M never go to S, even when delegated */
    set_csr(s, XVM_CSR_MEDELEG, XVM_MEDELEG_MASK);
    exec1(s, EBREAK, &c);
    expect_trap(&c, XVM_EXC_BREAKPOINT, CODE_PA);
    assert_int_equal(iss_priv(s), XVM_PRIV_M);
    assert_int_equal(csr(s, XVM_CSR_MCAUSE), XVM_EXC_BREAKPOINT);
    iss_destroy(s);
}

/* MSI outranks MTI; vectored mode adds 4 x cause for interrupts only. */
static void test_interrupt_priority(void **state)
{
    struct iss *s = hart();
    struct xvm_commit c;

    (void)state;
    iss_set_reg(s, 1, XVM_CLINT_BASE);
    iss_set_reg(s, 2, 1);
    exec1(s, SW(2, 1, XVM_CLINT_MSIP), &c);
    iss_set_reg(s, 1, XVM_CLINT_BASE + XVM_CLINT_MTIMECMP);
    exec1(s, SW(0, 1, 0), &c);
    exec1(s, SW(0, 1, 4), &c);
    assert_int_equal(csr(s, XVM_CSR_MIP), XVM_MIP_MSIP | XVM_MIP_MTIP);
    /* pending but not enabled: no trap */
    exec1(s, NOP, &c);
    assert_int_equal(c.trap, 0);
    set_csr(s, XVM_CSR_MIE, XVM_MIP_MSIP | XVM_MIP_MTIP);
    set_csr(s, XVM_CSR_MTVEC, 0x80040001u);
    set_csr(s, XVM_CSR_MSTATUS, XVM_MSTATUS_MIE);
    iss_set_pc(s, CODE_PA);
    iss_step(s, &c);
    expect_trap(&c, XVM_CAUSE_INTERRUPT | XVM_IRQ_MSI, 0);
    assert_int_equal(c.insn, 0);
    assert_int_equal(c.pc, CODE_PA);
    assert_int_equal(iss_pc(s), 0x80040000u + 4 * XVM_IRQ_MSI);
    assert_int_equal(csr(s, XVM_CSR_MEPC), CODE_PA);
    /* In U-mode M-level interrupts are taken whatever MIE holds */
    set_csr(s, XVM_CSR_MIE, XVM_MIP_MTIP);
    set_csr(s, XVM_CSR_MSTATUS, 0);
    iss_set_priv(s, XVM_PRIV_U, 0);
    exec1(s, NOP, &c);
    expect_trap(&c, XVM_CAUSE_INTERRUPT | XVM_IRQ_MTI, 0);
    iss_destroy(s);
}

/* wfi waits for an interrupt to become pending; with MIE=0 it then retires. */
static void test_wfi(void **state)
{
    struct iss *s = hart();
    struct xvm_commit c;

    (void)state;
    iss_set_reg(s, 1, XVM_CLINT_BASE + XVM_CLINT_MTIMECMP);
    iss_set_reg(s, 2, 100);
    exec1(s, SW(2, 1, 0), &c);
    exec1(s, SW(0, 1, 4), &c);
    set_csr(s, XVM_CSR_MIE, XVM_MIP_MTIP);
    put32(s, CODE_PA, WFI);
    iss_set_pc(s, CODE_PA);
    assert_int_equal(iss_step(s, &c), ISS_WAITING);
    assert_int_equal(iss_pc(s), CODE_PA);
    while (iss_step(s, &c) == ISS_WAITING)
        ;
    assert_int_equal(c.trap, 0);
    assert_int_equal(c.insn, WFI);
    assert_int_equal(iss_pc(s), CODE_PA + 4);
    assert_true(iss_cycles(s) >= 100);
    iss_destroy(s);
}

/* A pending interrupt that mie masks still ends the wait at once. */
static void test_wfi_pending_masked(void **state)
{
    struct iss *s = hart();
    struct xvm_commit c;

    (void)state;
    set_csr(s, XVM_CSR_MIE, 0);
    set_csr(s, XVM_CSR_MIP, XVM_MIP_SSIP);
    put32(s, CODE_PA, WFI);
    iss_set_pc(s, CODE_PA);
    while (iss_step(s, &c) == ISS_WAITING)
        ;
    assert_int_equal(c.trap, 0);
    assert_int_equal(c.insn, WFI);
    assert_int_equal(iss_pc(s), CODE_PA + 4);
    assert_true(iss_cycles(s) <= 2);
    iss_destroy(s);
}

/* With MIE=1 the wfi retires first and the interrupt is taken after it. */
static void test_wfi_then_interrupt(void **state)
{
    struct iss *s = hart();
    struct xvm_commit c;

    (void)state;
    iss_set_reg(s, 1, XVM_CLINT_BASE + XVM_CLINT_MTIMECMP);
    iss_set_reg(s, 2, 50);
    exec1(s, SW(2, 1, 0), &c);
    exec1(s, SW(0, 1, 4), &c);
    set_csr(s, XVM_CSR_MIE, XVM_MIP_MTIP);
    set_csr(s, XVM_CSR_MSTATUS, XVM_MSTATUS_MIE);
    put32(s, CODE_PA, WFI);
    iss_set_pc(s, CODE_PA);
    while (iss_step(s, &c) == ISS_WAITING)
        ;
    assert_int_equal(c.trap, 0);
    assert_int_equal(c.pc, CODE_PA);
    assert_int_equal(c.insn, WFI);
    iss_step(s, &c);
    expect_trap(&c, XVM_CAUSE_INTERRUPT | XVM_IRQ_MTI, 0);
    assert_int_equal(c.pc, CODE_PA + 4);
    assert_int_equal(csr(s, XVM_CSR_MEPC), CODE_PA + 4);
    iss_destroy(s);
}

/* ecall does not retire; a write to minstret suppresses its own increment. */
static void test_instret(void **state)
{
    struct iss *s = hart();
    struct xvm_commit c;

    (void)state;
    exec1(s, NOP, &c);
    exec1(s, ECALL, &c);
    assert_int_equal(csr(s, XVM_CSR_MINSTRET), 1);
    iss_set_reg(s, 5, 100);
    exec1(s, CSRRW(0, XVM_CSR_MINSTRET, 5), &c);
    assert_int_equal(csr(s, XVM_CSR_MINSTRET), 100);
    exec1(s, CSRRS(6, XVM_CSR_MINSTRET, 0), &c);
    assert_int_equal(c.rd_value, 100);
    assert_int_equal(csr(s, XVM_CSR_MINSTRET), 101);
    iss_destroy(s);
}

static void test_returns(void **state)
{
    struct iss *s = hart();
    struct xvm_commit c;

    (void)state;
    set_csr(s, XVM_CSR_MSTATUS, XVM_MSTATUS_MPRV | XVM_MSTATUS_MPP_S | XVM_MSTATUS_MPIE);
    set_csr(s, XVM_CSR_MEPC, 0x80050000u);
    exec1(s, MRET, &c);
    assert_int_equal(c.trap, 0);
    assert_int_equal(iss_priv(s), XVM_PRIV_S);
    assert_int_equal(iss_pc(s), 0x80050000u);
    assert_int_equal(csr(s, XVM_CSR_MSTATUS), XVM_MSTATUS_MIE | XVM_MSTATUS_MPIE);
    /* mret from S is illegal; TSR makes sret illegal in S */
    exec1(s, MRET, &c);
    expect_trap(&c, XVM_EXC_ILLEGAL_INSN, MRET);
    set_csr(s, XVM_CSR_MSTATUS, XVM_MSTATUS_TSR | XVM_MSTATUS_SPP | XVM_MSTATUS_SPIE);
    iss_set_priv(s, XVM_PRIV_S, 0);
    exec1(s, SRET, &c);
    expect_trap(&c, XVM_EXC_ILLEGAL_INSN, SRET);
    set_csr(s, XVM_CSR_MSTATUS, XVM_MSTATUS_SPIE);
    set_csr(s, XVM_CSR_SEPC, 0x80060000u);
    iss_set_priv(s, XVM_PRIV_S, 0);
    exec1(s, SRET, &c);
    assert_int_equal(iss_priv(s), XVM_PRIV_U);
    assert_int_equal(iss_pc(s), 0x80060000u);
    assert_int_equal(csr(s, XVM_CSR_MSTATUS), XVM_MSTATUS_SIE | XVM_MSTATUS_SPIE);
    iss_destroy(s);
}

/* Lockstep hooks: an override replaces one non-deterministic read only. */
static void test_override(void **state)
{
    struct iss *s = hart();
    struct xvm_commit c;

    (void)state;
    iss_override_read(s, 0x12345678u);
    exec1(s, CSRRS(6, XVM_CSR_TIME, 0), &c);
    assert_int_equal(c.rd_value, 0x12345678u);
    exec1(s, CSRRS(6, XVM_CSR_TIME, 0), &c);
    assert_int_equal(c.rd_value, 1);
    iss_override_read(s, 0x55u);
    exec1(s, CSRRS(6, XVM_CSR_MSCRATCH, 0), &c);
    assert_int_equal(c.rd_value, 0);
    /* interrupt inputs and forced pending bits show in mip */
    iss_set_mip_inputs(s, XVM_MIP_MEIP | XVM_MIP_SSIP);
    assert_int_equal(csr(s, XVM_CSR_MIP), XVM_MIP_MEIP);
    iss_force_mip(s, XVM_MIP_MTIP | XVM_MIP_MSIP, XVM_MIP_MTIP);
    assert_int_equal(csr(s, XVM_CSR_MIP), XVM_MIP_MEIP | XVM_MIP_MTIP);
    iss_set_mip_inputs(s, 0);
    iss_force_mip(s, 0, 0);
    assert_int_equal(csr(s, XVM_CSR_MIP), 0);
    /* a forced interrupt is taken only when enabled */
    iss_set_lockstep(s, 1);
    assert_int_equal(iss_take_interrupt(s, XVM_IRQ_MTI, &c), -1);
    set_csr(s, XVM_CSR_MIE, XVM_MIP_MTIP);
    set_csr(s, XVM_CSR_MSTATUS, XVM_MSTATUS_MIE);
    assert_int_equal(iss_take_interrupt(s, XVM_IRQ_MTI, &c), 0);
    expect_trap(&c, XVM_CAUSE_INTERRUPT | XVM_IRQ_MTI, 0);
    iss_destroy(s);
}

/* Offered bits replace a fetch only from a word stored to since the last
 * fence.i, and only in lockstep mode. */
static void test_fetch_offer(void **state)
{
    const uint32_t patched = CODE_PA + 8, offered = ADDI(6, 0, 2);
    struct xvm_commit c;

    (void)state;
    for (int lockstep = 0; lockstep <= 1; lockstep++) {
        struct iss *s = hart();

        iss_set_lockstep(s, lockstep);
        put32(s, CODE_PA + 4, ADDI(5, 0, 1));
        iss_set_pc(s, CODE_PA + 4);
        iss_offer_fetch(s, offered);
        iss_step(s, &c);
        assert_int_equal(c.insn, ADDI(5, 0, 1));
        iss_set_reg(s, 7, patched);
        iss_set_reg(s, 8, ADDI(5, 0, 3));
        exec1(s, SW(8, 7, 0), &c);
        assert_int_equal(get32(s, patched), ADDI(5, 0, 3));
        iss_set_pc(s, patched);
        iss_offer_fetch(s, offered);
        iss_step(s, &c);
        assert_int_equal(c.insn, lockstep ? offered : ADDI(5, 0, 3));
        assert_int_equal(c.rd, lockstep ? 6 : 5);
        /* the offer lasts one step */
        iss_set_pc(s, patched);
        iss_step(s, &c);
        assert_int_equal(c.insn, ADDI(5, 0, 3));
        exec1(s, 0x0000100fu, &c);   /* fence.i */
        iss_set_pc(s, patched);
        iss_offer_fetch(s, offered);
        iss_step(s, &c);
        assert_int_equal(c.insn, ADDI(5, 0, 3));
        iss_destroy(s);
    }
}

int run_priv_tests(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_mstatus_warl),
        cmocka_unit_test(test_other_warl),
        cmocka_unit_test(test_csr_access_rules),
        cmocka_unit_test(test_counter_enables),
        cmocka_unit_test(test_stimecmp),
        cmocka_unit_test(test_delegation),
        cmocka_unit_test(test_interrupt_priority),
        cmocka_unit_test(test_wfi),
        cmocka_unit_test(test_wfi_pending_masked),
        cmocka_unit_test(test_wfi_then_interrupt),
        cmocka_unit_test(test_instret),
        cmocka_unit_test(test_returns),
        cmocka_unit_test(test_override),
        cmocka_unit_test(test_fetch_offer),
    };

    return cmocka_run_group_tests_name("priv", tests, NULL, NULL);
}
