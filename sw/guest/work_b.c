/* SPDX-License-Identifier: Apache-2.0 */
#include "guest.h"

void tb_crc(void);
void tb_matmul(void);
void tb_collatz(void);
void tb_sieve(void);

const struct workload workload = {"B", 4, {tb_crc, tb_matmul, tb_collatz, tb_sieve}};
