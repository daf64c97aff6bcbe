/* SPDX-License-Identifier: Apache-2.0 */
/* The decoder shared by the reference model and the disassembler: one table
 * of every legal encoding of RV32IMA_Zicsr_Zifencei plus Xvm's vmsw
 * (xvm.md R1), built from the encodings of rtl/xvm_defs.vh, which the RTL
 * decoder uses too. A word that matches no entry is an illegal instruction
 * for the core whatever the privilege. */
#ifndef XVM_DECODE_H
#define XVM_DECODE_H

#include <stdint.h>

enum xvm_op {
    OP_ILLEGAL = 0,
    OP_LUI, OP_AUIPC, OP_JAL, OP_JALR,
    OP_BEQ, OP_BNE, OP_BLT, OP_BGE, OP_BLTU, OP_BGEU,
    OP_LB, OP_LH, OP_LW, OP_LBU, OP_LHU, OP_SB, OP_SH, OP_SW,
    OP_ADDI, OP_SLTI, OP_SLTIU, OP_XORI, OP_ORI, OP_ANDI,
    OP_SLLI, OP_SRLI, OP_SRAI,
    OP_ADD, OP_SUB, OP_SLL, OP_SLT, OP_SLTU, OP_XOR, OP_SRL, OP_SRA,
    OP_OR, OP_AND,
    OP_MUL, OP_MULH, OP_MULHSU, OP_MULHU, OP_DIV, OP_DIVU, OP_REM, OP_REMU,
    OP_LR_W, OP_SC_W, OP_AMOSWAP_W, OP_AMOADD_W, OP_AMOXOR_W, OP_AMOAND_W,
    OP_AMOOR_W, OP_AMOMIN_W, OP_AMOMAX_W, OP_AMOMINU_W, OP_AMOMAXU_W,
    OP_FENCE, OP_FENCE_I,
    OP_ECALL, OP_EBREAK, OP_SRET, OP_MRET, OP_WFI, OP_SFENCE_VMA,
    OP_CSRRW, OP_CSRRS, OP_CSRRC, OP_CSRRWI, OP_CSRRSI, OP_CSRRCI,
    OP_VMSW0, OP_VMSW1,
    OP_COUNT
};

struct xvm_decode_entry {
    const char *name;
    uint32_t mask;
    uint32_t match;
    enum xvm_op op;
};

/* An instruction is the entry whose (insn & mask) == match; no two entries
 * overlap. */
extern const struct xvm_decode_entry xvm_decode_table[];
extern const unsigned xvm_decode_table_len;

enum xvm_op xvm_decode(uint32_t insn);
/* The mnemonic of op ("illegal" for OP_ILLEGAL). */
const char *xvm_op_name(enum xvm_op op);

#endif
