/* SPDX-License-Identifier: Apache-2.0 */
// CLINT (rtl/xvm_clint.v): msip, mtimecmp and mtime at the offsets of
// rtl/xvm_defs.vh, as a TLM-2.0 target plus the core's interrupt and time
// pins.
//
// Like the RTL's registers, everything changes at the rising edge: mtime
// advances, and accesses made at that edge (by the bus bridge) see the
// registers as they were before it, whichever of the two processes runs
// first; a write to mtime replaces that edge's increment. The pins change
// in the same delta cycle as the bridge's responses, so the core evaluates
// once for both.
#ifndef XVM_SC_CLINT_H
#define XVM_SC_CLINT_H

#include <cstdint>

#include <systemc>
#include <tlm>
#include <tlm_utils/simple_target_socket.h>

class xvm_sc_clint : public sc_core::sc_module {
public:
    sc_core::sc_in<bool> clk_i;
    sc_core::sc_in<bool> rst_ni;
    sc_core::sc_out<uint64_t> mtime_o;
    sc_core::sc_out<bool> irq_timer_o;
    sc_core::sc_out<bool> irq_soft_o;
    tlm_utils::simple_target_socket<xvm_sc_clint> socket;

    // mtime advances once every timer_div clock cycles.
    xvm_sc_clint(sc_core::sc_module_name name, unsigned timer_div = 1);

private:
    const unsigned timer_div_;
    unsigned div_ = 0;
    bool msip_ = false;
    uint64_t mtimecmp_ = ~0ull;
    uint64_t mtime_ = 0;
    // The edge at which mtime last advanced, and its value before that.
    sc_core::sc_time ticked_at_;
    uint64_t mtime_before_tick_ = 0;
    sc_core::sc_time mtime_written_at_;
    sc_core::sc_event changed_;     // a register write: drive the pins again

    void on_edge_or_write();
    uint64_t mtime_before_edge() const;
    void b_transport(tlm::tlm_generic_payload &gp, sc_core::sc_time &delay);
    uint32_t read(uint32_t off) const;
    void write(uint32_t off, uint32_t data, unsigned be);
};

#endif
