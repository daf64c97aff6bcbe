/* SPDX-License-Identifier: Apache-2.0 */
/* The A extension through C11 atomics on words (amo*.w and lr/sc
 * compare-exchange) and hand-written lr/sc loops. */
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>

static _Atomic uint32_t counter;
static _Atomic int32_t smin, smax;
static uint32_t plain[4];

static uint32_t lrsc_add(uint32_t *p, uint32_t v)
{
    uint32_t old, fail;
    __asm__ volatile("1: lr.w %0, (%2)\n"
                     "   add t0, %0, %3\n"
                     "   sc.w %1, t0, (%2)\n"
                     "   bnez %1, 1b"
                     : "=&r"(old), "=&r"(fail) : "r"(p), "r"(v) : "t0", "memory");
    return old;
}

/* Adds v to the byte at bit offset shift of *p without touching the
 * other bytes; returns the old word. */
static uint32_t lrsc_add_byte(uint32_t *p, unsigned shift, uint32_t v)
{
    uint32_t old, fail, mask = 0xffu << shift;
    __asm__ volatile("1: lr.w %0, (%2)\n"
                     "   add t0, %0, %3\n"
                     "   xor t0, t0, %0\n"
                     "   and t0, t0, %4\n"
                     "   xor t0, t0, %0\n"
                     "   sc.w %1, t0, (%2)\n"
                     "   bnez %1, 1b"
                     : "=&r"(old), "=&r"(fail) : "r"(p), "r"(v << shift), "r"(mask) : "t0", "memory");
    return old;
}

int main(void)
{
    uint32_t olds = 0;
    for (uint32_t i = 1; i <= 100; i++)
        olds += atomic_fetch_add(&counter, i);
    printf("fetch_add: counter %lu sum of olds %lu\n", (unsigned long)atomic_load(&counter),
           (unsigned long)olds);
    printf("fetch_sub %lu -> %lu\n", (unsigned long)atomic_fetch_sub(&counter, 50),
           (unsigned long)atomic_load(&counter));
    printf("fetch_and %lx fetch_or %lx fetch_xor %lx -> %lx\n",
           (unsigned long)atomic_fetch_and(&counter, 0xff0),
           (unsigned long)atomic_fetch_or(&counter, 0x80000001),
           (unsigned long)atomic_fetch_xor(&counter, 0xffff),
           (unsigned long)atomic_load(&counter));
    printf("exchange %lx -> %lx\n", (unsigned long)atomic_exchange(&counter, 7),
           (unsigned long)atomic_load(&counter));
    uint32_t expected = 6;
    int ok1 = atomic_compare_exchange_strong(&counter, &expected, 9);
    printf("cas(6->9): %d expected now %lu\n", ok1, (unsigned long)expected);
    int ok2 = atomic_compare_exchange_strong(&counter, &expected, 9);
    printf("cas(7->9): %d value %lu\n", ok2, (unsigned long)atomic_load(&counter));
    /* signed/unsigned min/max through CAS loops and amomin/amomax */
    int32_t vals[] = { 5, -7, 300000, -2147483647 - 1, 2147483647, 0 };
    atomic_store(&smin, 0);
    atomic_store(&smax, 0);
    for (unsigned i = 0; i < sizeof vals / sizeof vals[0]; i++) {
        int32_t v = vals[i], cur = atomic_load(&smin);
        while (v < cur && !atomic_compare_exchange_weak(&smin, &cur, v))
            ;
        int32_t r;
        __asm__ volatile("amomax.w %0, %2, (%1)" : "=r"(r) : "r"(&smax), "r"(v) : "memory");
    }
    printf("min %ld max %ld\n", (long)atomic_load(&smin), (long)atomic_load(&smax));
    uint32_t u;
    plain[0] = 0x80000000u;
    __asm__ volatile("amominu.w %0, %2, (%1)" : "=r"(u) : "r"(&plain[0]), "r"(5u) : "memory");
    printf("amominu old %lx new %lx\n", (unsigned long)u, (unsigned long)plain[0]);
    __asm__ volatile("amomin.w %0, %2, (%1)" : "=r"(u) : "r"(&plain[0]), "r"(-5) : "memory");
    printf("amomin old %lx new %lx\n", (unsigned long)u, (unsigned long)plain[0]);
    /* a byte inside a word updated by a masked lr/sc loop */
    plain[3] = 0x11ff3344;
    uint32_t ob = lrsc_add_byte(&plain[3], 16, 0x23);
    printf("byte: old word %lx new word %lx\n", (unsigned long)ob, (unsigned long)plain[3]);
    /* hand-written lr/sc increment */
    plain[1] = 1000;
    uint32_t o = 0;
    for (int i = 0; i < 10; i++)
        o += lrsc_add(&plain[1], (uint32_t)i);
    printf("lr/sc: %lu olds %lu\n", (unsigned long)plain[1], (unsigned long)o);
    /* sc without a reservation fails and does not store */
    uint32_t res;
    plain[2] = 55;
    __asm__ volatile("sc.w %0, %2, (%1)" : "=r"(res) : "r"(&plain[2]), "r"(66) : "memory");
    printf("lone sc: result %lu value %lu\n", (unsigned long)res, (unsigned long)plain[2]);
    atomic_thread_fence(memory_order_seq_cst);
    return 0;
}
