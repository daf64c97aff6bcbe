/* SPDX-License-Identifier: Apache-2.0 */
// Pin-level bus to TLM-2.0: turns the core's ibus and dbus (the protocol of
// docs/architecture.md: req/gnt, response exactly one cycle after
// acceptance, err for no device) into blocking b_transport calls.
//
// Every request is granted. At each rising edge the bridge performs the
// requests the core presented during the cycle (the fetch first, so that it
// reads memory as it was before a store of the same edge, like the RTL's
// dual-port RAM) and drives the responses for the next cycle. Read data
// stays on rdata until the next read response, as the RTL's registered
// outputs do; an error response reads 0 on the data bus. Annotated delays
// are ignored: the timing is the RTL's, one cycle per access.
#ifndef XVM_SC_BRIDGE_H
#define XVM_SC_BRIDGE_H

#include <cstdint>

#include <systemc>
#include <tlm>
#include <tlm_utils/simple_initiator_socket.h>

class xvm_sc_bridge : public sc_core::sc_module {
public:
    sc_core::sc_in<bool> clk_i;
    sc_core::sc_in<bool> rst_ni;

    sc_core::sc_in<bool> ibus_req_i;
    sc_core::sc_in<uint32_t> ibus_addr_i;
    sc_core::sc_out<bool> ibus_gnt_o;
    sc_core::sc_out<bool> ibus_rvalid_o;
    sc_core::sc_out<uint32_t> ibus_rdata_o;
    sc_core::sc_out<bool> ibus_err_o;

    sc_core::sc_in<bool> dbus_req_i;
    sc_core::sc_in<uint32_t> dbus_addr_i;
    sc_core::sc_in<bool> dbus_we_i;
    sc_core::sc_in<uint32_t> dbus_be_i;
    sc_core::sc_in<uint32_t> dbus_wdata_i;
    sc_core::sc_out<bool> dbus_gnt_o;
    sc_core::sc_out<bool> dbus_rvalid_o;
    sc_core::sc_out<uint32_t> dbus_rdata_o;
    sc_core::sc_out<bool> dbus_err_o;

    tlm_utils::simple_initiator_socket<xvm_sc_bridge> ibus;
    tlm_utils::simple_initiator_socket<xvm_sc_bridge> dbus;

    explicit xvm_sc_bridge(sc_core::sc_module_name name);

    // The data-bus write the core presents in the current cycle, which the
    // bridge will perform at the next rising edge: true and its fields, or
    // false. For monitors that must act on a request before it is performed.
    bool presented_write(uint32_t *addr, unsigned *be, uint32_t *wdata) const;

private:
    struct port {
        tlm::tlm_generic_payload gp;
        unsigned char data[4];
        unsigned char be[4];
    };
    port i_, d_;

    void on_rising_edge();
    // Returns true on TLM_OK_RESPONSE; *rdata gets the word read.
    bool transfer(tlm_utils::simple_initiator_socket<xvm_sc_bridge> &s, port &p, uint32_t addr,
                  bool write, unsigned be, uint32_t wdata, uint32_t *rdata);
};

#endif
