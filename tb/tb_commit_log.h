/* SPDX-License-Identifier: Apache-2.0 */
/* --commit-log: a retire hook that writes one line per entry. */
#ifndef TB_COMMIT_LOG_H
#define TB_COMMIT_LOG_H

#include <stddef.h>

#include "xvm_tb.h"

/* Creates the file; returns 0, or -1 with a one-line message in err. */
int tb_commit_log_open(const char *path, struct xvm_retire_hook *hook, char *err,
                       size_t errlen);

#endif
