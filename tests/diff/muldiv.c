/* SPDX-License-Identifier: Apache-2.0 */
/* M extension corner cases through inline assembly, and 64-bit and
 * signed arithmetic through libgcc. */
#include <stdint.h>
#include <stdio.h>

#define OP(name)                                                            \
    static uint32_t name(uint32_t a, uint32_t b)                            \
    {                                                                       \
        uint32_t r;                                                         \
        __asm__(#name " %0, %1, %2" : "=r"(r) : "r"(a), "r"(b));            \
        return r;                                                           \
    }
OP(mul) OP(mulh) OP(mulhsu) OP(mulhu) OP(div) OP(divu) OP(rem) OP(remu)

static const uint32_t vals[] = { 0, 1, 2, 3, 7, 0xffffffffu, 0xfffffffeu, 0x80000000u,
                                 0x7fffffffu, 0x12345678u, 0xdeadbeefu };
#define NV (sizeof vals / sizeof vals[0])

int main(void)
{
    static uint32_t (*const ops[])(uint32_t, uint32_t) = { mul, mulh, mulhsu, mulhu, div, divu, rem, remu };
    static const char *const names[] = { "mul", "mulh", "mulhsu", "mulhu", "div", "divu", "rem", "remu" };
    for (unsigned o = 0; o < 8; o++) {
        uint32_t h = 0;
        for (unsigned i = 0; i < NV; i++)
            for (unsigned j = 0; j < NV; j++)
                h = (h * 31) ^ ops[o](vals[i], vals[j]);
        printf("%-7s hash %08lx  %08lx %08lx %08lx\n", names[o], (unsigned long)h,
               (unsigned long)ops[o](0x80000000u, 0xffffffffu), (unsigned long)ops[o](5, 0),
               (unsigned long)ops[o](0xdeadbeefu, 0x1234u));
    }
    uint64_t x = 0x0123456789abcdefULL, y = 0xfedcba987ULL;
    printf("u64 mul %llx div %llx mod %llx\n", (unsigned long long)(x * y),
           (unsigned long long)(x / y), (unsigned long long)(x % y));
    int64_t s = -0x123456789aLL;
    printf("s64 div %lld mod %lld shr %lld\n", (long long)(s / 1000), (long long)(s % 1000),
           (long long)(s >> 7));
    uint32_t f = 1;
    for (uint32_t i = 1; i <= 12; i++)
        f *= i;
    printf("12! = %lu, 2^31/7 = %lu, -100/7 = %d, -100%%7 = %d\n", (unsigned long)f,
           (unsigned long)(0x80000000u / 7), -100 / 7, -100 % 7);
    return 0;
}
