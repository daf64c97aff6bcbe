/* SPDX-License-Identifier: Apache-2.0 */
/* The decoder table: known encodings, every Xvm encoding, illegal words,
 * and the table's own consistency. */
#include "iss_test.h"
#include "iss_internal.h"

struct enc {
    uint32_t insn;
    enum xvm_op op;
};

static const struct enc legal[] = {
    { 0x000f4437u, OP_LUI },      { 0x00000497u, OP_AUIPC },
    { 0x0000006fu, OP_JAL },      { 0x000080e7u, OP_JALR },
    { 0x00b50463u, OP_BEQ },      { 0xfeb51ee3u, OP_BNE },
    { 0x00b54463u, OP_BLT },      { 0x00b55463u, OP_BGE },
    { 0x00b56463u, OP_BLTU },     { 0x00b57463u, OP_BGEU },
    { 0x00050503u, OP_LB },       { 0x00051503u, OP_LH },
    { 0x00052503u, OP_LW },       { 0x00054503u, OP_LBU },
    { 0x00055503u, OP_LHU },      { 0x00a50023u, OP_SB },
    { 0x00a51023u, OP_SH },       { 0x00a52023u, OP_SW },
    { 0xfff50513u, OP_ADDI },     { 0x00152513u, OP_SLTI },
    { 0x00153513u, OP_SLTIU },    { 0xfff54513u, OP_XORI },
    { 0x0ff56513u, OP_ORI },      { 0x0ff57513u, OP_ANDI },
    { 0x01f51513u, OP_SLLI },     { 0x01f55513u, OP_SRLI },
    { 0x41f55513u, OP_SRAI },     { 0x00b50533u, OP_ADD },
    { 0x40b50533u, OP_SUB },      { 0x00b51533u, OP_SLL },
    { 0x00b52533u, OP_SLT },      { 0x00b53533u, OP_SLTU },
    { 0x00b54533u, OP_XOR },      { 0x00b55533u, OP_SRL },
    { 0x40b55533u, OP_SRA },      { 0x00b56533u, OP_OR },
    { 0x00b57533u, OP_AND },      { 0x02b50533u, OP_MUL },
    { 0x02b51533u, OP_MULH },     { 0x02b52533u, OP_MULHSU },
    { 0x02b53533u, OP_MULHU },    { 0x02b54533u, OP_DIV },
    { 0x02b55533u, OP_DIVU },     { 0x02b56533u, OP_REM },
    { 0x02b57533u, OP_REMU },     { 0x1005252fu, OP_LR_W },
    { 0x1eb5252fu, OP_SC_W },     /* sc.w with aq=1 rl=1 */
    { 0x08b5252fu, OP_AMOSWAP_W }, { 0x00b5252fu, OP_AMOADD_W },
    { 0x20b5252fu, OP_AMOXOR_W }, { 0x60b5252fu, OP_AMOAND_W },
    { 0x40b5252fu, OP_AMOOR_W },  { 0x80b5252fu, OP_AMOMIN_W },
    { 0xa0b5252fu, OP_AMOMAX_W }, { 0xc0b5252fu, OP_AMOMINU_W },
    { 0xe0b5252fu, OP_AMOMAXU_W }, { 0x0ff0000fu, OP_FENCE },
    { 0x8330000fu, OP_FENCE },    { 0x0000100fu, OP_FENCE_I },
    { 0x00000073u, OP_ECALL },    { 0x00100073u, OP_EBREAK },
    { 0x10200073u, OP_SRET },     { 0x30200073u, OP_MRET },
    { 0x10500073u, OP_WFI },      { 0x12000073u, OP_SFENCE_VMA },
    { 0x12b50073u, OP_SFENCE_VMA }, { 0x30051573u, OP_CSRRW },
    { 0x30052573u, OP_CSRRS },    { 0x30053573u, OP_CSRRC },
    { 0x3002d573u, OP_CSRRWI },   { 0x3002e573u, OP_CSRRSI },
    { 0x3002f573u, OP_CSRRCI },
    { XVM_INSN_VMSW0, OP_VMSW0 }, { XVM_INSN_VMSW1, OP_VMSW1 },
};

static const uint32_t illegal[] = {
    0x00000000u, 0xffffffffu,
    /* custom-0: only the two vmsw words exist (xvm.md R1) */
    0x0000008bu, /* rd = 1 */
    0x0008000bu, /* rs1 = 16 */
    0x0000100bu, /* funct3 = 1 */
    0x0020000bu, /* imm = 2 */
    0xfff0000bu, /* imm = -1 */
    0x0010008bu, /* vmsw.1 with rd = 1 */
    0x0000700bu,
    /* shift immediates with shamt[5] or a wrong funct7 */
    0x02051513u, 0x40051513u, 0x02055513u, 0x61f55513u,
    /* OP with undefined funct7 */
    0x40b51533u, 0x20b50533u, 0x04b50533u,
    /* loads/stores/branches/jalr with undefined funct3 */
    0x00053503u, 0x00056503u, 0x00057503u, 0x00a53023u, 0x00a54023u,
    0x00b52463u, 0x00b53463u, 0x000090e7u,
    /* AMO: LR with rs2 != 0, funct3 != 2, undefined funct5 */
    0x1015252fu, 0x00b5352fu, 0x00b5052fu, 0x30b5252fu,
    /* SYSTEM: not exactly ecall/ebreak/xret/wfi; funct3 = 4; sfence rd != 0 */
    0x000000f3u, 0x00200073u, 0x10200173u, 0x30200473u, 0x10500074u,
    0x10600073u, 0x7b200073u, 0x00004073u, 0x120000f3u,
    /* MISC-MEM funct3 = 2 */
    0x0000200fu,
    /* reserved major opcodes (A/F/D/V/custom-1..3, 48-bit prefix) */
    0x00000007u, 0x00000027u, 0x00000043u, 0x0000002bu, 0x0000005bu, 0x0000007bu,
    0x0000001fu, 0x00000057u,
    /* compressed (bits 1:0 != 11): IALIGN = 32, no C */
    0x00000001u, 0x00004502u,
};

static void test_legal_encodings(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof legal / sizeof legal[0]; i++) {
        enum xvm_op got = xvm_decode(legal[i].insn);

        if (got != legal[i].op)
            fail_msg("0x%08x decoded as %s, expected %s", legal[i].insn, xvm_op_name(got),
                     xvm_op_name(legal[i].op));
    }
}

static void test_illegal_encodings(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof illegal / sizeof illegal[0]; i++)
        if (xvm_decode(illegal[i]) != OP_ILLEGAL)
            fail_msg("0x%08x decoded as %s, expected illegal", illegal[i],
                     xvm_op_name(xvm_decode(illegal[i])));
}

/* Every entry's match word decodes to that entry, matches no other entry,
 * and every operation has exactly one entry. */
static void test_table_consistent(void **state)
{
    unsigned seen[OP_COUNT] = { 0 };

    (void)state;
    for (unsigned i = 0; i < xvm_decode_table_len; i++) {
        const struct xvm_decode_entry *e = &xvm_decode_table[i];

        assert_int_equal(e->match & ~e->mask, 0);
        assert_int_equal(e->match & 3u, 3u);
        seen[e->op]++;
        for (unsigned j = 0; j < xvm_decode_table_len; j++)
            if (j != i && (e->match & xvm_decode_table[j].mask) == xvm_decode_table[j].match)
                fail_msg("%s overlaps %s", e->name, xvm_decode_table[j].name);
    }
    for (unsigned op = 1; op < OP_COUNT; op++)
        if (seen[op] != 1)
            fail_msg("operation %u has %u table entries", op, seen[op]);
}

/* An illegal word traps with the word itself as tval, in every mode. */
static void test_illegal_traps_with_bits(void **state)
{
    struct iss *s = hart();
    struct xvm_commit c;

    (void)state;
    assert_int_equal(exec1(s, 0x0020000bu, &c), ISS_TRAPPED);
    expect_trap(&c, XVM_EXC_ILLEGAL_INSN, 0x0020000bu);
    assert_int_equal(c.insn, 0x0020000bu);
    assert_int_equal(csr(s, XVM_CSR_MTVAL), 0x0020000bu);
    assert_int_equal(csr(s, XVM_CSR_MCAUSE), XVM_EXC_ILLEGAL_INSN);
    assert_int_equal(csr(s, XVM_CSR_MEPC), CODE_PA);
    iss_destroy(s);
}

int run_decode_tests(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_legal_encodings),
        cmocka_unit_test(test_illegal_encodings),
        cmocka_unit_test(test_table_consistent),
        cmocka_unit_test(test_illegal_traps_with_bits),
    };

    return cmocka_run_group_tests_name("decode", tests, NULL, NULL);
}
