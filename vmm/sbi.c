/* SPDX-License-Identifier: Apache-2.0 */
/* SBI for guests, reached by ecall (a trap, R7) or through the vmsw gate
 * (same registers). Buffers are guest physical addresses and must lie in
 * the caller's partition. */
#include "vmm.h"
#include "sbi.h"

/* The gate's null call (entry.S) leaves a0 = 0 from its checks. */
_Static_assert(SBI_SUCCESS == 0, "SBI success is 0");

struct sbi_ret {
    int32_t error;
    uint32_t value;
};

static struct sbi_ret ok(uint32_t v) { return (struct sbi_ret){SBI_SUCCESS, v}; }
static struct sbi_ret err(int32_t e) { return (struct sbi_ret){e, 0}; }

static int supported(uint32_t eid)
{
    switch (eid) {
    case SBI_EXT_LEGACY_PUTCHAR:
    case SBI_EXT_LEGACY_GETCHAR:
    case SBI_EXT_LEGACY_SHUTDOWN:
    case SBI_EXT_BASE:
    case SBI_EXT_TIME:
    case SBI_EXT_DBCN:
    case SBI_EXT_SRST:
    case SBI_EXT_IPI:
    case SBI_EXT_RFENCE:
    case SBI_EXT_XVM:
        return 1;
    default:
        return 0;
    }
}

static struct sbi_ret base(uint32_t fid, uint32_t a0)
{
    switch (fid) {
    case SBI_BASE_GET_SPEC_VERSION: return ok(SBI_SPEC_VERSION);
    case SBI_BASE_GET_IMPL_ID:      return ok(SBI_IMPL_ID_XVM_MONITOR);
    case SBI_BASE_GET_IMPL_VERSION: return ok(SBI_IMPL_VERSION);
    case SBI_BASE_PROBE_EXTENSION:  return ok((uint32_t)supported(a0));
    case SBI_BASE_GET_MVENDORID:    return ok(XVM_MVENDORID_VALUE);
    case SBI_BASE_GET_MARCHID:      return ok(XVM_MARCHID_VALUE);
    case SBI_BASE_GET_MIMPID:       return ok(XVM_MIMPID_VALUE);
    default:                        return err(SBI_ERR_NOT_SUPPORTED);
    }
}

static struct sbi_ret dbcn(struct vcpu *v, uint32_t fid, uint32_t len, uint32_t lo, uint32_t hi)
{
    struct guest *g = v->guest;
    if (fid == SBI_DBCN_WRITE_BYTE) {
        console_guest_putc(g, (char)len);
        return ok(0);
    }
    if (fid != SBI_DBCN_WRITE && fid != SBI_DBCN_READ)
        return err(SBI_ERR_NOT_SUPPORTED);
    if (hi != 0 || !gpa_range_ok(g, lo, len)) {
        uint64_t base = (uint64_t)hi << 32 | lo;
        vmm_report_begin(v);
        console_puts("hypercall buffer outside the partition: base ");
        console_puthex64(base);
        console_puts(" size ");
        console_puthex(len);
        console_puts(" end ");
        console_puthex64(base + len);
        console_puts("\n");
        return err(SBI_ERR_INVALID_PARAM);
    }
    char *p = (char *)gpa_ptr(g, lo);
    if (fid == SBI_DBCN_WRITE) {
        for (uint32_t i = 0; i < len; i++)
            console_guest_putc(g, p[i]);
        return ok(len);
    }
    uint32_t n = 0;
    int c;
    while (n < len && (c = console_guest_getc(g)) >= 0)
        p[n++] = (char)c;
    return ok(n);
}

/* The one hart (id 0) is selected by a hart mask when the mask covers it;
 * any other hart named is invalid on this single-hart platform. */
static int hart_mask_ok(uint32_t mask, uint32_t base, int *self)
{
    *self = 0;
    if (base == SBI_HART_MASK_ALL) {
        *self = 1;
        return 1;
    }
    if (mask == 0)
        return 1;
    if (base != 0 || mask != 1)
        return 0;
    *self = 1;
    return 1;
}

static struct sbi_ret ipi(struct vcpu *v, uint32_t fid, uint32_t mask, uint32_t base)
{
    int self;
    if (fid != SBI_IPI_SEND_IPI)
        return err(SBI_ERR_NOT_SUPPORTED);
    if (!hart_mask_ok(mask, base, &self))
        return err(SBI_ERR_INVALID_PARAM);
    if (self)
        v->csr.sip |= XVM_MIP_SSIP;
    return ok(0);
}

static struct sbi_ret rfence(struct vcpu *v, uint32_t fid, uint32_t mask, uint32_t base)
{
    int self;
    if (fid > SBI_RFENCE_SFENCE_VMA_ASID)
        return err(SBI_ERR_NOT_SUPPORTED);
    if (!hart_mask_ok(mask, base, &self))
        return err(SBI_ERR_INVALID_PARAM);
    if (self && fid != SBI_RFENCE_FENCE_I)
        shadow_flush(v->guest);
    return ok(0);
}

static struct sbi_ret xvm(const struct guest *g, uint32_t fid)
{
    switch (fid) {
    case SBI_XVM_GET_VA_LIMIT: return ok(VMM_VA_LIMIT);
    case SBI_XVM_GET_GATE:     return g->gate ? ok(VMM_GATE_VA) : err(SBI_ERR_NOT_SUPPORTED);
    case SBI_XVM_NULL:         return ok(0);
    default:                   return err(SBI_ERR_NOT_SUPPORTED);
    }
}

struct vcpu *sbi_call(struct vcpu *v, enum hcall_path path)
{
    uint32_t *r = v->regs;
    uint32_t eid = r[REG_A7], fid = r[REG_A6];
    struct sbi_ret ret;

    if (path == HCALL_GATE)
        v->guest->stats.hcall_gate++;
    else
        v->guest->stats.hcall_ecall++;
    v->storm = 0;

    switch (eid) {
    case SBI_EXT_LEGACY_PUTCHAR:
        console_guest_putc(v->guest, (char)r[REG_A0]);
        r[REG_A0] = 0;
        return v;
    case SBI_EXT_LEGACY_GETCHAR:
        r[REG_A0] = (uint32_t)console_guest_getc(v->guest);
        return v;
    case SBI_EXT_LEGACY_SHUTDOWN:
        return guest_exit(v, 0);
    case SBI_EXT_BASE:
        ret = base(fid, r[REG_A0]);
        break;
    case SBI_EXT_TIME:
        if (fid != SBI_TIME_SET_TIMER) {
            ret = err(SBI_ERR_NOT_SUPPORTED);
            break;
        }
        v->csr.stimecmp = ((uint64_t)r[REG_A1] << 32) | r[REG_A0];
        ret = ok(0);
        break;
    case SBI_EXT_DBCN:
        ret = dbcn(v, fid, r[REG_A0], r[REG_A1], r[REG_A2]);
        break;
    case SBI_EXT_SRST:
        if (fid != SBI_SRST_RESET) {
            ret = err(SBI_ERR_NOT_SUPPORTED);
            break;
        }
        if (r[REG_A0] > SBI_SRST_TYPE_WARM_REBOOT) {
            ret = err(SBI_ERR_INVALID_PARAM);
            break;
        }
        return guest_exit(v, (int32_t)r[REG_A1]);
    case SBI_EXT_IPI:
        ret = ipi(v, fid, r[REG_A0], r[REG_A1]);
        break;
    case SBI_EXT_RFENCE:
        ret = rfence(v, fid, r[REG_A0], r[REG_A1]);
        break;
    case SBI_EXT_XVM:
        ret = xvm(v->guest, fid);
        break;
    default:
        ret = err(SBI_ERR_NOT_SUPPORTED);
        break;
    }
    r[REG_A0] = (uint32_t)ret.error;
    r[REG_A1] = ret.value;
    return v;
}
