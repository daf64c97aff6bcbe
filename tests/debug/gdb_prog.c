/* SPDX-License-Identifier: Apache-2.0 */
/* The program of the scripted gdb session (tests/debug/test_gdb_session.sh): a function to
 * break in, an array to read and overwrite, and an exit code and output
 * that show whether the debugger's memory write took effect. */
#include <stdio.h>

int values[4] = { 1, 2, 3, 4 };
volatile int result;

__attribute__((noinline)) int add_values(int n)
{
    int sum = 0;
    for (int i = 0; i < n; i++)
        sum += values[i];
    result = sum;
    return sum;
}

int main(void)
{
    int sum = add_values(4);
    printf("sum %d\n", sum);
    return sum == 10 ? 0 : sum;
}
