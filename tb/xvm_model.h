/* SPDX-License-Identifier: Apache-2.0 */
/* C interface of the Verilator model of xvm_sim_top (tb/xvm_model.cpp).
 *
 * The C testbench never touches C++: it creates the model, loads the RAM
 * through a byte pointer, and runs the clock in slices. The shim runs many
 * cycles per call and returns only on an event the caller asked for, so the
 * per-cycle work stays inside one tight C++ loop. */
#ifndef XVM_MODEL_H
#define XVM_MODEL_H

#include <stddef.h>
#include <stdint.h>

#include "xvm_commit.h"

#ifdef __cplusplus
extern "C" {
#endif

struct xvm_model;

/* Events that end xvm_model_run (bit mask). */
#define XVM_EV_LIMIT    (1u << 0)   /* the cycle budget of this call ran out */
#define XVM_EV_RETIRE   (1u << 1)   /* the retire port is valid (if requested) */
#define XVM_EV_STORE    (1u << 2)   /* a retired store to the watched physical address */
#define XVM_EV_UART_TX  (1u << 3)   /* the UART transmitted a byte */
#define XVM_EV_FINISH   (1u << 4)   /* a word was written to the finisher */

/* Creates the model with its RAM (XVM_SIM_RAM_MAX bytes, zero) all visible
 * to the program. Returns NULL when the RAM cannot be mapped or a model
 * already exists (the RTL's RAM ports reach one RAM per process). */
struct xvm_model *xvm_model_create(void);
void xvm_model_destroy(struct xvm_model *m);

/* The largest RAM: XVM_SIM_RAM_MAX. */
uint32_t xvm_model_ram_max(const struct xvm_model *m);

/* The RAM size the program sees (ram_size_i), <= xvm_model_ram_max(). */
void xvm_model_set_ram_size(struct xvm_model *m, uint32_t bytes);

/* The RAM as little-endian bytes from physical address 0x8000_0000,
 * xvm_model_ram_max() bytes long. */
uint8_t *xvm_model_ram(struct xvm_model *m);

/* Opens an FST waveform that records cycles [start, stop], cycle N at time
 * 10 * N (reset itself is not recorded). Returns 0, or -1 when the file
 * cannot be opened. */
int xvm_model_trace_open(struct xvm_model *m, const char *path, uint64_t start,
                         uint64_t stop);

/* Holds reset for a few clock cycles, then releases it; cycle 0 is the
 * first cycle out of reset. */
void xvm_model_reset(struct xvm_model *m);

/* Watches retired stores to this physical address (the ELF's tohost). */
void xvm_model_watch_store(struct xvm_model *m, uint32_t paddr);

/* Runs at most max_cycles clock cycles, stopping after the first cycle in
 * which an event of `events` (XVM_EV_UART_TX and XVM_EV_FINISH are always
 * reported) occurred. Returns the events of that cycle, or XVM_EV_LIMIT. */
unsigned xvm_model_run(struct xvm_model *m, uint64_t max_cycles, unsigned events);

/* Cycles run since reset and instructions retired (traps excluded). */
uint64_t xvm_model_cycles(const struct xvm_model *m);
uint64_t xvm_model_instret(const struct xvm_model *m);

/* The retire port of the last cycle run; returns retire_valid_o. */
int xvm_model_retire(const struct xvm_model *m, struct xvm_commit *c);

/* The UART byte and the finisher word of the last cycle run. */
uint8_t xvm_model_uart_tx(const struct xvm_model *m);
uint32_t xvm_model_finish_data(const struct xvm_model *m);

/* Queues one received byte; it enters the UART on the first cycle in which
 * the UART can take it. Returns 0, or -1 when a byte is still queued. */
int xvm_model_uart_rx(struct xvm_model *m, uint8_t byte);

/* Flushes and closes the waveform, if any. */
void xvm_model_finish(struct xvm_model *m);

#ifdef __cplusplus
}
#endif

#endif
