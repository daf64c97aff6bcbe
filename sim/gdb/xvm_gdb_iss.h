/* The GDB server's target adapter for the instruction-set simulator
 * (sim/iss/iss.h). build/xvm-iss --gdb PORT uses it as:
 *
 *     struct xvm_gdb_iss g;
 *     xvm_gdb_iss_init(&g, s);
 *     g.max_cycles = o.max_cycles;
 *     r = xvm_gdb_serve(o.gdb_port, &g.target, &code);
 *
 * and then, for XVM_GDB_DETACHED, runs the program on as usual. */
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
    struct xvm_gdb_bps bps;
    struct xvm_gdb_target target;   /* what xvm_gdb_serve takes */
};

void xvm_gdb_iss_init(struct xvm_gdb_iss *g, struct iss *s);

#endif
