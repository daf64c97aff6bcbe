/* SPDX-License-Identifier: Apache-2.0 */
/* Unit tests of the end-of-run contract (sim/xvm_run.c): finisher words
 * and stores, tohost values, exit-status saturation and the --stats
 * lines. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "xvm_defs.h"
#include "xvm_run.h"

static void exit_status_saturates(void **state)
{
    (void)state;
    assert_int_equal(xvm_exit_status(0), 0);
    assert_int_equal(xvm_exit_status(5), 5);
    assert_int_equal(xvm_exit_status(255), 255);
    assert_int_equal(xvm_exit_status(256), 255);
    assert_int_equal(xvm_exit_status(0xffffffffu), 255);
}

static void finisher_words(void **state)
{
    (void)state;
    assert_int_equal(xvm_finisher_status(XVM_FINISHER_PASS), 0);
    assert_int_equal(xvm_finisher_status(0x00033333u), 3);
    assert_int_equal(xvm_finisher_status(0x00ff3333u), 255);
    /* 256 would be 0, a pass, once the OS truncates it */
    assert_int_equal(xvm_finisher_status(0x01003333u), 255);
    assert_int_equal(xvm_finisher_status(0xffff3333u), 255);
    assert_int_equal(xvm_finisher_status(XVM_FINISHER_RESET), -1);
    assert_int_equal(xvm_finisher_status(0), -1);
    /* PASS is the whole word; a code beside it is no pass */
    assert_int_equal(xvm_finisher_status(0x00015555u), -1);
    assert_int_equal(xvm_finisher_status(0x00003334u), -1);
}

static void tohost_values(void **state)
{
    (void)state;
    assert_int_equal(xvm_tohost_status(1), 0);
    assert_int_equal(xvm_tohost_status(11), 5);
    assert_int_equal(xvm_tohost_status((255u << 1) | 1), 255);
    assert_int_equal(xvm_tohost_status((256u << 1) | 1), 255);
    assert_int_equal(xvm_tohost_status(0xffffffffu), 255);
    assert_int_equal(xvm_tohost_status(0), -1);
    assert_int_equal(xvm_tohost_status(2), -1);
    assert_int_equal(xvm_tohost_status(0x80000000u), -1);
}

/* Only a retired store to the finisher's word counts, whatever its size
 * or byte within the word. */
static void finisher_store(void **state)
{
    struct xvm_commit c = { .mem_we = 1, .mem_paddr = XVM_FINISHER_BASE };
    (void)state;
    assert_int_equal(xvm_is_finisher_store(&c), 1);
    c.mem_paddr = XVM_FINISHER_BASE + 2;
    assert_int_equal(xvm_is_finisher_store(&c), 1);
    c.mem_paddr = XVM_FINISHER_BASE + 4;
    assert_int_equal(xvm_is_finisher_store(&c), 0);
    c.mem_paddr = XVM_FINISHER_BASE - 4;
    assert_int_equal(xvm_is_finisher_store(&c), 0);
    c.mem_paddr = XVM_FINISHER_BASE;
    c.mem_we = 0;
    c.mem_re = 1;
    assert_int_equal(xvm_is_finisher_store(&c), 0);
    c.mem_we = 1;
    c.trap = 1;
    assert_int_equal(xvm_is_finisher_store(&c), 0);
}

/* The text xvm_stats_print writes for the given figures. */
static void stats_text(char *buf, size_t len, uint64_t cycles, uint64_t insns, double wall,
                       double cpu)
{
    FILE *f = tmpfile();
    assert_non_null(f);
    xvm_stats_print(f, cycles, insns, wall, cpu);
    rewind(f);
    size_t n = fread(buf, 1, len - 1, f);
    buf[n] = '\0';
    fclose(f);
}

static void stats_lines(void **state)
{
    char buf[512];
    (void)state;
    stats_text(buf, sizeof buf, 1000, 800, 2.0, 0.5);
    assert_string_equal(buf,
                        "cycles: 1000\n"
                        "instructions: 800\n"
                        "cpi: 1.250\n"
                        "host-seconds: 2.000\n"
                        "cycles-per-second: 500\n"
                        "cpu-seconds: 0.500\n"
                        "cycles-per-cpu-second: 2000\n");
}

/* A run that retired nothing or took no measurable time divides by nothing. */
static void stats_zero(void **state)
{
    char buf[512];
    (void)state;
    stats_text(buf, sizeof buf, 7, 0, 0.0, 0.0);
    assert_string_equal(buf,
                        "cycles: 7\n"
                        "instructions: 0\n"
                        "cpi: 0.000\n"
                        "host-seconds: 0.000\n"
                        "cycles-per-second: 0\n"
                        "cpu-seconds: 0.000\n"
                        "cycles-per-cpu-second: 0\n");
}

/* The clock's variant prints the same seven lines with the given counts. */
static void stats_since(void **state)
{
    struct xvm_run_clock c;
    char buf[512];
    unsigned lines = 0;
    (void)state;
    xvm_run_clock_start(&c);
    FILE *f = tmpfile();
    assert_non_null(f);
    xvm_stats_print_since(f, &c, 42, 21);
    rewind(f);
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    buf[n] = '\0';
    fclose(f);
    for (const char *p = buf; *p; p++)
        lines += *p == '\n';
    assert_int_equal(lines, 7);
    assert_non_null(strstr(buf, "cycles: 42\ninstructions: 21\ncpi: 2.000\nhost-seconds: "));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(exit_status_saturates),
        cmocka_unit_test(finisher_words),
        cmocka_unit_test(tohost_values),
        cmocka_unit_test(finisher_store),
        cmocka_unit_test(stats_lines),
        cmocka_unit_test(stats_zero),
        cmocka_unit_test(stats_since),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
