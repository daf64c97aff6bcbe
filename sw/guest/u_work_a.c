/* SPDX-License-Identifier: Apache-2.0 */
/* Workload A: primes, Fibonacci, sorting, and a task that spans several
 * demand-paged stack pages. */
#include "ulib.h"

void ta_primes(void)
{
    uint32_t count = 0, sum = 0;
    u_report("primes", "pid", u_getpid());
    for (uint32_t n = 2; n < 3000; n++) {
        int prime = 1;
        for (uint32_t d = 2; d * d <= n; d++)
            if (n % d == 0) {
                prime = 0;
                break;
            }
        if (prime) {
            count++;
            sum += n;
        }
        if (n == 1500) {
            u_report("primes", "below 1500", count);
            u_yield();
        }
    }
    u_report("primes", "below 3000", count);
    u_report("primes", "sum", sum);
    u_exit(0);
}

void ta_fib(void)
{
    uint32_t a = 0, b = 1;
    u_report("fib", "pid", u_getpid());
    for (uint32_t i = 1; i <= 40; i++) {
        uint32_t c = a + b;
        a = b;
        b = c;
        if (i % 10 == 0) {
            struct uline l;
            ul_begin(&l, "fib");
            ul_str(&l, "fib(");
            ul_u32(&l, i);
            ul_str(&l, ") = ");
            ul_u32(&l, a);
            ul_end(&l);
            u_sleep(1);
        }
    }
    u_exit(0);
}

static uint32_t lcg(uint32_t *s)
{
    *s = *s * 1664525u + 1013904223u;
    return *s >> 8;
}

void ta_sort(void)
{
    enum { N = 1024 };
    uint32_t v[N];
    uint32_t seed = 12345, sum = 0;
    u_report("sort", "pid", u_getpid());
    for (int i = 0; i < N; i++) {
        v[i] = lcg(&seed) % 100000;
        sum += v[i];
    }
    for (int gap = N / 2; gap > 0; gap /= 2)
        for (int i = gap; i < N; i++) {
            uint32_t x = v[i];
            int j = i;
            for (; j >= gap && v[j - gap] > x; j -= gap)
                v[j] = v[j - gap];
            v[j] = x;
        }
    int sorted = 1;
    uint32_t check = 0;
    for (int i = 0; i < N; i++) {
        if (i && v[i - 1] > v[i])
            sorted = 0;
        check = check * 31 + v[i];
    }
    u_report("sort", "sorted", (uint32_t)sorted);
    u_report("sort", "min", v[0]);
    u_report("sort", "max", v[N - 1]);
    u_report("sort", "sum", sum);
    u_report("sort", "hash", check);
    u_exit(sorted ? 0 : 1);
}

void ta_pages(void)
{
    enum { WORDS = 5 * 1024 };
    volatile uint32_t big[WORDS];
    uint32_t sum = 0;
    u_report("pages", "pid", u_getpid());
    for (uint32_t i = 0; i < WORDS; i++)
        big[i] = i * 7 + 3;
    u_yield();
    for (uint32_t i = 0; i < WORDS; i += 97)
        sum += big[i];
    u_report("pages", "stack pages", (WORDS * 4) / 4096);
    u_report("pages", "checksum", sum);
    u_exit(0);
}
