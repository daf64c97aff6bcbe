/* SPDX-License-Identifier: Apache-2.0 */
// Address decoder between the core's two buses and the platform targets, as
// rtl/xvm_xbar.v decodes: each target owns [base, base + size); the target
// sees the offset from its base. Fetches (the instruction socket) may only
// hit regions marked executable; anything else answers
// TLM_ADDRESS_ERROR_RESPONSE, which the bridge turns into the bus's err.
#ifndef XVM_SC_ROUTER_H
#define XVM_SC_ROUTER_H

#include <cstdint>
#include <vector>

#include <systemc>
#include <tlm>
#include <tlm_utils/multi_passthrough_initiator_socket.h>
#include <tlm_utils/simple_target_socket.h>

#include "xvm_defs.h"

class xvm_sc_router : public sc_core::sc_module {
public:
    tlm_utils::simple_target_socket_tagged<xvm_sc_router> ibus;   // fetches
    tlm_utils::simple_target_socket_tagged<xvm_sc_router> dbus;   // loads, stores, walks
    // Bind one target per map() call, in the same order.
    tlm_utils::multi_passthrough_initiator_socket<xvm_sc_router> targets;

    explicit xvm_sc_router(sc_core::sc_module_name name);

    // Adds the next target's window; size 0 is not allowed (the RAM's
    // window is the run-time --ram-size).
    void map(uint32_t base, uint32_t size, bool executable);

    // The platform's memory map (rtl/xvm_defs.vh): RAM (the only executable
    // window), CLINT, UART and finisher, each bound through its socket.
    template <class Ram, class Clint, class Uart, class Finisher>
    void map_platform(uint32_t ram_bytes, Ram &ram, Clint &clint, Uart &uart, Finisher &fin)
    {
        map(XVM_RAM_BASE, ram_bytes, true);
        map(XVM_CLINT_BASE, XVM_CLINT_SIZE, false);
        map(XVM_UART_BASE, XVM_UART_SIZE, false);
        map(XVM_FINISHER_BASE, 4, false);
        targets.bind(ram.socket);
        targets.bind(clint.socket);
        targets.bind(uart.socket);
        targets.bind(fin.socket);
    }

private:
    struct region {
        uint32_t base, size;
        bool executable;
    };
    std::vector<region> map_;

    int decode(uint64_t addr, bool fetch) const;
    void b_transport(int id, tlm::tlm_generic_payload &gp, sc_core::sc_time &delay);
    unsigned transport_dbg(int id, tlm::tlm_generic_payload &gp);
};

#endif
