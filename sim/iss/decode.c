/* SPDX-License-Identifier: Apache-2.0 */
/* The decoder: one table of every legal encoding of RV32IMA_Zicsr_Zifencei
 * plus Xvm's vmsw (xvm.md R1). Encodings that match no entry are illegal
 * instructions, including every other custom-0 word, shifts with a
 * non-zero funct7 bit other than SRAI's, LR.W with rs2 != 0 and SYSTEM
 * words that are not exactly ecall/ebreak/sret/mret/wfi. */
#include "iss_internal.h"

#define OPC      0x0000007fu
#define F3       0x0000707fu           /* opcode + funct3 */
#define F7F3     0xfe00707fu           /* opcode + funct3 + funct7 */
#define F5F3     0xf800707fu           /* AMO: opcode + funct3 + funct5 */
#define EXACT    0xffffffffu

const struct iss_decode_entry iss_decode_table[] = {
    { "lui",        OPC,  0x00000037u, OP_LUI },
    { "auipc",      OPC,  0x00000017u, OP_AUIPC },
    { "jal",        OPC,  0x0000006fu, OP_JAL },
    { "jalr",       F3,   0x00000067u, OP_JALR },
    { "beq",        F3,   0x00000063u, OP_BEQ },
    { "bne",        F3,   0x00001063u, OP_BNE },
    { "blt",        F3,   0x00004063u, OP_BLT },
    { "bge",        F3,   0x00005063u, OP_BGE },
    { "bltu",       F3,   0x00006063u, OP_BLTU },
    { "bgeu",       F3,   0x00007063u, OP_BGEU },
    { "lb",         F3,   0x00000003u, OP_LB },
    { "lh",         F3,   0x00001003u, OP_LH },
    { "lw",         F3,   0x00002003u, OP_LW },
    { "lbu",        F3,   0x00004003u, OP_LBU },
    { "lhu",        F3,   0x00005003u, OP_LHU },
    { "sb",         F3,   0x00000023u, OP_SB },
    { "sh",         F3,   0x00001023u, OP_SH },
    { "sw",         F3,   0x00002023u, OP_SW },
    { "addi",       F3,   0x00000013u, OP_ADDI },
    { "slti",       F3,   0x00002013u, OP_SLTI },
    { "sltiu",      F3,   0x00003013u, OP_SLTIU },
    { "xori",       F3,   0x00004013u, OP_XORI },
    { "ori",        F3,   0x00006013u, OP_ORI },
    { "andi",       F3,   0x00007013u, OP_ANDI },
    { "slli",       F7F3, 0x00001013u, OP_SLLI },
    { "srli",       F7F3, 0x00005013u, OP_SRLI },
    { "srai",       F7F3, 0x40005013u, OP_SRAI },
    { "add",        F7F3, 0x00000033u, OP_ADD },
    { "sub",        F7F3, 0x40000033u, OP_SUB },
    { "sll",        F7F3, 0x00001033u, OP_SLL },
    { "slt",        F7F3, 0x00002033u, OP_SLT },
    { "sltu",       F7F3, 0x00003033u, OP_SLTU },
    { "xor",        F7F3, 0x00004033u, OP_XOR },
    { "srl",        F7F3, 0x00005033u, OP_SRL },
    { "sra",        F7F3, 0x40005033u, OP_SRA },
    { "or",         F7F3, 0x00006033u, OP_OR },
    { "and",        F7F3, 0x00007033u, OP_AND },
    { "mul",        F7F3, 0x02000033u, OP_MUL },
    { "mulh",       F7F3, 0x02001033u, OP_MULH },
    { "mulhsu",     F7F3, 0x02002033u, OP_MULHSU },
    { "mulhu",      F7F3, 0x02003033u, OP_MULHU },
    { "div",        F7F3, 0x02004033u, OP_DIV },
    { "divu",       F7F3, 0x02005033u, OP_DIVU },
    { "rem",        F7F3, 0x02006033u, OP_REM },
    { "remu",       F7F3, 0x02007033u, OP_REMU },
    { "lr.w",       F5F3 | 0x01f00000u, 0x1000202fu, OP_LR_W },
    { "sc.w",       F5F3, 0x1800202fu, OP_SC_W },
    { "amoswap.w",  F5F3, 0x0800202fu, OP_AMOSWAP_W },
    { "amoadd.w",   F5F3, 0x0000202fu, OP_AMOADD_W },
    { "amoxor.w",   F5F3, 0x2000202fu, OP_AMOXOR_W },
    { "amoand.w",   F5F3, 0x6000202fu, OP_AMOAND_W },
    { "amoor.w",    F5F3, 0x4000202fu, OP_AMOOR_W },
    { "amomin.w",   F5F3, 0x8000202fu, OP_AMOMIN_W },
    { "amomax.w",   F5F3, 0xa000202fu, OP_AMOMAX_W },
    { "amominu.w",  F5F3, 0xc000202fu, OP_AMOMINU_W },
    { "amomaxu.w",  F5F3, 0xe000202fu, OP_AMOMAXU_W },
    { "fence",      F3,   0x0000000fu, OP_FENCE },
    { "fence.i",    F3,   0x0000100fu, OP_FENCE_I },
    { "ecall",      EXACT, 0x00000073u, OP_ECALL },
    { "ebreak",     EXACT, 0x00100073u, OP_EBREAK },
    { "sret",       EXACT, 0x10200073u, OP_SRET },
    { "mret",       EXACT, 0x30200073u, OP_MRET },
    { "wfi",        EXACT, 0x10500073u, OP_WFI },
    { "sfence.vma", 0xfe007fffu, 0x12000073u, OP_SFENCE_VMA },
    { "csrrw",      F3,   0x00001073u, OP_CSRRW },
    { "csrrs",      F3,   0x00002073u, OP_CSRRS },
    { "csrrc",      F3,   0x00003073u, OP_CSRRC },
    { "csrrwi",     F3,   0x00005073u, OP_CSRRWI },
    { "csrrsi",     F3,   0x00006073u, OP_CSRRSI },
    { "csrrci",     F3,   0x00007073u, OP_CSRRCI },
    { "vmsw.0",     EXACT, XVM_INSN_VMSW0, OP_VMSW0 },
    { "vmsw.1",     EXACT, XVM_INSN_VMSW1, OP_VMSW1 },
};

const unsigned iss_decode_table_len =
    sizeof iss_decode_table / sizeof iss_decode_table[0];

/* Decoding is a pure function of the 32 bits, so a direct-mapped cache
 * indexed by the bits themselves stays valid when memory changes. */
#define DCACHE_SIZE 8192u

struct dcache_entry {
    uint32_t insn;
    uint8_t op;
    uint8_t valid;
};

static struct dcache_entry dcache[DCACHE_SIZE];

static enum iss_op decode_slow(uint32_t insn)
{
    for (unsigned i = 0; i < iss_decode_table_len; i++)
        if ((insn & iss_decode_table[i].mask) == iss_decode_table[i].match)
            return iss_decode_table[i].op;
    return OP_ILLEGAL;
}

enum iss_op iss_decode(uint32_t insn)
{
    struct dcache_entry *e = &dcache[(insn ^ (insn >> 13) ^ (insn >> 25)) % DCACHE_SIZE];

    if (!e->valid || e->insn != insn) {
        e->insn = insn;
        e->op = (uint8_t)decode_slow(insn);
        e->valid = 1;
    }
    return (enum iss_op)e->op;
}

const char *iss_op_name(enum iss_op op)
{
    for (unsigned i = 0; i < iss_decode_table_len; i++)
        if (iss_decode_table[i].op == op)
            return iss_decode_table[i].name;
    return "illegal";
}
