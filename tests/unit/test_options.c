/* SPDX-License-Identifier: Apache-2.0 */
/* Unit tests of the command-line parser (sim/xvm_options.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "xvm_defs.h"
#include "xvm_options.h"

#define ALL (XVM_OPT_TRACE | XVM_OPT_COSIM | XVM_OPT_GDB)

static struct xvm_options o;
static char err[256];

/* argv from a NULL-terminated list, parsed with the given features. */
static int parse(unsigned features, const char *const *args)
{
    char *argv[32];
    int argc = 0;

    argv[argc++] = (char *)"xvm-sim";
    while (*args)
        argv[argc++] = (char *)*args++;
    argv[argc] = NULL;
    memset(err, 0, sizeof err);
    return xvm_options_parse(argc, argv, features, &o, err, sizeof err);
}

#define PARSE(features, ...) parse(features, (const char *const[]){ __VA_ARGS__, NULL })

static void expect_error(int r, const char *what)
{
    assert_int_equal(r, -1);
    assert_non_null(strstr(err, what));
    assert_null(strchr(err, '\n'));
}

static void defaults(void **state)
{
    (void)state;
    assert_int_equal(PARSE(ALL, "p.elf"), 0);
    assert_string_equal(o.elf, "p.elf");
    assert_int_equal(o.max_cycles, 0);
    assert_null(o.trace);
    assert_int_equal(o.trace_start, 0);
    assert_true(o.trace_stop == UINT64_MAX);
    assert_null(o.commit_log);
    assert_null(o.signature);
    assert_int_equal(o.ram_size, XVM_RAM_SIZE_DEFAULT);
    assert_int_equal(o.stats, 0);
    assert_int_equal(o.cosim, 0);
    assert_int_equal(o.gdb_port, 0);
}

static void every_option(void **state)
{
    (void)state;
    assert_int_equal(PARSE(ALL, "--max-cycles", "1000", "--trace", "w.fst", "--trace-start",
                           "10", "--trace-stop", "0x20", "--commit-log", "c.log",
                           "--signature", "s.txt", "--ram-size", "0x100000", "--stats",
                           "--cosim", "--gdb", "1234", "p.elf"), 0);
    assert_string_equal(o.elf, "p.elf");
    assert_int_equal(o.max_cycles, 1000);
    assert_string_equal(o.trace, "w.fst");
    assert_int_equal(o.trace_start, 10);
    assert_int_equal(o.trace_stop, 0x20);
    assert_string_equal(o.commit_log, "c.log");
    assert_string_equal(o.signature, "s.txt");
    assert_int_equal(o.ram_size, 0x100000);
    assert_int_equal(o.stats, 1);
    assert_int_equal(o.cosim, 1);
    assert_int_equal(o.gdb_port, 1234);
}

static void equals_form_and_elf_first(void **state)
{
    (void)state;
    assert_int_equal(PARSE(ALL, "p.elf", "--max-cycles=77", "--commit-log=x.log"), 0);
    assert_string_equal(o.elf, "p.elf");
    assert_int_equal(o.max_cycles, 77);
    assert_string_equal(o.commit_log, "x.log");
}

static void double_dash_ends_options(void **state)
{
    (void)state;
    assert_int_equal(PARSE(ALL, "--", "--odd-name.elf"), 0);
    assert_string_equal(o.elf, "--odd-name.elf");
}

static void ram_size_suffixes(void **state)
{
    (void)state;
    assert_int_equal(PARSE(ALL, "--ram-size", "64K", "p.elf"), 0);
    assert_int_equal(o.ram_size, 64 * 1024);
    assert_int_equal(PARSE(ALL, "--ram-size", "32M", "p.elf"), 0);
    assert_int_equal(o.ram_size, 32 * 1024 * 1024);
    assert_int_equal(PARSE(ALL, "--ram-size", "16m", "p.elf"), 0);
    assert_int_equal(o.ram_size, 16 * 1024 * 1024);
    assert_int_equal(PARSE(ALL, "--ram-size", "2048M", "p.elf"), 0);
    assert_int_equal(o.ram_size, 0x80000000u);
    assert_int_equal(PARSE(ALL, "--ram-size", "65536", "p.elf"), 0);
    assert_int_equal(o.ram_size, 65536);
}

static void bad_ram_size(void **state)
{
    (void)state;
    expect_error(PARSE(ALL, "--ram-size", "lots", "p.elf"), "bad number");
    expect_error(PARSE(ALL, "--ram-size", "16G", "p.elf"), "bad number");
    expect_error(PARSE(ALL, "--ram-size", "16MK", "p.elf"), "bad number");
    expect_error(PARSE(ALL, "--ram-size", "-4", "p.elf"), "bad number");
    expect_error(PARSE(ALL, "--ram-size", "", "p.elf"), "bad number");
    expect_error(PARSE(ALL, "--ram-size", "0x", "p.elf"), "bad number");
    expect_error(PARSE(ALL, "--ram-size", "0", "p.elf"), "--ram-size");
    expect_error(PARSE(ALL, "--ram-size", "1001", "p.elf"), "multiple of 4");
    expect_error(PARSE(ALL, "--ram-size", "4097M", "p.elf"), "up to 2G");
    expect_error(PARSE(ALL, "--ram-size", "99999999999999999999999", "p.elf"), "bad number");
    expect_error(PARSE(ALL, "--ram-size", "17592186044416M", "p.elf"), "bad number");
}

static void bad_numbers(void **state)
{
    (void)state;
    expect_error(PARSE(ALL, "--max-cycles", "10M", "p.elf"), "bad number");
    expect_error(PARSE(ALL, "--max-cycles", "12x", "p.elf"), "bad number");
    expect_error(PARSE(ALL, "--max-cycles", "0", "p.elf"), "at least 1");
    expect_error(PARSE(ALL, "--max-cycles", "0xg", "p.elf"), "bad number");
    expect_error(PARSE(ALL, "--trace", "w.fst", "--trace-start", "x", "p.elf"), "bad number");
    expect_error(PARSE(ALL, "--trace", "w.fst", "--trace-stop", "1.5", "p.elf"), "bad number");
    expect_error(PARSE(ALL, "--gdb", "port", "p.elf"), "bad number");
    expect_error(PARSE(ALL, "--gdb", "0", "p.elf"), "1..65535");
    expect_error(PARSE(ALL, "--gdb", "65536", "p.elf"), "1..65535");
}

static void large_numbers(void **state)
{
    (void)state;
    assert_int_equal(PARSE(ALL, "--max-cycles", "0xFFFFFFFFFFFFFFFF", "p.elf"), 0);
    assert_true(o.max_cycles == UINT64_MAX);
    assert_int_equal(PARSE(ALL, "--max-cycles", "18446744073709551615", "p.elf"), 0);
    assert_true(o.max_cycles == UINT64_MAX);
    expect_error(PARSE(ALL, "--max-cycles", "18446744073709551616", "p.elf"), "bad number");
}

static void unknown_option(void **state)
{
    (void)state;
    expect_error(PARSE(ALL, "--frobnicate", "p.elf"), "unknown option '--frobnicate'");
    expect_error(PARSE(ALL, "-x", "p.elf"), "unknown option '-x'");
    expect_error(PARSE(ALL, "--max", "5", "p.elf"), "unknown option");
}

static void missing_argument(void **state)
{
    (void)state;
    expect_error(PARSE(ALL, "p.elf", "--max-cycles"), "--max-cycles: missing argument");
    expect_error(PARSE(ALL, "p.elf", "--trace"), "--trace: missing argument");
    expect_error(PARSE(ALL, "p.elf", "--commit-log"), "missing argument");
    expect_error(PARSE(ALL, "p.elf", "--signature"), "missing argument");
    expect_error(PARSE(ALL, "p.elf", "--ram-size"), "missing argument");
    expect_error(PARSE(ALL, "p.elf", "--gdb"), "missing argument");
}

static void flag_with_value(void **state)
{
    (void)state;
    expect_error(PARSE(ALL, "--stats=1", "p.elf"), "takes no argument");
}

static void missing_elf(void **state)
{
    (void)state;
    expect_error(PARSE(ALL, "--stats"), "missing PROGRAM.elf");
}

static void extra_elf(void **state)
{
    (void)state;
    expect_error(PARSE(ALL, "a.elf", "b.elf"), "unexpected argument 'b.elf'");
}

static void commit_log_not_stdout(void **state)
{
    (void)state;
    expect_error(PARSE(ALL, "--commit-log", "-", "p.elf"), "stdout");
}

static void trace_window_checks(void **state)
{
    (void)state;
    expect_error(PARSE(ALL, "--trace", "w.fst", "--trace-start", "20", "--trace-stop", "10",
                       "p.elf"), "before");
    expect_error(PARSE(ALL, "--trace-start", "20", "p.elf"), "need --trace");
    assert_int_equal(PARSE(ALL, "--trace", "w.fst", "--trace-start", "5", "--trace-stop", "5",
                           "p.elf"), 0);
}

/* A front end without a feature treats its options as unknown (the ISS
 * has no waveform). */
static void features_limit_options(void **state)
{
    (void)state;
    expect_error(PARSE(0, "--trace", "w.fst", "p.elf"), "unknown option '--trace'");
    expect_error(PARSE(0, "--cosim", "p.elf"), "unknown option '--cosim'");
    expect_error(PARSE(XVM_OPT_TRACE, "--gdb", "1", "p.elf"), "unknown option '--gdb'");
    assert_int_equal(PARSE(0, "--stats", "--max-cycles", "5", "p.elf"), 0);
}

static void help(void **state)
{
    (void)state;
    /* The usage text goes to stdout; the caller then exits 0. */
    assert_int_equal(PARSE(ALL, "--help"), 1);
    assert_int_equal(PARSE(ALL, "-h"), 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(defaults), cmocka_unit_test(every_option),
        cmocka_unit_test(equals_form_and_elf_first), cmocka_unit_test(double_dash_ends_options),
        cmocka_unit_test(ram_size_suffixes), cmocka_unit_test(bad_ram_size),
        cmocka_unit_test(bad_numbers), cmocka_unit_test(large_numbers),
        cmocka_unit_test(unknown_option), cmocka_unit_test(missing_argument),
        cmocka_unit_test(flag_with_value), cmocka_unit_test(missing_elf),
        cmocka_unit_test(extra_elf), cmocka_unit_test(commit_log_not_stdout),
        cmocka_unit_test(trace_window_checks), cmocka_unit_test(features_limit_options),
        cmocka_unit_test(help),
    };

    return cmocka_run_group_tests_name("options", tests, NULL, NULL);
}
