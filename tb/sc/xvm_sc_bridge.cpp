// SPDX-License-Identifier: Apache-2.0
#include "xvm_sc_bridge.h"

xvm_sc_bridge::xvm_sc_bridge(sc_core::sc_module_name name)
    : sc_module(name), clk_i("clk_i"), rst_ni("rst_ni"), ibus_req_i("ibus_req_i"),
      ibus_addr_i("ibus_addr_i"), ibus_gnt_o("ibus_gnt_o"), ibus_rvalid_o("ibus_rvalid_o"),
      ibus_rdata_o("ibus_rdata_o"), ibus_err_o("ibus_err_o"), dbus_req_i("dbus_req_i"),
      dbus_addr_i("dbus_addr_i"), dbus_we_i("dbus_we_i"), dbus_be_i("dbus_be_i"),
      dbus_wdata_i("dbus_wdata_i"), dbus_gnt_o("dbus_gnt_o"), dbus_rvalid_o("dbus_rvalid_o"),
      dbus_rdata_o("dbus_rdata_o"), dbus_err_o("dbus_err_o"), ibus("ibus"), dbus("dbus")
{
    for (port *p : {&i_, &d_}) {
        p->gp.set_data_ptr(p->data);
        p->gp.set_data_length(4);
        p->gp.set_streaming_width(4);
        p->gp.set_byte_enable_ptr(p->be);
        p->gp.set_byte_enable_length(4);
    }
    SC_HAS_PROCESS(xvm_sc_bridge);
    SC_METHOD(on_rising_edge);
    sensitive << clk_i.pos();
}

bool xvm_sc_bridge::transfer(tlm_utils::simple_initiator_socket<xvm_sc_bridge> &s, port &p,
                             uint32_t addr, bool write, unsigned be, uint32_t wdata,
                             uint32_t *rdata)
{
    sc_core::sc_time delay = sc_core::SC_ZERO_TIME;

    p.gp.set_command(write ? tlm::TLM_WRITE_COMMAND : tlm::TLM_READ_COMMAND);
    p.gp.set_address(addr);
    p.gp.set_response_status(tlm::TLM_INCOMPLETE_RESPONSE);
    p.gp.set_dmi_allowed(false);
    for (unsigned i = 0; i < 4; i++) {
        p.be[i] = (be >> i) & 1 ? TLM_BYTE_ENABLED : TLM_BYTE_DISABLED;
        p.data[i] = static_cast<unsigned char>(wdata >> (8 * i));
    }
    s->b_transport(p.gp, delay);
    if (!p.gp.is_response_ok())
        return false;
    *rdata = static_cast<uint32_t>(p.data[0]) | static_cast<uint32_t>(p.data[1]) << 8 |
             static_cast<uint32_t>(p.data[2]) << 16 | static_cast<uint32_t>(p.data[3]) << 24;
    return true;
}

bool xvm_sc_bridge::presented_write(uint32_t *addr, unsigned *be, uint32_t *wdata) const
{
    if (!rst_ni.read() || !dbus_req_i.read() || !dbus_we_i.read())
        return false;
    *addr = dbus_addr_i.read();
    *be = dbus_be_i.read();
    *wdata = dbus_wdata_i.read();
    return true;
}

void xvm_sc_bridge::on_rising_edge()
{
    if (!rst_ni.read()) {
        ibus_gnt_o.write(true);
        dbus_gnt_o.write(true);
        ibus_rvalid_o.write(false);
        ibus_err_o.write(false);
        dbus_rvalid_o.write(false);
        dbus_err_o.write(false);
        return;
    }

    const bool ireq = ibus_req_i.read();
    bool ierr = false;
    if (ireq) {
        uint32_t rdata;
        ierr = !transfer(ibus, i_, ibus_addr_i.read(), false, 0xf, 0, &rdata);
        if (!ierr)
            ibus_rdata_o.write(rdata);
    }
    ibus_rvalid_o.write(ireq);
    ibus_err_o.write(ierr);

    const bool dreq = dbus_req_i.read();
    bool derr = false;
    if (dreq) {
        const bool we = dbus_we_i.read();
        uint32_t rdata;
        derr = !transfer(dbus, d_, dbus_addr_i.read(), we, dbus_be_i.read(),
                         dbus_wdata_i.read(), &rdata);
        if (derr)
            dbus_rdata_o.write(0);
        else if (!we)
            dbus_rdata_o.write(rdata);
    }
    dbus_rvalid_o.write(dreq);
    dbus_err_o.write(derr);
}
