/* SPDX-License-Identifier: Apache-2.0 */
/* A GDB remote-serial-protocol server for the Xvm simulators, independent
 * of any simulator: it drives a "target" through struct xvm_gdb_target.
 * It listens on localhost only, serves one debugger connection at a time,
 * and answers malformed or unknown packets with an error or an empty
 * reply. See sim/gdb/README.md for what a user types and sees. */
#ifndef XVM_GDB_H
#define XVM_GDB_H

#include <stddef.h>
#include <stdint.h>

/* Register numbers, as the target description (qXfer:features:read)
 * gives them to GDB and as the target's register functions receive them:
 * x0..x31, pc, CSR n at XVM_GDB_REG_CSR0 + n (GDB's RISC-V numbering),
 * and two read-only pseudo-registers: the privilege (0, 1, 3) and Xvm's
 * VM bit. */
#define XVM_GDB_REG_PC    32u
#define XVM_GDB_REG_CSR0  65u
#define XVM_GDB_REG_PRIV  (XVM_GDB_REG_CSR0 + 4096u)
#define XVM_GDB_REG_VM    (XVM_GDB_REG_PRIV + 1u)

/* Why the target stopped. */
enum xvm_gdb_stop {
    XVM_GDB_STOP_STEP,        /* one instruction (or trap) done */
    XVM_GDB_STOP_SWBREAK,     /* reached a software breakpoint */
    XVM_GDB_STOP_HWBREAK,     /* reached a hardware breakpoint */
    XVM_GDB_STOP_INTERRUPT,   /* the poll function asked to stop (Ctrl-C) */
    XVM_GDB_STOP_EXITED,      /* the program ended; *exit_code is set */
};

enum xvm_gdb_bp_kind { XVM_GDB_BP_SW, XVM_GDB_BP_HW };

struct xvm_gdb_target {
    void *ctx;
    /* 0, or -1 when the register does not exist or cannot be written. */
    int (*read_reg)(void *ctx, unsigned regno, uint32_t *value);
    int (*write_reg)(void *ctx, unsigned regno, uint32_t value);
    /* Memory as a load/store of the current privilege sees it (phys=0:
     * through the current translation, without permission checks), or
     * physical memory (phys=1). 0, or -1 when any byte is not backed. */
    int (*read_mem)(void *ctx, uint32_t addr, uint8_t *buf, size_t len, int phys);
    int (*write_mem)(void *ctx, uint32_t addr, const uint8_t *buf, size_t len, int phys);
    /* Executes one instruction (or takes one trap). */
    enum xvm_gdb_stop (*step)(void *ctx, int *exit_code);
    /* Runs until a breakpoint or the end of the program, executing at
     * least one instruction first (so that it leaves a breakpoint it stands
     * on), and calls poll(poll_ctx) every few thousand instructions: when it
     * returns non-zero, stops with XVM_GDB_STOP_INTERRUPT. */
    enum xvm_gdb_stop (*run)(void *ctx, int (*poll)(void *poll_ctx), void *poll_ctx,
                             int *exit_code);
    /* Inserts (insert=1) or removes a breakpoint at a virtual pc. 0, or -1
     * when no more can be inserted or there is none to remove. */
    int (*breakpoint)(void *ctx, enum xvm_gdb_bp_kind kind, uint32_t addr, int insert);
};

/* How a debugging session ended. */
enum xvm_gdb_result {
    XVM_GDB_DETACHED,   /* the debugger detached or went away: run on */
    XVM_GDB_KILLED,     /* the debugger killed the program: stop now */
    XVM_GDB_EXITED,     /* the program ended while debugged: *exit_code */
    XVM_GDB_ERROR = -1, /* could not listen or accept (message on stderr) */
};

/* Listens on 127.0.0.1:port (0 = any free port), prints
 * "xvm-gdb: waiting for gdb on localhost:<port>" on stderr, serves one
 * connection and returns how it ended. This is the simulators' --gdb entry. */
int xvm_gdb_serve(int port, const struct xvm_gdb_target *t, int *exit_code);

/* The same in two steps, for callers that need the port before serving:
 * xvm_gdb_listen returns a listening socket (and the bound port in *port)
 * or -1 with a message on stderr; xvm_gdb_serve_listener accepts one
 * connection on it, serves it and closes both sockets. */
int xvm_gdb_listen(int port, int *bound_port);
int xvm_gdb_serve_listener(int listen_fd, const struct xvm_gdb_target *t, int *exit_code);

/* --- helpers for target adapters --------------------------------------- */

/* A set of breakpoint addresses that a target checks before each
 * instruction. */
#define XVM_GDB_MAX_BREAKPOINTS 64

struct xvm_gdb_bps {
    unsigned n;
    uint32_t addr[XVM_GDB_MAX_BREAKPOINTS];
    enum xvm_gdb_bp_kind kind[XVM_GDB_MAX_BREAKPOINTS];
};

/* Inserts or removes; the same return value as the target's breakpoint(). */
int xvm_gdb_bps_update(struct xvm_gdb_bps *b, enum xvm_gdb_bp_kind kind, uint32_t addr,
                       int insert);
/* The stop reason when pc has a breakpoint, else XVM_GDB_STOP_STEP. */
enum xvm_gdb_stop xvm_gdb_bps_check(const struct xvm_gdb_bps *b, uint32_t pc);

/* Sv32 translation for the debugger's view of memory (no permission or
 * A/D checks): walks the table at satp with read32 (a physical 32-bit
 * read, 0 or -1) and returns 0 with *paddr, or -1 when the address is not
 * mapped. With satp.MODE=Bare, *paddr = vaddr. */
int xvm_gdb_sv32_translate(uint32_t satp, uint32_t vaddr,
                           int (*read32)(void *ctx, uint64_t paddr, uint32_t *value),
                           void *ctx, uint64_t *paddr);

#endif
