/* SPDX-License-Identifier: Apache-2.0 */
/* See xvm_signal.h. */
#include "xvm_signal.h"

#include <stddef.h>

volatile sig_atomic_t xvm_stop_signal;

static void on_stop_signal(int sig)
{
    xvm_stop_signal = sig;
}

void xvm_catch_stop_signals(void)
{
    struct sigaction sa = { .sa_handler = on_stop_signal };

    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
}
