/* SPDX-License-Identifier: Apache-2.0 */
/* Seams of the C testbench (tb/main.c): consumers of the retire port.
 *
 * Every retire-port entry (retired instruction or trap) is handed, in
 * order, to each registered hook: the commit log is one, the co-simulation
 * (tb/cosim.c, --cosim) is to be another. A hook can end the run. */
#ifndef XVM_TB_H
#define XVM_TB_H

#include "xvm_commit.h"

struct xvm_retire_hook {
    /* Returns -1 to continue, or the exit status that ends the run (after
     * printing its own one-line report on stderr). */
    int (*retire)(void *ctx, const struct xvm_commit *c);
    /* Called once when the run ends, whatever the reason; may be NULL.
     * Returns nonzero when the hook's output is incomplete (after printing
     * its own one-line report on stderr). */
    int (*close)(void *ctx);
    void *ctx;
};

#endif
