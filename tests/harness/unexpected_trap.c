/* SPDX-License-Identifier: Apache-2.0 */
/* EXPECT_EXIT 100: an unexpected trap in a C program ends it through the
 * runtime's default handler with XVM_RT_EXIT_TRAP. */
int main(void)
{
    __asm__ volatile(".word 0");
    return 0;
}
