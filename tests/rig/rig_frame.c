/* SPDX-License-Identifier: Apache-2.0 */
/* The fixed part of every generated program: boot code (page tables made
 * by the program itself, delegation, counters, Sstc), the M and S trap
 * handlers, and the tables they read.
 *
 * Handler contract (what keeps every program terminating):
 *   - an interrupt is acknowledged at its source and the handler returns
 *     to the interrupted instruction;
 *   - an instruction-fetch fault aborts the segment: execution continues
 *     in M-mode at x27 (the next segment's header); the S handler asks M
 *     for that with ecall and x29 = -1;
 *   - an ecall with x29 = k > 0 enters segment k as its descriptor says
 *     (rig_desc); every other exception skips the instruction.
 * Reserved registers: x25, x26 (data bases), x27, x28, x29 (segment
 * switching). x30 and x31 are swapped with sscratch and mscratch. */
#include "rig.h"

#include "xvm_defs.h"

static const uint16_t data_choices[] = {
    XVM_PTE_V | XVM_PTE_R | XVM_PTE_W | XVM_PTE_A | XVM_PTE_D,
    XVM_PTE_V | XVM_PTE_R | XVM_PTE_W | XVM_PTE_A | XVM_PTE_D,
    XVM_PTE_V | XVM_PTE_R | XVM_PTE_W | XVM_PTE_X | XVM_PTE_A | XVM_PTE_D,
    XVM_PTE_V | XVM_PTE_R | XVM_PTE_A,                    /* read-only */
    XVM_PTE_V | XVM_PTE_R | XVM_PTE_W | XVM_PTE_A,        /* D=0: stores fault */
    XVM_PTE_V | XVM_PTE_R | XVM_PTE_W | XVM_PTE_D,        /* A=0: all fault */
    XVM_PTE_V | XVM_PTE_X | XVM_PTE_A,                    /* execute-only: MXR */
    XVM_PTE_V | XVM_PTE_W | XVM_PTE_A | XVM_PTE_D,        /* reserved R=0 W=1 */
};

uint32_t rig_flags_random(struct rig_rng *r, int data, int user)
{
    uint32_t f;

    if (data) {
        f = data_choices[rig_below(r, sizeof data_choices / sizeof data_choices[0])];
        if (user ? !rig_pct(r, 10) : rig_pct(r, 10))
            f |= XVM_PTE_U;
        return f;
    }
    f = XVM_PTE_V | XVM_PTE_R | XVM_PTE_X | XVM_PTE_A;
    if (user) {
        if (!rig_pct(r, 2))
            f |= XVM_PTE_U;
        return f;
    }
    if (rig_pct(r, 35))
        f |= XVM_PTE_VG;
    if (rig_pct(r, 2))
        f &= ~XVM_PTE_A;
    if (rig_pct(r, 2))
        f |= XVM_PTE_U;
    return f;
}

void rig_config_random(struct rig_rng *r, struct rig_config *c)
{
    const uint32_t first_data = (RIG_DATA_PA - XVM_RAM_BASE) >> 12;

    c->medeleg = rig_u32(r) & XVM_MEDELEG_MASK &
                 ~((1u << XVM_EXC_ECALL_U) | (1u << XVM_EXC_ECALL_S));
    if (rig_pct(r, 80))
        c->medeleg |= 1u << XVM_EXC_VIRT_FAULT;
    c->mideleg = rig_u32(r) & (XVM_MIP_SSIP | XVM_MIP_STIP);
    /* S can acknowledge STI only through stimecmp */
    c->stce = (c->mideleg & XVM_MIP_STIP) ? 1 : rig_pct(r, 50);
    c->mcounteren = rig_u32(r) & XVM_COUNTEREN_MASK;
    if (c->mideleg & XVM_MIP_STIP)
        c->mcounteren |= 2u;
    c->scounteren = rig_u32(r) & XVM_COUNTEREN_MASK;
    c->mie = XVM_MIP_MSIP | XVM_MIP_MTIP | XVM_MIP_SSIP | XVM_MIP_STIP;
    c->id_flags = XVM_PTE_V | XVM_PTE_R | XVM_PTE_W | XVM_PTE_X | XVM_PTE_A | XVM_PTE_D |
                  (rig_pct(r, 40) ? XVM_PTE_VG : 0);
    for (uint32_t p = 0; p < RIG_ALIAS_PAGES; p++) {
        int used = p < first_data + RIG_DATA_PAGES;

        c->s_flags[p] = used ? (uint16_t)rig_flags_random(r, p >= first_data, 0) : 0;
        c->u_flags[p] = used ? (uint16_t)rig_flags_random(r, p >= first_data, 1) : 0;
    }
}

static void fill_table(FILE *f, uint32_t table, const char *flags)
{
    fprintf(f, "    li t0, 0x%08x\n    la t1, %s\n    li t2, 0x%08x\n"
               "    li t3, %u\n    li t4, 0x400\n"
               "1:  lhu t5, 0(t1)\n    or t5, t5, t2\n    sw t5, 0(t0)\n"
               "    addi t0, t0, 4\n    addi t1, t1, 2\n    add t2, t2, t4\n"
               "    addi t3, t3, -1\n    bnez t3, 1b\n",
            table, flags, (XVM_RAM_BASE >> 12) << 10, RIG_ALIAS_PAGES);
}

void rig_emit_boot(FILE *f, const struct rig_config *c, struct rig_rng *r)
{
    const uint32_t rwad = XVM_PTE_V | XVM_PTE_R | XVM_PTE_W | XVM_PTE_A | XVM_PTE_D;

    fprintf(f, "    .section .text.init\n    .globl _start\n_start:\n"
               "    la t0, m_trap\n    csrw mtvec, t0\n"
               "    la t0, s_trap\n    csrw stvec, t0\n"
               "    li t0, 0x%08x\n    csrw mscratch, t0\n"
               "    li t0, 0x%08x\n    csrw sscratch, t0\n",
            RIG_M_SAVE, RIG_S_SAVE);
    /* root, S-alias and U-alias tables: cleared, then filled */
    fprintf(f, "    li t0, 0x%08x\n    li t1, 3072\n"
               "1:  sw zero, 0(t0)\n    addi t0, t0, 4\n    addi t1, t1, -1\n    bnez t1, 1b\n",
            RIG_PT_ROOT);
    fprintf(f, "    li t2, 0x%08x\n    li t1, 0x%08x\n    li t3, 0x100000\n"
               "    sw t1, 0(t2)\n    add t1, t1, t3\n    sw t1, 4(t2)\n"
               "    add t1, t1, t3\n    sw t1, 8(t2)\n    add t1, t1, t3\n    sw t1, 12(t2)\n",
            RIG_PT_ROOT + 4 * (XVM_RAM_BASE >> 22), ((XVM_RAM_BASE >> 12) << 10) | c->id_flags);
    fprintf(f, "    li t0, 0x%08x\n    li t1, 0x%08x\n    sw t1, 0(t0)\n"
               "    li t1, 0x%08x\n    sw t1, 4(t0)\n",
            RIG_PT_ROOT, ((RIG_PT_S >> 12) << 10) | XVM_PTE_V,
            ((RIG_PT_U >> 12) << 10) | XVM_PTE_V);
    fill_table(f, RIG_PT_S, "rig_s_flags");
    fill_table(f, RIG_PT_U, "rig_u_flags");
    /* a translated device page (mtime) and a translated hole */
    fprintf(f, "    li t0, 0x%08x\n    li t1, 0x%08x\n    sw t1, 0(t0)\n"
               "    li t1, 0x%08x\n    sw t1, 4(t0)\n",
            RIG_PT_S + 4 * ((RIG_DEV_VA >> 12) & 0x3ff),
            (((XVM_CLINT_BASE + XVM_CLINT_MTIME) >> 12) << 10) | rwad,
            ((0x40000000u >> 12) << 10) | rwad);
    /* malformed tables: a non-leaf at level 0, a misaligned superpage, a
     * level-1 pointer to a table that no device holds */
    fprintf(f, "    li t0, 0x%08x\n    li t1, 0x%08x\n    sw t1, 0(t0)\n"
               "    li t0, 0x%08x\n    li t1, 0x%08x\n    sw t1, 0(t0)\n"
               "    li t1, 0x%08x\n    sw t1, 4(t0)\n",
            RIG_PT_S + 4 * ((RIG_NONLEAF_VA >> 12) & 0x3ff),
            (((XVM_RAM_BASE >> 12) + 1) << 10) | XVM_PTE_V,
            RIG_PT_ROOT + 4 * (RIG_BADSUPER_VA >> 22),
            (((XVM_RAM_BASE >> 12) + 1) << 10) | rwad | XVM_PTE_U,
            ((0x00004000u >> 12) << 10) | XVM_PTE_V);
    fprintf(f, "    li t0, 0x%08x\n    csrw satp, t0\n    sfence.vma\n",
            XVM_SATP_MODE_SV32 | (RIG_PT_ROOT >> 12));
    fprintf(f, "    li t0, 0x%08x\n    csrw medeleg, t0\n"
               "    li t0, 0x%08x\n    csrw mideleg, t0\n"
               "    li t0, 0x%08x\n    csrw mie, t0\n"
               "    li t0, 0x%08x\n    csrw mcounteren, t0\n"
               "    li t0, 0x%08x\n    csrw scounteren, t0\n"
               "    li t0, 0x%08x\n    csrw 0x%03x, t0\n"
               "    li t0, -1\n    csrw 0x%03x, t0\n    csrw 0x%03x, t0\n",
            c->medeleg, c->mideleg, c->mie, c->mcounteren, c->scounteren,
            c->stce ? XVM_MENVCFGH_STCE : 0, XVM_CSR_MENVCFGH, XVM_CSR_STIMECMPH,
            XVM_CSR_STIMECMP);
    /* data pages: a pseudo-random pattern (LCG), so loads see varied values */
    fprintf(f, "    li t0, 0x%08x\n    li t1, %u\n    li t2, 0x%08x\n"
               "    li t3, 1103515245\n"
               "1:  mul t2, t2, t3\n    addi t2, t2, 1234\n    sw t2, 0(t0)\n"
               "    addi t0, t0, 4\n    addi t1, t1, -1\n    bnez t1, 1b\n",
            RIG_DATA_PA, RIG_DATA_PAGES * 1024, rig_u32(r));
    for (unsigned x = 1; x < 32; x++)
        if (x < 25 || x > 29)
            fprintf(f, "    li x%u, 0x%08x\n", x, rig_u32(r));
    fprintf(f, "    j seg_1\n\n");
}

void rig_emit_handlers(FILE *f, const struct rig_config *c)
{
    const uint32_t clear = XVM_MSTATUS_MPP | XVM_MSTATUS_MPRV | XVM_MSTATUS_SIE |
                           XVM_MSTATUS_MIE | XVM_MSTATUS_SPIE | XVM_MSTATUS_MPIE |
                           XVM_MSTATUS_SPP | XVM_MSTATUS_TW | XVM_MSTATUS_TVM |
                           XVM_MSTATUS_TSR | XVM_MSTATUS_SUM | XVM_MSTATUS_MXR;

    fprintf(f, "    .balign 4\nm_trap:\n"
               "    csrrw x31, mscratch, x31\n"
               "    sw x5, 0(x31)\n    sw x6, 4(x31)\n    sw x7, 8(x31)\n"
               "    csrr x5, mcause\n    bltz x5, m_irq\n"
               "    li x6, %u\n    beq x5, x6, m_ecall\n"
               "    li x6, %u\n    beq x5, x6, m_ecall\n"
               "    li x6, %u\n    beq x5, x6, m_ecall\n"
               "    li x6, %u\n    beq x5, x6, m_abort\n"
               "    li x6, %u\n    beq x5, x6, m_abort\n"
               "m_skip:\n    csrr x6, mepc\n    addi x6, x6, 4\n    csrw mepc, x6\n"
               "m_ret:\n    lw x5, 0(x31)\n    lw x6, 4(x31)\n    lw x7, 8(x31)\n"
               "    csrrw x31, mscratch, x31\n    mret\n",
            XVM_EXC_ECALL_U, XVM_EXC_ECALL_S, XVM_EXC_ECALL_M, XVM_EXC_INSN_ACCESS,
            XVM_EXC_INSN_PAGE_FAULT);
    fprintf(f, "m_abort:\n    csrw mepc, x27\n    li x6, 0x%08x\n    csrs mstatus, x6\n"
               "    csrw 0x%03x, zero\n    li x29, 0\n    j m_ret\n",
            XVM_MSTATUS_MPP_M, XVM_CSR_MSTATUSH);
    fprintf(f, "m_ecall:\n    beqz x29, m_skip\n    bltz x29, m_abort\n"
               "    slli x6, x29, 5\n    la x7, rig_desc - 32\n    add x7, x7, x6\n"
               "    li x6, 0x%08x\n    csrc mstatus, x6\n"
               "    lw x6, 0(x7)\n    csrs mstatus, x6\n"
               "    lw x6, 4(x7)\n    csrw 0x%03x, x6\n"
               "    lw x6, 8(x7)\n    csrw 0x%03x, x6\n"
               "    lw x6, 12(x7)\n    csrw satp, x6\n    sfence.vma\n"
               "    lw x6, 16(x7)\n    add x6, x6, x28\n    csrw mepc, x6\n"
               "    lw x26, 20(x7)\n    lw x25, 24(x7)\n"
               "    li x29, 0\n    j m_ret\n",
            clear, XVM_CSR_MSTATUSH, XVM_CSR_VMCTL);
    fprintf(f, "m_irq:\n    slli x5, x5, 1\n    srli x5, x5, 1\n"
               "    li x6, %u\n    bne x5, x6, 1f\n"
               "    li x6, 0x%08x\n    li x7, -1\n    sw x7, 4(x6)\n    sw x7, 0(x6)\n    j m_ret\n"
               "1:  li x6, %u\n    bne x5, x6, 1f\n"
               "    li x6, 0x%08x\n    sw zero, 0(x6)\n    j m_ret\n"
               "1:  li x6, %u\n    bne x5, x6, 1f\n"
               "    csrci mip, %u\n    j m_ret\n"
               "1:  li x6, %u\n    bne x5, x6, m_ret\n",
            XVM_IRQ_MTI, XVM_CLINT_BASE + XVM_CLINT_MTIMECMP, XVM_IRQ_MSI, XVM_CLINT_BASE,
            XVM_IRQ_SSI, XVM_MIP_SSIP, XVM_IRQ_STI);
    if (c->stce)
        fprintf(f, "    li x7, -1\n    csrw 0x%03x, x7\n    csrw 0x%03x, x7\n    j m_ret\n\n",
                XVM_CSR_STIMECMPH, XVM_CSR_STIMECMP);
    else
        fprintf(f, "    li x7, 0x%08x\n    csrc mip, x7\n    j m_ret\n\n", XVM_MIP_STIP);

    fprintf(f, "    .balign 4\ns_trap:\n"
               "    csrrw x30, sscratch, x30\n"
               "    sw x5, 0(x30)\n    sw x6, 4(x30)\n"
               "    csrr x5, scause\n    bltz x5, s_irq\n"
               "    li x6, %u\n    beq x5, x6, s_abort\n"
               "    li x6, %u\n    beq x5, x6, s_abort\n"
               "    csrr x6, sepc\n    addi x6, x6, 4\n    csrw sepc, x6\n"
               "s_ret:\n    lw x5, 0(x30)\n    lw x6, 4(x30)\n"
               "    csrrw x30, sscratch, x30\n    sret\n"
               "s_abort:\n    lw x5, 0(x30)\n    lw x6, 4(x30)\n"
               "    csrrw x30, sscratch, x30\n    li x29, -1\n    ecall\n"
               "s_irq:\n    slli x5, x5, 1\n    srli x5, x5, 1\n"
               "    li x6, %u\n    bne x5, x6, 1f\n    csrci sip, %u\n    j s_ret\n"
               "1:  li x6, %u\n    bne x5, x6, s_ret\n"
               "    li x6, -1\n    csrw 0x%03x, x6\n    csrw 0x%03x, x6\n    j s_ret\n\n",
            XVM_EXC_INSN_ACCESS, XVM_EXC_INSN_PAGE_FAULT, XVM_IRQ_SSI, XVM_MIP_SSIP,
            XVM_IRQ_STI, XVM_CSR_STIMECMPH, XVM_CSR_STIMECMP);
}

static void flag_table(FILE *f, const char *name, const uint16_t *flags)
{
    fprintf(f, "    .balign 4\n%s:\n", name);
    for (uint32_t p = 0; p < RIG_ALIAS_PAGES; p += 16) {
        fprintf(f, "    .half ");
        for (uint32_t i = 0; i < 16; i++)
            fprintf(f, "0x%03x%s", flags[p + i], i < 15 ? ", " : "\n");
    }
}

void rig_emit_tables(FILE *f, const struct rig_config *c)
{
    flag_table(f, "rig_s_flags", c->s_flags);
    flag_table(f, "rig_u_flags", c->u_flags);
}
