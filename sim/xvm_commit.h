/* SPDX-License-Identifier: Apache-2.0 */
/* One retired instruction or trap, and its commit-log line
 * (docs/architecture.md, "Commit log"). Shared by both simulators so that
 * their logs are byte-identical for the same execution. */
#ifndef XVM_COMMIT_H
#define XVM_COMMIT_H

#include <stddef.h>
#include <stdint.h>

struct xvm_commit {
    uint32_t pc;
    uint32_t insn;
    unsigned priv;        /* 0, 1 or 3: privilege before the instruction */
    int vm;               /* VM before the instruction */
    int trap;             /* 1: a trap, cause/tval valid, no writes */
    uint32_t cause;
    uint32_t tval;
    unsigned rd;          /* 0: no register write */
    uint32_t rd_value;
    int mem_we;           /* store, successful SC or AMO */
    int mem_re;           /* load, LR or AMO (not in the log line) */
    uint32_t mem_addr;    /* virtual address of the write, else of the read */
    uint32_t mem_paddr;   /* physical address */
    unsigned mem_size;    /* 0 byte, 1 half, 2 word */
    uint32_t mem_data;
};

/* Formats the line (with a trailing newline) into buf; returns its length,
 * or -1 if it does not fit. */
int xvm_commit_format(char *buf, size_t len, const struct xvm_commit *c);

#endif
