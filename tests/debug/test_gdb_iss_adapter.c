/* SPDX-License-Identifier: Apache-2.0 */
/* The ISS target adapter without gdb: registers and pseudo-registers
 * (with the priv/VM rules), memory through Sv32 in S-mode and physically
 * in M-mode or on request, a write across two virtual pages that map to
 * distant physical pages, all-or-nothing writes, the lockstep mode's
 * refusals and mirrored writes, and breakpoints in run. One PASS/FAIL line
 * per test. */
#include <stdio.h>
#include <string.h>

#include "gdb/xvm_gdb_iss.h"
#include "iss.h"
#include "xvm_defs.h"

static int failures;

#define CHECK(cond)                                                          \
    do {                                                                     \
        if (!(cond)) {                                                       \
            fprintf(stderr, "%s:%d: %s\n", __FILE__, __LINE__, #cond);       \
            failures++;                                                      \
        }                                                                    \
    } while (0)

#define RAM_SIZE (1u << 20)
#define PAGE(n) (XVM_RAM_BASE + (n) * XVM_PAGE_SIZE)

static void put32(struct iss *s, uint32_t pa, uint32_t v)
{
    memcpy(iss_ram(s) + (pa - XVM_RAM_BASE), &v, 4);
}

static uint32_t pte(uint32_t pa, uint32_t flags)
{
    return ((pa >> 12) << 10) | flags;
}

static void report(const char *name, int before)
{
    printf("%s %s\n", failures == before ? "PASS" : "FAIL", name);
}

/* Root table at page 1, level-0 table at page 2; VA 0x10000000 -> page 8,
 * VA 0x10001000 -> page 4 (so a two-page access is split), VA 0x10002000
 * unmapped. */
static void map(struct iss *s)
{
    const uint32_t leaf = XVM_PTE_V | XVM_PTE_R | XVM_PTE_W | XVM_PTE_A | XVM_PTE_D;
    put32(s, PAGE(1) + 4 * 0x040, pte(PAGE(2), XVM_PTE_V));
    put32(s, PAGE(2) + 4 * 0, pte(PAGE(8), leaf));
    put32(s, PAGE(2) + 4 * 1, pte(PAGE(4), leaf));
    iss_csr_write(s, XVM_CSR_SATP, XVM_SATP_MODE_SV32 | (PAGE(1) >> 12));
}

static void test_memory(void)
{
    struct iss *s = iss_create(RAM_SIZE);
    struct xvm_gdb_iss g;
    const struct xvm_gdb_target *t = &g.target;
    uint8_t buf[8], data[8] = { 1, 2, 3, 4, 5, 6, 7, 8 };
    int before = failures;

    xvm_gdb_iss_init(&g, s);
    map(s);
    put32(s, PAGE(8), 0x11223344u);
    /* M-mode: physical, translation off */
    CHECK(t->read_mem(t->ctx, PAGE(8), buf, 4, 0) == 0 && buf[0] == 0x44 && buf[3] == 0x11);
    CHECK(t->read_mem(t->ctx, 0x10000000u, buf, 4, 0) == -1);
    /* S-mode: through Sv32 */
    iss_set_priv(s, XVM_PRIV_S, 0);
    CHECK(t->read_mem(t->ctx, 0x10000000u, buf, 4, 0) == 0 && buf[0] == 0x44);
    CHECK(t->read_mem(t->ctx, PAGE(8), buf, 4, 1) == 0 && buf[0] == 0x44);   /* phys */
    CHECK(t->read_mem(t->ctx, PAGE(8), buf, 4, 0) == -1);
    /* a write across the page boundary lands in two distant pages */
    CHECK(t->write_mem(t->ctx, 0x10000ffcu, data, 8, 0) == 0);
    CHECK(memcmp(iss_ram(s) + (PAGE(8) + 0xffc - XVM_RAM_BASE), data, 4) == 0);
    CHECK(memcmp(iss_ram(s) + (PAGE(4) - XVM_RAM_BASE), data + 4, 4) == 0);
    CHECK(t->read_mem(t->ctx, 0x10000ffcu, buf, 8, 0) == 0 && memcmp(buf, data, 8) == 0);
    /* all or nothing: the second page is unmapped, the first is untouched */
    memset(buf, 0xee, sizeof buf);
    CHECK(t->write_mem(t->ctx, 0x10001ffcu, buf, 8, 0) == -1);
    CHECK(memcmp(iss_ram(s) + (PAGE(4) + 0xffc - XVM_RAM_BASE), "\0\0\0\0", 4) == 0);
    /* outside RAM, and the end of RAM */
    CHECK(t->read_mem(t->ctx, XVM_RAM_BASE + RAM_SIZE - 4, buf, 4, 1) == 0);
    CHECK(t->read_mem(t->ctx, XVM_RAM_BASE + RAM_SIZE - 2, buf, 4, 1) == -1);
    CHECK(t->read_mem(t->ctx, XVM_UART_BASE, buf, 1, 1) == -1);
    iss_destroy(s);
    report("debug/gdb-iss-memory", before);
}

static void test_registers(void)
{
    struct iss *s = iss_create(RAM_SIZE);
    struct xvm_gdb_iss g;
    const struct xvm_gdb_target *t = &g.target;
    uint32_t v;
    int before = failures;

    xvm_gdb_iss_init(&g, s);
    CHECK(t->write_reg(t->ctx, 5, 0xdeadbeefu) == 0 && iss_reg(s, 5) == 0xdeadbeefu);
    CHECK(t->write_reg(t->ctx, 0, 1) == 0 && iss_reg(s, 0) == 0);
    CHECK(t->write_reg(t->ctx, XVM_GDB_REG_PC, 0x80000100u) == 0 && iss_pc(s) == 0x80000100u);
    CHECK(t->read_reg(t->ctx, XVM_GDB_REG_CSR0 + XVM_CSR_MISA, &v) == 0 && v == XVM_MISA_VALUE);
    CHECK(t->read_reg(t->ctx, XVM_GDB_REG_CSR0 + XVM_CSR_VMCTL, &v) == 0 &&
          v == XVM_VMCTL_RESET);
    CHECK(t->read_reg(t->ctx, XVM_GDB_REG_CSR0 + 0x7b0, &v) == -1);   /* no such CSR */
    CHECK(t->write_reg(t->ctx, XVM_GDB_REG_CSR0 + XVM_CSR_MSCRATCH, 42) == 0);
    CHECK(t->read_reg(t->ctx, XVM_GDB_REG_CSR0 + XVM_CSR_MSCRATCH, &v) == 0 && v == 42);
    /* priv and vm: VM=1 only outside M-mode; M clears VM */
    CHECK(t->write_reg(t->ctx, XVM_GDB_REG_VM, 1) == -1);
    CHECK(t->write_reg(t->ctx, XVM_GDB_REG_PRIV, 2) == -1);
    CHECK(t->write_reg(t->ctx, XVM_GDB_REG_PRIV, XVM_PRIV_S) == 0 && iss_priv(s) == XVM_PRIV_S);
    CHECK(t->write_reg(t->ctx, XVM_GDB_REG_VM, 1) == 0 && iss_vm(s) == 1);
    CHECK(t->read_reg(t->ctx, XVM_GDB_REG_VM, &v) == 0 && v == 1);
    CHECK(t->write_reg(t->ctx, XVM_GDB_REG_VM, 2) == -1);
    CHECK(t->write_reg(t->ctx, XVM_GDB_REG_PRIV, XVM_PRIV_M) == 0 && iss_vm(s) == 0);
    CHECK(t->read_reg(t->ctx, XVM_GDB_REG_PRIV, &v) == 0 && v == XVM_PRIV_M);
    CHECK(t->read_reg(t->ctx, XVM_GDB_REG_VM + 1, &v) == -1);
    iss_destroy(s);
    report("debug/gdb-iss-registers", before);
}

static int no_poll(void *ctx)
{
    (void)ctx;
    return 0;
}

struct lockstep {
    struct iss *primary;
    unsigned calls;
};

static int advance(void *ctx, int *code)
{
    struct lockstep *l = ctx;
    (void)code;
    l->calls++;
    return 0;
}

static void test_lockstep_and_run(void)
{
    struct iss *s = iss_create(RAM_SIZE), *other = iss_create(RAM_SIZE);
    struct lockstep l = { other, 0 };
    struct xvm_gdb_iss g;
    const struct xvm_gdb_target *t = &g.target;
    uint8_t data[4] = { 9, 8, 7, 6 };
    int code = 0, before = failures;

    /* run stops at a breakpoint: a loop of nops at 0x80000000 */
    for (uint32_t i = 0; i < 16; i++)
        put32(s, XVM_RAM_BASE + 4 * i, 0x00000013u);
    xvm_gdb_iss_init(&g, s);
    CHECK(t->breakpoint(t->ctx, XVM_GDB_BP_SW, XVM_RAM_BASE + 0x20, 1) == 0);
    CHECK(t->run(t->ctx, no_poll, NULL, &code) == XVM_GDB_STOP_SWBREAK &&
          iss_pc(s) == XVM_RAM_BASE + 0x20);
    CHECK(t->step(t->ctx, &code) == XVM_GDB_STOP_STEP && iss_pc(s) == XVM_RAM_BASE + 0x24);
    g.max_cycles = iss_cycles(s) + 2;
    CHECK(t->run(t->ctx, no_poll, NULL, &code) == XVM_GDB_STOP_EXITED && code == 124);

    /* lockstep: steps go to advance(), writes are mirrored or refused */
    xvm_gdb_iss_init(&g, s);
    g.advance = advance;
    g.advance_ctx = &l;
    g.mirror_ram = iss_ram(other);
    CHECK(t->step(t->ctx, &code) == XVM_GDB_STOP_STEP && l.calls == 1);
    CHECK(t->write_reg(t->ctx, 5, 1) == -1);
    CHECK(t->write_reg(t->ctx, XVM_GDB_REG_PRIV, XVM_PRIV_S) == -1);
    CHECK(t->write_mem(t->ctx, XVM_RAM_BASE + 0x100, data, 4, 1) == 0);
    CHECK(memcmp(iss_ram(other) + 0x100, data, 4) == 0 && memcmp(iss_ram(s) + 0x100, data, 4) == 0);
    iss_destroy(s);
    iss_destroy(other);
    report("debug/gdb-iss-run-lockstep", before);
}

int main(void)
{
    test_memory();
    test_registers();
    test_lockstep_and_run();
    return failures ? 1 : 0;
}
