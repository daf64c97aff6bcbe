/* SPDX-License-Identifier: Apache-2.0 */
#include <stdio.h>

int main(void)
{
    fputs("Hello from Xvm!\n", stdout);
    return 0;
}
