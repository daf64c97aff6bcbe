/* SPDX-License-Identifier: Apache-2.0 */
/* Unit tests of the ELF loader (sim/xvm_elf.c) on ELF images built here,
 * one malformed variant per rejection the loader promises. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "xvm_elf.h"

#define RAM_BASE 0x80000000u
#define RAM_SIZE 0x10000u

/* Layout of the generated image. */
#define OFF_PH    52u
#define NPH       2u
#define OFF_DATA  (OFF_PH + NPH * 32u)
#define DATA_LEN  16u
#define OFF_STR   (OFF_DATA + DATA_LEN)
#define STRTAB    "\0tohost\0begin_signature\0end_signature\0"
#define STR_LEN   (sizeof STRTAB)
#define OFF_SYM   ((OFF_STR + STR_LEN + 3u) & ~3u)
#define NSYM      4u
#define OFF_SH    (OFF_SYM + NSYM * 16u)
#define NSH       3u
#define IMAGE_LEN (OFF_SH + NSH * 40u)

/* Segment 0: 16 bytes of data at 0x80001000 with 16 more zero-filled;
 * segment 1: a PT_NOTE that must be ignored. */
#define SEG_PADDR 0x80001000u
#define SEG_MEMSZ 32u

static uint8_t image[IMAGE_LEN];
static uint8_t ram[RAM_SIZE];
static char err[256];
static struct xvm_elf_info info;

static void w16(uint32_t off, uint32_t v)
{
    image[off] = (uint8_t)v;
    image[off + 1] = (uint8_t)(v >> 8);
}

static void w32(uint32_t off, uint32_t v)
{
    w16(off, v & 0xffff);
    w16(off + 2, v >> 16);
}

static void phdr(unsigned i, uint32_t type, uint32_t off, uint32_t vaddr, uint32_t paddr,
                 uint32_t filesz, uint32_t memsz)
{
    uint32_t p = OFF_PH + i * 32u;

    w32(p, type);
    w32(p + 4, off);
    w32(p + 8, vaddr);
    w32(p + 12, paddr);
    w32(p + 16, filesz);
    w32(p + 20, memsz);
    w32(p + 24, 7);
    w32(p + 28, 4);
}

static void sym(unsigned i, uint32_t name, uint32_t value)
{
    w32(OFF_SYM + i * 16u, name);
    w32(OFF_SYM + i * 16u + 4, value);
    image[OFF_SYM + i * 16u + 12] = 0x10;   /* STB_GLOBAL, STT_NOTYPE */
    w16(OFF_SYM + i * 16u + 14, 1);
}

static void shdr(unsigned i, uint32_t type, uint32_t off, uint32_t size, uint32_t link)
{
    uint32_t s = OFF_SH + i * 40u;

    w32(s + 4, type);
    w32(s + 16, off);
    w32(s + 20, size);
    w32(s + 24, link);
    w32(s + 36, type == 2 ? 16 : 0);
}

/* A valid RV32 executable; the tests then break one thing at a time. */
static int build_image(void **state)
{
    unsigned i;

    (void)state;
    memset(image, 0, sizeof image);
    memcpy(image, "\177ELF", 4);
    image[4] = 1;        /* ELFCLASS32 */
    image[5] = 1;        /* ELFDATA2LSB */
    image[6] = 1;
    w16(16, 2);          /* ET_EXEC */
    w16(18, 243);        /* EM_RISCV */
    w32(20, 1);
    w32(24, 0x80000000u);
    w32(28, OFF_PH);
    w32(32, OFF_SH);
    w16(40, 52);
    w16(42, 32);
    w16(44, NPH);
    w16(46, 40);
    w16(48, NSH);
    phdr(0, 1, OFF_DATA, SEG_PADDR, SEG_PADDR, DATA_LEN, SEG_MEMSZ);
    phdr(1, 4, OFF_DATA, 0, 0, 4, 4);
    for (i = 0; i < DATA_LEN; i++)
        image[OFF_DATA + i] = (uint8_t)(0x11 * (i + 1));
    memcpy(image + OFF_STR, STRTAB, STR_LEN);
    sym(1, 1, SEG_PADDR + 8);          /* tohost */
    sym(2, 8, SEG_PADDR + 16);         /* begin_signature */
    sym(3, 24, SEG_PADDR + 24);        /* end_signature */
    shdr(1, 2, OFF_SYM, NSYM * 16u, 2);
    shdr(2, 3, OFF_STR, STR_LEN, 0);
    memset(ram, 0xaa, sizeof ram);
    memset(err, 0, sizeof err);
    return 0;
}

static int load(size_t len)
{
    return xvm_elf_load_buffer(image, len, RAM_BASE, RAM_SIZE, ram, &info, err, sizeof err);
}

/* A rejection: -1, one line mentioning `what`, and the RAM left alone. */
static void expect_reject(size_t len, const char *what)
{
    size_t i;

    assert_int_equal(load(len), -1);
    assert_non_null(strstr(err, what));
    assert_null(strchr(err, '\n'));
    for (i = 0; i < sizeof ram; i++)
        assert_int_equal(ram[i], 0xaa);
}

static void loads_segments_and_symbols(void **state)
{
    uint32_t o = SEG_PADDR - RAM_BASE;
    unsigned i;

    (void)state;
    assert_int_equal(load(IMAGE_LEN), 0);
    for (i = 0; i < DATA_LEN; i++)
        assert_int_equal(ram[o + i], (uint8_t)(0x11 * (i + 1)));
    for (i = DATA_LEN; i < SEG_MEMSZ; i++)
        assert_int_equal(ram[o + i], 0);
    assert_int_equal(ram[o + SEG_MEMSZ], 0xaa);
    assert_int_equal(ram[o - 1], 0xaa);
    assert_int_equal(info.entry, 0x80000000u);
    assert_true(info.has_tohost);
    assert_int_equal(info.tohost, SEG_PADDR + 8);
    assert_true(info.has_signature);
    assert_int_equal(info.sig_begin, SEG_PADDR + 16);
    assert_int_equal(info.sig_end, SEG_PADDR + 24);
}

static void loads_at_physical_address(void **state)
{
    (void)state;
    phdr(0, 1, OFF_DATA, 0x1000, SEG_PADDR + 0x100, DATA_LEN, SEG_MEMSZ);
    sym(1, 1, 0x1008);
    assert_int_equal(load(IMAGE_LEN), 0);
    assert_int_equal(ram[SEG_PADDR + 0x100 - RAM_BASE], 0x11);
    assert_int_equal(ram[SEG_PADDR - RAM_BASE], 0xaa);
    assert_int_equal(info.tohost, SEG_PADDR + 0x108);
}

static void segment_at_end_of_ram(void **state)
{
    (void)state;
    phdr(0, 1, OFF_DATA, 0, RAM_BASE + RAM_SIZE - SEG_MEMSZ, DATA_LEN, SEG_MEMSZ);
    assert_int_equal(load(IMAGE_LEN), 0);
    assert_int_equal(ram[RAM_SIZE - SEG_MEMSZ], 0x11);
    assert_int_equal(ram[RAM_SIZE - 1], 0);
}

static void stripped_has_no_symbols(void **state)
{
    (void)state;
    w16(48, 0);
    assert_int_equal(load(IMAGE_LEN), 0);
    assert_false(info.has_tohost);
    assert_false(info.has_signature);
}

static void missing_end_signature(void **state)
{
    (void)state;
    w32(OFF_SYM + 3 * 16u, 0);
    assert_int_equal(load(IMAGE_LEN), 0);
    assert_true(info.has_tohost);
    assert_false(info.has_signature);
}

static void rejects_empty(void **state)
{
    (void)state;
    expect_reject(0, "empty");
}

static void rejects_not_elf(void **state)
{
    (void)state;
    memcpy(image, "#!/bin/sh\n", 10);
    expect_reject(IMAGE_LEN, "not an ELF");
}

static void rejects_short_not_elf(void **state)
{
    (void)state;
    expect_reject(3, "not an ELF");
}

static void rejects_truncated_header(void **state)
{
    (void)state;
    expect_reject(40, "truncated");
}

static void rejects_elf64(void **state)
{
    (void)state;
    image[4] = 2;
    expect_reject(IMAGE_LEN, "ELF64");
}

static void rejects_bad_class(void **state)
{
    (void)state;
    image[4] = 0;
    expect_reject(IMAGE_LEN, "class");
}

static void rejects_big_endian(void **state)
{
    (void)state;
    image[5] = 2;
    expect_reject(IMAGE_LEN, "big-endian");
}

static void rejects_wrong_machine(void **state)
{
    (void)state;
    w16(18, 62);
    expect_reject(IMAGE_LEN, "not a RISC-V");
}

static void rejects_not_executable(void **state)
{
    (void)state;
    w16(16, 3);
    expect_reject(IMAGE_LEN, "not an executable");
}

static void rejects_phdrs_outside_file(void **state)
{
    (void)state;
    w32(28, IMAGE_LEN - 40);
    expect_reject(IMAGE_LEN, "program headers");
}

static void rejects_phdrs_offset_overflow(void **state)
{
    (void)state;
    w32(28, 0xfffffff0u);
    expect_reject(IMAGE_LEN, "program headers");
}

static void rejects_bad_phentsize(void **state)
{
    (void)state;
    w16(42, 56);
    expect_reject(IMAGE_LEN, "program header size");
}

static void rejects_no_phdrs(void **state)
{
    (void)state;
    w16(44, 0);
    expect_reject(IMAGE_LEN, "no program headers");
}

static void rejects_segment_data_outside_file(void **state)
{
    (void)state;
    phdr(0, 1, IMAGE_LEN - 8, SEG_PADDR, SEG_PADDR, DATA_LEN, SEG_MEMSZ);
    expect_reject(IMAGE_LEN, "outside the file");
}

static void rejects_segment_offset_overflow(void **state)
{
    (void)state;
    phdr(0, 1, 0xfffffff8u, SEG_PADDR, SEG_PADDR, DATA_LEN, SEG_MEMSZ);
    expect_reject(IMAGE_LEN, "outside the file");
}

static void rejects_filesz_above_memsz(void **state)
{
    (void)state;
    phdr(0, 1, OFF_DATA, SEG_PADDR, SEG_PADDR, DATA_LEN, 8);
    expect_reject(IMAGE_LEN, "exceeds memory size");
}

static void rejects_segment_below_ram(void **state)
{
    (void)state;
    phdr(0, 1, OFF_DATA, 0x1000, 0x1000, DATA_LEN, SEG_MEMSZ);
    expect_reject(IMAGE_LEN, "outside RAM");
}

static void rejects_segment_past_ram(void **state)
{
    (void)state;
    phdr(0, 1, OFF_DATA, 0, RAM_BASE + RAM_SIZE - 8, DATA_LEN, SEG_MEMSZ);
    expect_reject(IMAGE_LEN, "outside RAM");
}

static void rejects_segment_wrapping(void **state)
{
    (void)state;
    phdr(0, 1, OFF_DATA, 0, RAM_BASE + 0x100, DATA_LEN, 0xfffffff0u);
    expect_reject(IMAGE_LEN, "outside RAM");
}

static void rejects_no_loadable_segments(void **state)
{
    (void)state;
    phdr(0, 6, OFF_DATA, SEG_PADDR, SEG_PADDR, DATA_LEN, SEG_MEMSZ);
    expect_reject(IMAGE_LEN, "no loadable segments");
}

static void rejects_shdrs_outside_file(void **state)
{
    (void)state;
    w32(32, IMAGE_LEN - 20);
    assert_int_equal(load(IMAGE_LEN), -1);
    assert_non_null(strstr(err, "section headers"));
}

static void rejects_symtab_outside_file(void **state)
{
    (void)state;
    shdr(1, 2, IMAGE_LEN, NSYM * 16u, 2);
    assert_int_equal(load(IMAGE_LEN), -1);
    assert_non_null(strstr(err, "symbol table"));
}

static void rejects_symtab_bad_link(void **state)
{
    (void)state;
    shdr(1, 2, OFF_SYM, NSYM * 16u, 7);
    assert_int_equal(load(IMAGE_LEN), -1);
    assert_non_null(strstr(err, "symbol table"));
}

static void rejects_signature_reversed(void **state)
{
    (void)state;
    sym(3, 24, SEG_PADDR + 12);
    assert_int_equal(load(IMAGE_LEN), -1);
    assert_non_null(strstr(err, "end_signature"));
}

/* Symbol names that run off the end of the string table must not match. */
static void ignores_name_past_strtab(void **state)
{
    (void)state;
    w32(OFF_SYM + 16u, STR_LEN + 100);
    assert_int_equal(load(IMAGE_LEN), 0);
    assert_false(info.has_tohost);
}

static char tmp_path[64];

static int write_tmp(size_t len)
{
    FILE *f;
    int fd;

    snprintf(tmp_path, sizeof tmp_path, "/tmp/xvm-test-elf-XXXXXX");
    fd = mkstemp(tmp_path);
    if (fd < 0)
        return -1;
    close(fd);
    f = fopen(tmp_path, "wb");
    if (!f)
        return -1;
    fwrite(image, 1, len, f);
    return fclose(f);
}

static void file_load_and_symbol(void **state)
{
    uint32_t v = 0;

    (void)state;
    assert_int_equal(write_tmp(IMAGE_LEN), 0);
    assert_int_equal(xvm_elf_load(tmp_path, RAM_BASE, RAM_SIZE, ram, &info, err, sizeof err), 0);
    assert_int_equal(ram[SEG_PADDR - RAM_BASE], 0x11);
    assert_int_equal(xvm_elf_symbol(tmp_path, "end_signature", &v), 0);
    assert_int_equal(v, SEG_PADDR + 24);
    assert_int_equal(xvm_elf_symbol(tmp_path, "no_such_symbol", &v), -1);
    unlink(tmp_path);
}

/* File errors name the file so the one line is self-explanatory. */
static void file_error_names_file(void **state)
{
    (void)state;
    image[4] = 2;
    assert_int_equal(write_tmp(IMAGE_LEN), 0);
    assert_int_equal(xvm_elf_load(tmp_path, RAM_BASE, RAM_SIZE, ram, &info, err, sizeof err), -1);
    assert_non_null(strstr(err, tmp_path));
    assert_non_null(strstr(err, "ELF64"));
    unlink(tmp_path);
}

static void file_missing(void **state)
{
    (void)state;
    assert_int_equal(xvm_elf_load("/nonexistent/prog.elf", RAM_BASE, RAM_SIZE, ram, &info, err,
                                  sizeof err), -1);
    assert_string_equal(err, "/nonexistent/prog.elf: No such file or directory");
}

static void file_is_directory(void **state)
{
    (void)state;
    assert_int_equal(xvm_elf_load("/tmp", RAM_BASE, RAM_SIZE, ram, &info, err, sizeof err), -1);
    assert_string_equal(err, "/tmp: Is a directory");
}

static void writes_signature(void **state)
{
    char line[64];
    FILE *f;

    (void)state;
    assert_int_equal(load(IMAGE_LEN), 0);
    snprintf(tmp_path, sizeof tmp_path, "/tmp/xvm-test-sig-%d", (int)getpid());
    f = xvm_elf_signature_open(tmp_path, "p.elf", &info, RAM_BASE, RAM_SIZE, err, sizeof err);
    assert_non_null(f);
    assert_int_equal(xvm_elf_signature_write(f, tmp_path, &info, RAM_BASE, ram, err, sizeof err),
                     0);
    f = fopen(tmp_path, "r");
    assert_non_null(f);
    assert_non_null(fgets(line, sizeof line, f));
    assert_string_equal(line, "00000000\n");
    assert_non_null(fgets(line, sizeof line, f));
    assert_string_equal(line, "00000000\n");
    assert_null(fgets(line, sizeof line, f));
    fclose(f);
    /* Words are little-endian in RAM. */
    ram[info.sig_begin - RAM_BASE] = 0x78;
    ram[info.sig_begin - RAM_BASE + 3] = 0xa2;
    f = xvm_elf_signature_open(tmp_path, "p.elf", &info, RAM_BASE, RAM_SIZE, err, sizeof err);
    assert_non_null(f);
    assert_int_equal(xvm_elf_signature_write(f, tmp_path, &info, RAM_BASE, ram, err, sizeof err),
                     0);
    f = fopen(tmp_path, "r");
    assert_non_null(f);
    assert_non_null(fgets(line, sizeof line, f));
    assert_string_equal(line, "a2000078\n");
    fclose(f);
    unlink(tmp_path);
}

static void signature_needs_symbols(void **state)
{
    (void)state;
    w16(48, 0);
    assert_int_equal(load(IMAGE_LEN), 0);
    assert_null(xvm_elf_signature_open("/tmp/unused", "p.elf", &info, RAM_BASE, RAM_SIZE, err,
                                       sizeof err));
    assert_string_equal(err, "p.elf: no begin_signature/end_signature symbols for --signature");
}

/* The signature file is created before the run: an unusable path is
 * reported then, as "FILE: reason". */
static void signature_unwritable(void **state)
{
    (void)state;
    assert_int_equal(load(IMAGE_LEN), 0);
    assert_null(xvm_elf_signature_open("/nonexistent/sig", "p.elf", &info, RAM_BASE, RAM_SIZE,
                                       err, sizeof err));
    assert_string_equal(err, "/nonexistent/sig: No such file or directory");
}

#define T(f) cmocka_unit_test_setup(f, build_image)

int main(void)
{
    const struct CMUnitTest tests[] = {
        T(loads_segments_and_symbols), T(loads_at_physical_address), T(segment_at_end_of_ram),
        T(stripped_has_no_symbols), T(missing_end_signature), T(rejects_empty),
        T(rejects_not_elf), T(rejects_short_not_elf), T(rejects_truncated_header),
        T(rejects_elf64), T(rejects_bad_class), T(rejects_big_endian), T(rejects_wrong_machine),
        T(rejects_not_executable), T(rejects_phdrs_outside_file), T(rejects_phdrs_offset_overflow),
        T(rejects_bad_phentsize), T(rejects_no_phdrs), T(rejects_segment_data_outside_file),
        T(rejects_segment_offset_overflow), T(rejects_filesz_above_memsz),
        T(rejects_segment_below_ram), T(rejects_segment_past_ram), T(rejects_segment_wrapping),
        T(rejects_no_loadable_segments), T(rejects_shdrs_outside_file),
        T(rejects_symtab_outside_file), T(rejects_symtab_bad_link),
        T(rejects_signature_reversed), T(ignores_name_past_strtab), T(file_load_and_symbol),
        T(file_error_names_file), T(file_missing), T(file_is_directory), T(writes_signature),
        T(signature_needs_symbols), T(signature_unwritable),
    };

    return cmocka_run_group_tests_name("elf", tests, NULL, NULL);
}
