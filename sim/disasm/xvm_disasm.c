/* SPDX-License-Identifier: Apache-2.0 */
/* The alias choices follow GNU objdump 2.40 (priv-spec 1.12) so that the
 * text in a waveform or a debugger matches a listing of the same program;
 * the legality of an encoding follows the core (docs/architecture.md), not
 * objdump, since the point is to show what the core executes. */
#include "disasm/xvm_disasm.h"

#include <stdarg.h>
#include <stdio.h>

#include "disasm/xvm_csr_names.h"
#include "xvm_defs.h"

static const char *const reg_names[32] = {
    "zero", "ra", "sp", "gp", "tp", "t0", "t1", "t2",
    "s0", "s1", "a0", "a1", "a2", "a3", "a4", "a5",
    "a6", "a7", "s2", "s3", "s4", "s5", "s6", "s7",
    "s8", "s9", "s10", "s11", "t3", "t4", "t5", "t6",
};

enum {
    OPC_LOAD = 0x03, OPC_CUSTOM0 = XVM_OPCODE_CUSTOM0, OPC_MISC_MEM = 0x0f,
    OPC_OP_IMM = 0x13, OPC_AUIPC = 0x17, OPC_STORE = 0x23, OPC_AMO = 0x2f,
    OPC_OP = 0x33, OPC_LUI = 0x37, OPC_BRANCH = 0x63, OPC_JALR = 0x67,
    OPC_JAL = 0x6f, OPC_SYSTEM = 0x73,
};

/* The fields of one word. */
struct insn {
    uint32_t bits, pc;
    unsigned flags;
    unsigned opcode, rd, rs1, rs2, funct3, funct7;
    const char *d, *s1, *s2;     /* register names */
};

/* Output buffer that counts the full length like snprintf. */
struct out {
    char *buf;
    size_t len;
    int n;
};

static void emit(struct out *o, const char *fmt, ...)
{
    va_list ap;
    size_t used = (size_t)o->n < o->len ? (size_t)o->n : o->len;
    va_start(ap, fmt);
    int k = vsnprintf(o->buf ? o->buf + used : NULL, o->buf ? o->len - used : 0, fmt, ap);
    va_end(ap);
    if (k > 0)
        o->n += k;
}

static int32_t imm_i(uint32_t w) { return (int32_t)w >> 20; }

static int32_t imm_s(uint32_t w)
{
    return ((int32_t)(w & 0xfe000000u) >> 20) | (int32_t)((w >> 7) & 0x1f);
}

static int32_t imm_b(uint32_t w)
{
    return ((int32_t)(w & 0x80000000u) >> 19) | (int32_t)((w & 0x80u) << 4) |
           (int32_t)((w >> 20) & 0x7e0u) | (int32_t)((w >> 7) & 0x1eu);
}

static int32_t imm_j(uint32_t w)
{
    return ((int32_t)(w & 0x80000000u) >> 11) | (int32_t)(w & 0xff000u) |
           (int32_t)((w >> 9) & 0x800u) | (int32_t)((w >> 20) & 0x7feu);
}

static void emit_target(struct out *o, const struct insn *in, int32_t off)
{
    if (in->flags & XVM_DISASM_RELATIVE)
        emit(o, off < 0 ? ".-%u" : ".+%u", off < 0 ? 0u - (uint32_t)off : (uint32_t)off);
    else
        emit(o, "%x", (unsigned)(in->pc + (uint32_t)off));
}

static void emit_csr(struct out *o, unsigned csr)
{
    const char *name = xvm_csr_name(csr);
    if (name)
        emit(o, "%s", name);
    else
        emit(o, "0x%x", csr);
}

static int dis_jal(struct out *o, const struct insn *in)
{
    int32_t off = imm_j(in->bits);
    if (in->rd == 0)
        emit(o, "j\t");
    else if (in->rd == 1)
        emit(o, "jal\t");
    else
        emit(o, "jal\t%s,", in->d);
    emit_target(o, in, off);
    return 1;
}

static int dis_jalr(struct out *o, const struct insn *in)
{
    int32_t imm = imm_i(in->bits);
    if (in->funct3 != 0)
        return 0;
    if (in->rd == 0 && in->rs1 == 1 && imm == 0)
        emit(o, "ret");
    else if (in->rd == 0 || in->rd == 1) {
        const char *m = in->rd == 0 ? "jr" : "jalr";
        if (imm == 0)
            emit(o, "%s\t%s", m, in->s1);
        else
            emit(o, "%s\t%d(%s)", m, imm, in->s1);
    } else if (imm == 0)
        emit(o, "jalr\t%s,%s", in->d, in->s1);
    else
        emit(o, "jalr\t%s,%d(%s)", in->d, imm, in->s1);
    return 1;
}

static int dis_branch(struct out *o, const struct insn *in)
{
    static const char *const names[8] = { "beq", "bne", NULL, NULL, "blt", "bge", "bltu", "bgeu" };
    const char *m = names[in->funct3];
    if (!m)
        return 0;
    /* objdump's zero-operand aliases; the rs2=x0 form wins when both are x0 */
    if (in->funct3 == 0 && in->rs2 == 0)
        emit(o, "beqz\t%s,", in->s1);
    else if (in->funct3 == 1 && in->rs2 == 0)
        emit(o, "bnez\t%s,", in->s1);
    else if (in->funct3 == 4 && in->rs2 == 0)
        emit(o, "bltz\t%s,", in->s1);
    else if (in->funct3 == 4 && in->rs1 == 0)
        emit(o, "bgtz\t%s,", in->s2);
    else if (in->funct3 == 5 && in->rs1 == 0)
        emit(o, "blez\t%s,", in->s2);
    else if (in->funct3 == 5 && in->rs2 == 0)
        emit(o, "bgez\t%s,", in->s1);
    else
        emit(o, "%s\t%s,%s,", m, in->s1, in->s2);
    emit_target(o, in, imm_b(in->bits));
    return 1;
}

static int dis_load_store(struct out *o, const struct insn *in)
{
    static const char *const loads[8] = { "lb", "lh", "lw", NULL, "lbu", "lhu", NULL, NULL };
    static const char *const stores[8] = { "sb", "sh", "sw", NULL, NULL, NULL, NULL, NULL };
    if (in->opcode == OPC_LOAD) {
        if (!loads[in->funct3])
            return 0;
        emit(o, "%s\t%s,%d(%s)", loads[in->funct3], in->d, imm_i(in->bits), in->s1);
    } else {
        if (!stores[in->funct3])
            return 0;
        emit(o, "%s\t%s,%d(%s)", stores[in->funct3], in->s2, imm_s(in->bits), in->s1);
    }
    return 1;
}

static int dis_op_imm(struct out *o, const struct insn *in)
{
    int32_t imm = imm_i(in->bits);
    unsigned shamt = in->rs2;
    switch (in->funct3) {
    case 0:
        if (in->rd == 0 && in->rs1 == 0 && imm == 0)
            emit(o, "nop");
        else if (in->rs1 == 0)
            emit(o, "li\t%s,%d", in->d, imm);
        else if (imm == 0)
            emit(o, "mv\t%s,%s", in->d, in->s1);
        else
            emit(o, "add\t%s,%s,%d", in->d, in->s1, imm);
        return 1;
    case 2:
        emit(o, "slti\t%s,%s,%d", in->d, in->s1, imm);
        return 1;
    case 3:
        if (imm == 1)
            emit(o, "seqz\t%s,%s", in->d, in->s1);
        else
            emit(o, "sltiu\t%s,%s,%d", in->d, in->s1, imm);
        return 1;
    case 4:
        if (imm == -1)
            emit(o, "not\t%s,%s", in->d, in->s1);
        else
            emit(o, "xor\t%s,%s,%d", in->d, in->s1, imm);
        return 1;
    case 6:
        emit(o, "or\t%s,%s,%d", in->d, in->s1, imm);
        return 1;
    case 7:
        if (imm == 255)
            emit(o, "zext.b\t%s,%s", in->d, in->s1);
        else
            emit(o, "and\t%s,%s,%d", in->d, in->s1, imm);
        return 1;
    case 1:
        if (in->funct7 != 0)
            return 0;
        emit(o, "sll\t%s,%s,0x%x", in->d, in->s1, shamt);
        return 1;
    default: /* 5 */
        if (in->funct7 != 0 && in->funct7 != 0x20)
            return 0;
        emit(o, "%s\t%s,%s,0x%x", in->funct7 ? "sra" : "srl", in->d, in->s1, shamt);
        return 1;
    }
}

static int dis_op(struct out *o, const struct insn *in)
{
    static const char *const base[8] = { "add", "sll", "slt", "sltu", "xor", "srl", "or", "and" };
    static const char *const mul[8] = { "mul", "mulh", "mulhsu", "mulhu", "div", "divu", "rem", "remu" };
    const char *m;
    if (in->funct7 == 0x01)
        m = mul[in->funct3];
    else if (in->funct7 == 0x20 && in->funct3 == 0)
        m = "sub";
    else if (in->funct7 == 0x20 && in->funct3 == 5)
        m = "sra";
    else if (in->funct7 == 0)
        m = base[in->funct3];
    else
        return 0;

    if (in->funct7 == 0x20 && in->funct3 == 0 && in->rs1 == 0)
        emit(o, "neg\t%s,%s", in->d, in->s2);
    else if (in->funct7 == 0 && in->funct3 == 2 && in->rs2 == 0)
        emit(o, "sltz\t%s,%s", in->d, in->s1);
    else if (in->funct7 == 0 && in->funct3 == 2 && in->rs1 == 0)
        emit(o, "sgtz\t%s,%s", in->d, in->s2);
    else if (in->funct7 == 0 && in->funct3 == 3 && in->rs1 == 0)
        emit(o, "snez\t%s,%s", in->d, in->s2);
    else
        emit(o, "%s\t%s,%s,%s", m, in->d, in->s1, in->s2);
    return 1;
}

static int dis_amo(struct out *o, const struct insn *in)
{
    static const char *const names[32] = {
        [0x00] = "amoadd.w", [0x01] = "amoswap.w", [0x02] = "lr.w", [0x03] = "sc.w",
        [0x04] = "amoxor.w", [0x08] = "amoor.w", [0x0c] = "amoand.w",
        [0x10] = "amomin.w", [0x14] = "amomax.w", [0x18] = "amominu.w", [0x1c] = "amomaxu.w",
    };
    static const char *const order[4] = { "", ".rl", ".aq", ".aqrl" };
    unsigned funct5 = in->bits >> 27;
    const char *m = names[funct5];
    if (in->funct3 != 2 || !m || (funct5 == 0x02 && in->rs2 != 0))
        return 0;
    emit(o, "%s%s\t%s,", m, order[(in->bits >> 25) & 3], in->d);
    if (funct5 != 0x02)
        emit(o, "%s,", in->s2);
    emit(o, "(%s)", in->s1);
    return 1;
}

static void emit_fence_set(struct out *o, unsigned set)
{
    if (set == 0) {
        emit(o, "unknown");
        return;
    }
    static const char letters[4] = { 'i', 'o', 'r', 'w' };
    for (unsigned b = 0; b < 4; b++)
        if (set & (8u >> b))
            emit(o, "%c", letters[b]);
}

static int dis_misc_mem(struct out *o, const struct insn *in)
{
    unsigned fm = in->bits >> 28, pred = (in->bits >> 24) & 0xf, succ = (in->bits >> 20) & 0xf;
    if (in->funct3 == 1) {
        emit(o, "fence.i");
        return 1;
    }
    if (in->funct3 != 0)
        return 0;
    /* The core ignores fm, rd and rs1 (a plain fence); only objdump's
     * exact fence.tso encoding gets its name. */
    if (fm == 8 && pred == 3 && succ == 3 && (in->bits & 0x000fff80u) == 0)
        emit(o, "fence.tso");
    else if (pred == 0xf && succ == 0xf)
        emit(o, "fence");
    else {
        emit(o, "fence\t");
        emit_fence_set(o, pred);
        emit(o, ",");
        emit_fence_set(o, succ);
    }
    return 1;
}

/* csrrs rd,<counter>,zero is printed as rd<counter>. */
static const char *counter_alias(unsigned csr)
{
    switch (csr) {
    case XVM_CSR_CYCLE: return "rdcycle";
    case XVM_CSR_TIME: return "rdtime";
    case XVM_CSR_INSTRET: return "rdinstret";
    case XVM_CSR_CYCLEH: return "rdcycleh";
    case XVM_CSR_TIMEH: return "rdtimeh";
    case XVM_CSR_INSTRETH: return "rdinstreth";
    default: return NULL;
    }
}

static int dis_csr(struct out *o, const struct insn *in)
{
    static const char *const full[8] = { NULL, "csrrw", "csrrs", "csrrc", NULL, "csrrw", "csrrs", "csrrc" };
    static const char *const short_[8] = { NULL, "csrw", "csrs", "csrc", NULL, "csrw", "csrs", "csrc" };
    unsigned csr = in->bits >> 20;
    int is_imm = in->funct3 >= 5;

    if (!full[in->funct3])
        return 0;
    if (in->funct3 == 1 && csr == XVM_CSR_CYCLE && in->rd == 0 && in->rs1 == 0) {
        emit(o, "unimp");
        return 1;
    }
    if (in->funct3 == 2 && in->rs1 == 0) {
        const char *alias = counter_alias(csr);
        if (alias)
            emit(o, "%s\t%s", alias, in->d);
        else {
            emit(o, "csrr\t%s,", in->d);
            emit_csr(o, csr);
        }
        return 1;
    }
    if (in->rd == 0) {
        emit(o, "%s\t", short_[in->funct3]);
        emit_csr(o, csr);
    } else {
        emit(o, "%s\t%s,", full[in->funct3], in->d);
        emit_csr(o, csr);
    }
    if (is_imm)
        emit(o, ",%u", in->rs1);
    else
        emit(o, ",%s", in->s1);
    return 1;
}

static int dis_system(struct out *o, const struct insn *in)
{
    if (in->funct3 != 0)
        return dis_csr(o, in);
    switch (in->bits) {
    case 0x00000073u: emit(o, "ecall"); return 1;
    case 0x00100073u: emit(o, "ebreak"); return 1;
    case 0x10200073u: emit(o, "sret"); return 1;
    case 0x30200073u: emit(o, "mret"); return 1;
    case 0x10500073u: emit(o, "wfi"); return 1;
    default: break;
    }
    if (in->funct7 != 0x09 || in->rd != 0)
        return 0;
    if (in->rs2 != 0)
        emit(o, "sfence.vma\t%s,%s", in->s1, in->s2);
    else if (in->rs1 != 0)
        emit(o, "sfence.vma\t%s", in->s1);
    else
        emit(o, "sfence.vma");
    return 1;
}

static int dis_custom0(struct out *o, const struct insn *in)
{
    if (in->bits == XVM_INSN_VMSW0)
        emit(o, "vmsw.0");
    else if (in->bits == XVM_INSN_VMSW1)
        emit(o, "vmsw.1");
    else
        return 0;
    return 1;
}

static int dispatch(struct out *o, const struct insn *in)
{
    switch (in->opcode) {
    case OPC_LUI:
        emit(o, "lui\t%s,0x%x", in->d, in->bits >> 12);
        return 1;
    case OPC_AUIPC:
        emit(o, "auipc\t%s,0x%x", in->d, in->bits >> 12);
        return 1;
    case OPC_JAL: return dis_jal(o, in);
    case OPC_JALR: return dis_jalr(o, in);
    case OPC_BRANCH: return dis_branch(o, in);
    case OPC_LOAD:
    case OPC_STORE: return dis_load_store(o, in);
    case OPC_OP_IMM: return dis_op_imm(o, in);
    case OPC_OP: return dis_op(o, in);
    case OPC_AMO: return dis_amo(o, in);
    case OPC_MISC_MEM: return dis_misc_mem(o, in);
    case OPC_SYSTEM: return dis_system(o, in);
    case OPC_CUSTOM0: return dis_custom0(o, in);
    default: return 0;
    }
}

static void fields(struct insn *in, uint32_t w, uint32_t pc, unsigned flags)
{
    in->bits = w;
    in->pc = pc;
    in->flags = flags;
    in->opcode = w & 0x7f;
    in->rd = (w >> 7) & 0x1f;
    in->funct3 = (w >> 12) & 7;
    in->rs1 = (w >> 15) & 0x1f;
    in->rs2 = (w >> 20) & 0x1f;
    in->funct7 = w >> 25;
    in->d = reg_names[in->rd];
    in->s1 = reg_names[in->rs1];
    in->s2 = reg_names[in->rs2];
}

int xvm_disasm(uint32_t insn, uint32_t pc, unsigned flags, char *buf, size_t len)
{
    struct insn in;
    struct out o = { buf, len, 0 };
    fields(&in, insn, pc, flags);
    if (buf && len)
        buf[0] = '\0';
    if (!dispatch(&o, &in)) {
        o.n = 0;
        emit(&o, ".word\t0x%08x", insn);
    }
    return o.n;
}

int xvm_disasm_is_legal(uint32_t insn)
{
    struct insn in;
    struct out o = { NULL, 0, 0 };
    fields(&in, insn, 0, 0);
    return dispatch(&o, &in);
}
