/* SPDX-License-Identifier: Apache-2.0 */
/* Names of the CSRs that the core implements (rtl/xvm_defs.vh), shared by
 * the disassembler and the GDB server's target description, so that the
 * debugger and the waveform show the same names. */
#ifndef XVM_CSR_NAMES_H
#define XVM_CSR_NAMES_H

#include <stddef.h>

/* The lower-case name of CSR csr (as the XVM_CSR_<NAME> constant spells
 * it, and "hpmcounterN"-style names inside the numbered ranges), or NULL
 * when the core has no such CSR. */
const char *xvm_csr_name(unsigned csr);

/* 1 when csr is one of a numbered family of counters, events or PMP
 * registers (all read 0 on this core), 0 for the individually named ones. */
int xvm_csr_is_numbered(unsigned csr);

/* Every implemented CSR in ascending number order: the i-th number for
 * i < xvm_csr_count(). */
unsigned xvm_csr_count(void);
unsigned xvm_csr_number(unsigned i);

#endif
