/* SPDX-License-Identifier: Apache-2.0 */
/* Integer matrix arithmetic: products, transpose, exact determinant by
 * fraction-free elimination, and 64-bit accumulations. */
#include <stdint.h>
#include <stdio.h>

#define N 12

static int32_t a[N][N], b[N][N], c[N][N];

static int64_t det_bareiss(int64_t m[N][N], int n)
{
    int64_t prev = 1;
    int sign = 1;
    for (int k = 0; k < n - 1; k++) {
        if (m[k][k] == 0) {
            int r = k + 1;
            while (r < n && m[r][k] == 0)
                r++;
            if (r == n)
                return 0;
            for (int j = 0; j < n; j++) {
                int64_t t = m[k][j];
                m[k][j] = m[r][j];
                m[r][j] = t;
            }
            sign = -sign;
        }
        for (int i = k + 1; i < n; i++)
            for (int j = k + 1; j < n; j++)
                m[i][j] = (m[i][j] * m[k][k] - m[i][k] * m[k][j]) / prev;
        prev = m[k][k];
    }
    return sign * m[n - 1][n - 1];
}

int main(void)
{
    uint32_t s = 7;
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            s = s * 1664525u + 1013904223u;
            a[i][j] = (int32_t)(s >> 24) - 128;
            s = s * 1664525u + 1013904223u;
            b[i][j] = (int32_t)(s >> 25) - 64;
        }
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            int32_t acc = 0;
            for (int k = 0; k < N; k++)
                acc += a[i][k] * b[k][j];
            c[i][j] = acc;
        }
    int64_t trace = 0, sum = 0;
    for (int i = 0; i < N; i++) {
        trace += c[i][i];
        for (int j = 0; j < N; j++)
            sum += (int64_t)c[i][j] * (i + 1) * (j + 3);
    }
    printf("trace %ld sum %lld\n", (long)trace, (long long)sum);
    for (int i = 0; i < N; i += 5)
        printf("c[%d][0..3] = %ld %ld %ld %ld\n", i, (long)c[i][0], (long)c[i][1],
               (long)c[i][2], (long)c[i][3]);
    /* (AB)^T == B^T A^T */
    int ok = 1;
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            int32_t acc = 0;
            for (int k = 0; k < N; k++)
                acc += b[k][i] * a[j][k];
            ok &= acc == c[j][i];
        }
    static int64_t m[N][N];
    for (int n = 2; n <= 6; n++) {
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                m[i][j] = (a[i][j] % 10);
        printf("det%d = %lld\n", n, (long long)det_bareiss(m, n));
    }
    printf("transpose identity: %s\n", ok ? "yes" : "no");
    return ok ? 0 : 1;
}
