// SPDX-License-Identifier: Apache-2.0
#include "xvm_sc_core_clock.h"

xvm_sc_core_clock::xvm_sc_core_clock(sc_core::sc_module_name name)
    : sc_module(name), clk_i("clk_i"), clk_o("clk_o")
{
    SC_HAS_PROCESS(xvm_sc_core_clock);
    SC_METHOD(on_edge);
    sensitive << clk_i.pos() << clk_o.pos();
    dont_initialize();
}

void xvm_sc_core_clock::on_edge()
{
    // Woken by the platform clock: rise; woken by this rise: fall.
    clk_o.write(!clk_o.read());
}
