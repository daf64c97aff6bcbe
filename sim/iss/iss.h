/* SPDX-License-Identifier: Apache-2.0 */
/* The Xvm instruction-set simulator as a library: the C reference model of
 * the core and platform that docs/architecture.md specifies. build/xvm-iss
 * is its command-line front end; build/xvm-sim --cosim steps it in lockstep
 * with the RTL.
 *
 * Time: the ISS has no clock. mcycle and the CLINT's mtime advance by one
 * per step (a retired instruction, a trap, or one cycle of waiting in wfi),
 * so programs whose behaviour depends on timer values differ from the RTL
 * (which advances them per clock cycle) unless co-simulated. */
#ifndef ISS_H
#define ISS_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "xvm_commit.h"
#include "xvm_elf.h"

struct iss;

enum iss_status {
    ISS_RETIRED,   /* an instruction retired; the commit entry describes it */
    ISS_TRAPPED,   /* a trap was taken; the commit entry describes it */
    ISS_WAITING,   /* wfi is waiting for an interrupt; no commit entry */
};

/* A hart with ram_size bytes of RAM at XVM_RAM_BASE, already reset.
 * Returns NULL when the RAM cannot be allocated. */
struct iss *iss_create(uint32_t ram_size);
void iss_destroy(struct iss *s);

/* Resets the hart and the devices; RAM keeps its contents. */
void iss_reset(struct iss *s);

/* Loads an ELF into RAM (xvm_elf_load) and remembers its tohost symbol. */
int iss_load_elf(struct iss *s, const char *path, struct xvm_elf_info *info,
                 char *err, size_t errlen);

uint8_t *iss_ram(struct iss *s);
uint32_t iss_ram_size(const struct iss *s);

/* Program termination through a store to this physical address (riscv-tests
 * tohost convention); the finisher device always works. */
void iss_set_tohost(struct iss *s, uint32_t paddr);

/* Where UART THR bytes go; NULL discards them (the co-simulation lets the
 * RTL's testbench print). Default stdout. */
void iss_set_uart_output(struct iss *s, FILE *f);

/* Executes one instruction, or takes one trap, or waits one cycle in wfi. */
enum iss_status iss_step(struct iss *s, struct xvm_commit *c);

/* 1 once the program ended through the finisher or tohost; *code is its exit
 * status. */
int iss_finished(const struct iss *s, int *code);

/* Counters for --stats: steps (cycles in ISS terms) and retired instructions. */
uint64_t iss_cycles(const struct iss *s);
uint64_t iss_instret(const struct iss *s);

/* --- Hooks for lockstep comparison with the RTL ------------------------- */

/* In lockstep mode the ISS never takes an interrupt on its own and wfi
 * retires at once: the RTL decides when interrupts happen. */
void iss_set_lockstep(struct iss *s, int on);

/* Takes interrupt `code` (the cause without bit 31) at this instruction
 * boundary, like iss_step would, and describes it in c. Returns 0, or -1
 * (nothing taken) when the ISS's state does not enable it: its mie bit,
 * its delegation and the global enables of the current privilege and VM.
 * Whether it is pending is not checked: timer bits follow the RTL's clock. */
int iss_take_interrupt(struct iss *s, unsigned code, struct xvm_commit *c);

/* Level of the external interrupt inputs, as mip bits (MEIP, SEIP); they
 * are ORed into mip like the RTL's irq_*_ext_i pins. iss_force_mip makes
 * the mip bits in `mask` read as in `value` whatever their source (CLINT,
 * Sstc, software), e.g. to follow another model's timer. */
void iss_set_mip_inputs(struct iss *s, uint32_t ext_bits);
void iss_force_mip(struct iss *s, uint32_t mask, uint32_t value);

/* The next non-deterministic read of the next step (a read of mcycle,
 * cycle, time, mip, sip or their high halves, or a load or AMO read from
 * the CLINT or UART) returns `value` instead of the ISS's own. The override
 * is dropped at the end of that step whether used or not. */
void iss_override_read(struct iss *s, uint32_t value);

/* The bits the RTL retired for the next step's instruction. When the RAM
 * word it is fetched from was stored to since the last fence.i, the next
 * step executes these bits instead of the memory's: before fence.i a fetch
 * may return the old or the new bytes (docs/architecture.md), and the RTL
 * returns the old ones when it fetched the word before the store. Other
 * fetches ignore the offer, which is dropped at the end of the step.
 * Stores are tracked in lockstep mode only. */
void iss_offer_fetch(struct iss *s, uint32_t insn);

/* Architectural state for tests and reports. */
uint32_t iss_pc(const struct iss *s);
uint32_t iss_reg(const struct iss *s, unsigned n);
void iss_set_reg(struct iss *s, unsigned n, uint32_t v);
void iss_set_pc(struct iss *s, uint32_t pc);
unsigned iss_priv(const struct iss *s);
int iss_vm(const struct iss *s);
/* Direct state setters for unit tests (no legality checks). */
void iss_set_priv(struct iss *s, unsigned priv, int vm);
/* Raw CSR access for tests and debuggers: no privilege or Xvm checks, the
 * WARL rules apply. Return 0, or -1 when the CSR does not exist. */
int iss_csr_read(struct iss *s, unsigned csr, uint32_t *value);
int iss_csr_write(struct iss *s, unsigned csr, uint32_t value);

#endif
