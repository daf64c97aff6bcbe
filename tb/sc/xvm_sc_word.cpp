// SPDX-License-Identifier: Apache-2.0
#include "xvm_sc_word.h"

bool xvm_sc_word_request(tlm::tlm_generic_payload &gp, uint32_t *wdata, unsigned *be)
{
    const unsigned char *data = gp.get_data_ptr();
    const unsigned char *bep = gp.get_byte_enable_ptr();
    const unsigned be_len = gp.get_byte_enable_length();

    if (gp.get_data_length() != 4 || (gp.get_address() & 3) != 0) {
        gp.set_response_status(tlm::TLM_BURST_ERROR_RESPONSE);
        return false;
    }
    *be = 0;
    *wdata = 0;
    for (unsigned i = 0; i < 4; i++) {
        if (!bep || bep[i % be_len] == TLM_BYTE_ENABLED)
            *be |= 1u << i;
        if (gp.is_write())
            *wdata |= static_cast<uint32_t>(data[i]) << (8 * i);
    }
    return true;
}

void xvm_sc_word_respond(tlm::tlm_generic_payload &gp, uint32_t rdata)
{
    if (gp.is_read()) {
        unsigned char *data = gp.get_data_ptr();
        for (unsigned i = 0; i < 4; i++)
            data[i] = static_cast<unsigned char>(rdata >> (8 * i));
    }
    gp.set_response_status(tlm::TLM_OK_RESPONSE);
}

uint32_t xvm_sc_word_merge(uint32_t old, uint32_t data, unsigned be)
{
    uint32_t mask = 0;

    for (unsigned i = 0; i < 4; i++)
        if (be & (1u << i))
            mask |= 0xffu << (8 * i);
    return (old & ~mask) | (data & mask);
}
