/* SPDX-License-Identifier: Apache-2.0 */
/* xvm-mkimage: builds a bootable image from a monitor built without guests
 * and guest ELF files (docs/guest-platform.md, "Running your kernel"). */
#ifndef MKIMAGE_H
#define MKIMAGE_H

#include <stddef.h>
#include <stdint.h>

#define EXIT_BAD_INPUT 2
#define EXIT_IO        1
/* The largest RAM a monitor image may claim (1 GiB). */
#define MONITOR_RAM_MAX 0x40000000u

struct blob {
    uint8_t *p;
    size_t len;
};

/* One loadable segment of an ELF file. */
struct segment {
    uint32_t paddr, vaddr, filesz, memsz, flags, align;
    const uint8_t *data;
};

#define MAX_SEGMENTS 32

struct elf {
    const char *path;
    struct blob file;
    uint32_t entry;
    unsigned nseg;
    struct segment seg[MAX_SEGMENTS];
};

/* A guest as given on the command line. */
struct guest_opt {
    const char *path;
    char name[16];
    uint32_t mem_size, weight, gate, expect, timebase;
    struct elf elf;
    uint32_t load_off;              /* guest RAM offset of the flat image */
    uint32_t image_size, span;      /* its file bytes; its extent with bss */
    struct blob fdt;
};

/* die.c: print "PROGRAM: MESSAGE" on stderr and exit with status; each
 * program defines its name as die_prog. */
extern const char die_prog[];
__attribute__((noreturn, format(printf, 2, 3))) void die(int status, const char *fmt, ...);

/* elf.c */
void elf_read(struct elf *e, const char *path);
void elf_free(struct elf *e);
void write_image(const char *out, const struct elf *monitor, const struct blob *bundle,
                 uint32_t bundle_addr);

/* fdt.c: the device tree of docs/guest-platform.md, made with libfdt. The
 * timebase is the board's 1 MHz unless a guest asks for another. */
#define GUEST_TIMEBASE_DEFAULT 1000000u
void fdt_build(struct blob *b, uint32_t mem_size, const char *console, uint32_t timebase);

#endif
