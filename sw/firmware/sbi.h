/* SPDX-License-Identifier: Apache-2.0 */
/* SBI numbers shared by the firmware (native SBI), the monitor (SBI for its
 * guests) and the guest kernels. Standard values from the RISC-V SBI 2.0
 * specification; the Xvm extension lives in the vendor range. */
#ifndef SBI_H
#define SBI_H

#define SBI_SPEC_VERSION        0x02000000  /* 2.0: major in bits 30:24 */

#define SBI_SUCCESS             0
#define SBI_ERR_FAILED          (-1)
#define SBI_ERR_NOT_SUPPORTED   (-2)
#define SBI_ERR_INVALID_PARAM   (-3)
#define SBI_ERR_DENIED          (-4)
#define SBI_ERR_INVALID_ADDRESS (-5)

#define SBI_EXT_LEGACY_PUTCHAR  0x01
#define SBI_EXT_LEGACY_GETCHAR  0x02
#define SBI_EXT_LEGACY_SHUTDOWN 0x08
#define SBI_EXT_BASE            0x10
#define SBI_EXT_TIME            0x54494D45  /* "TIME" */
#define SBI_EXT_DBCN            0x4442434E  /* "DBCN" */
#define SBI_EXT_IPI             0x00735049  /* "sPI" */
#define SBI_EXT_RFENCE          0x52464E43  /* "RFNC" */
#define SBI_EXT_SRST            0x53525354  /* "SRST" */
/* Xvm paravirtual interface: vendor range 0x09000000-0x09FFFFFF. */
#define SBI_EXT_XVM             0x0958564D

#define SBI_BASE_GET_SPEC_VERSION 0
#define SBI_BASE_GET_IMPL_ID      1
#define SBI_BASE_GET_IMPL_VERSION 2
#define SBI_BASE_PROBE_EXTENSION  3
#define SBI_BASE_GET_MVENDORID    4
#define SBI_BASE_GET_MARCHID      5
#define SBI_BASE_GET_MIMPID       6

#define SBI_TIME_SET_TIMER        0

#define SBI_DBCN_WRITE            0
#define SBI_DBCN_READ             1
#define SBI_DBCN_WRITE_BYTE       2

#define SBI_SRST_RESET            0
#define SBI_IPI_SEND_IPI          0
#define SBI_RFENCE_FENCE_I        0
#define SBI_RFENCE_SFENCE_VMA     1
#define SBI_RFENCE_SFENCE_VMA_ASID 2
/* hart_mask_base value that selects every hart. */
#define SBI_HART_MASK_ALL         0xFFFFFFFFu

#define SBI_SRST_TYPE_SHUTDOWN    0
#define SBI_SRST_TYPE_COLD_REBOOT 1
#define SBI_SRST_TYPE_WARM_REBOOT 2
#define SBI_SRST_REASON_NONE      0
#define SBI_SRST_REASON_FAILURE   1

/* Xvm extension functions (R11): the guest's highest usable virtual
 * address, the virtual address of the vmsw gate page, and a call that does
 * nothing (for measuring the hypercall paths). */
#define SBI_XVM_GET_VA_LIMIT      0
#define SBI_XVM_GET_GATE          1
#define SBI_XVM_NULL              2

/* Implementation IDs reported by SBI base (values outside the assigned
 * list, so no real SBI implementation is impersonated). */
#define SBI_IMPL_ID_XVM_FIRMWARE  0x58564D46  /* "XVMF" */
#define SBI_IMPL_ID_XVM_MONITOR   0x58564D4D  /* "XVMM" */
#define SBI_IMPL_VERSION          1

#endif
