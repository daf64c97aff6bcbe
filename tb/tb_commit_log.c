/* SPDX-License-Identifier: Apache-2.0 */
#include "tb_commit_log.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Large buffer: logging is write-bound, one line per cycle at best. */
#define LOG_BUFFER (1u << 20)

struct commit_log {
    FILE *f;
    const char *path;
    char *buf;
};

static int log_retire(void *ctx, const struct xvm_commit *c)
{
    struct commit_log *l = ctx;
    char line[160];
    int n = xvm_commit_format(line, sizeof line, c);

    if (n < 0 || fwrite(line, 1, (size_t)n, l->f) != (size_t)n) {
        fprintf(stderr, "xvm-sim: %s: %s\n", l->path, strerror(errno));
        return 1;
    }
    return -1;
}

static int log_close(void *ctx)
{
    struct commit_log *l = ctx;
    int failed = fclose(l->f) != 0;

    if (failed)
        fprintf(stderr, "xvm-sim: %s: %s\n", l->path, strerror(errno));
    free(l->buf);
    free(l);
    return failed;
}

int tb_commit_log_open(const char *path, struct xvm_retire_hook *hook, char *err,
                       size_t errlen)
{
    struct commit_log *l = calloc(1, sizeof *l);

    if (!l) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    l->f = fopen(path, "w");
    if (!l->f) {
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        free(l);
        return -1;
    }
    l->path = path;
    l->buf = malloc(LOG_BUFFER);
    if (l->buf)
        setvbuf(l->f, l->buf, _IOFBF, LOG_BUFFER);
    hook->retire = log_retire;
    hook->close = log_close;
    hook->ctx = l;
    return 0;
}
