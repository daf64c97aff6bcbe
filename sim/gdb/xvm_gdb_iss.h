/* SPDX-License-Identifier: Apache-2.0 */
/* The GDB server's target adapter for the instruction-set simulator
 * (sim/iss/iss.h). build/xvm-iss --gdb PORT uses it as:
 *
 *     struct xvm_gdb_iss g;
 *     xvm_gdb_iss_init(&g, s);
 *     g.max_cycles = o.max_cycles;
 *     r = xvm_gdb_serve(o.gdb_port, &g.target, &code);
 *
 * and then, for XVM_GDB_DETACHED, runs the program on as usual.
 *
 * The same adapter serves a simulator that keeps an ISS as the lockstep
 * shadow of another model (build/xvm-sim and its --cosim reference model):
 * see `advance` below. */
#ifndef XVM_GDB_ISS_H
#define XVM_GDB_ISS_H

#include <stdint.h>

#include "gdb/xvm_gdb.h"
#include "iss.h"
#include "xvm_commit.h"

struct xvm_gdb_iss {
    struct iss *iss;
    /* 0 = none; reaching it ends the program with status 124 (as
     * --max-cycles does without a debugger). */
    uint64_t max_cycles;
    /* Called for every retired instruction and trap, e.g. for the commit
     * log; NULL = none. */
    void (*on_commit)(void *ctx, const struct xvm_commit *c);
    void *on_commit_ctx;
    /* Lockstep mode (NULL = off): advance() runs the other model to its
     * next retire-port entry and steps this ISS with it; it returns 1 with
     * *code when the program ended, else 0. The debugger then sees the
     * ISS's state (the other model's, by construction), breakpoints compare
     * the ISS's next pc, memory writes also go to mirror_ram (the other
     * model's RAM: same size, same layout from XVM_RAM_BASE) and register
     * writes are refused. The other model may already have fetched the
     * instructions after the stop, so writes to code nearby may not be seen
     * by it. max_cycles and on_commit are the caller's business then. */
    int (*advance)(void *ctx, int *code);
    void *advance_ctx;
    uint8_t *mirror_ram;
    struct xvm_gdb_bps bps;
    struct xvm_gdb_target target;   /* what xvm_gdb_serve takes */
};

void xvm_gdb_iss_init(struct xvm_gdb_iss *g, struct iss *s);

#endif
