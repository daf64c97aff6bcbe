/* SPDX-License-Identifier: Apache-2.0 */
/* rig: random instruction stream generator for lockstep co-simulation.
 *
 *   build/tests/rig/rig --seed N [--insns COUNT] [--smc] > prog.S
 *
 * writes one self-checking-by-cosim assembly program, fully determined by
 * N: boot code that builds Sv32 page tables, then segments of random
 * instructions, each entered through the M handler in its own privilege,
 * VM, VAMSB, satp and mstatus setting (M; S and U with VM 0 or 1, through
 * the S or U alias of the program or with satp Bare), and finally the
 * finisher's pass. Every path terminates:
 * branches and jumps only go forward inside their segment, traps skip the
 * faulting instruction, fetch faults abort to the next segment, and
 * interrupt handlers acknowledge their source (rig_frame.c).
 * --smc adds stores over the code ahead, with and without fence.i.
 *
 * To reproduce a failing seed N (what `make test-rig` printed):
 *   make build/tests/rig/rig build/xvm-sim
 *   sh tests/rig/run.sh build/xvm-sim N N       # regenerates, runs, keeps files
 * or by hand:
 *   build/tests/rig/rig --seed N > /tmp/rig.S
 *   riscv64-unknown-elf-gcc -march=rv32ima -mabi=ilp32 -misa-spec=2.2 \
 *     -Ibuild/gen -nostdlib -nostartfiles -T tests/rig/link.ld -o /tmp/rig.elf /tmp/rig.S
 *   build/xvm-sim --cosim --commit-log /tmp/rtl.log /tmp/rig.elf
 *   build/xvm-iss --commit-log /tmp/iss.log /tmp/rig.elf   # the model alone */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "iss_internal.h"
#include "rig.h"
#include "xvm_defs.h"

/* Destination registers: all but x0 and the reserved x25..x29. */
static const unsigned dests[] = { 1,  2,  3,  4,  5,  6,  7,  8,  9,  10, 11, 12, 13,
                                  14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 30, 31 };
#define TMP "x24"   /* address temporary of the generated sequences */

struct seg {
    unsigned priv;
    int vm;
    unsigned vamsb;
    int gtr;                /* vmctl.GTR: the guest's own trap records (R12) */
    uint32_t mstatus;       /* bits set on entry (MPP, MPIE, SIE, SUM, MXR, TVM, TW) */
    uint32_t satp;
    uint32_t code_off;      /* entry pc = physical + code_off */
    uint32_t data_va;
};

struct gen {
    FILE *f;
    struct rig_rng r;
    struct rig_config cfg;
    const struct seg *seg;
    int vmsw_seen;          /* a vmsw in this segment may have changed VM */
    unsigned label;
    int smc;                /* --smc: stores over code ahead, fence.i or not */
};

static unsigned pick(struct gen *g, const unsigned *v, unsigned n)
{
    return v[rig_below(&g->r, n)];
}
#define PICK(g, arr) pick((g), (arr), sizeof(arr) / sizeof((arr)[0]))

static unsigned rd(struct gen *g) { return PICK(g, dests); }
static unsigned rs(struct gen *g) { return rig_below(&g->r, 32); }

static uint32_t interesting(struct gen *g)
{
    static const uint32_t v[] = { 0, 1, 2, 0xffffffffu, 0x80000000u, 0x7fffffffu,
                                  0xffffu, 0x8000u, 0xff, 0x80, 0xfffff000u, 31, 32 };

    return rig_pct(&g->r, 60) ? v[rig_below(&g->r, sizeof v / sizeof v[0])] : rig_u32(&g->r);
}

static int imm12(struct gen *g)
{
    static const int v[] = { 0, 1, -1, 2047, -2048, 4, -4, 31, 32 };

    return rig_pct(&g->r, 40) ? v[rig_below(&g->r, sizeof v / sizeof v[0])]
                              : (int)rig_below(&g->r, 4096) - 2048;
}

/* ---- instruction classes ------------------------------------------------ */

static void alu(struct gen *g)
{
    static const char *const rr[] = { "add", "sub", "sll", "slt", "sltu", "xor", "srl",
                                      "sra", "or", "and" };
    static const char *const ri[] = { "addi", "slti", "sltiu", "xori", "ori", "andi" };
    static const char *const sh[] = { "slli", "srli", "srai" };
    FILE *f = g->f;

    switch (rig_below(&g->r, 6)) {
    case 0: case 1:
        fprintf(f, "    %s x%u, x%u, x%u\n", rr[rig_below(&g->r, 10)], rd(g), rs(g), rs(g));
        break;
    case 2: case 3:
        fprintf(f, "    %s x%u, x%u, %d\n", ri[rig_below(&g->r, 6)], rd(g), rs(g), imm12(g));
        break;
    case 4:
        fprintf(f, "    %s x%u, x%u, %u\n", sh[rig_below(&g->r, 3)], rd(g), rs(g),
                rig_pct(&g->r, 30) ? (rig_pct(&g->r, 50) ? 31u : 0u) : rig_below(&g->r, 32));
        break;
    default:
        fprintf(f, "    %s x%u, 0x%05x\n", rig_pct(&g->r, 50) ? "lui" : "auipc", rd(g),
                rig_u32(&g->r) >> 12);
        break;
    }
}

static void load_value(struct gen *g)
{
    fprintf(g->f, "    li x%u, 0x%08x\n", rd(g), interesting(g));
}

static void muldiv(struct gen *g)
{
    static const char *const op[] = { "mul", "mulh", "mulhsu", "mulhu", "div", "divu",
                                      "rem", "remu" };

    fprintf(g->f, "    %s x%u, x%u, x%u\n", op[rig_below(&g->r, 8)], rd(g), rs(g), rs(g));
}

/* Offsets from the data bases (which sit on a page boundary): mostly
 * aligned, some misaligned, some straddling the boundary. */
static int data_offset(struct gen *g, unsigned size)
{
    int off;

    switch (rig_below(&g->r, 10)) {
    case 0: case 1:
        return (int)rig_below(&g->r, 4096) - 2048;
    case 2:
        return -(int)rig_below(&g->r, size + 2);
    default:
        off = (int)rig_below(&g->r, 4096) - 2048;
        return off & ~(int)(size - 1);
    }
}

static const char *base(struct gen *g)
{
    return rig_pct(&g->r, 50) ? "x26" : "x25";
}

static void load_store(struct gen *g)
{
    static const char *const ld[] = { "lb", "lh", "lw", "lbu", "lhu" };
    static const unsigned ldsz[] = { 1, 2, 4, 1, 2 };
    static const char *const st[] = { "sb", "sh", "sw" };
    unsigned i;

    if (rig_pct(&g->r, 55)) {
        i = rig_below(&g->r, 5);
        fprintf(g->f, "    %s x%u, %d(%s)\n", ld[i], rd(g), data_offset(g, ldsz[i]), base(g));
    } else {
        i = rig_below(&g->r, 3);
        fprintf(g->f, "    %s x%u, %d(%s)\n", st[i], rs(g), data_offset(g, 1u << i), base(g));
    }
}

static void atomic(struct gen *g)
{
    static const char *const amo[] = { "amoswap.w", "amoadd.w", "amoxor.w", "amoand.w",
                                       "amoor.w", "amomin.w", "amomax.w", "amominu.w",
                                       "amomaxu.w" };
    int off = data_offset(g, 4);

    if (rig_pct(&g->r, 10))
        off |= 2;
    fprintf(g->f, "    addi " TMP ", %s, %d\n", base(g), off);
    switch (rig_below(&g->r, 4)) {
    case 0:
        fprintf(g->f, "    lr.w x%u, (" TMP ")\n    sc.w x%u, x%u, (" TMP ")\n", rd(g), rd(g),
                rs(g));
        break;
    case 1:
        fprintf(g->f, "    lr.w x%u, (" TMP ")\n", rd(g));
        break;
    case 2:
        fprintf(g->f, "    sc.w x%u, x%u, (" TMP ")\n", rd(g), rs(g));
        break;
    default:
        fprintf(g->f, "    %s x%u, x%u, (" TMP ")\n", amo[rig_below(&g->r, 9)], rd(g), rs(g));
        break;
    }
}

/* Forward control transfer over 1..5 plain instructions. */
static void branch(struct gen *g)
{
    static const char *const br[] = { "beq", "bne", "blt", "bge", "bltu", "bgeu" };
    unsigned skip = 1 + rig_below(&g->r, 5);
    unsigned l = ++g->label;

    switch (rig_below(&g->r, 4)) {
    case 0: case 1:
        fprintf(g->f, "    %s x%u, x%u, .Lf%u\n", br[rig_below(&g->r, 6)], rs(g), rs(g), l);
        break;
    case 2:
        fprintf(g->f, "    jal x%u, .Lf%u\n", rd(g), l);
        break;
    default:
        /* jalr to auipc + 8 + 4*skip, sometimes 2 off: misaligned target */
        fprintf(g->f, "    auipc " TMP ", 0\n    jalr x%u, %u(" TMP ")\n", rd(g),
                8 + 4 * skip + (rig_pct(&g->r, 10) ? 2 : 0));
        break;
    }
    for (unsigned i = 0; i < skip; i++)
        alu(g);
    fprintf(g->f, ".Lf%u:\n", l);
}

static const unsigned csr_any[] = {
    XVM_CSR_CYCLE, XVM_CSR_TIME, XVM_CSR_INSTRET, XVM_CSR_CYCLEH, XVM_CSR_TIMEH,
    XVM_CSR_INSTRETH, XVM_CSR_HPMCOUNTER3, XVM_CSR_SSTATUS, XVM_CSR_SIE, XVM_CSR_STVEC,
    XVM_CSR_SCOUNTEREN, XVM_CSR_SENVCFG, XVM_CSR_SSCRATCH, XVM_CSR_SEPC, XVM_CSR_SCAUSE,
    XVM_CSR_STVAL, XVM_CSR_SIP, XVM_CSR_STIMECMP, XVM_CSR_STIMECMPH, XVM_CSR_SATP,
    XVM_CSR_VMCTL, XVM_CSR_MVENDORID, XVM_CSR_MARCHID, XVM_CSR_MIMPID, XVM_CSR_MHARTID,
    XVM_CSR_MCONFIGPTR, XVM_CSR_MSTATUS, XVM_CSR_MISA, XVM_CSR_MEDELEG, XVM_CSR_MIDELEG,
    XVM_CSR_MIE, XVM_CSR_MTVEC, XVM_CSR_MCOUNTEREN, XVM_CSR_MENVCFG, XVM_CSR_MSTATUSH,
    XVM_CSR_MENVCFGH, XVM_CSR_MCOUNTINHIBIT, XVM_CSR_MHPMEVENT3, XVM_CSR_MSCRATCH,
    XVM_CSR_MEPC, XVM_CSR_MCAUSE, XVM_CSR_MTVAL, XVM_CSR_MIP, XVM_CSR_MTINST,
    XVM_CSR_MTVAL2, XVM_CSR_PMPCFG0, XVM_CSR_PMPADDR0, XVM_CSR_MCYCLE, XVM_CSR_MINSTRET,
    XVM_CSR_MHPMCOUNTER3, XVM_CSR_MCYCLEH, XVM_CSR_MINSTRETH, XVM_CSR_GSCRATCH,
    XVM_CSR_GEPC, XVM_CSR_GCAUSE, XVM_CSR_GTVAL,
    0x5ff, 0x7c0, 0x800, 0x5c1, 0x107, 0x200, 0x7b0, 0xda0,   /* not implemented */
};

/* Writes that cannot break the framework (it rewrites vmctl on every
 * segment entry; trap entry rewrites the cause/epc/tval registers). */
static const unsigned csr_safe[] = {
    XVM_CSR_MCAUSE, XVM_CSR_MTVAL, XVM_CSR_MEPC, XVM_CSR_SCAUSE, XVM_CSR_STVAL,
    XVM_CSR_SEPC, XVM_CSR_VMCTL, XVM_CSR_SENVCFG, XVM_CSR_MENVCFG, XVM_CSR_SCOUNTEREN,
    XVM_CSR_MINSTRET, XVM_CSR_MINSTRETH, XVM_CSR_MCYCLE, XVM_CSR_MCYCLEH, XVM_CSR_MTVAL2,
    XVM_CSR_PMPADDR0, XVM_CSR_MISA, XVM_CSR_MHPMCOUNTER3, XVM_CSR_GSCRATCH, XVM_CSR_GEPC,
    XVM_CSR_GCAUSE, XVM_CSR_GTVAL,
    /* read-only: every write is illegal */
    XVM_CSR_CYCLE, XVM_CSR_TIME, XVM_CSR_MVENDORID, XVM_CSR_MHARTID,
};

static void csr_op(struct gen *g)
{
    static const char *const rw[] = { "csrrw", "csrrs", "csrrc" };
    static const char *const rwi[] = { "csrrwi", "csrrsi", "csrrci" };
    unsigned k = rig_below(&g->r, 3);

    switch (rig_below(&g->r, 5)) {
    case 0: case 1:
        fprintf(g->f, "    csrrs x%u, 0x%03x, x0\n", rd(g), PICK(g, csr_any));
        break;
    case 2:
        fprintf(g->f, "    %s x%u, 0x%03x, x%u\n", rw[k], rd(g), PICK(g, csr_safe), rs(g));
        break;
    case 3:
        fprintf(g->f, "    %s x%u, 0x%03x, %u\n", rwi[k], rd(g), PICK(g, csr_safe),
                rig_below(&g->r, 32));
        break;
    default:
        /* satp rewritten with its own value: legal only in S with VM=0, TVM=0 */
        fprintf(g->f, "    csrr " TMP ", satp\n    csrw satp, " TMP "\n");
        break;
    }
}

static void system_op(struct gen *g)
{
    const struct seg *s = g->seg;

    switch (rig_below(&g->r, 8)) {
    case 0: fprintf(g->f, "    ecall\n"); break;
    case 1: fprintf(g->f, "    ebreak\n"); break;
    case 2: fprintf(g->f, "    fence\n"); break;
    case 3: fprintf(g->f, "    fence.i\n"); break;
    case 4: fprintf(g->f, "    sfence.vma x%u, x%u\n", rs(g), rs(g)); break;
    case 5:
        /* xRET only where it traps: an executed one would leave the segment */
        if (s->priv != XVM_PRIV_M)
            fprintf(g->f, "    mret\n");
        break;
    case 6:
        if (s->priv == XVM_PRIV_U || (s->priv == XVM_PRIV_S && s->vm && !g->vmsw_seen))
            fprintf(g->f, "    sret\n");
        break;
    default:
        /* wfi where it traps (a waiting one is in special()) */
        if (s->priv == XVM_PRIV_U || (s->priv == XVM_PRIV_S && s->vm && !g->vmsw_seen))
            fprintf(g->f, "    wfi\n");
        break;
    }
}

static void xvm_op(struct gen *g)
{
    static const uint32_t bad[] = { 0x0020000bu, 0x0000008bu, 0x0000100bu, 0xfff0000bu,
                                    0x0008000bu };

    if (rig_pct(&g->r, 85)) {
        fprintf(g->f, "    .word 0x%08x\n", rig_pct(&g->r, 50) ? XVM_INSN_VMSW0 : XVM_INSN_VMSW1);
        g->vmsw_seen = 1;
    } else
        fprintf(g->f, "    .word 0x%08x\n", bad[rig_below(&g->r, sizeof bad / sizeof bad[0])]);
}

static void illegal_word(struct gen *g)
{
    uint32_t w;

    do
        w = rig_u32(&g->r);
    while (xvm_decode(w) != OP_ILLEGAL);
    fprintf(g->f, "    .word 0x%08x\n", w);
}

static void arm_mtimer(struct gen *g, unsigned delta)
{
    fprintf(g->f, "    li " TMP ", 0x%08x\n    csrr x%u, time\n    addi x%u, x%u, %u\n"
                  "    sw x%u, 0(" TMP ")\n    sw zero, 4(" TMP ")\n",
            XVM_CLINT_BASE + XVM_CLINT_MTIMECMP, 23u, 23u, 23u, delta, 23u);
}

static void arm_stimer(struct gen *g, unsigned delta)
{
    fprintf(g->f, "    csrr " TMP ", time\n    addi " TMP ", " TMP ", %u\n"
                  "    csrw 0x%03x, " TMP "\n    csrw 0x%03x, zero\n",
            delta, XVM_CSR_STIMECMP, XVM_CSR_STIMECMPH);
}

/* WARL fields written with odd values that must not stick: tvec MODE 2/3,
 * MPP = 2, plus VAMSB and the sstatus SUM/MXR bits. */
static void warl(struct gen *g)
{
    const struct seg *s = g->seg;

    switch (rig_below(&g->r, 4)) {
    case 0:
        if (s->priv != XVM_PRIV_U) {
            uint32_t v = rig_below(&g->r, 32) << XVM_VMCTL_VAMSB_LO;

            if (rig_pct(&g->r, 50))
                v |= XVM_VMCTL_GTR;
            fprintf(g->f, "    li " TMP ", 0x%08x\n    csrw 0x%03x, " TMP "\n", v, XVM_CSR_VMCTL);
        }
        break;
    case 1:
        fprintf(g->f, "    csrr " TMP ", %s\n    ori " TMP ", " TMP ", %u\n    csrw %s, " TMP "\n",
                s->priv == XVM_PRIV_M ? "mtvec" : "stvec", 2 + rig_below(&g->r, 2),
                s->priv == XVM_PRIV_M ? "mtvec" : "stvec");
        break;
    case 2:
        if (s->priv == XVM_PRIV_M)
            fprintf(g->f, "    li " TMP ", 0x%08x\n    csrc mstatus, " TMP "\n"
                          "    li " TMP ", 0x%08x\n    csrs mstatus, " TMP "\n",
                    XVM_MSTATUS_MPP, 2u << XVM_MSTATUS_MPP_LO);
        break;
    default:
        fprintf(g->f, "    li " TMP ", 0x%08x\n    %s sstatus, " TMP "\n",
                rig_u32(&g->r) & (XVM_MSTATUS_SUM | XVM_MSTATUS_MXR),
                rig_pct(&g->r, 50) ? "csrs" : "csrc");
        break;
    }
}

/* An OP-IMM instruction whose funct3 is not a shift (any immediate is
 * legal) writing no reserved register. */
static uint32_t op_imm(struct gen *g)
{
    static const uint32_t funct3_op[] = { 0, 2, 3, 4, 6, 7 };

    return ((rig_u32(&g->r) & 0xfffu) << 20) | (rs(g) << 15) |
           (funct3_op[rig_below(&g->r, 6)] << 12) | (rd(g) << 7) | 0x13u;
}

/* Self-modifying code in M: an ALU instruction is stored over the nop
 * ahead, made visible by fence.i, then executed. */
static void patch_code(struct gen *g)
{
    unsigned l = ++g->label;
    uint32_t insn = op_imm(g);

    fprintf(g->f, "    la " TMP ", .Lp%u\n    li x23, 0x%08x\n    sw x23, 0(" TMP ")\n"
                  "    fence.i\n.Lp%u:\n    nop\n",
            l, insn, l);
}

/* --smc, where the code's link address is its address (M, or satp Bare):
 * a store over an instruction 0..3 instructions ahead of the next, with
 * or without fence.i in between. Without it the old or the new bits may
 * execute (docs/architecture.md), so both are OP-IMM instructions whose
 * result the rest of the program may use. A halfword or byte store changes
 * only rs1 and the immediate (bytes 2 and 3): a mix of the rd fields of two
 * instructions could name a reserved register. */
static void smc_patch(struct gen *g)
{
    static const char *const st[] = { "sb", "sh", "sw" };
    unsigned l = ++g->label, ahead = rig_below(&g->r, 4);
    unsigned size = rig_pct(&g->r, 70) ? 2 : rig_below(&g->r, 2);
    unsigned off = size == 2 ? 0 : size == 1 ? 2 : 2 + rig_below(&g->r, 2);

    fprintf(g->f, "    la " TMP ", .Lp%u\n    li x23, 0x%08x\n    %s x23, %u(" TMP ")\n", l,
            op_imm(g) >> (8 * off), st[size], off);
    if (rig_pct(&g->r, 25))
        fprintf(g->f, "    fence.i\n");
    for (unsigned i = 0; i < ahead; i++)
        alu(g);
    fprintf(g->f, ".Lp%u:\n    .word 0x%08x\n", l, op_imm(g));
}

/* M changes one alias PTE (mostly of a data page) and flushes the TLBs. */
static void remap(struct gen *g)
{
    const uint32_t first_data = (RIG_DATA_PA - XVM_RAM_BASE) >> 12;
    uint32_t page = rig_pct(&g->r, 80) ? first_data + rig_below(&g->r, RIG_DATA_PAGES)
                                       : rig_below(&g->r, first_data);
    int user = rig_pct(&g->r, 50);
    uint32_t flags = rig_flags_random(&g->r, page >= first_data, user);

    fprintf(g->f, "    li " TMP ", 0x%08x\n    li x23, 0x%08x\n    sw x23, 0(" TMP ")\n"
                  "    sfence.vma\n",
            (user ? RIG_PT_U : RIG_PT_S) + 4 * page,
            (((XVM_RAM_BASE >> 12) + page) << 10) | flags);
}

/* Addresses around the VA mask, devices, timers, interrupts, MPRV. */
static void special(struct gen *g)
{
    const struct seg *s = g->seg;
    const struct rig_config *c = &g->cfg;
    uint32_t a;

    switch (rig_below(&g->r, 10)) {
    case 0:
        a = s->vamsb < 31 ? (1u << (s->vamsb + 1)) : 0xfffff000u;
        if (rig_pct(&g->r, 30))
            a -= 4;
        fprintf(g->f, "    li " TMP ", 0x%08x\n", a);
        if (rig_pct(&g->r, 50))
            fprintf(g->f, "    lw x%u, 0(" TMP ")\n", rd(g));
        else
            fprintf(g->f, "    amoor.w x%u, x%u, (" TMP ")\n", rd(g), rs(g));
        break;
    case 1: {
        /* translated device, hole, and the malformed page tables */
        static const uint32_t va[] = { RIG_DEV_VA + (XVM_CLINT_MTIME & 0xfff),
                                       RIG_HOLE_VA + (XVM_CLINT_MTIME & 0xfff),
                                       RIG_NONLEAF_VA, RIG_BADSUPER_VA, RIG_BADTABLE_VA };

        fprintf(g->f, "    li " TMP ", 0x%08x\n", va[rig_below(&g->r, 5)]);
        if (rig_pct(&g->r, 70))
            fprintf(g->f, "    lw x%u, %u(" TMP ")\n", rd(g), 4 * rig_below(&g->r, 2));
        else
            fprintf(g->f, "    sw x%u, %u(" TMP ")\n", rs(g), 4 * rig_below(&g->r, 2));
        break;
    }
    case 2:
        /* physical devices: the UART's LSR, CLINT words with any size and
         * alignment, and AMOs on the CLINT */
        switch (rig_below(&g->r, 5)) {
        case 0:
            fprintf(g->f, "    li " TMP ", 0x%08x\n    lbu x%u, %u(" TMP ")\n", XVM_UART_BASE,
                    rd(g), XVM_UART_LSR);
            break;
        case 3:
            /* UART scratch and modem-control registers: written, read back */
            fprintf(g->f, "    li " TMP ", 0x%08x\n    sb x%u, %u(" TMP ")\n"
                          "    lw x%u, 4(" TMP ")\n",
                    XVM_UART_BASE, rs(g), rig_pct(&g->r, 50) ? 4u : 7u, rd(g));
            break;
        case 4:
            /* mtime rewritten with a small value (reads follow the RTL) */
            fprintf(g->f, "    li " TMP ", 0x%08x\n    li x23, %u\n    sw x23, 0(" TMP ")\n",
                    XVM_CLINT_BASE + XVM_CLINT_MTIME, rig_below(&g->r, 100000));
            break;
        case 1:
            fprintf(g->f, "    li " TMP ", 0x%08x\n    %s x%u, %u(" TMP ")\n",
                    XVM_CLINT_BASE + XVM_CLINT_MTIME,
                    rig_pct(&g->r, 50) ? "lw" : (rig_pct(&g->r, 50) ? "lhu" : "lb"), rd(g),
                    rig_below(&g->r, 8));
            break;
        default:
            fprintf(g->f, "    li " TMP ", 0x%08x\n    amoadd.w x%u, x%u, (" TMP ")\n",
                    XVM_CLINT_BASE + (rig_pct(&g->r, 50) ? XVM_CLINT_MTIMECMP + 4 : XVM_CLINT_MTIME + 4),
                    rd(g), rs(g));
            break;
        }
        break;
    case 3:
        if (s->priv == XVM_PRIV_M) {
            arm_mtimer(g, 20 + rig_below(&g->r, 400));
            if (!(s->mstatus & XVM_MSTATUS_MPIE) && rig_pct(&g->r, 30))
                fprintf(g->f, "    wfi\n");
        } else if (s->priv == XVM_PRIV_S && !s->vm) {
            arm_stimer(g, 20 + rig_below(&g->r, 400));
            if ((c->mideleg & XVM_MIP_STIP) && !(s->mstatus & XVM_MSTATUS_SIE) &&
                rig_pct(&g->r, 30))
                fprintf(g->f, "    wfi\n");
        } else {
            arm_stimer(g, 20 + rig_below(&g->r, 400));
        }
        break;
    case 4:
        if (s->priv == XVM_PRIV_M)
            fprintf(g->f, "    li " TMP ", 0x%08x\n    li x23, 1\n    sw x23, 0(" TMP ")\n",
                    XVM_CLINT_BASE + XVM_CLINT_MSIP);
        else
            fprintf(g->f, "    csrsi sip, %u\n", XVM_MIP_SSIP);
        break;
    case 5:
        if (s->priv == XVM_PRIV_M)
            fprintf(g->f, "    csrsi mip, %u\n", XVM_MIP_SSIP);
        if (s->priv == XVM_PRIV_M && !c->stce && !(c->mideleg & XVM_MIP_STIP))
            fprintf(g->f, "    li " TMP ", 0x%08x\n    csrs mip, " TMP "\n", XVM_MIP_STIP);
        break;
    case 6:
        if (s->priv == XVM_PRIV_M) {
            uint32_t mpp = rig_below(&g->r, 2) ? XVM_MSTATUS_MPP_S : 0;

            fprintf(g->f, "    li " TMP ", 0x%08x\n    csrc mstatus, " TMP "\n"
                          "    li " TMP ", 0x%08x\n    csrs mstatus, " TMP "\n"
                          "    li " TMP ", 0x%08x\n    csrw 0x%03x, " TMP "\n",
                    XVM_MSTATUS_MPP, XVM_MSTATUS_MPRV | mpp,
                    rig_pct(&g->r, 50) ? XVM_MSTATUSH_MPVM : 0, XVM_CSR_MSTATUSH);
            for (unsigned i = 0; i < 3; i++)
                load_store(g);
            fprintf(g->f, "    li " TMP ", 0x%08x\n    csrc mstatus, " TMP "\n",
                    XVM_MSTATUS_MPRV);
        }
        break;
    case 7:
        warl(g);
        break;
    case 8:
        if (s->priv == XVM_PRIV_M)
            remap(g);
        break;
    default:
        if (s->priv == XVM_PRIV_M)
            patch_code(g);
        break;
    }
}

static void random_insn(struct gen *g)
{
    unsigned p = rig_below(&g->r, 100);

    if (g->smc && (g->seg->priv == XVM_PRIV_M || g->seg->satp == 0) && rig_pct(&g->r, 10))
        smc_patch(g);
    else if (p < 28) alu(g);
    else if (p < 32) load_value(g);
    else if (p < 40) muldiv(g);
    else if (p < 56) load_store(g);
    else if (p < 61) atomic(g);
    else if (p < 69) branch(g);
    else if (p < 76) csr_op(g);
    else if (p < 80) system_op(g);
    else if (p < 85) xvm_op(g);
    else if (p < 87) illegal_word(g);
    else special(g);
}

/* ---- segments ----------------------------------------------------------- */

static void random_seg(struct gen *g, struct seg *s, int last)
{
    static const unsigned s_vamsb[] = { 31, 31, 30, 23, 22, 20, 19, 12 };
    static const unsigned u_vamsb[] = { 31, 31, 30, 23, 22, 12 };
    unsigned kind = last ? 0 : rig_below(&g->r, 100);
    int alias = 0;

    memset(s, 0, sizeof *s);
    s->satp = XVM_SATP_MODE_SV32 | (RIG_PT_ROOT >> 12);
    s->vamsb = rig_below(&g->r, 32);
    s->gtr = rig_pct(&g->r, 50);
    if (kind < 15) {
        s->priv = XVM_PRIV_M;
        if (!last && rig_pct(&g->r, 50))
            s->mstatus |= XVM_MSTATUS_MPIE;
    } else if (kind < 45) {
        s->priv = XVM_PRIV_S;
        if (rig_pct(&g->r, 15))
            s->satp = 0;
        else
            alias = rig_pct(&g->r, 50);
    } else if (kind < 80) {
        s->priv = XVM_PRIV_S;
        s->vm = 1;
        if (rig_pct(&g->r, 10)) {
            /* a guest without translation: physical addresses, unmasked */
            s->satp = 0;
            s->vamsb = 31;
        } else {
            s->vamsb = PICK(g, s_vamsb);
            alias = 1;
        }
    } else {
        s->priv = XVM_PRIV_U;
        s->vm = rig_pct(&g->r, 50);
        if (s->vm)
            s->vamsb = PICK(g, u_vamsb);
        if (rig_pct(&g->r, 10)) {
            s->satp = 0;
            if (s->vm)
                s->vamsb = 31;
        } else {
            alias = 2;
        }
    }
    if (s->priv != XVM_PRIV_M) {
        if (s->priv == XVM_PRIV_S && rig_pct(&g->r, 40))
            s->mstatus |= XVM_MSTATUS_SIE;
        if (s->priv == XVM_PRIV_S && rig_pct(&g->r, 15))
            s->mstatus |= XVM_MSTATUS_TVM;
        if (s->priv == XVM_PRIV_S && rig_pct(&g->r, 15))
            s->mstatus |= XVM_MSTATUS_TW;
    }
    if (rig_pct(&g->r, 30))
        s->mstatus |= XVM_MSTATUS_SUM;
    if (rig_pct(&g->r, 30))
        s->mstatus |= XVM_MSTATUS_MXR;
    s->mstatus |= s->priv << XVM_MSTATUS_MPP_LO;
    s->code_off = alias == 1 ? RIG_ALIAS_S - XVM_RAM_BASE
                : alias == 2 ? RIG_ALIAS_U - XVM_RAM_BASE : 0;
    s->data_va = RIG_DATA_PA + s->code_off;
}

static void emit_desc(FILE *f, const struct seg *s)
{
    fprintf(f, "    .word 0x%08x, 0x%08x, 0x%08x, 0x%08x, 0x%08x, 0x%08x, 0x%08x, 0\n",
            s->mstatus, s->vm ? XVM_MSTATUSH_MPVM : 0,
            (s->vamsb << XVM_VMCTL_VAMSB_LO) | (s->gtr ? XVM_VMCTL_GTR : 0),
            s->satp, s->code_off, s->data_va + 0x1000, s->data_va + 0x3000);
}

static int generate(FILE *f, uint64_t seed, unsigned insns, int smc)
{
    struct gen g = { .f = f, .smc = smc };
    struct seg *segs;
    unsigned nseg = 0, cap = 16, done = 0;

    g.r.s = seed * 0x9E3779B97F4A7C15ull + 1;
    rig_config_random(&g.r, &g.cfg);
    segs = malloc(cap * sizeof *segs);
    if (!segs)
        return -1;
    fprintf(f, "/* rig --seed %" PRIu64 " --insns %u%s */\n#include \"xvm_defs.h\"\n", seed,
            insns, smc ? " --smc" : "");
    rig_emit_boot(f, &g.cfg, &g.r);
    while (done < insns) {
        unsigned n = 20 + rig_below(&g.r, 100);

        if (nseg + 1 >= cap) {
            struct seg *t = realloc(segs, 2 * cap * sizeof *segs);

            if (!t) {
                free(segs);
                return -1;
            }
            segs = t;
            cap *= 2;
        }
        random_seg(&g, &segs[nseg], 0);
        g.seg = &segs[nseg];
        g.vmsw_seen = 0;
        nseg++;
        fprintf(f, "seg_%u:\n    lui x27, %%hi(seg_%u)\n    addi x27, x27, %%lo(seg_%u)\n"
                   "    lui x28, %%hi(body_%u)\n    addi x28, x28, %%lo(body_%u)\n"
                   "    li x29, %u\n    ecall\nbody_%u:\n",
                nseg, nseg + 1, nseg + 1, nseg, nseg, nseg, nseg);
        for (unsigned i = 0; i < n; i++)
            random_insn(&g);
        done += n;
    }
    random_seg(&g, &segs[nseg], 1);
    nseg++;
    fprintf(f, "seg_%u:\n    lui x27, %%hi(seg_%u)\n    addi x27, x27, %%lo(seg_%u)\n"
               "    lui x28, %%hi(body_%u)\n    addi x28, x28, %%lo(body_%u)\n"
               "    li x29, %u\n    ecall\nbody_%u:\n"
               "    li t0, 0x%08x\n    li t1, 0x%08x\n    sw t1, 0(t0)\n1:  j 1b\n\n",
            nseg, nseg, nseg, nseg, nseg, nseg, nseg, XVM_FINISHER_BASE, XVM_FINISHER_PASS);
    rig_emit_handlers(f, &g.cfg);
    fprintf(f, "    .data\n    .balign 4\nrig_desc:\n");
    for (unsigned i = 0; i < nseg; i++)
        emit_desc(f, &segs[i]);
    rig_emit_tables(f, &g.cfg);
    free(segs);
    return ferror(f) ? -1 : 0;
}

static int parse_u64(const char *s, uint64_t *v)
{
    char *end;

    errno = 0;
    *v = strtoull(s, &end, 0);
    return (errno || *s == '\0' || *end != '\0' || *s == '-') ? -1 : 0;
}

int main(int argc, char **argv)
{
    uint64_t seed = 0, insns = 26000;
    int have_seed = 0, smc = 0;

    for (int i = 1; i < argc; i++) {
        uint64_t *dst = strcmp(argv[i], "--seed") == 0    ? &seed
                      : strcmp(argv[i], "--insns") == 0   ? &insns : NULL;

        if (strcmp(argv[i], "--smc") == 0) {
            smc = 1;
            continue;
        }
        if (!dst || i + 1 >= argc || parse_u64(argv[i + 1], dst) != 0) {
            fprintf(stderr, "usage: rig --seed N [--insns COUNT] [--smc] > prog.S\n");
            return 2;
        }
        have_seed |= dst == &seed;
        i++;
    }
    if (!have_seed || insns == 0 || insns > 200000) {
        fprintf(stderr, "usage: rig --seed N [--insns COUNT (1..200000)] [--smc] > prog.S\n");
        return 2;
    }
    if (generate(stdout, seed, (unsigned)insns, smc) != 0 || fflush(stdout) != 0) {
        fprintf(stderr, "rig: cannot write the program\n");
        return 1;
    }
    return 0;
}
