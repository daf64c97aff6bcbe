/* SPDX-License-Identifier: Apache-2.0 */
/* The target description: GDB's standard RISC-V features (so that
 * gdb-multiarch names the registers and CSRs as usual, including its
 * "priv" virtual register) plus an Xvm feature with the VM bit. The
 * numbered counter/PMP CSR families are left out: they read 0 here and
 * would only lengthen every "info registers csr". */
#include <stdio.h>
#include <stdlib.h>

#include "disasm/xvm_csr_names.h"
#include "gdb/xvm_gdb.h"
#include "gdb/xvm_gdb_internal.h"

static const char *const xreg_names[32] = {
    "zero", "ra", "sp", "gp", "tp", "t0", "t1", "t2",
    "s0", "s1", "a0", "a1", "a2", "a3", "a4", "a5",
    "a6", "a7", "s2", "s3", "s4", "s5", "s6", "s7",
    "s8", "s9", "s10", "s11", "t3", "t4", "t5", "t6",
};

#define XML_MAX 32768

static char xml[XML_MAX];
static size_t xml_len;

static void add(const char *fmt, unsigned a, const char *s)
{
    int k = snprintf(xml + xml_len, XML_MAX - xml_len, fmt, s, a);
    /* The text is fixed by this file and the CSR table; running out is a
     * build-time mistake, not an input error. */
    if (k < 0 || (size_t)k >= XML_MAX - xml_len) {
        fprintf(stderr, "xvm-gdb: target description too long\n");
        abort();
    }
    xml_len += (size_t)k;
}

static void build(void)
{
    add("%s", 0, "<?xml version=\"1.0\"?>\n<!DOCTYPE target SYSTEM \"gdb-target.dtd\">\n"
                 "<target version=\"1.0\">\n<architecture>riscv:rv32</architecture>\n"
                 "<feature name=\"org.gnu.gdb.riscv.cpu\">\n");
    for (unsigned i = 0; i < 32; i++)
        add("  <reg name=\"%s\" bitsize=\"32\" regnum=\"%u\" type=\"int\"/>\n", i, xreg_names[i]);
    add("  <reg name=\"%s\" bitsize=\"32\" regnum=\"%u\" type=\"code_ptr\"/>\n",
        XVM_GDB_REG_PC, "pc");
    add("%s", 0, "</feature>\n<feature name=\"org.gnu.gdb.riscv.csr\">\n");
    for (unsigned i = 0; i < xvm_csr_count(); i++) {
        unsigned csr = xvm_csr_number(i);
        if (!xvm_csr_is_numbered(csr))
            add("  <reg name=\"%s\" bitsize=\"32\" regnum=\"%u\" type=\"int\" group=\"csr\"/>\n",
                XVM_GDB_REG_CSR0 + csr, xvm_csr_name(csr));
    }
    add("%s", 0, "</feature>\n<feature name=\"org.gnu.gdb.riscv.virtual\">\n");
    add("  <reg name=\"%s\" bitsize=\"32\" regnum=\"%u\" type=\"int\" group=\"general\"/>\n",
        XVM_GDB_REG_PRIV, "priv");
    add("%s", 0, "</feature>\n<feature name=\"org.xvm.gdb.virt\">\n");
    add("  <reg name=\"%s\" bitsize=\"32\" regnum=\"%u\" type=\"int\" group=\"general\"/>\n",
        XVM_GDB_REG_VM, "vm");
    add("%s", 0, "</feature>\n</target>\n");
}

const char *xvm_gdb_target_xml(size_t *len)
{
    if (!xml_len)
        build();
    *len = xml_len;
    return xml;
}
