/* SPDX-License-Identifier: Apache-2.0 */
/* The ISS target adapter without gdb: registers and pseudo-registers
 * (with the priv/VM rules), memory through Sv32 in S-mode and physically
 * in M-mode or on request, a write across two virtual pages that map to
 * distant physical pages, all-or-nothing writes, the lockstep mode's
 * refusals and mirrored writes, and breakpoints in run. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "gdb/xvm_gdb_iss.h"
#include "iss.h"
#include "xvm_defs.h"

#define RAM_SIZE (1u << 20)
#define PAGE(n) (XVM_RAM_BASE + (n) * XVM_PAGE_SIZE)
#define NOP 0x00000013u

/* A fresh ISS and its adapter for each test; `other` is the lockstep
 * tests' second model. */
static struct iss *s, *other;
static struct xvm_gdb_iss g;
static const struct xvm_gdb_target *t = &g.target;

static void put32(struct iss *m, uint32_t pa, uint32_t v)
{
    memcpy(iss_ram(m) + (pa - XVM_RAM_BASE), &v, 4);
}

static uint32_t pte(uint32_t pa, uint32_t flags)
{
    return ((pa >> 12) << 10) | flags;
}

static int fresh(void **state)
{
    (void)state;
    s = iss_create(RAM_SIZE);
    xvm_gdb_iss_init(&g, s);
    return s ? 0 : -1;
}

/* Root table at page 1, level-0 table at page 2; VA 0x10000000 -> page 8
 * (holding 0x11223344), VA 0x10001000 -> page 4 (so a two-page access is
 * split), VA 0x10002000 unmapped. */
static int mapped(void **state)
{
    const uint32_t leaf = XVM_PTE_V | XVM_PTE_R | XVM_PTE_W | XVM_PTE_A | XVM_PTE_D;
    if (fresh(state) != 0)
        return -1;
    put32(s, PAGE(1) + 4 * 0x040, pte(PAGE(2), XVM_PTE_V));
    put32(s, PAGE(2) + 4 * 0, pte(PAGE(8), leaf));
    put32(s, PAGE(2) + 4 * 1, pte(PAGE(4), leaf));
    iss_csr_write(s, XVM_CSR_SATP, XVM_SATP_MODE_SV32 | (PAGE(1) >> 12));
    put32(s, PAGE(8), 0x11223344u);
    return 0;
}

/* A run of nops at XVM_RAM_BASE. */
static int nops(void **state)
{
    if (fresh(state) != 0)
        return -1;
    for (uint32_t i = 0; i < 16; i++)
        put32(s, XVM_RAM_BASE + 4 * i, NOP);
    return 0;
}

static int advance(void *ctx, int *code)
{
    unsigned *calls = ctx;
    (void)code;
    ++*calls;
    return 0;
}

static unsigned advance_calls;

/* Lockstep mode: steps go to advance(), memory is mirrored to `other`. */
static int lockstep(void **state)
{
    if (nops(state) != 0)
        return -1;
    other = iss_create(RAM_SIZE);
    advance_calls = 0;
    g.advance = advance;
    g.advance_ctx = &advance_calls;
    g.mirror_ram = iss_ram(other);
    return other ? 0 : -1;
}

static int destroy(void **state)
{
    (void)state;
    iss_destroy(s);
    if (other)
        iss_destroy(other);
    s = other = NULL;
    return 0;
}

static const uint8_t word[4] = { 0x44, 0x33, 0x22, 0x11 };

static void mem_m_mode_is_physical(void **state)
{
    uint8_t buf[4];
    (void)state;
    assert_int_equal(t->read_mem(t->ctx, PAGE(8), buf, 4, 0), 0);
    assert_memory_equal(buf, word, 4);
    assert_int_equal(t->read_mem(t->ctx, 0x10000000u, buf, 4, 0), -1);
}

static void mem_s_mode_goes_through_sv32(void **state)
{
    uint8_t buf[4];
    (void)state;
    iss_set_priv(s, XVM_PRIV_S, 0);
    assert_int_equal(t->read_mem(t->ctx, 0x10000000u, buf, 4, 0), 0);
    assert_memory_equal(buf, word, 4);
    assert_int_equal(t->read_mem(t->ctx, PAGE(8), buf, 4, 0), -1);
}

static void mem_phys_request_skips_sv32(void **state)
{
    uint8_t buf[4];
    (void)state;
    iss_set_priv(s, XVM_PRIV_S, 0);
    assert_int_equal(t->read_mem(t->ctx, PAGE(8), buf, 4, 1), 0);
    assert_memory_equal(buf, word, 4);
}

static void mem_write_across_pages_lands_in_both(void **state)
{
    const uint8_t data[8] = { 1, 2, 3, 4, 5, 6, 7, 8 };
    uint8_t buf[8];
    (void)state;
    iss_set_priv(s, XVM_PRIV_S, 0);
    assert_int_equal(t->write_mem(t->ctx, 0x10000ffcu, data, 8, 0), 0);
    assert_memory_equal(iss_ram(s) + (PAGE(8) + 0xffc - XVM_RAM_BASE), data, 4);
    assert_memory_equal(iss_ram(s) + (PAGE(4) - XVM_RAM_BASE), data + 4, 4);
    assert_int_equal(t->read_mem(t->ctx, 0x10000ffcu, buf, 8, 0), 0);
    assert_memory_equal(buf, data, 8);
}

/* The second page is unmapped: the first is left untouched. */
static void mem_write_is_all_or_nothing(void **state)
{
    uint8_t buf[8];
    (void)state;
    iss_set_priv(s, XVM_PRIV_S, 0);
    memset(buf, 0xee, sizeof buf);
    assert_int_equal(t->write_mem(t->ctx, 0x10001ffcu, buf, 8, 0), -1);
    assert_memory_equal(iss_ram(s) + (PAGE(4) + 0xffc - XVM_RAM_BASE), "\0\0\0\0", 4);
}

static void mem_ends_with_ram(void **state)
{
    uint8_t buf[4];
    (void)state;
    assert_int_equal(t->read_mem(t->ctx, XVM_RAM_BASE + RAM_SIZE - 4, buf, 4, 1), 0);
    assert_int_equal(t->read_mem(t->ctx, XVM_RAM_BASE + RAM_SIZE - 2, buf, 4, 1), -1);
    assert_int_equal(t->read_mem(t->ctx, XVM_UART_BASE, buf, 1, 1), -1);
}

static void reg_gpr_write_x0_stays_zero(void **state)
{
    (void)state;
    assert_int_equal(t->write_reg(t->ctx, 5, 0xdeadbeefu), 0);
    assert_int_equal(iss_reg(s, 5), 0xdeadbeefu);
    assert_int_equal(t->write_reg(t->ctx, 0, 1), 0);
    assert_int_equal(iss_reg(s, 0), 0);
}

static void reg_pc_write(void **state)
{
    (void)state;
    assert_int_equal(t->write_reg(t->ctx, XVM_GDB_REG_PC, 0x80000100u), 0);
    assert_int_equal(iss_pc(s), 0x80000100u);
}

static void reg_csr_read_and_write(void **state)
{
    uint32_t v = 0;
    (void)state;
    assert_int_equal(t->read_reg(t->ctx, XVM_GDB_REG_CSR0 + XVM_CSR_MISA, &v), 0);
    assert_int_equal(v, XVM_MISA_VALUE);
    assert_int_equal(t->read_reg(t->ctx, XVM_GDB_REG_CSR0 + XVM_CSR_VMCTL, &v), 0);
    assert_int_equal(v, XVM_VMCTL_RESET);
    assert_int_equal(t->write_reg(t->ctx, XVM_GDB_REG_CSR0 + XVM_CSR_MSCRATCH, 42), 0);
    assert_int_equal(t->read_reg(t->ctx, XVM_GDB_REG_CSR0 + XVM_CSR_MSCRATCH, &v), 0);
    assert_int_equal(v, 42);
}

static void reg_missing_csr_is_refused(void **state)
{
    uint32_t v;
    (void)state;
    assert_int_equal(t->read_reg(t->ctx, XVM_GDB_REG_CSR0 + 0x7b0, &v), -1);
}

static void reg_reserved_priv_is_refused(void **state)
{
    (void)state;
    assert_int_equal(t->write_reg(t->ctx, XVM_GDB_REG_PRIV, 2), -1);
}

/* VM=1 only outside M-mode; entering M clears VM. */
static void reg_vm_only_outside_m_mode(void **state)
{
    uint32_t v = 0;
    (void)state;
    assert_int_equal(t->write_reg(t->ctx, XVM_GDB_REG_VM, 1), -1);
    assert_int_equal(t->write_reg(t->ctx, XVM_GDB_REG_PRIV, XVM_PRIV_S), 0);
    assert_int_equal(iss_priv(s), XVM_PRIV_S);
    assert_int_equal(t->write_reg(t->ctx, XVM_GDB_REG_VM, 1), 0);
    assert_int_equal(iss_vm(s), 1);
    assert_int_equal(t->read_reg(t->ctx, XVM_GDB_REG_VM, &v), 0);
    assert_int_equal(v, 1);
    assert_int_equal(t->write_reg(t->ctx, XVM_GDB_REG_VM, 2), -1);
    assert_int_equal(t->write_reg(t->ctx, XVM_GDB_REG_PRIV, XVM_PRIV_M), 0);
    assert_int_equal(iss_vm(s), 0);
    assert_int_equal(t->read_reg(t->ctx, XVM_GDB_REG_PRIV, &v), 0);
    assert_int_equal(v, XVM_PRIV_M);
}

static void reg_past_vm_is_refused(void **state)
{
    uint32_t v;
    (void)state;
    assert_int_equal(t->read_reg(t->ctx, XVM_GDB_REG_VM + 1, &v), -1);
}

static int no_poll(void *ctx)
{
    (void)ctx;
    return 0;
}

static void run_stops_at_breakpoint_then_steps(void **state)
{
    int code = 0;
    (void)state;
    assert_int_equal(t->breakpoint(t->ctx, XVM_GDB_BP_SW, XVM_RAM_BASE + 0x20, 1), 0);
    assert_int_equal(t->run(t->ctx, no_poll, NULL, &code), XVM_GDB_STOP_SWBREAK);
    assert_int_equal(iss_pc(s), XVM_RAM_BASE + 0x20);
    assert_int_equal(t->step(t->ctx, &code), XVM_GDB_STOP_STEP);
    assert_int_equal(iss_pc(s), XVM_RAM_BASE + 0x24);
}

static void run_ends_at_max_cycles_with_124(void **state)
{
    int code = 0;
    (void)state;
    g.max_cycles = iss_cycles(s) + 2;
    assert_int_equal(t->run(t->ctx, no_poll, NULL, &code), XVM_GDB_STOP_EXITED);
    assert_int_equal(code, 124);
}

static void lockstep_step_is_advance(void **state)
{
    int code = 0;
    (void)state;
    assert_int_equal(t->step(t->ctx, &code), XVM_GDB_STOP_STEP);
    assert_int_equal(advance_calls, 1);
}

static void lockstep_refuses_register_writes(void **state)
{
    (void)state;
    assert_int_equal(t->write_reg(t->ctx, 5, 1), -1);
    assert_int_equal(t->write_reg(t->ctx, XVM_GDB_REG_PRIV, XVM_PRIV_S), -1);
}

static void lockstep_mirrors_memory_writes(void **state)
{
    const uint8_t data[4] = { 9, 8, 7, 6 };
    (void)state;
    assert_int_equal(t->write_mem(t->ctx, XVM_RAM_BASE + 0x100, data, 4, 1), 0);
    assert_memory_equal(iss_ram(other) + 0x100, data, 4);
    assert_memory_equal(iss_ram(s) + 0x100, data, 4);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(mem_m_mode_is_physical, mapped, destroy),
        cmocka_unit_test_setup_teardown(mem_s_mode_goes_through_sv32, mapped, destroy),
        cmocka_unit_test_setup_teardown(mem_phys_request_skips_sv32, mapped, destroy),
        cmocka_unit_test_setup_teardown(mem_write_across_pages_lands_in_both, mapped, destroy),
        cmocka_unit_test_setup_teardown(mem_write_is_all_or_nothing, mapped, destroy),
        cmocka_unit_test_setup_teardown(mem_ends_with_ram, mapped, destroy),
        cmocka_unit_test_setup_teardown(reg_gpr_write_x0_stays_zero, fresh, destroy),
        cmocka_unit_test_setup_teardown(reg_pc_write, fresh, destroy),
        cmocka_unit_test_setup_teardown(reg_csr_read_and_write, fresh, destroy),
        cmocka_unit_test_setup_teardown(reg_missing_csr_is_refused, fresh, destroy),
        cmocka_unit_test_setup_teardown(reg_reserved_priv_is_refused, fresh, destroy),
        cmocka_unit_test_setup_teardown(reg_vm_only_outside_m_mode, fresh, destroy),
        cmocka_unit_test_setup_teardown(reg_past_vm_is_refused, fresh, destroy),
        cmocka_unit_test_setup_teardown(run_stops_at_breakpoint_then_steps, nops, destroy),
        cmocka_unit_test_setup_teardown(run_ends_at_max_cycles_with_124, nops, destroy),
        cmocka_unit_test_setup_teardown(lockstep_step_is_advance, lockstep, destroy),
        cmocka_unit_test_setup_teardown(lockstep_refuses_register_writes, lockstep, destroy),
        cmocka_unit_test_setup_teardown(lockstep_mirrors_memory_writes, lockstep, destroy),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
