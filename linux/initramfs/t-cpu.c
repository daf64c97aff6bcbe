/* SPDX-License-Identifier: Apache-2.0 */
/* CPU-bound: a sieve of Eratosthenes to 200000 and a CRC-32 over the
 * sieve, no system calls in between. */
#include "xt.h"

#define N 200000

static unsigned char composite[N];

int main(void)
{
    int primes = 0;
    for (int i = 2; i < N; i++) {
        if (composite[i])
            continue;
        primes++;
        for (int j = 2 * i; j < N; j += i)
            composite[j] = 1;
    }
    unsigned int crc = 0xFFFFFFFFu;
    for (int i = 0; i < N; i++) {
        crc ^= composite[i];
        for (int k = 0; k < 8; k++)
            crc = (crc >> 1) ^ (0xEDB88320u & -(crc & 1));
    }
    crc = ~crc;
    printf("t-cpu: %d primes below %d, crc %x\n", primes, N, crc);
    return primes == 17984 ? 0 : 1;
}
