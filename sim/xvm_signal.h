/* SPDX-License-Identifier: Apache-2.0 */
/* Stopping a simulation cleanly: SIGINT and SIGTERM only set a flag that
 * the front ends check between slices of simulation, so that the waveform,
 * the commit log, the signature and the statistics are still written
 * completely and the run ends with status 128 + signal. */
#ifndef XVM_SIGNAL_H
#define XVM_SIGNAL_H

#include <signal.h>

/* The signal that asked the run to stop, 0 while none has. */
extern volatile sig_atomic_t xvm_stop_signal;

/* Installs the handlers for SIGINT and SIGTERM. */
void xvm_catch_stop_signals(void);

#endif
