/* SPDX-License-Identifier: Apache-2.0 */
#include "xvm_test.h"
#include "xvm_sv32.h"
/* EXPECT_EXIT 9: a failure in U under translation (where the finisher is
 * not reachable) still reports its case number through the handler. */
TEST_BEGIN
    csrw XVM_CSR_MEDELEG, zero
    SV32_INIT
    GOTO_U_ALIAS(1f)
1:  TEST_CASE(9, x14, 5, li x14, 4)
TEST_END
    SV32_TABLES
