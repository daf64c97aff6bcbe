// SPDX-License-Identifier: Apache-2.0
#include "xvm_sc_finisher.h"

#include "xvm_sc_word.h"

xvm_sc_finisher::xvm_sc_finisher(sc_core::sc_module_name name)
    : sc_module(name), socket("socket")
{
    socket.register_b_transport(this, &xvm_sc_finisher::b_transport);
}

void xvm_sc_finisher::b_transport(tlm::tlm_generic_payload &gp, sc_core::sc_time &)
{
    uint32_t d;
    unsigned be;

    if (!xvm_sc_word_request(gp, &d, &be))
        return;
    // The RTL reports the whole word whatever the byte enables.
    if (gp.is_write() && write_)
        write_(d);
    xvm_sc_word_respond(gp, 0);
}
