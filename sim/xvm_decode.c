/* SPDX-License-Identifier: Apache-2.0 */
/* The decoder table (xvm_decode.h). Encodings that match no entry are
 * illegal instructions, including every other custom-0 word, shifts with a
 * non-zero funct7 bit other than SRAI's, LR.W with rs2 != 0 and SYSTEM
 * words that are not exactly ecall/ebreak/sret/mret/wfi. */
#include "xvm_decode.h"

#include "xvm_defs.h"

#define OPC      0x0000007fu
#define F3       0x0000707fu           /* opcode + funct3 */
#define F7F3     0xfe00707fu           /* opcode + funct3 + funct7 */
#define F5F3     0xf800707fu           /* AMO: opcode + funct3 + funct5 */
#define RS2      0x01f00000u
#define RD       0x00000f80u
#define EXACT    0xffffffffu

/* Match values from the fields of rtl/xvm_defs.vh. */
#define M3(opc, f3)      ((uint32_t)(opc) | (uint32_t)(f3) << 12)
#define M7(opc, f3, f7)  (M3(opc, f3) | (uint32_t)(f7) << 25)
#define MAMO(f5)         (M3(XVM_OPCODE_AMO, XVM_F3_AMO_W) | (uint32_t)(f5) << 27)
#define B(f3)            M3(XVM_OPCODE_BRANCH, XVM_F3_##f3)
#define LD(f3)           M3(XVM_OPCODE_LOAD, XVM_F3_##f3)
#define ST(f3)           M3(XVM_OPCODE_STORE, XVM_F3_##f3)
#define IMM(f3)          M3(XVM_OPCODE_OP_IMM, XVM_F3_##f3)
#define RR(f3, f7)       M7(XVM_OPCODE_OP, XVM_F3_##f3, XVM_F7_##f7)
#define CSR(f3)          M3(XVM_OPCODE_SYSTEM, XVM_F3_##f3)

const struct xvm_decode_entry xvm_decode_table[] = {
    { "lui",        OPC,  XVM_OPCODE_LUI, OP_LUI },
    { "auipc",      OPC,  XVM_OPCODE_AUIPC, OP_AUIPC },
    { "jal",        OPC,  XVM_OPCODE_JAL, OP_JAL },
    { "jalr",       F3,   M3(XVM_OPCODE_JALR, XVM_F3_JALR), OP_JALR },
    { "beq",        F3,   B(BEQ), OP_BEQ },
    { "bne",        F3,   B(BNE), OP_BNE },
    { "blt",        F3,   B(BLT), OP_BLT },
    { "bge",        F3,   B(BGE), OP_BGE },
    { "bltu",       F3,   B(BLTU), OP_BLTU },
    { "bgeu",       F3,   B(BGEU), OP_BGEU },
    { "lb",         F3,   LD(LB), OP_LB },
    { "lh",         F3,   LD(LH), OP_LH },
    { "lw",         F3,   LD(LW), OP_LW },
    { "lbu",        F3,   LD(LBU), OP_LBU },
    { "lhu",        F3,   LD(LHU), OP_LHU },
    { "sb",         F3,   ST(SB), OP_SB },
    { "sh",         F3,   ST(SH), OP_SH },
    { "sw",         F3,   ST(SW), OP_SW },
    { "addi",       F3,   IMM(ADD), OP_ADDI },
    { "slti",       F3,   IMM(SLT), OP_SLTI },
    { "sltiu",      F3,   IMM(SLTU), OP_SLTIU },
    { "xori",       F3,   IMM(XOR), OP_XORI },
    { "ori",        F3,   IMM(OR), OP_ORI },
    { "andi",       F3,   IMM(AND), OP_ANDI },
    { "slli",       F7F3, IMM(SLL), OP_SLLI },
    { "srli",       F7F3, IMM(SR), OP_SRLI },
    { "srai",       F7F3, M7(XVM_OPCODE_OP_IMM, XVM_F3_SR, XVM_F7_ALT), OP_SRAI },
    { "add",        F7F3, RR(ADD, BASE), OP_ADD },
    { "sub",        F7F3, RR(ADD, ALT), OP_SUB },
    { "sll",        F7F3, RR(SLL, BASE), OP_SLL },
    { "slt",        F7F3, RR(SLT, BASE), OP_SLT },
    { "sltu",       F7F3, RR(SLTU, BASE), OP_SLTU },
    { "xor",        F7F3, RR(XOR, BASE), OP_XOR },
    { "srl",        F7F3, RR(SR, BASE), OP_SRL },
    { "sra",        F7F3, RR(SR, ALT), OP_SRA },
    { "or",         F7F3, RR(OR, BASE), OP_OR },
    { "and",        F7F3, RR(AND, BASE), OP_AND },
    { "mul",        F7F3, RR(MUL, MULDIV), OP_MUL },
    { "mulh",       F7F3, RR(MULH, MULDIV), OP_MULH },
    { "mulhsu",     F7F3, RR(MULHSU, MULDIV), OP_MULHSU },
    { "mulhu",      F7F3, RR(MULHU, MULDIV), OP_MULHU },
    { "div",        F7F3, RR(DIV, MULDIV), OP_DIV },
    { "divu",       F7F3, RR(DIVU, MULDIV), OP_DIVU },
    { "rem",        F7F3, RR(REM, MULDIV), OP_REM },
    { "remu",       F7F3, RR(REMU, MULDIV), OP_REMU },
    { "lr.w",       F5F3 | RS2, MAMO(XVM_AMO_LR), OP_LR_W },
    { "sc.w",       F5F3, MAMO(XVM_AMO_SC), OP_SC_W },
    { "amoswap.w",  F5F3, MAMO(XVM_AMO_SWAP), OP_AMOSWAP_W },
    { "amoadd.w",   F5F3, MAMO(XVM_AMO_ADD), OP_AMOADD_W },
    { "amoxor.w",   F5F3, MAMO(XVM_AMO_XOR), OP_AMOXOR_W },
    { "amoand.w",   F5F3, MAMO(XVM_AMO_AND), OP_AMOAND_W },
    { "amoor.w",    F5F3, MAMO(XVM_AMO_OR), OP_AMOOR_W },
    { "amomin.w",   F5F3, MAMO(XVM_AMO_MIN), OP_AMOMIN_W },
    { "amomax.w",   F5F3, MAMO(XVM_AMO_MAX), OP_AMOMAX_W },
    { "amominu.w",  F5F3, MAMO(XVM_AMO_MINU), OP_AMOMINU_W },
    { "amomaxu.w",  F5F3, MAMO(XVM_AMO_MAXU), OP_AMOMAXU_W },
    { "fence",      F3,   M3(XVM_OPCODE_MISC_MEM, XVM_F3_FENCE), OP_FENCE },
    { "fence.i",    F3,   M3(XVM_OPCODE_MISC_MEM, XVM_F3_FENCE_I), OP_FENCE_I },
    { "ecall",      EXACT, XVM_INSN_ECALL, OP_ECALL },
    { "ebreak",     EXACT, XVM_INSN_EBREAK, OP_EBREAK },
    { "sret",       EXACT, XVM_INSN_SRET, OP_SRET },
    { "mret",       EXACT, XVM_INSN_MRET, OP_MRET },
    { "wfi",        EXACT, XVM_INSN_WFI, OP_WFI },
    { "sfence.vma", F7F3 | RD, XVM_INSN_SFENCE_VMA, OP_SFENCE_VMA },
    { "csrrw",      F3,   CSR(CSRRW), OP_CSRRW },
    { "csrrs",      F3,   CSR(CSRRS), OP_CSRRS },
    { "csrrc",      F3,   CSR(CSRRC), OP_CSRRC },
    { "csrrwi",     F3,   CSR(CSRRWI), OP_CSRRWI },
    { "csrrsi",     F3,   CSR(CSRRSI), OP_CSRRSI },
    { "csrrci",     F3,   CSR(CSRRCI), OP_CSRRCI },
    { "vmsw.0",     EXACT, XVM_INSN_VMSW0, OP_VMSW0 },
    { "vmsw.1",     EXACT, XVM_INSN_VMSW1, OP_VMSW1 },
};

const unsigned xvm_decode_table_len =
    sizeof xvm_decode_table / sizeof xvm_decode_table[0];

/* Decoding is a pure function of the 32 bits, so a direct-mapped cache
 * indexed by the bits themselves stays valid when memory changes. */
#define DCACHE_SIZE 8192u

struct dcache_entry {
    uint32_t insn;
    uint8_t op;
    uint8_t valid;
};

static struct dcache_entry dcache[DCACHE_SIZE];

static enum xvm_op decode_slow(uint32_t insn)
{
    for (unsigned i = 0; i < xvm_decode_table_len; i++)
        if ((insn & xvm_decode_table[i].mask) == xvm_decode_table[i].match)
            return xvm_decode_table[i].op;
    return OP_ILLEGAL;
}

enum xvm_op xvm_decode(uint32_t insn)
{
    struct dcache_entry *e = &dcache[(insn ^ (insn >> 13) ^ (insn >> 25)) % DCACHE_SIZE];

    if (!e->valid || e->insn != insn) {
        e->insn = insn;
        e->op = (uint8_t)decode_slow(insn);
        e->valid = 1;
    }
    return (enum xvm_op)e->op;
}

const char *xvm_op_name(enum xvm_op op)
{
    for (unsigned i = 0; i < xvm_decode_table_len; i++)
        if (xvm_decode_table[i].op == op)
            return xvm_decode_table[i].name;
    return "illegal";
}
