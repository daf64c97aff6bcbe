/* SPDX-License-Identifier: Apache-2.0 */
/* Unit tests of the commit-log line (sim/xvm_commit.c) against the format
 * of docs/architecture.md, character for character. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "xvm_commit.h"

static char buf[160];

static void expect_line(const struct xvm_commit *c, const char *line)
{
    int n = xvm_commit_format(buf, sizeof buf, c);

    assert_string_equal(buf, line);
    assert_int_equal(n, (int)strlen(line));
}

static void plain_instruction(void **state)
{
    struct xvm_commit c = { .pc = 0x80000000u, .insn = 0x00000013, .priv = 3 };

    (void)state;
    expect_line(&c, "core   0: 3 0x80000000 (0x00000013)\n");
}

static void register_write(void **state)
{
    struct xvm_commit c = { .pc = 0x80000abcu, .insn = 0x00a00593, .priv = 1, .rd = 11,
                            .rd_value = 10 };

    (void)state;
    expect_line(&c, "core   0: 1 0x80000abc (0x00a00593) x11 0x0000000a\n");
}

/* A write to x0 is not a register write. */
static void x0_not_shown(void **state)
{
    struct xvm_commit c = { .pc = 0x10, .insn = 0x00000013, .priv = 0, .rd = 0,
                            .rd_value = 5 };

    (void)state;
    expect_line(&c, "core   0: 0 0x00000010 (0x00000013)\n");
}

static void store_byte(void **state)
{
    struct xvm_commit c = { .pc = 0x80000010u, .insn = 0x00b50023, .priv = 3, .mem_we = 1,
                            .mem_addr = 0x10000000u, .mem_paddr = 0x10000000u, .mem_size = 0,
                            .mem_data = 0x41414141u };

    (void)state;
    expect_line(&c, "core   0: 3 0x80000010 (0x00b50023) mem 0x10000000 0x41\n");
}

static void store_half(void **state)
{
    struct xvm_commit c = { .pc = 0x80000014u, .insn = 0x00b51123, .priv = 3, .mem_we = 1,
                            .mem_addr = 0x80001002u, .mem_size = 1, .mem_data = 0xdead0bebu };

    (void)state;
    expect_line(&c, "core   0: 3 0x80000014 (0x00b51123) mem 0x80001002 0x0beb\n");
}

static void store_word(void **state)
{
    struct xvm_commit c = { .pc = 0x80000018u, .insn = 0x00b52023, .priv = 3, .mem_we = 1,
                            .mem_addr = 0x80001000u, .mem_size = 2, .mem_data = 0x0000cafeu };

    (void)state;
    expect_line(&c, "core   0: 3 0x80000018 (0x00b52023) mem 0x80001000 0x0000cafe\n");
}

/* The virtual address is logged, not the physical one. */
static void store_logs_virtual_address(void **state)
{
    struct xvm_commit c = { .pc = 0x1000, .insn = 0x00b52023, .priv = 1, .mem_we = 1,
                            .mem_addr = 0x00002000u, .mem_paddr = 0x80042000u, .mem_size = 2,
                            .mem_data = 1 };

    (void)state;
    expect_line(&c, "core   0: 1 0x00001000 (0x00b52023) mem 0x00002000 0x00000001\n");
}

/* AMOs write rd and memory: register first, then memory. */
static void amo_register_and_memory(void **state)
{
    struct xvm_commit c = { .pc = 0x80000020u, .insn = 0x00b5252fu, .priv = 3, .rd = 10,
                            .rd_value = 7, .mem_we = 1, .mem_addr = 0x80002000u, .mem_size = 2,
                            .mem_data = 8 };

    (void)state;
    expect_line(&c,
                "core   0: 3 0x80000020 (0x00b5252f) x10 0x00000007 mem 0x80002000 0x00000008\n");
}

static void vm_suffix(void **state)
{
    struct xvm_commit c = { .pc = 0x00400000u, .insn = 0x00100093, .priv = 1, .vm = 1, .rd = 1,
                            .rd_value = 1 };

    (void)state;
    expect_line(&c, "core   0: 1 0x00400000 (0x00100093) x1 0x00000001 vm\n");
}

static void store_with_vm(void **state)
{
    struct xvm_commit c = { .pc = 0x00400004u, .insn = 0x00b50023, .priv = 0, .vm = 1,
                            .mem_we = 1, .mem_addr = 0x3000, .mem_size = 0, .mem_data = 0xff };

    (void)state;
    expect_line(&c, "core   0: 0 0x00400004 (0x00b50023) mem 0x00003000 0xff vm\n");
}

/* A trap line shows cause and tval, never the writes of the trapping
 * instruction. */
static void trap_line(void **state)
{
    struct xvm_commit c = { .pc = 0x80000100u, .insn = 0xffffffffu, .priv = 3, .trap = 1,
                            .cause = 2, .tval = 0xffffffffu, .rd = 5, .rd_value = 9,
                            .mem_we = 1, .mem_addr = 4 };

    (void)state;
    expect_line(&c, "core   0: 3 0x80000100 (0xffffffff) trap 0x00000002 tval 0xffffffff\n");
}

static void interrupt_trap_with_vm(void **state)
{
    struct xvm_commit c = { .pc = 0x00001234u, .insn = 0, .priv = 1, .vm = 1, .trap = 1,
                            .cause = 0x80000005u, .tval = 0 };

    (void)state;
    expect_line(&c, "core   0: 1 0x00001234 (0x00000000) trap 0x80000005 tval 0x00000000 vm\n");
}

static void buffer_too_small(void **state)
{
    struct xvm_commit c = { .pc = 0x80000000u, .insn = 0x13, .priv = 3 };
    char small[20];

    (void)state;
    assert_int_equal(xvm_commit_format(small, sizeof small, &c), -1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(plain_instruction), cmocka_unit_test(register_write),
        cmocka_unit_test(x0_not_shown), cmocka_unit_test(store_byte),
        cmocka_unit_test(store_half), cmocka_unit_test(store_word),
        cmocka_unit_test(store_logs_virtual_address), cmocka_unit_test(amo_register_and_memory),
        cmocka_unit_test(vm_suffix), cmocka_unit_test(store_with_vm), cmocka_unit_test(trap_line),
        cmocka_unit_test(interrupt_trap_with_vm), cmocka_unit_test(buffer_too_small),
    };

    return cmocka_run_group_tests_name("commit", tests, NULL, NULL);
}
