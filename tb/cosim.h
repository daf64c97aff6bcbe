/* SPDX-License-Identifier: Apache-2.0 */
/* --cosim: a retire hook that steps the reference model (sim/iss) once per
 * retire-port entry of the RTL and ends the run at the first difference
 * (entries are checked in batches of up to 512, and always at a store that
 * can end the program, so the RTL may have run a little past it; the
 * report names the cycle of the differing entry).
 *
 * Compared per entry: pc, instruction bits, privilege, VM, trap (cause and
 * tval) or register write, and memory write (virtual and physical address,
 * size, data). What the two cannot agree on by construction is taken from
 * the RTL: when the RTL takes an interrupt the ISS takes the same one at
 * that boundary (the ISS never takes one on its own, and its wfi retires at
 * once), the value of a non-deterministic read (cycle/time/mip CSRs,
 * CLINT and UART loads) is the RTL's, and so are the instruction bits
 * fetched from a word stored to since the last fence.i, which may be the
 * old or the new ones (docs/architecture.md): for such an instruction the
 * bits themselves are not checked. */
#ifndef TB_COSIM_H
#define TB_COSIM_H

#include <stddef.h>
#include <stdint.h>

#include "xvm_model.h"
#include "xvm_tb.h"

/* Exit status of the run at the first difference (XVM_EXIT_COSIM). The
 * report on stderr names the cycle, both entries and the last 20 entries
 * that matched. Returns 0, or -1 with a one-line message in err. */
int tb_cosim_open(const char *elf, uint32_t ram_size, struct xvm_model *model,
                  struct xvm_retire_hook *hook, char *err, size_t errlen);

#endif
