/* SPDX-License-Identifier: Apache-2.0 */
/* Memory: Sv32 walk faults and permissions, misaligned accesses, LR/SC,
 * physical access faults and the platform devices. */
#include <stdio.h>
#include <string.h>

#include "iss_test.h"

#define CODE_VA  0x00400000u
#define DATA_VA  0x00801000u   /* not in the code page's TLB slot */
#define DATA_PA  0x80020000u

/* S-mode with Sv32: code page mapped at CODE_VA, one data page. */
static struct iss *paged(uint32_t data_flags)
{
    struct iss *s = hart();

    map4k(s, CODE_VA, CODE_PA, XVM_PTE_V | XVM_PTE_R | XVM_PTE_X | XVM_PTE_A);
    map4k(s, DATA_VA, DATA_PA, data_flags);
    sv32_on(s);
    iss_set_priv(s, XVM_PRIV_S, 0);
    iss_set_reg(s, 1, DATA_VA);
    return s;
}

static void load_store(struct iss *s, uint32_t *load_cause, uint32_t *store_cause)
{
    struct xvm_commit c;
    unsigned priv = iss_priv(s);

    exec_at(s, CODE_VA, CODE_PA, LW(2, 1, 0), &c);
    *load_cause = c.trap ? c.cause : 0xffu;
    iss_set_priv(s, priv, 0);
    exec_at(s, CODE_VA, CODE_PA, SW(2, 1, 0), &c);
    *store_cause = c.trap ? c.cause : 0xffu;
    iss_set_priv(s, priv, 0);
}

static void expect_ls(uint32_t flags, uint32_t load, uint32_t store)
{
    struct iss *s = paged(flags);
    uint32_t l, st;

    load_store(s, &l, &st);
    if (l != load || st != store)
        fail_msg("flags 0x%03x: load %u store %u, expected %u %u", flags, l, st, load, store);
    iss_destroy(s);
}

static void test_pte_faults(void **state)
{
    const uint32_t ok = 0xffu;

    (void)state;
    expect_ls(PTE_SRWX, ok, ok);
    expect_ls(PTE_SRWX & ~XVM_PTE_V, XVM_EXC_LOAD_PAGE_FAULT, XVM_EXC_STORE_PAGE_FAULT);
    expect_ls(XVM_PTE_V | XVM_PTE_W | XVM_PTE_A | XVM_PTE_D, XVM_EXC_LOAD_PAGE_FAULT,
              XVM_EXC_STORE_PAGE_FAULT);
    /* Svade: A=0 faults every access, D=0 faults stores */
    expect_ls(PTE_SRWX & ~XVM_PTE_A, XVM_EXC_LOAD_PAGE_FAULT, XVM_EXC_STORE_PAGE_FAULT);
    expect_ls(PTE_SRWX & ~XVM_PTE_D, ok, XVM_EXC_STORE_PAGE_FAULT);
    expect_ls(XVM_PTE_V | XVM_PTE_R | XVM_PTE_A | XVM_PTE_D, ok, XVM_EXC_STORE_PAGE_FAULT);
    /* U page from S needs SUM */
    expect_ls(PTE_SRWX | XVM_PTE_U, XVM_EXC_LOAD_PAGE_FAULT, XVM_EXC_STORE_PAGE_FAULT);
    /* execute-only: loads need MXR */
    expect_ls(XVM_PTE_V | XVM_PTE_X | XVM_PTE_A | XVM_PTE_D, XVM_EXC_LOAD_PAGE_FAULT,
              XVM_EXC_STORE_PAGE_FAULT);
}

static void test_sum_mxr(void **state)
{
    struct iss *s = paged(PTE_SRWX | XVM_PTE_U);
    uint32_t l, st;

    (void)state;
    set_csr(s, XVM_CSR_MSTATUS, XVM_MSTATUS_SUM);
    load_store(s, &l, &st);
    assert_int_equal(l, 0xffu);
    assert_int_equal(st, 0xffu);
    iss_destroy(s);

    s = paged(XVM_PTE_V | XVM_PTE_X | XVM_PTE_A);
    set_csr(s, XVM_CSR_MSTATUS, XVM_MSTATUS_MXR);
    load_store(s, &l, &st);
    assert_int_equal(l, 0xffu);
    assert_int_equal(st, XVM_EXC_STORE_PAGE_FAULT);
    iss_destroy(s);
}

static void test_walk_structure_faults(void **state)
{
    struct iss *s = paged(PTE_SRWX);
    struct xvm_commit c;

    (void)state;
    /* misaligned superpage: level-1 leaf with PPN[0] != 0 */
    put32(s, PT_ROOT + 4 * (0x00c00000u >> 22), (0x80001u << 10) | PTE_SRWX);
    iss_set_reg(s, 1, 0x00c00000u);
    exec_at(s, CODE_VA, CODE_PA, LW(2, 1, 0), &c);
    expect_trap(&c, XVM_EXC_LOAD_PAGE_FAULT, 0x00c00000u);
    /* an aligned superpage maps vaddr[21:12] through */
    put32(s, PT_ROOT + 4 * (0x01000000u >> 22), (0x80000u << 10) | PTE_SRWX);
    put32(s, DATA_PA + 8, 0xcafef00du);
    iss_set_priv(s, XVM_PRIV_S, 0);
    iss_set_reg(s, 1, 0x01000000u + (DATA_PA - XVM_RAM_BASE) + 8);
    exec_at(s, CODE_VA, CODE_PA, LW(2, 1, 0), &c);
    assert_int_equal(c.trap, 0);
    assert_int_equal(c.rd_value, 0xcafef00du);
    /* non-leaf at level 0 */
    map4k(s, 0x01400000u, 0x80030000u, XVM_PTE_V);
    iss_set_reg(s, 1, 0x01400000u);
    exec_at(s, CODE_VA, CODE_PA, LW(2, 1, 0), &c);
    expect_trap(&c, XVM_EXC_LOAD_PAGE_FAULT, 0x01400000u);
    /* a PTE address that hits no device: access fault of the access type */
    put32(s, PT_ROOT + 4 * (0x01800000u >> 22), (0x00004u << 10) | XVM_PTE_V);
    iss_set_priv(s, XVM_PRIV_S, 0);
    iss_set_reg(s, 1, 0x01800000u);
    exec_at(s, CODE_VA, CODE_PA, SW(2, 1, 0), &c);
    expect_trap(&c, XVM_EXC_STORE_ACCESS, 0x01800000u);
    /* a leaf above 4 GiB (PPN[21:20] != 0) hits no device */
    put32(s, PT_ROOT + 8 * XVM_PAGE_SIZE, (0x100000u << 10) | PTE_SRWX);
    put32(s, PT_ROOT + 4 * (0x01c00000u >> 22),
          (((PT_ROOT + 8 * XVM_PAGE_SIZE) >> 12) << 10) | XVM_PTE_V);
    iss_set_priv(s, XVM_PRIV_S, 0);
    iss_set_reg(s, 1, 0x01c00000u);
    exec_at(s, CODE_VA, CODE_PA, LW(2, 1, 0), &c);
    expect_trap(&c, XVM_EXC_LOAD_ACCESS, 0x01c00000u);
    iss_destroy(s);
}

static void test_fetch_faults(void **state)
{
    struct iss *s = paged(PTE_SRWX & ~XVM_PTE_X);
    struct xvm_commit c;

    (void)state;
    /* S never executes a U page */
    map4k(s, CODE_VA, CODE_PA, XVM_PTE_V | XVM_PTE_R | XVM_PTE_X | XVM_PTE_A | XVM_PTE_U);
    exec_at(s, CODE_VA, CODE_PA, NOP, &c);
    expect_trap(&c, XVM_EXC_INSN_PAGE_FAULT, CODE_VA);
    assert_int_equal(c.insn, 0);
    /* no X */
    iss_set_priv(s, XVM_PRIV_S, 0);
    iss_set_pc(s, DATA_VA);
    iss_step(s, &c);
    expect_trap(&c, XVM_EXC_INSN_PAGE_FAULT, DATA_VA);
    /* a fetch from a device is an access fault */
    iss_set_pc(s, XVM_CLINT_BASE);
    iss_step(s, &c);
    expect_trap(&c, XVM_EXC_INSN_ACCESS, XVM_CLINT_BASE);
    iss_destroy(s);
}

/* The TLB is flushed by sfence.vma and satp writes only. */
static void test_tlb_flush(void **state)
{
    struct iss *s = paged(PTE_SRWX);
    struct xvm_commit c;

    (void)state;
    exec_at(s, CODE_VA, CODE_PA, LW(2, 1, 0), &c);
    assert_int_equal(c.trap, 0);
    map4k(s, DATA_VA, DATA_PA, 0);
    exec_at(s, CODE_VA, CODE_PA, LW(2, 1, 0), &c);
    assert_int_equal(c.trap, 0);
    exec_at(s, CODE_VA, CODE_PA, SFENCE, &c);
    assert_int_equal(c.trap, 0);
    exec_at(s, CODE_VA, CODE_PA, LW(2, 1, 0), &c);
    expect_trap(&c, XVM_EXC_LOAD_PAGE_FAULT, DATA_VA);
    iss_destroy(s);
}

static void test_misaligned(void **state)
{
    struct iss *s = hart();
    struct xvm_commit c;

    (void)state;
    put32(s, DATA_PA, 0x44332211u);
    put32(s, DATA_PA + 4, 0x88776655u);
    iss_set_reg(s, 1, DATA_PA);
    exec1(s, LW(2, 1, 3), &c);
    assert_int_equal(c.trap, 0);
    assert_int_equal(c.rd_value, 0x77665544u);
    iss_set_reg(s, 2, 0xa1b2c3d4u);
    exec1(s, SW(2, 1, 2), &c);
    assert_int_equal(c.mem_we, 1);
    assert_int_equal(c.mem_addr, DATA_PA + 2);
    assert_int_equal(get32(s, DATA_PA), 0xc3d42211u);
    assert_int_equal(get32(s, DATA_PA + 4), 0x8877a1b2u);
    /* crossing a 4 KiB boundary */
    iss_set_reg(s, 1, DATA_PA + 0xffe);
    exec1(s, LW(2, 1, 0), &c);
    expect_trap(&c, XVM_EXC_LOAD_MISALIGNED, DATA_PA + 0xffe);
    exec1(s, SW(2, 1, 0), &c);
    expect_trap(&c, XVM_EXC_STORE_MISALIGNED, DATA_PA + 0xffe);
    /* atomics must be aligned: LR is a load, AMOs are stores */
    iss_set_reg(s, 1, DATA_PA + 2);
    exec1(s, LR_W(2, 1), &c);
    expect_trap(&c, XVM_EXC_LOAD_MISALIGNED, DATA_PA + 2);
    exec1(s, AMOADD_W(2, 1, 3), &c);
    expect_trap(&c, XVM_EXC_STORE_MISALIGNED, DATA_PA + 2);
    exec1(s, SC_W(2, 1, 3), &c);
    expect_trap(&c, XVM_EXC_STORE_MISALIGNED, DATA_PA + 2);
    iss_destroy(s);
}

static void test_lr_sc(void **state)
{
    struct iss *s = hart();
    struct xvm_commit c;

    (void)state;
    iss_set_reg(s, 1, DATA_PA);
    iss_set_reg(s, 3, 77);
    exec1(s, SC_W(2, 1, 3), &c);
    assert_int_equal(c.rd_value, 1);
    assert_int_equal(c.mem_we, 0);
    exec1(s, LR_W(2, 1), &c);
    exec1(s, SW(3, 1, 0), &c);        /* stores keep the reservation */
    exec1(s, SC_W(2, 1, 3), &c);
    assert_int_equal(c.rd, 2);
    assert_int_equal(c.rd_value, 0);
    assert_int_equal(c.mem_we, 1);
    exec1(s, SC_W(2, 1, 3), &c);      /* every SC clears it */
    assert_int_equal(c.rd_value, 1);
    exec1(s, LR_W(2, 1), &c);
    exec1(s, ECALL, &c);              /* so does a trap */
    exec1(s, SC_W(2, 1, 3), &c);
    assert_int_equal(c.rd_value, 1);
    iss_set_reg(s, 4, DATA_PA + 4);
    exec1(s, LR_W(2, 1), &c);
    exec1(s, SC_W(2, 4, 3), &c);      /* another address */
    assert_int_equal(c.rd_value, 1);
    iss_destroy(s);
}

static void test_physical_faults(void **state)
{
    struct iss *s = hart();
    struct xvm_commit c;

    (void)state;
    iss_set_reg(s, 1, 0x20000000u);
    exec1(s, LW(2, 1, 0), &c);
    expect_trap(&c, XVM_EXC_LOAD_ACCESS, 0x20000000u);
    exec1(s, SW(2, 1, 0), &c);
    expect_trap(&c, XVM_EXC_STORE_ACCESS, 0x20000000u);
    exec1(s, AMOADD_W(2, 1, 0), &c);
    expect_trap(&c, XVM_EXC_STORE_ACCESS, 0x20000000u);
    iss_destroy(s);
}

/* RAM that ends inside a page: the second half of a split store faults and
 * neither half is written. */
static void test_split_atomicity(void **state)
{
    const uint32_t ram = TEST_RAM + 8;
    struct iss *s = iss_create(ram);
    struct xvm_commit c;

    (void)state;
    assert_non_null(s);
    iss_set_reg(s, 1, XVM_RAM_BASE + ram - 2);
    iss_set_reg(s, 2, 0xffffffffu);
    exec1(s, SW(2, 1, 0), &c);
    expect_trap(&c, XVM_EXC_STORE_ACCESS, XVM_RAM_BASE + ram - 2);
    assert_int_equal(get32(s, XVM_RAM_BASE + ram - 4), 0);
    iss_destroy(s);
}

static void test_devices(void **state)
{
    struct iss *s = hart();
    struct xvm_commit c;
    char buf[8] = { 0 };
    FILE *f = tmpfile();
    int code = -1;

    (void)state;
    assert_non_null(f);
    iss_set_uart_output(s, f);
    iss_set_reg(s, 1, XVM_UART_BASE);
    iss_set_reg(s, 2, 'X');
    exec1(s, SB(2, 1, XVM_UART_THR), &c);
    assert_int_equal(c.mem_data, 'X');
    assert_int_equal(c.mem_size, 0);
    rewind(f);
    assert_int_equal(fread(buf, 1, sizeof buf, f), 1);
    assert_string_equal(buf, "X");
    fclose(f);
    iss_set_uart_output(s, NULL);
    exec1(s, LB(3, 1, XVM_UART_LSR), &c);
    assert_int_equal(c.rd_value & XVM_UART_LSR_THRE, XVM_UART_LSR_THRE);
    exec1(s, SB(2, 1, XVM_UART_IER), &c);
    exec1(s, LB(3, 1, XVM_UART_IER), &c);
    assert_int_equal(c.rd_value, 'X');
    /* CLINT mtime advances once per step */
    iss_set_reg(s, 1, XVM_CLINT_BASE + XVM_CLINT_MTIME);
    exec1(s, LW(3, 1, 0), &c);
    assert_int_equal(c.rd_value, iss_cycles(s) - 1);
    /* finisher */
    iss_set_reg(s, 1, XVM_FINISHER_BASE);
    iss_set_reg(s, 2, (7u << 16) | XVM_FINISHER_FAIL);
    assert_int_equal(iss_finished(s, &code), 0);
    exec1(s, SW(2, 1, 0), &c);
    assert_int_equal(iss_finished(s, &code), 1);
    assert_int_equal(code, 7);
    iss_destroy(s);
}

static void test_tohost(void **state)
{
    struct iss *s = hart();
    struct xvm_commit c;
    int code = -1;

    (void)state;
    iss_set_tohost(s, DATA_PA);
    iss_set_reg(s, 1, DATA_PA);
    iss_set_reg(s, 2, 2);
    exec1(s, SW(2, 1, 0), &c);
    assert_int_equal(iss_finished(s, &code), 0);
    iss_set_reg(s, 2, (5u << 1) | 1);
    exec1(s, SW(2, 1, 0), &c);
    assert_int_equal(iss_finished(s, &code), 1);
    assert_int_equal(code, 5);
    iss_destroy(s);
}

int run_mmu_tests(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_pte_faults),
        cmocka_unit_test(test_sum_mxr),
        cmocka_unit_test(test_walk_structure_faults),
        cmocka_unit_test(test_fetch_faults),
        cmocka_unit_test(test_tlb_flush),
        cmocka_unit_test(test_misaligned),
        cmocka_unit_test(test_lr_sc),
        cmocka_unit_test(test_physical_faults),
        cmocka_unit_test(test_split_atomicity),
        cmocka_unit_test(test_devices),
        cmocka_unit_test(test_tohost),
    };

    return cmocka_run_group_tests_name("memory", tests, NULL, NULL);
}
