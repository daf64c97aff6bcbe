/* SPDX-License-Identifier: Apache-2.0 */
#include "guest.h"

void tc_bench(void);

const struct workload workload = {"C", 1, {tc_bench}};
