/* SPDX-License-Identifier: Apache-2.0 */
/* A CoreMark-like workload (written from scratch, not CoreMark): linked
 * list processing, integer matrix operations, a state machine over a
 * text buffer, all folded into a CRC checked against the expected value. */
#include <stdint.h>
#include <string.h>
#include "bench.h"

#define ITERS 12
#define LIST_N 64
#define MAT_N 12
#define EXPECT_CRC 0x0000c022u

struct node {
    struct node *next;
    int16_t key;
    int16_t val;
};

static struct node pool[LIST_N];

static struct node *list_build(uint32_t seed)
{
    struct node *head = NULL;
    for (int i = 0; i < LIST_N; i++) {
        seed = seed * 1103515245u + 12345u;
        pool[i].key = (int16_t)((seed >> 16) & 0x3ff);
        pool[i].val = (int16_t)i;
        /* sorted insert by key */
        struct node **pp = &head;
        while (*pp && (*pp)->key < pool[i].key)
            pp = &(*pp)->next;
        pool[i].next = *pp;
        *pp = &pool[i];
    }
    return head;
}

static struct node *list_reverse(struct node *h)
{
    struct node *r = NULL;
    while (h) {
        struct node *n = h->next;
        h->next = r;
        r = h;
        h = n;
    }
    return r;
}

static uint32_t list_work(uint32_t seed)
{
    struct node *h = list_build(seed);
    uint32_t crc = 0;
    for (struct node *p = h; p; p = p->next)
        crc = crc16_update(crc, (uint32_t)(uint16_t)p->key << 16 | (uint16_t)p->val);
    h = list_reverse(h);
    /* find keys and remove every third node */
    int found = 0, i = 0;
    for (int16_t k = 0; k < 0x400; k += 37)
        for (struct node *p = h; p; p = p->next)
            if (p->key == k) {
                found++;
                break;
            }
    for (struct node **pp = &h; *pp; i++)
        if (i % 3 == 0)
            *pp = (*pp)->next;
        else
            pp = &(*pp)->next;
    for (struct node *p = h; p; p = p->next)
        crc = crc16_update(crc, (uint32_t)p->val);
    return crc16_update(crc, (uint32_t)found);
}

static int32_t ma[MAT_N][MAT_N], mb[MAT_N][MAT_N], mc[MAT_N][MAT_N];

static uint32_t matrix_work(uint32_t seed)
{
    for (int i = 0; i < MAT_N; i++)
        for (int j = 0; j < MAT_N; j++) {
            seed = seed * 1664525u + 1013904223u;
            ma[i][j] = (int32_t)(seed >> 20) - 2048;
            mb[i][j] = (int32_t)((seed >> 8) & 0xff) - 128;
        }
    for (int i = 0; i < MAT_N; i++)
        for (int j = 0; j < MAT_N; j++) {
            int32_t acc = 0;
            for (int k = 0; k < MAT_N; k++)
                acc += ma[i][k] * mb[k][j];
            mc[i][j] = acc;
        }
    uint32_t crc = 0;
    for (int i = 0; i < MAT_N; i++) {
        int32_t rowmax = mc[i][0];
        for (int j = 0; j < MAT_N; j++) {
            mc[i][j] += i * j;
            if (mc[i][j] > rowmax)
                rowmax = mc[i][j];
            if ((mc[i][j] & 7) == 0)
                mc[i][j] >>= 2;
        }
        crc = crc16_update(crc, (uint32_t)rowmax);
    }
    for (int i = 0; i < MAT_N; i++)
        crc = crc16_update(crc, (uint32_t)mc[i][(i * 5) % MAT_N]);
    return crc;
}

enum state { S_START, S_INT, S_SIGN, S_FRAC, S_EXP, S_EXPSIGN, S_EXPINT, S_SCI, S_INVALID };

static enum state step(enum state s, char c)
{
    int digit = c >= '0' && c <= '9';
    switch (s) {
    case S_START:   return digit ? S_INT : (c == '+' || c == '-') ? S_SIGN : c == '.' ? S_FRAC : S_INVALID;
    case S_SIGN:    return digit ? S_INT : c == '.' ? S_FRAC : S_INVALID;
    case S_INT:     return digit ? S_INT : c == '.' ? S_FRAC : (c == 'e' || c == 'E') ? S_EXP : S_INVALID;
    case S_FRAC:    return digit ? S_FRAC : (c == 'e' || c == 'E') ? S_EXP : S_INVALID;
    case S_EXP:     return digit ? S_EXPINT : (c == '+' || c == '-') ? S_EXPSIGN : S_INVALID;
    case S_EXPSIGN: return digit ? S_EXPINT : S_INVALID;
    case S_EXPINT:  return digit ? S_SCI : S_INVALID;
    case S_SCI:     return digit ? S_SCI : S_INVALID;
    default:        return S_INVALID;
    }
}

static const char *const samples[] = {
    "5012", "1.23e-4", "-874", "+122", "3.14159", "--1", "7e", ".5", "6.02E23", "0x1f",
    "-.001", "1e+10", "12a4", "99999", "+", "4.4.4",
};

static uint32_t state_work(uint32_t seed)
{
    uint32_t counts[S_INVALID + 1] = { 0 };
    uint32_t crc = 0;
    for (unsigned r = 0; r < 4; r++)
        for (unsigned i = 0; i < sizeof samples / sizeof samples[0]; i++) {
            const char *p = samples[(i + seed + r) % (sizeof samples / sizeof samples[0])];
            enum state s = S_START;
            for (; *p && s != S_INVALID; p++) {
                enum state n = step(s, *p);
                if (n != s)
                    counts[n]++;
                s = n;
            }
            counts[s]++;
        }
    for (int i = 0; i <= S_INVALID; i++)
        crc = crc16_update(crc, counts[i]);
    return crc;
}

int main(void)
{
    uint32_t crc = 0;
    struct bench_snap t0 = bench_now();
    for (uint32_t it = 0; it < ITERS; it++) {
        crc = crc16_update(crc, list_work(it * 7 + 1));
        crc = crc16_update(crc, matrix_work(it * 13 + 5));
        crc = crc16_update(crc, state_work(it));
    }
    struct bench_snap t1 = bench_now();
    return bench_report("coremark-like", ITERS, crc, EXPECT_CRC, t0, t1);
}
