/* SPDX-License-Identifier: Apache-2.0 */
/* The names come from the constants' own identifiers (stringified and
 * lower-cased once), so they cannot drift from rtl/xvm_defs.vh. */
#include "disasm/xvm_csr_names.h"

#include <stdio.h>

#include "xvm_defs.h"

struct csr_single {
    unsigned num;
    const char *ident;   /* the constant's identifier without XVM_CSR_ */
};

#define CSR(n) { XVM_CSR_##n, #n }

static const struct csr_single singles[] = {
    CSR(CYCLE), CSR(TIME), CSR(INSTRET), CSR(CYCLEH), CSR(TIMEH), CSR(INSTRETH),
    CSR(SSTATUS), CSR(SIE), CSR(STVEC), CSR(SCOUNTEREN), CSR(SENVCFG),
    CSR(SSCRATCH), CSR(SEPC), CSR(SCAUSE), CSR(STVAL), CSR(SIP),
    CSR(STIMECMP), CSR(STIMECMPH), CSR(SATP), CSR(VMCTL),
    CSR(GSCRATCH), CSR(GEPC), CSR(GCAUSE), CSR(GTVAL),
    CSR(MVENDORID), CSR(MARCHID), CSR(MIMPID), CSR(MHARTID), CSR(MCONFIGPTR),
    CSR(MSTATUS), CSR(MISA), CSR(MEDELEG), CSR(MIDELEG), CSR(MIE), CSR(MTVEC),
    CSR(MCOUNTEREN), CSR(MENVCFG), CSR(MSTATUSH), CSR(MENVCFGH),
    CSR(MCOUNTINHIBIT), CSR(MSCRATCH), CSR(MEPC), CSR(MCAUSE), CSR(MTVAL),
    CSR(MIP), CSR(MTINST), CSR(MTVAL2), CSR(MCYCLE), CSR(MINSTRET),
    CSR(MCYCLEH), CSR(MINSTRETH), CSR(TSELECT), CSR(TDATA1), CSR(TDATA2), CSR(TDATA3),
};

/* Numbered families: name = prefix + (first index + offset in range). */
struct csr_range {
    unsigned first, last;
    const char *prefix, *suffix;
    unsigned first_index;
};

static const struct csr_range ranges[] = {
    { XVM_CSR_HPMCOUNTER3, XVM_CSR_HPMCOUNTER31, "hpmcounter", "", 3 },
    { XVM_CSR_HPMCOUNTER3H, XVM_CSR_HPMCOUNTER31H, "hpmcounter", "h", 3 },
    { XVM_CSR_MHPMEVENT3, XVM_CSR_MHPMEVENT31, "mhpmevent", "", 3 },
    { XVM_CSR_PMPCFG0, XVM_CSR_PMPCFG15, "pmpcfg", "", 0 },
    { XVM_CSR_PMPADDR0, XVM_CSR_PMPADDR63, "pmpaddr", "", 0 },
    { XVM_CSR_MHPMCOUNTER3, XVM_CSR_MHPMCOUNTER31, "mhpmcounter", "", 3 },
    { XVM_CSR_MHPMCOUNTER3H, XVM_CSR_MHPMCOUNTER31H, "mhpmcounter", "h", 3 },
};

#define NSINGLES (sizeof singles / sizeof singles[0])
#define NRANGES (sizeof ranges / sizeof ranges[0])
#define NAME_MAX_LEN 24

/* All names, indexed by CSR number; built on first use. */
static char names[4096][NAME_MAX_LEN];
static unsigned numbers[4096];
static unsigned count;
static int built;

static void build(void)
{
    for (unsigned i = 0; i < NSINGLES; i++) {
        char *d = names[singles[i].num];
        unsigned k = 0;
        for (const char *p = singles[i].ident; *p && k + 1 < NAME_MAX_LEN; p++)
            d[k++] = (char)(*p >= 'A' && *p <= 'Z' ? *p - 'A' + 'a' : *p);
        d[k] = '\0';
    }
    for (unsigned r = 0; r < NRANGES; r++)
        for (unsigned n = ranges[r].first; n <= ranges[r].last; n++)
            snprintf(names[n], NAME_MAX_LEN, "%s%u%s", ranges[r].prefix,
                     ranges[r].first_index + (n - ranges[r].first), ranges[r].suffix);
    for (unsigned n = 0; n < 4096; n++)
        if (names[n][0])
            numbers[count++] = n;
    built = 1;
}

const char *xvm_csr_name(unsigned csr)
{
    if (!built)
        build();
    return csr < 4096 && names[csr][0] ? names[csr] : NULL;
}

int xvm_csr_is_numbered(unsigned csr)
{
    for (unsigned r = 0; r < NRANGES; r++)
        if (csr >= ranges[r].first && csr <= ranges[r].last)
            return 1;
    return 0;
}

unsigned xvm_csr_count(void)
{
    if (!built)
        build();
    return count;
}

unsigned xvm_csr_number(unsigned i)
{
    if (!built)
        build();
    return i < count ? numbers[i] : 0;
}
