// SPDX-License-Identifier: Apache-2.0
#include "xvm_sc_memory.h"

#include <cstring>

xvm_sc_memory::xvm_sc_memory(sc_core::sc_module_name name, uint32_t bytes)
    : sc_module(name), socket("socket"),
      mem_(static_cast<uint8_t *>(std::calloc(bytes ? bytes : 1, 1))), size_(bytes)
{
    if (!mem_)
        SC_REPORT_FATAL(this->name(), "out of memory for the RAM");
    socket.register_b_transport(this, &xvm_sc_memory::b_transport);
    socket.register_transport_dbg(this, &xvm_sc_memory::transport_dbg);
}

bool xvm_sc_memory::access(tlm::tlm_generic_payload &gp, bool honour_read_enables)
{
    const uint64_t addr = gp.get_address();
    const unsigned len = gp.get_data_length();
    const unsigned char *be = gp.get_byte_enable_ptr();
    const unsigned be_len = gp.get_byte_enable_length();
    unsigned char *data = gp.get_data_ptr();

    uint8_t *mem = mem_.get();

    if (addr >= size_ || len > size_ - addr) {
        gp.set_response_status(tlm::TLM_ADDRESS_ERROR_RESPONSE);
        return false;
    }
    if (gp.is_write()) {
        for (unsigned i = 0; i < len; i++)
            if (!be || be[i % be_len] == TLM_BYTE_ENABLED)
                mem[addr + i] = data[i];
    } else if (gp.is_read()) {
        if (be && honour_read_enables) {
            for (unsigned i = 0; i < len; i++)
                if (be[i % be_len] == TLM_BYTE_ENABLED)
                    data[i] = mem[addr + i];
        } else {
            std::memcpy(data, mem + addr, len);
        }
    }
    gp.set_response_status(tlm::TLM_OK_RESPONSE);
    return true;
}

void xvm_sc_memory::b_transport(tlm::tlm_generic_payload &gp, sc_core::sc_time &)
{
    access(gp, false);
}

unsigned xvm_sc_memory::transport_dbg(tlm::tlm_generic_payload &gp)
{
    return access(gp, true) ? gp.get_data_length() : 0;
}
