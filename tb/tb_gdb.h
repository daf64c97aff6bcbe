/* SPDX-License-Identifier: Apache-2.0 */
/* --gdb PORT for build/xvm-sim: the GDB server (sim/gdb) on the RTL.
 *
 * The debugger sees the architectural state of a reference model (sim/iss)
 * that follows the RTL entry by entry, as --cosim's does: registers, CSRs,
 * privilege and VM are the RTL's by construction, without exposing the
 * RTL's register file. Each step runs the RTL to its next retire-port
 * entry; breakpoints compare the reference model's next pc; memory reads
 * come from its RAM and writes go to both RAMs; register writes are
 * refused. */
#ifndef TB_GDB_H
#define TB_GDB_H

#include <stddef.h>
#include <stdint.h>

#include "xvm_commit.h"
#include "xvm_model.h"

/* What the testbench's `next` function returns besides an exit status. */
#define TB_GDB_ENTRY  (-1)   /* *c holds the RTL's next retire-port entry */
#define TB_GDB_IDLE   (-2)   /* nothing retired for a while (e.g. wfi) */

struct tb_gdb;

/* Loads the reference model. NULL with a one-line message in err. */
struct tb_gdb *tb_gdb_open(const char *elf, uint32_t ram_size, struct xvm_model *model,
                           char *err, size_t errlen);

/* Serves one debugger on localhost:port. next(ctx, c) runs the RTL with
 * everything the run loop does per entry and returns TB_GDB_ENTRY,
 * TB_GDB_IDLE or the exit status of the program. Returns the exit status,
 * or -1 when the debugger detached (the caller runs the program on). */
int tb_gdb_serve(struct tb_gdb *d, int port, int (*next)(void *ctx, struct xvm_commit *c),
                 void *ctx);

void tb_gdb_close(struct tb_gdb *d);

#endif
