/* SPDX-License-Identifier: Apache-2.0 */
/* Random operands through every RV32IM register-register and
 * register-immediate operation, every branch condition, and loads and
 * stores of every width at random (also misaligned, never page-crossing)
 * offsets; per-operation hashes are printed. */
#include <stdint.h>
#include <stdio.h>

#define ITERS 1500

static uint32_t rng = 0x2545F491u;

static uint32_t next(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 17;
    rng ^= rng << 5;
    return rng;
}

/* operands with many edge values */
static uint32_t operand(void)
{
    static const uint32_t edges[] = { 0, 1, 2, 31, 32, 0x7fffffffu, 0x80000000u, 0xffffffffu,
                                      0xfffffffeu, 0x80000001u, 0x0000ffffu, 0xffff0000u };
    uint32_t r = next();
    switch (r & 3) {
    case 0: return edges[(r >> 2) % (sizeof edges / sizeof edges[0])];
    case 1: return (r >> 2) & 0x3f;
    default: return next();
    }
}

#define RR(op) static uint32_t f_##op(uint32_t a, uint32_t b) \
    { uint32_t r; __asm__(#op " %0, %1, %2" : "=r"(r) : "r"(a), "r"(b)); return r; }
#define RI(name, op, imm) static uint32_t f_##name(uint32_t a, uint32_t b) \
    { uint32_t r; (void)b; __asm__(#op " %0, %1, " #imm : "=r"(r) : "r"(a)); return r; }
#define BR(op) static uint32_t f_##op(uint32_t a, uint32_t b) \
    { uint32_t r = 0; __asm__(#op " %1, %2, 1f; li %0, 1; 1:" : "+r"(r) : "r"(a), "r"(b)); return r; }

RR(add) RR(sub) RR(sll) RR(slt) RR(sltu) RR(xor) RR(srl) RR(sra) RR(or) RR(and)
RR(mul) RR(mulh) RR(mulhsu) RR(mulhu) RR(div) RR(divu) RR(rem) RR(remu)
RI(addi_m2048, addi, -2048) RI(addi_2047, addi, 2047) RI(slti_m1, slti, -1)
RI(slti_100, slti, 100) RI(sltiu_m1, sltiu, -1) RI(sltiu_7, sltiu, 7)
RI(xori_m1, xori, -1) RI(xori_0x555, xori, 0x555) RI(ori_m256, ori, -256)
RI(andi_0x7f0, andi, 0x7f0) RI(andi_m16, andi, -16)
RI(slli_0, slli, 0) RI(slli_13, slli, 13) RI(slli_31, slli, 31) RI(srli_1, srli, 1)
RI(srli_31, srli, 31) RI(srai_7, srai, 7) RI(srai_31, srai, 31)
BR(beq) BR(bne) BR(blt) BR(bge) BR(bltu) BR(bgeu)

struct op {
    const char *name;
    uint32_t (*f)(uint32_t, uint32_t);
};

#define E(x) { #x, f_##x }
static const struct op ops[] = {
    E(add), E(sub), E(sll), E(slt), E(sltu), E(xor), E(srl), E(sra), E(or), E(and),
    E(mul), E(mulh), E(mulhsu), E(mulhu), E(div), E(divu), E(rem), E(remu),
    E(addi_m2048), E(addi_2047), E(slti_m1), E(slti_100), E(sltiu_m1), E(sltiu_7),
    E(xori_m1), E(xori_0x555), E(ori_m256), E(andi_0x7f0), E(andi_m16),
    E(slli_0), E(slli_13), E(slli_31), E(srli_1), E(srli_31), E(srai_7), E(srai_31),
    E(beq), E(bne), E(blt), E(bge), E(bltu), E(bgeu),
};
#define NOPS (sizeof ops / sizeof ops[0])

static uint8_t mem[4096] __attribute__((aligned(4096)));

static uint32_t mix(uint32_t h, uint32_t v)
{
    return (h ^ v) * 0x01000193u + (h >> 15);
}

int main(void)
{
    static uint32_t hash[NOPS];
    for (unsigned i = 0; i < ITERS; i++) {
        uint32_t a = operand(), b = operand();
        for (unsigned k = 0; k < NOPS; k++)
            hash[k] = mix(hash[k], ops[k].f(a, b));
    }
    for (unsigned k = 0; k < NOPS; k++)
        printf("%-12s %08lx\n", ops[k].name, (unsigned long)hash[k]);

    for (unsigned i = 0; i < sizeof mem; i++)
        mem[i] = (uint8_t)(i * 7 + 3);
    uint32_t hl = 0, hs = 0;
    for (unsigned i = 0; i < 4 * ITERS; i++) {
        uint32_t r = next(), v = next();
        uint32_t off = (r >> 8) % (sizeof mem - 4);
        uint8_t *p = mem + off;
        uint32_t x;
        switch (r & 7) {
        case 0: __asm__ volatile("lb %0, 0(%1)" : "=r"(x) : "r"(p) : "memory"); break;
        case 1: __asm__ volatile("lbu %0, 0(%1)" : "=r"(x) : "r"(p) : "memory"); break;
        case 2: __asm__ volatile("lh %0, 0(%1)" : "=r"(x) : "r"(p) : "memory"); break;
        case 3: __asm__ volatile("lhu %0, 0(%1)" : "=r"(x) : "r"(p) : "memory"); break;
        case 4: __asm__ volatile("lw %0, 0(%1)" : "=r"(x) : "r"(p) : "memory"); break;
        case 5: __asm__ volatile("sb %0, 0(%1)" :: "r"(v), "r"(p) : "memory"); x = v & 0xff; break;
        case 6: __asm__ volatile("sh %0, 0(%1)" :: "r"(v), "r"(p) : "memory"); x = v & 0xffff; break;
        default: __asm__ volatile("sw %0, 0(%1)" :: "r"(v), "r"(p) : "memory"); x = v; break;
        }
        if ((r & 7) < 5)
            hl = mix(hl, x);
        else
            hs = mix(hs, x);
    }
    uint32_t hm = 0;
    for (unsigned i = 0; i < sizeof mem; i += 4)
        hm = mix(hm, (uint32_t)mem[i] | mem[i + 1] << 8 | mem[i + 2] << 16 | (uint32_t)mem[i + 3] << 24);
    printf("loads %08lx stores %08lx memory %08lx\n", (unsigned long)hl, (unsigned long)hs,
           (unsigned long)hm);
    return 0;
}
