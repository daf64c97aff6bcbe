/* SPDX-License-Identifier: Apache-2.0 */
/* A Dhrystone-like workload (written from scratch, not Dhrystone): record
 * copies through pointers, string copies and compares, enumerations,
 * small procedure calls and integer arithmetic, with a final checksum. */
#include <stdint.h>
#include <string.h>
#include "bench.h"

#define ITERS 1500
#define EXPECT_CRC 0x00002476u

enum color { RED, GREEN, BLUE, CYAN, MAGENTA };

struct record {
    struct record *link;
    enum color color;
    int32_t num;
    int32_t arr[4];
    char text[32];
};

static struct record rec_a, rec_b, *glob;
static char str_1[32], str_2[32];
static int32_t garr[16];
static int32_t gint;
static char gchar;

static enum color next_color(enum color c, int32_t n)
{
    return (enum color)((c + (uint32_t)n) % 5);
}

static int32_t proc_arith(int32_t a, int32_t b)
{
    int32_t t = a * 3 - b;
    if (t > 100)
        t = t / 7;
    return t + (a ^ b);
}

static int func_chars(char a, char b)
{
    return a == b ? 1 : a < b ? 2 : 0;
}

static int func_strings(const char *s1, const char *s2)
{
    int c = strcmp(s1, s2);
    if (c > 0) {
        gint += 7;
        return 1;
    }
    return 0;
}

static void proc_record(struct record *r, int32_t i)
{
    struct record *n = r->link;
    memcpy(n, glob, sizeof *n);
    n->num = r->num + i;
    n->color = next_color(r->color, i);
    for (int k = 0; k < 4; k++)
        n->arr[k] = r->arr[k] + k * i;
    if (n->color == BLUE)
        n->link = r;
    else
        n->link = glob;
}

int main(void)
{
    rec_a.link = &rec_b;
    rec_b.link = &rec_a;
    rec_a.color = GREEN;
    rec_a.num = 40;
    strcpy(rec_a.text, "XVM PROGRAM, SOME STRING");
    glob = &rec_a;
    strcpy(str_1, "XVM PROGRAM, 1'ST STRING");
    uint32_t crc = 0;
    struct bench_snap t0 = bench_now();
    for (int32_t i = 1; i <= ITERS; i++) {
        int32_t a = 2, b = 3;
        strcpy(str_2, (i & 1) ? "XVM PROGRAM, 2'ND STRING" : "XVM PROGRAM, 1'ST STRING");
        int s = func_strings(str_1, str_2);
        int32_t c = proc_arith(a + i, b * s + (i & 15));
        gchar = (char)('A' + i % 26);
        int ch = func_chars(gchar, 'C');
        garr[i & 15] += c + ch;
        proc_record(glob, i);
        glob = glob->link;
        while (a < b) {
            a = a * 5 + (int32_t)glob->color;
            b = b + 1;
        }
        if ((i & 63) == 0)
            crc = crc16_update(crc, (uint32_t)glob->num ^ (uint32_t)garr[i & 15] ^ (uint32_t)a);
    }
    struct bench_snap t1 = bench_now();
    for (int k = 0; k < 16; k++)
        crc = crc16_update(crc, (uint32_t)garr[k]);
    crc = crc16_update(crc, (uint32_t)gint);
    crc = crc16_update(crc, (uint32_t)glob->arr[3]);
    return bench_report("dhrystone-like", ITERS, crc, EXPECT_CRC, t0, t1);
}
