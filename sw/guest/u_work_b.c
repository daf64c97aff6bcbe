/* SPDX-License-Identifier: Apache-2.0 */
/* Workload B: CRC-32, matrix product, Collatz and a sieve. */
#include "ulib.h"

void tb_crc(void)
{
    uint8_t buf[2048];
    u_report("crc", "pid", u_getpid());
    for (uint32_t i = 0; i < sizeof buf; i++)
        buf[i] = (uint8_t)(i * 13 + (i >> 3));
    uint32_t crc = 0xFFFFFFFFu;
    for (uint32_t i = 0; i < sizeof buf; i++) {
        crc ^= buf[i];
        for (int k = 0; k < 8; k++)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1)));
    }
    struct uline l;
    ul_begin(&l, "crc");
    ul_str(&l, "crc32 ");
    ul_hex(&l, ~crc);
    ul_end(&l);
    u_exit(0);
}

void tb_matmul(void)
{
    enum { N = 12 };
    int32_t a[N][N], b[N][N], c[N][N];
    u_report("matmul", "pid", u_getpid());
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            a[i][j] = i - j;
            b[i][j] = (i * j) % 7 - 3;
        }
    for (int i = 0; i < N; i++) {
        for (int j = 0; j < N; j++) {
            int32_t s = 0;
            for (int k = 0; k < N; k++)
                s += a[i][k] * b[k][j];
            c[i][j] = s;
        }
        if (i == N / 2)
            u_yield();
    }
    int32_t trace = 0;
    uint32_t hash = 0;
    for (int i = 0; i < N; i++) {
        trace += c[i][i];
        for (int j = 0; j < N; j++)
            hash = hash * 33 + (uint32_t)c[i][j];
    }
    u_report("matmul", "trace+1000", (uint32_t)(trace + 1000));
    u_report("matmul", "hash", hash);
    u_exit(0);
}

void tb_collatz(void)
{
    uint32_t best = 1, steps_best = 0;
    u_report("collatz", "pid", u_getpid());
    for (uint32_t n = 1; n < 2000; n++) {
        uint32_t x = n, steps = 0;
        while (x != 1) {
            x = (x & 1) ? 3 * x + 1 : x / 2;
            steps++;
        }
        if (steps > steps_best) {
            steps_best = steps;
            best = n;
        }
        if (n % 500 == 0)
            u_sleep(1);
    }
    u_report("collatz", "longest below 2000 starts at", best);
    u_report("collatz", "steps", steps_best);
    u_exit(0);
}

void tb_sieve(void)
{
    enum { N = 6000 };
    uint8_t composite[N];
    u_report("sieve", "pid", u_getpid());
    for (int i = 0; i < N; i++)
        composite[i] = 0;
    uint32_t count = 0;
    for (uint32_t i = 2; i < N; i++) {
        if (composite[i])
            continue;
        count++;
        for (uint32_t j = i * i; j < N; j += i)
            composite[j] = 1;
    }
    u_report("sieve", "primes below 6000", count);
    u_exit(0);
}
