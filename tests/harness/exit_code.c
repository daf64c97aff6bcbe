/* SPDX-License-Identifier: Apache-2.0 */
/* EXPECT_EXIT 42: main's return value is the exit status; output before
 * it is flushed. */
#include <stdio.h>

int main(void)
{
    printf("exiting with 42\n");
    return 42;
}
