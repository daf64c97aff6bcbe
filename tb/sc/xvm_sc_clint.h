// CLINT (rtl/xvm_clint.v): msip, mtimecmp and mtime at the offsets of
// platform.md, as a TLM-2.0 target plus the core's interrupt and time pins.
//
// Accesses arrive at the rising edge (from the bus bridge) and see the
// registers as they were before that edge; writes take effect at once. The
// timer advances, and the pins change, at the following falling edge: the
// core samples them at the next rising edge, exactly when it samples the
// RTL CLINT's registered outputs. A write to mtime replaces that cycle's
// increment, as in the RTL.
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
    bool mtime_written_ = false;

    void on_falling_edge();
    void b_transport(tlm::tlm_generic_payload &gp, sc_core::sc_time &delay);
    uint32_t read(uint32_t off) const;
    void write(uint32_t off, uint32_t data, unsigned be);
};

#endif
