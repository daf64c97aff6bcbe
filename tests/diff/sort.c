/* SPDX-License-Identifier: Apache-2.0 */
/* Sorting: insertion sort, merge sort and picolibc's qsort on the same
 * pseudo-random data must agree; prints checksums and samples. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define N 600

static uint32_t seed = 12345;

static uint32_t lcg(void)
{
    seed = seed * 1103515245u + 12345u;
    return seed >> 1;
}

static int cmp_i32(const void *a, const void *b)
{
    int32_t x = *(const int32_t *)a, y = *(const int32_t *)b;
    return (x > y) - (x < y);
}

static void insertion_sort(int32_t *a, int n)
{
    for (int i = 1; i < n; i++) {
        int32_t v = a[i];
        int j = i - 1;
        while (j >= 0 && a[j] > v) {
            a[j + 1] = a[j];
            j--;
        }
        a[j + 1] = v;
    }
}

static void merge_sort(int32_t *a, int32_t *tmp, int n)
{
    if (n < 2)
        return;
    int h = n / 2;
    merge_sort(a, tmp, h);
    merge_sort(a + h, tmp, n - h);
    int i = 0, j = h, k = 0;
    while (i < h && j < n)
        tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++];
    while (i < h)
        tmp[k++] = a[i++];
    while (j < n)
        tmp[k++] = a[j++];
    memcpy(a, tmp, (size_t)n * sizeof *a);
}

static uint32_t checksum(const int32_t *a, int n)
{
    uint32_t s = 0;
    for (int i = 0; i < n; i++)
        s = (s << 5 | s >> 27) ^ (uint32_t)a[i];
    return s;
}

static int32_t a0[N], a1[N], a2[N], tmp[N];

int main(void)
{
    for (int i = 0; i < N; i++)
        a0[i] = (int32_t)(lcg() % 20001) - 10000;
    memcpy(a1, a0, sizeof a0);
    memcpy(a2, a0, sizeof a0);
    printf("unsorted checksum %08lx\n", (unsigned long)checksum(a0, N));
    insertion_sort(a0, N);
    merge_sort(a1, tmp, N);
    qsort(a2, N, sizeof a2[0], cmp_i32);
    printf("insertion %08lx merge %08lx qsort %08lx\n", (unsigned long)checksum(a0, N),
           (unsigned long)checksum(a1, N), (unsigned long)checksum(a2, N));
    for (int i = 0; i < N; i += 75)
        printf("a[%d] = %ld\n", i, (long)a0[i]);
    int ok = memcmp(a0, a1, sizeof a0) == 0 && memcmp(a0, a2, sizeof a0) == 0;
    for (int i = 1; i < N; i++)
        ok &= a0[i - 1] <= a0[i];
    printf("sorted: %s\n", ok ? "yes" : "no");
    return ok ? 0 : 1;
}
