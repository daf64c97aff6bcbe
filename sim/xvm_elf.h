/* SPDX-License-Identifier: Apache-2.0 */
/* ELF loading for both simulators (xvm-sim and xvm-iss).
 *
 * Loads the PT_LOAD segments of an RV32 little-endian executable into a RAM
 * image at their physical addresses and finds the symbols the platform
 * contract uses (tohost, begin_signature, end_signature). Every rejection
 * produces a one-line message (no trailing newline) that the caller prints
 * to stderr, as "<program>: <message>", before exiting with status 2.
 * Symbol addresses are converted to physical addresses through the loadable
 * segment that contains them (identity when no segment does). */
#ifndef XVM_ELF_H
#define XVM_ELF_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

struct xvm_elf_info {
    uint32_t entry;
    int has_tohost;
    uint32_t tohost;
    int has_signature;
    uint32_t sig_begin;
    uint32_t sig_end;
    int has_stack_top;      /* __stack_top, the end of RAM it was linked for */
    uint32_t stack_top;
};

/* ram points at ram_size bytes that model physical addresses
 * [ram_base, ram_base + ram_size). Returns 0, or -1 with err filled. */
int xvm_elf_load(const char *path, uint32_t ram_base, uint32_t ram_size,
                 uint8_t *ram, struct xvm_elf_info *info,
                 char *err, size_t errlen);

/* Same, from a buffer already in memory (used by the unit tests). */
int xvm_elf_load_buffer(const uint8_t *buf, size_t len, uint32_t ram_base,
                        uint32_t ram_size, uint8_t *ram,
                        struct xvm_elf_info *info, char *err, size_t errlen);

/* Warns on stderr, one line "PROG: ELF: warning: ..." each, where the
 * loaded program will not run as linked: an entry point other than the
 * reset pc (execution starts there whatever e_entry says), or a
 * __stack_top (sw/runtime/link.ld: the end of the RAM it was linked for)
 * beyond the end of RAM. The run goes on. */
void xvm_elf_warn(const char *prog, const char *elf, const struct xvm_elf_info *info,
                  uint32_t ram_base, uint32_t ram_size);

/* Looks up a symbol's value by name; returns 0 and sets *value, or -1. */
int xvm_elf_symbol(const char *path, const char *name, uint32_t *value);

/* --signature, before the run: checks that the program elf (loaded into
 * info) has the signature symbols, word-aligned inside RAM, and creates
 * path, so that neither problem is found only after the run. Returns the
 * stream, or NULL with err filled ("FILE: reason"). */
FILE *xvm_elf_signature_open(const char *path, const char *elf,
                             const struct xvm_elf_info *info, uint32_t ram_base,
                             uint32_t ram_size, char *err, size_t errlen);

/* After the run: writes the words [sig_begin, sig_end) of the RAM image to
 * f (from xvm_elf_signature_open on path), one "%08x" word per line, and
 * closes it. Returns 0, or -1 with err filled ("FILE: reason"). */
int xvm_elf_signature_write(FILE *f, const char *path, const struct xvm_elf_info *info,
                            uint32_t ram_base, const uint8_t *ram, char *err, size_t errlen);

#endif
