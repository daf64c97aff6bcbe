/* SPDX-License-Identifier: Apache-2.0 */
// Device registers are 32-bit words with byte enables (docs/architecture.md,
// "Physical memory map"): helpers that turn a TLM payload into that view.
#ifndef XVM_SC_WORD_H
#define XVM_SC_WORD_H

#include <cstdint>

#include <tlm>

// A 4-byte, word-aligned access: the write data (0 for reads) and the byte
// enables as 4 bits (all set when the payload has none). Anything else gets
// TLM_BURST_ERROR_RESPONSE and false.
bool xvm_sc_word_request(tlm::tlm_generic_payload &gp, uint32_t *wdata, unsigned *be);

// Completes a read with this word (and TLM_OK_RESPONSE); a write just
// gets the response status.
void xvm_sc_word_respond(tlm::tlm_generic_payload &gp, uint32_t rdata);

// The bytes of data selected by be, the others from old.
uint32_t xvm_sc_word_merge(uint32_t old, uint32_t data, unsigned be);

#endif
