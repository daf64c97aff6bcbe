/* SPDX-License-Identifier: Apache-2.0 */
/* Which instruction a word is comes from the decoder table the reference
 * model executes (sim/xvm_decode.c), so the disassembler's idea of a legal
 * encoding is the core's; this file only chooses the text. The alias
 * choices follow GNU objdump 2.40 (priv-spec 1.12) so that the text in a
 * waveform or a debugger matches a listing of the same program. */
#include "disasm/xvm_disasm.h"

#include <stdarg.h>
#include <stdio.h>

#include "disasm/xvm_csr_names.h"
#include "xvm_decode.h"
#include "xvm_defs.h"

static const char *const reg_names[32] = {
    "zero", "ra", "sp", "gp", "tp", "t0", "t1", "t2",
    "s0", "s1", "a0", "a1", "a2", "a3", "a4", "a5",
    "a6", "a7", "s2", "s3", "s4", "s5", "s6", "s7",
    "s8", "s9", "s10", "s11", "t3", "t4", "t5", "t6",
};

/* The fields of one word. */
struct insn {
    uint32_t bits, pc;
    unsigned flags;
    enum xvm_op op;
    unsigned rd, rs1, rs2;
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

static void dis_jal(struct out *o, const struct insn *in)
{
    int32_t off = imm_j(in->bits);
    if (in->rd == 0)
        emit(o, "j\t");
    else if (in->rd == 1)
        emit(o, "jal\t");
    else
        emit(o, "jal\t%s,", in->d);
    emit_target(o, in, off);
}

static void dis_jalr(struct out *o, const struct insn *in)
{
    int32_t imm = imm_i(in->bits);
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
}

static void dis_branch(struct out *o, const struct insn *in, const char *m)
{
    /* objdump's zero-operand aliases; the rs2=x0 form wins when both are x0 */
    if (in->op == OP_BEQ && in->rs2 == 0)
        emit(o, "beqz\t%s,", in->s1);
    else if (in->op == OP_BNE && in->rs2 == 0)
        emit(o, "bnez\t%s,", in->s1);
    else if (in->op == OP_BLT && in->rs2 == 0)
        emit(o, "bltz\t%s,", in->s1);
    else if (in->op == OP_BLT && in->rs1 == 0)
        emit(o, "bgtz\t%s,", in->s2);
    else if (in->op == OP_BGE && in->rs1 == 0)
        emit(o, "blez\t%s,", in->s2);
    else if (in->op == OP_BGE && in->rs2 == 0)
        emit(o, "bgez\t%s,", in->s1);
    else
        emit(o, "%s\t%s,%s,", m, in->s1, in->s2);
    emit_target(o, in, imm_b(in->bits));
}

/* objdump names the immediate forms without their "i" except slti/sltiu. */
static void dis_op_imm(struct out *o, const struct insn *in)
{
    int32_t imm = imm_i(in->bits);
    switch (in->op) {
    case OP_ADDI:
        if (in->rd == 0 && in->rs1 == 0 && imm == 0)
            emit(o, "nop");
        else if (in->rs1 == 0)
            emit(o, "li\t%s,%d", in->d, imm);
        else if (imm == 0)
            emit(o, "mv\t%s,%s", in->d, in->s1);
        else
            emit(o, "add\t%s,%s,%d", in->d, in->s1, imm);
        break;
    case OP_SLTIU:
        if (imm == 1)
            emit(o, "seqz\t%s,%s", in->d, in->s1);
        else
            emit(o, "sltiu\t%s,%s,%d", in->d, in->s1, imm);
        break;
    case OP_XORI:
        if (imm == -1)
            emit(o, "not\t%s,%s", in->d, in->s1);
        else
            emit(o, "xor\t%s,%s,%d", in->d, in->s1, imm);
        break;
    case OP_ANDI:
        if (imm == 255)
            emit(o, "zext.b\t%s,%s", in->d, in->s1);
        else
            emit(o, "and\t%s,%s,%d", in->d, in->s1, imm);
        break;
    case OP_SLTI: emit(o, "slti\t%s,%s,%d", in->d, in->s1, imm); break;
    case OP_ORI:  emit(o, "or\t%s,%s,%d", in->d, in->s1, imm); break;
    case OP_SLLI: emit(o, "sll\t%s,%s,0x%x", in->d, in->s1, in->rs2); break;
    case OP_SRLI: emit(o, "srl\t%s,%s,0x%x", in->d, in->s1, in->rs2); break;
    default:      emit(o, "sra\t%s,%s,0x%x", in->d, in->s1, in->rs2); break;
    }
}

static void dis_op(struct out *o, const struct insn *in, const char *m)
{
    if (in->op == OP_SUB && in->rs1 == 0)
        emit(o, "neg\t%s,%s", in->d, in->s2);
    else if (in->op == OP_SLT && in->rs2 == 0)
        emit(o, "sltz\t%s,%s", in->d, in->s1);
    else if (in->op == OP_SLT && in->rs1 == 0)
        emit(o, "sgtz\t%s,%s", in->d, in->s2);
    else if (in->op == OP_SLTU && in->rs1 == 0)
        emit(o, "snez\t%s,%s", in->d, in->s2);
    else
        emit(o, "%s\t%s,%s,%s", m, in->d, in->s1, in->s2);
}

static void dis_amo(struct out *o, const struct insn *in, const char *m)
{
    static const char *const order[4] = { "", ".rl", ".aq", ".aqrl" };
    emit(o, "%s%s\t%s,", m, order[(in->bits >> 25) & 3], in->d);
    if (in->op != OP_LR_W)
        emit(o, "%s,", in->s2);
    emit(o, "(%s)", in->s1);
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

static void dis_fence(struct out *o, const struct insn *in)
{
    unsigned fm = in->bits >> 28, pred = (in->bits >> 24) & 0xf, succ = (in->bits >> 20) & 0xf;
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

/* objdump prints the uimm forms under the register forms' names. */
static void dis_csr(struct out *o, const struct insn *in)
{
    unsigned csr = in->bits >> 20;
    int is_imm = in->op == OP_CSRRWI || in->op == OP_CSRRSI || in->op == OP_CSRRCI;
    int rw = in->op == OP_CSRRW || in->op == OP_CSRRWI;
    int rs = in->op == OP_CSRRS || in->op == OP_CSRRSI;
    const char *full = rw ? "csrrw" : rs ? "csrrs" : "csrrc";
    const char *short_ = rw ? "csrw" : rs ? "csrs" : "csrc";

    if (in->op == OP_CSRRW && csr == XVM_CSR_CYCLE && in->rd == 0 && in->rs1 == 0) {
        emit(o, "unimp");
        return;
    }
    if (in->op == OP_CSRRS && in->rs1 == 0) {
        const char *alias = counter_alias(csr);
        if (alias)
            emit(o, "%s\t%s", alias, in->d);
        else {
            emit(o, "csrr\t%s,", in->d);
            emit_csr(o, csr);
        }
        return;
    }
    if (in->rd == 0) {
        emit(o, "%s\t", short_);
        emit_csr(o, csr);
    } else {
        emit(o, "%s\t%s,", full, in->d);
        emit_csr(o, csr);
    }
    if (is_imm)
        emit(o, ",%u", in->rs1);
    else
        emit(o, ",%s", in->s1);
}

static void dis_sfence_vma(struct out *o, const struct insn *in)
{
    if (in->rs2 != 0)
        emit(o, "sfence.vma\t%s,%s", in->s1, in->s2);
    else if (in->rs1 != 0)
        emit(o, "sfence.vma\t%s", in->s1);
    else
        emit(o, "sfence.vma");
}

static void format(struct out *o, const struct insn *in)
{
    const char *m = xvm_op_name(in->op);
    switch (in->op) {
    case OP_LUI: case OP_AUIPC:
        emit(o, "%s\t%s,0x%x", m, in->d, in->bits >> 12);
        break;
    case OP_JAL: dis_jal(o, in); break;
    case OP_JALR: dis_jalr(o, in); break;
    case OP_BEQ: case OP_BNE: case OP_BLT: case OP_BGE: case OP_BLTU: case OP_BGEU:
        dis_branch(o, in, m);
        break;
    case OP_LB: case OP_LH: case OP_LW: case OP_LBU: case OP_LHU:
        emit(o, "%s\t%s,%d(%s)", m, in->d, imm_i(in->bits), in->s1);
        break;
    case OP_SB: case OP_SH: case OP_SW:
        emit(o, "%s\t%s,%d(%s)", m, in->s2, imm_s(in->bits), in->s1);
        break;
    case OP_ADDI: case OP_SLTI: case OP_SLTIU: case OP_XORI: case OP_ORI: case OP_ANDI:
    case OP_SLLI: case OP_SRLI: case OP_SRAI:
        dis_op_imm(o, in);
        break;
    case OP_ADD: case OP_SUB: case OP_SLL: case OP_SLT: case OP_SLTU: case OP_XOR:
    case OP_SRL: case OP_SRA: case OP_OR: case OP_AND:
    case OP_MUL: case OP_MULH: case OP_MULHSU: case OP_MULHU:
    case OP_DIV: case OP_DIVU: case OP_REM: case OP_REMU:
        dis_op(o, in, m);
        break;
    case OP_LR_W: case OP_SC_W: case OP_AMOSWAP_W: case OP_AMOADD_W: case OP_AMOXOR_W:
    case OP_AMOAND_W: case OP_AMOOR_W: case OP_AMOMIN_W: case OP_AMOMAX_W:
    case OP_AMOMINU_W: case OP_AMOMAXU_W:
        dis_amo(o, in, m);
        break;
    case OP_FENCE: dis_fence(o, in); break;
    case OP_CSRRW: case OP_CSRRS: case OP_CSRRC:
    case OP_CSRRWI: case OP_CSRRSI: case OP_CSRRCI:
        dis_csr(o, in);
        break;
    case OP_SFENCE_VMA: dis_sfence_vma(o, in); break;
    case OP_FENCE_I: case OP_ECALL: case OP_EBREAK: case OP_SRET: case OP_MRET:
    case OP_WFI: case OP_VMSW0: case OP_VMSW1:
        emit(o, "%s", m);
        break;
    case OP_ILLEGAL: case OP_COUNT:
        emit(o, ".word\t0x%08x", (unsigned)in->bits);
        break;
    }
}

int xvm_disasm(uint32_t insn, uint32_t pc, unsigned flags, char *buf, size_t len)
{
    struct insn in = {
        .bits = insn, .pc = pc, .flags = flags, .op = xvm_decode(insn),
        .rd = (insn >> 7) & 0x1f, .rs1 = (insn >> 15) & 0x1f, .rs2 = (insn >> 20) & 0x1f,
    };
    struct out o = { buf, len, 0 };
    in.d = reg_names[in.rd];
    in.s1 = reg_names[in.rs1];
    in.s2 = reg_names[in.rs2];
    if (buf && len)
        buf[0] = '\0';
    format(&o, &in);
    return o.n;
}

int xvm_disasm_is_legal(uint32_t insn)
{
    return xvm_decode(insn) != OP_ILLEGAL;
}
