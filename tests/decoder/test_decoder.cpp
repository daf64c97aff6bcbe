// SPDX-License-Identifier: Apache-2.0
// The RTL decoder (rtl/xvm_decoder.v) against the decoder table that the
// reference model executes and the disassembler prints
// (sim/xvm_decode.c): both are written from rtl/xvm_defs.vh's encodings,
// and this checks that they say the same thing. Every combination of
// opcode, funct3 and funct7 (bits 6:0, 14:12, 31:25) is tried with rd and
// rs1 in {0, 1, 31} and rs2 in {0, 1, 2, 5, 31} (the operand fields that
// make SYSTEM words, vmsw, LR.W and sfence.vma legal or not), then random
// words. A word must be illegal in both or in neither; a legal one must
// raise the decoder's class output that the table's operation implies.
// Prints "PASS decoder/legality" and "PASS decoder/classes" (or FAIL) and
// exits 1 on any difference.
#include <cstdint>
#include <cstdio>

#include "Vxvm_decoder.h"
#include "verilated.h"

extern "C" {
#include "xvm_decode.h"
}

namespace {

// The one class output of the RTL decoder that an operation raises.
struct classes {
    bool load, store, branch, jal, jalr, amo, lr, sc, mul, div, csr, ecall, ebreak, mret,
        sret, wfi, sfence, fencei, vmsw;
};

classes expected(xvm_op op)
{
    classes c = {};
    switch (op) {
    case OP_LB: case OP_LH: case OP_LW: case OP_LBU: case OP_LHU: c.load = true; break;
    case OP_SB: case OP_SH: case OP_SW: c.store = true; break;
    case OP_BEQ: case OP_BNE: case OP_BLT: case OP_BGE: case OP_BLTU: case OP_BGEU:
        c.branch = true;
        break;
    case OP_JAL: c.jal = true; break;
    case OP_JALR: c.jalr = true; break;
    case OP_LR_W: c.lr = true; break;
    case OP_SC_W: c.sc = true; break;
    case OP_AMOSWAP_W: case OP_AMOADD_W: case OP_AMOXOR_W: case OP_AMOAND_W: case OP_AMOOR_W:
    case OP_AMOMIN_W: case OP_AMOMAX_W: case OP_AMOMINU_W: case OP_AMOMAXU_W:
        c.amo = true;
        break;
    case OP_MUL: case OP_MULH: case OP_MULHSU: case OP_MULHU: c.mul = true; break;
    case OP_DIV: case OP_DIVU: case OP_REM: case OP_REMU: c.div = true; break;
    case OP_CSRRW: case OP_CSRRS: case OP_CSRRC: case OP_CSRRWI: case OP_CSRRSI: case OP_CSRRCI:
        c.csr = true;
        break;
    case OP_ECALL: c.ecall = true; break;
    case OP_EBREAK: c.ebreak = true; break;
    case OP_MRET: c.mret = true; break;
    case OP_SRET: c.sret = true; break;
    case OP_WFI: c.wfi = true; break;
    case OP_SFENCE_VMA: c.sfence = true; break;
    case OP_FENCE_I: c.fencei = true; break;
    case OP_VMSW0: case OP_VMSW1: c.vmsw = true; break;
    default: break;
    }
    return c;
}

classes actual(const Vxvm_decoder &d)
{
    return classes{d.load_o != 0,  d.store_o != 0, d.branch_o != 0, d.jal_o != 0,
                   d.jalr_o != 0,  d.amo_o != 0,   d.lr_o != 0,     d.sc_o != 0,
                   d.mul_o != 0,   d.div_o != 0,   d.csr_o != 0,    d.ecall_o != 0,
                   d.ebreak_o != 0, d.mret_o != 0, d.sret_o != 0,   d.wfi_o != 0,
                   d.sfence_o != 0, d.fencei_o != 0, d.vmsw_o != 0};
}

bool same(const classes &a, const classes &b)
{
    return a.load == b.load && a.store == b.store && a.branch == b.branch && a.jal == b.jal &&
           a.jalr == b.jalr && a.amo == b.amo && a.lr == b.lr && a.sc == b.sc &&
           a.mul == b.mul && a.div == b.div && a.csr == b.csr && a.ecall == b.ecall &&
           a.ebreak == b.ebreak && a.mret == b.mret && a.sret == b.sret && a.wfi == b.wfi &&
           a.sfence == b.sfence && a.fencei == b.fencei && a.vmsw == b.vmsw;
}

struct result {
    unsigned long words = 0, legal = 0, bad_legality = 0, bad_class = 0;
};

void check(Vxvm_decoder &d, uint32_t w, result &r)
{
    const xvm_op op = xvm_decode(w);
    d.insn_i = w;
    d.eval();
    r.words++;
    const bool rtl_illegal = d.illegal_o != 0;
    if (rtl_illegal != (op == OP_ILLEGAL)) {
        if (r.bad_legality++ < 10)
            std::fprintf(stderr, "%08x: RTL %s, table %s\n", static_cast<unsigned>(w),
                         rtl_illegal ? "illegal" : "legal", xvm_op_name(op));
        return;
    }
    if (rtl_illegal)
        return;
    r.legal++;
    if (!same(actual(d), expected(op)) && r.bad_class++ < 10)
        std::fprintf(stderr, "%08x: %s: the RTL decoder's class outputs differ\n",
                     static_cast<unsigned>(w), xvm_op_name(op));
}

}  // namespace

int main(int argc, char **argv)
{
    Verilated::commandArgs(argc, argv);
    Vxvm_decoder d;
    result r;
    static const uint32_t rd_rs1[] = {0, 1, 31};
    static const uint32_t rs2s[] = {0, 1, 2, 5, 31};

    for (uint32_t f = 0; f < (1u << 17); f++) {
        const uint32_t opcode = f & 0x7f, funct3 = (f >> 7) & 7, funct7 = f >> 10;
        for (uint32_t rd : rd_rs1)
            for (uint32_t rs1 : rd_rs1)
                for (uint32_t rs2 : rs2s)
                    check(d, funct7 << 25 | rs2 << 20 | rs1 << 15 | funct3 << 12 | rd << 7 | opcode,
                          r);
    }
    uint32_t x = 0x2545f491u;  // xorshift32: the same words every run
    for (unsigned i = 0; i < (1u << 22); i++) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        check(d, x, r);
    }
    d.final();
    // Every operation of the table decoded at least once, or the sweep
    // would prove little about it.
    unsigned seen = 0;
    for (unsigned i = 0; i < xvm_decode_table_len; i++) {
        const uint32_t m = xvm_decode_table[i].match;
        d.insn_i = m;
        d.eval();
        seen += d.illegal_o == 0;
    }
    const bool legality_ok = r.bad_legality == 0 && seen == xvm_decode_table_len;
    std::printf("%s decoder/legality\n", legality_ok ? "PASS" : "FAIL");
    std::printf("%s decoder/classes\n", r.bad_class == 0 ? "PASS" : "FAIL");
    std::fprintf(stderr, "test_decoder: %lu words, %lu legal, %lu legality and %lu class differences\n",
                 r.words, r.legal, r.bad_legality, r.bad_class);
    return legality_ok && r.bad_class == 0 ? 0 : 1;
}
