/* SPDX-License-Identifier: Apache-2.0 */
/* The ISS unit tests: one cmocka group per concern. */
#include "iss_test.h"

int main(void)
{
    int failed = 0;

    failed += run_decode_tests();
    failed += run_priv_tests();
    failed += run_mmu_tests();
    failed += run_xvm_tests();
    return failed ? 1 : 0;
}
