/* The ISS under the GDB server, for the scripted session until
 * build/xvm-iss has --gdb: xvm-iss-gdb PORT PROGRAM.elf (PORT 0 = any free
 * port; the chosen one is printed on stderr). Exit status: the program's
 * code, 1 when gdb killed it, 2 for bad usage. */
#include <stdio.h>
#include <stdlib.h>

#include "gdb/xvm_gdb_iss.h"
#include "iss.h"
#include "xvm_defs.h"

/* After a detach the program runs on, bounded so that a test cannot hang. */
#define DETACHED_MAX_STEPS 100000000ull

int main(int argc, char **argv)
{
    struct xvm_gdb_iss g;
    struct xvm_elf_info elf;
    struct xvm_commit c;
    char err[256], *end;
    int code = 0;

    if (argc != 3) {
        fprintf(stderr, "usage: xvm-iss-gdb PORT PROGRAM.elf\n");
        return 2;
    }
    long port = strtol(argv[1], &end, 10);
    if (*end || port < 0 || port > 65535) {
        fprintf(stderr, "xvm-iss-gdb: bad port %s\n", argv[1]);
        return 2;
    }
    struct iss *s = iss_create(XVM_RAM_SIZE_DEFAULT);
    if (!s || iss_load_elf(s, argv[2], &elf, err, sizeof err) != 0) {
        fprintf(stderr, "xvm-iss-gdb: %s\n", s ? err : "out of memory");
        return 2;
    }
    xvm_gdb_iss_init(&g, s);
    g.max_cycles = DETACHED_MAX_STEPS;
    int r = xvm_gdb_serve((int)port, &g.target, &code);
    if (r == XVM_GDB_DETACHED) {
        while (!iss_finished(s, &code) && iss_cycles(s) < DETACHED_MAX_STEPS)
            iss_step(s, &c);
        if (!iss_finished(s, &code))
            code = 124;
    } else if (r != XVM_GDB_EXITED)
        code = 1;
    fflush(stdout);
    iss_destroy(s);
    return code;
}
