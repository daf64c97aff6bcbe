// SPDX-License-Identifier: Apache-2.0
#include "xvm_sc_router.h"

namespace {
constexpr int kFetch = 0;
constexpr int kData = 1;
}  // namespace

xvm_sc_router::xvm_sc_router(sc_core::sc_module_name name)
    : sc_module(name), ibus("ibus"), dbus("dbus"), targets("targets")
{
    ibus.register_b_transport(this, &xvm_sc_router::b_transport, kFetch);
    dbus.register_b_transport(this, &xvm_sc_router::b_transport, kData);
    ibus.register_transport_dbg(this, &xvm_sc_router::transport_dbg, kFetch);
    dbus.register_transport_dbg(this, &xvm_sc_router::transport_dbg, kData);
}

void xvm_sc_router::map(uint32_t base, uint32_t size, bool executable)
{
    if (size == 0)
        SC_REPORT_ERROR(name(), "map: empty window");
    map_.push_back(region{base, size, executable});
}

int xvm_sc_router::decode(uint64_t addr, bool fetch) const
{
    for (size_t i = 0; i < map_.size(); i++) {
        const region &r = map_[i];
        if (addr >= r.base && addr - r.base < r.size)
            return (fetch && !r.executable) ? -1 : static_cast<int>(i);
    }
    return -1;
}

void xvm_sc_router::b_transport(int id, tlm::tlm_generic_payload &gp, sc_core::sc_time &delay)
{
    const uint64_t addr = gp.get_address();
    const int t = decode(addr, id == kFetch);

    if (t < 0) {
        gp.set_response_status(tlm::TLM_ADDRESS_ERROR_RESPONSE);
        return;
    }
    gp.set_address(addr - map_[t].base);
    targets[t]->b_transport(gp, delay);
    gp.set_address(addr);
}

unsigned xvm_sc_router::transport_dbg(int id, tlm::tlm_generic_payload &gp)
{
    const uint64_t addr = gp.get_address();
    const int t = decode(addr, id == kFetch);

    if (t < 0)
        return 0;
    gp.set_address(addr - map_[t].base);
    const unsigned n = targets[t]->transport_dbg(gp);
    gp.set_address(addr);
    return n;
}
