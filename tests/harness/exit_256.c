/* SPDX-License-Identifier: Apache-2.0 */
/* EXPECT_EXIT 1: exit(256) must not look like a pass (256 & 0xff would
 * be 0); the runtime reports 1. */
#include <stdlib.h>

int main(void)
{
    exit(256);
}
