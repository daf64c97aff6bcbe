/* SPDX-License-Identifier: Apache-2.0 */
#include "guest.h"

void ta_primes(void);
void ta_fib(void);
void ta_sort(void);
void ta_pages(void);

const struct workload workload = {"A", 4, {ta_primes, ta_fib, ta_sort, ta_pages}};
