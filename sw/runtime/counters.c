/* SPDX-License-Identifier: Apache-2.0 */
/* 64-bit counter reads on RV32: re-read when the high half changed. */
#include "xvm_rt.h"

#define READ64(lo_csr, hi_csr) do {                 \
        uint32_t hi, lo, hi2;                       \
        do {                                        \
            hi = csr_read(hi_csr);                  \
            lo = csr_read(lo_csr);                  \
            hi2 = csr_read(hi_csr);                 \
        } while (hi != hi2);                        \
        return ((uint64_t)hi << 32) | lo;           \
    } while (0)

uint64_t xvm_rdcycle64(void)   { READ64(XVM_CSR_CYCLE, XVM_CSR_CYCLEH); }
uint64_t xvm_rdinstret64(void) { READ64(XVM_CSR_INSTRET, XVM_CSR_INSTRETH); }
uint64_t xvm_rdtime64(void)    { READ64(XVM_CSR_TIME, XVM_CSR_TIMEH); }
