/* The ISS under the GDB server, for the scripted sessions until the
 * simulators have --gdb:
 *   xvm-iss-gdb [--lockstep] PORT PROGRAM.elf
 * PORT 0 = any free port (the chosen one is printed on stderr). With
 * --lockstep a second ISS plays the part of xvm-sim's RTL: it runs the
 * program and the debugged ISS is its lockstep shadow (the adapter's
 * advance mode), as xvm-sim --gdb would use it with --cosim.
 * Exit status: the program's code, 1 when gdb killed it, 2 for bad usage,
 * 3 when the lockstep pair disagreed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gdb/xvm_gdb_iss.h"
#include "iss.h"
#include "xvm_defs.h"

/* Every run is bounded so that a test cannot hang. */
#define MAX_STEPS 100000000ull

struct pair {
    struct iss *primary, *shadow;
};

static struct iss *load(const char *elf)
{
    struct xvm_elf_info info;
    char err[256];
    struct iss *s = iss_create(XVM_RAM_SIZE_DEFAULT);
    if (!s || iss_load_elf(s, elf, &info, err, sizeof err) != 0) {
        fprintf(stderr, "xvm-iss-gdb: %s\n", s ? err : "out of memory");
        if (s)
            iss_destroy(s);
        return NULL;
    }
    return s;
}

/* One retire-port entry of the primary, mirrored by the shadow the way
 * xvm-sim's co-simulation does it. */
static int advance(void *ctx, int *code)
{
    struct pair *p = ctx;
    struct xvm_commit a, b;
    do {
        if (iss_cycles(p->primary) >= MAX_STEPS) {
            *code = 124;
            return 1;
        }
    } while (iss_step(p->primary, &a) == ISS_WAITING);
    if (a.trap && (a.cause & XVM_CAUSE_INTERRUPT))
        iss_take_interrupt(p->shadow, a.cause & ~XVM_CAUSE_INTERRUPT, &b);
    else {
        if (!a.trap && a.rd)
            iss_override_read(p->shadow, a.rd_value);
        iss_step(p->shadow, &b);
    }
    if (a.pc != b.pc || a.insn != b.insn || a.trap != b.trap) {
        fprintf(stderr, "xvm-iss-gdb: lockstep mismatch at pc 0x%08x\n", (unsigned)a.pc);
        *code = 3;
        return 1;
    }
    return iss_finished(p->primary, code);
}

static int run_to_end(struct iss *s)
{
    struct xvm_commit c;
    int code;
    while (!iss_finished(s, &code)) {
        if (iss_cycles(s) >= MAX_STEPS)
            return 124;
        iss_step(s, &c);
    }
    return code;
}

int main(int argc, char **argv)
{
    struct xvm_gdb_iss g;
    struct pair pair = { NULL, NULL };
    int lockstep = argc > 1 && strcmp(argv[1], "--lockstep") == 0;
    char *end;
    int code = 0;

    if (argc != 3 + lockstep) {
        fprintf(stderr, "usage: xvm-iss-gdb [--lockstep] PORT PROGRAM.elf\n");
        return 2;
    }
    long port = strtol(argv[1 + lockstep], &end, 10);
    if (*end || port < 0 || port > 65535) {
        fprintf(stderr, "xvm-iss-gdb: bad port %s\n", argv[1 + lockstep]);
        return 2;
    }
    struct iss *s = load(argv[2 + lockstep]);
    if (!s)
        return 2;
    xvm_gdb_iss_init(&g, s);
    g.max_cycles = MAX_STEPS;
    if (lockstep) {
        pair.shadow = s;
        pair.primary = load(argv[2 + lockstep]);
        if (!pair.primary)
            return 2;
        iss_set_lockstep(s, 1);
        iss_set_uart_output(s, NULL);
        g.advance = advance;
        g.advance_ctx = &pair;
        g.mirror_ram = iss_ram(pair.primary);
    }
    int r = xvm_gdb_serve((int)port, &g.target, &code);
    if (r == XVM_GDB_DETACHED)
        code = run_to_end(lockstep ? pair.primary : s);
    else if (r != XVM_GDB_EXITED)
        code = 1;
    fflush(stdout);
    iss_destroy(s);
    if (pair.primary)
        iss_destroy(pair.primary);
    return code;
}
