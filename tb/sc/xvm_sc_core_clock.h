/* SPDX-License-Identifier: Apache-2.0 */
// The clock of the Verilated core and its bus partners: a rising edge one
// delta cycle after each rising edge of the platform clock, and a falling
// edge one delta cycle later, in the same delta cycle in which the bridge's
// responses and the CLINT's pins change.
//
// A Verilated SystemC model evaluates all of its logic on every change of
// any input, the falling clock edge included. With the platform clock, the
// core would evaluate three times per cycle (rising edge, responses,
// falling edge); on this clock it evaluates twice, which makes the whole
// simulation about a quarter faster. The core's RTL uses rising edges only.
#ifndef XVM_SC_CORE_CLOCK_H
#define XVM_SC_CORE_CLOCK_H

#include <systemc>

class xvm_sc_core_clock : public sc_core::sc_module {
public:
    sc_core::sc_in<bool> clk_i;
    sc_core::sc_out<bool> clk_o;

    explicit xvm_sc_core_clock(sc_core::sc_module_name name);

private:
    void on_edge();
};

#endif
