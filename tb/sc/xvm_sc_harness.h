/* SPDX-License-Identifier: Apache-2.0 */
// The simulator contract (docs/platform.md) around an
// xvm_sc_platform: reset, cycle counting, --max-cycles, the finisher and
// tohost exit codes, the commit log, UART bytes to stdout and from stdin.
// It decides, at each falling edge, exactly as build/xvm-sim (tb/main.c)
// does after each cycle, so that both simulators stop at the same cycle
// with the same status.
#ifndef XVM_SC_HARNESS_H
#define XVM_SC_HARNESS_H

#include <cstdint>
#include <cstdio>

#include <systemc>

#include "xvm_sc_platform.h"

class xvm_sc_harness : public sc_core::sc_module {
public:
    struct config {
        uint64_t max_cycles = 0;        // 0: unlimited
        FILE *commit_log = nullptr;     // owned by the caller
        const char *commit_log_path = nullptr;
        bool has_tohost = false;
        uint32_t tohost = 0;            // physical address
    };

    sc_core::sc_in<bool> clk_i;
    sc_core::sc_out<bool> rst_no;

    xvm_sc_harness(sc_core::sc_module_name name, xvm_sc_platform &p, const config &cfg);

    // The exit status once sc_start() has returned (-1 if still running).
    int status() const { return status_; }
    uint64_t cycles() const { return cycles_; }
    uint64_t instret() const { return instret_; }

private:
    xvm_sc_platform &p_;
    const config cfg_;
    unsigned reset_left_;
    uint64_t cycles_ = 0;
    uint64_t instret_ = 0;
    uint64_t next_poll_ = 0;
    int status_ = -1;
    int finished_ = -1;          // exit status decided by the finisher
    uint64_t drain_end_ = 0;
    bool finish_seen_ = false;   // a finisher write this cycle
    uint32_t finish_data_ = 0;

    void on_falling_edge();
    int step();
    bool finisher_presented();
    int last_cycle(int status);
    void poll_host();
    void stop(int status);
};

#endif
