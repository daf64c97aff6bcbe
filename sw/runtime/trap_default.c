/* SPDX-License-Identifier: Apache-2.0 */
/* Default M-mode trap handler: an unexpected trap is a program failure. */
#include "xvm_rt.h"

static void put_hex(uint32_t v)
{
    for (int i = 28; i >= 0; i -= 4)
        xvm_putc("0123456789abcdef"[(v >> i) & 0xF]);
}

void xvm_trap_fatal(const char *who, const struct xvm_trap_frame *f, int code)
{
    xvm_puts(who);
    xvm_puts("unexpected trap: mcause 0x");
    put_hex(f->mcause);
    xvm_puts(" mepc 0x");
    put_hex(f->mepc);
    xvm_puts(" mtval 0x");
    put_hex(f->mtval);
    xvm_putc('\n');
    xvm_exit(code);
}

__attribute__((weak)) void xvm_trap_handler(struct xvm_trap_frame *f)
{
    xvm_trap_fatal("", f, XVM_RT_EXIT_TRAP);
}
