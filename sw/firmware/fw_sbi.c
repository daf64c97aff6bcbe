/* SPDX-License-Identifier: Apache-2.0 */
/* The small SBI a native kernel needs: base, TIME, legacy console, DBCN
 * and SRST. */
#include "fw.h"
#include "sbi.h"

#define A0 10
#define A1 11
#define A2 12
#define A6 16
#define A7 17

struct sbi_result {
    int32_t error;
    uint32_t value;
};

static struct sbi_result ok(uint32_t v) { return (struct sbi_result){SBI_SUCCESS, v}; }
static struct sbi_result err(int32_t e) { return (struct sbi_result){e, 0}; }

static int uart_has_input(void)
{
    return (mmio_read8(XVM_UART_BASE + XVM_UART_LSR) & XVM_UART_LSR_DR) != 0;
}

static int extension_supported(uint32_t eid)
{
    switch (eid) {
    case SBI_EXT_LEGACY_PUTCHAR:
    case SBI_EXT_LEGACY_GETCHAR:
    case SBI_EXT_BASE:
    case SBI_EXT_TIME:
    case SBI_EXT_DBCN:
    case SBI_EXT_SRST:
        return 1;
    default:
        return 0;
    }
}

static struct sbi_result sbi_base(uint32_t fid, uint32_t arg)
{
    switch (fid) {
    case SBI_BASE_GET_SPEC_VERSION: return ok(SBI_SPEC_VERSION);
    case SBI_BASE_GET_IMPL_ID:      return ok(SBI_IMPL_ID_XVM_FIRMWARE);
    case SBI_BASE_GET_IMPL_VERSION: return ok(SBI_IMPL_VERSION);
    case SBI_BASE_PROBE_EXTENSION:  return ok((uint32_t)extension_supported(arg));
    case SBI_BASE_GET_MVENDORID:    return ok(csr_read(XVM_CSR_MVENDORID));
    case SBI_BASE_GET_MARCHID:      return ok(csr_read(XVM_CSR_MARCHID));
    case SBI_BASE_GET_MIMPID:       return ok(csr_read(XVM_CSR_MIMPID));
    default:                        return err(SBI_ERR_NOT_SUPPORTED);
    }
}

static void set_timer(uint32_t lo, uint32_t hi)
{
    /* Raise the high half first so no intermediate value fires early. */
    csr_write(XVM_CSR_STIMECMPH, 0xFFFFFFFFu);
    csr_write(XVM_CSR_STIMECMP, lo);
    csr_write(XVM_CSR_STIMECMPH, hi);
}

/* DBCN buffers are physical addresses; only RAM is accepted. */
static int buffer_ok(uint32_t len, uint32_t lo, uint32_t hi)
{
    return hi == 0 && lo >= XVM_RAM_BASE &&
           len <= XVM_RAM_SIZE_DEFAULT - (lo - XVM_RAM_BASE) &&
           lo - XVM_RAM_BASE < XVM_RAM_SIZE_DEFAULT;
}

static struct sbi_result sbi_dbcn(uint32_t fid, uint32_t a0, uint32_t a1, uint32_t a2)
{
    switch (fid) {
    case SBI_DBCN_WRITE: {
        if (!buffer_ok(a0, a1, a2))
            return err(SBI_ERR_INVALID_PARAM);
        const char *p = (const char *)(uintptr_t)a1;
        for (uint32_t i = 0; i < a0; i++)
            xvm_putc(p[i]);
        return ok(a0);
    }
    case SBI_DBCN_READ: {
        if (!buffer_ok(a0, a1, a2))
            return err(SBI_ERR_INVALID_PARAM);
        char *p = (char *)(uintptr_t)a1;
        uint32_t n = 0;
        while (n < a0 && uart_has_input())
            p[n++] = (char)xvm_getc();
        return ok(n);
    }
    case SBI_DBCN_WRITE_BYTE:
        xvm_putc((char)a0);
        return ok(0);
    default:
        return err(SBI_ERR_NOT_SUPPORTED);
    }
}

static struct sbi_result sbi_srst(uint32_t fid, uint32_t type, uint32_t reason)
{
    if (fid != SBI_SRST_RESET || type > SBI_SRST_TYPE_WARM_REBOOT)
        return err(SBI_ERR_INVALID_PARAM);
    /* The platform cannot reboot: every reset type ends the simulation. */
    xvm_exit(reason == SBI_SRST_REASON_NONE ? 0 : FW_EXIT_GUEST_FAILURE);
}

void fw_sbi_call(struct xvm_trap_frame *f)
{
    uint32_t eid = f->x[A7], fid = f->x[A6];
    uint32_t a0 = f->x[A0], a1 = f->x[A1], a2 = f->x[A2];
    struct sbi_result r;

    switch (eid) {
    case SBI_EXT_LEGACY_PUTCHAR:
        xvm_putc((char)a0);
        f->x[A0] = 0;
        return;
    case SBI_EXT_LEGACY_GETCHAR:
        f->x[A0] = uart_has_input() ? (uint32_t)xvm_getc() : (uint32_t)-1;
        return;
    case SBI_EXT_BASE:
        r = sbi_base(fid, a0);
        break;
    case SBI_EXT_TIME:
        if (fid == SBI_TIME_SET_TIMER) {
            set_timer(a0, a1);
            r = ok(0);
        } else {
            r = err(SBI_ERR_NOT_SUPPORTED);
        }
        break;
    case SBI_EXT_DBCN:
        r = sbi_dbcn(fid, a0, a1, a2);
        break;
    case SBI_EXT_SRST:
        r = sbi_srst(fid, a0, a1);
        break;
    default:
        r = err(SBI_ERR_NOT_SUPPORTED);
        break;
    }
    f->x[A0] = (uint32_t)r.error;
    f->x[A1] = r.value;
}
