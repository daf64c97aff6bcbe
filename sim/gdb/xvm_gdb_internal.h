/* SPDX-License-Identifier: Apache-2.0 */
/* Interfaces between the parts of the GDB server. */
#ifndef XVM_GDB_INTERNAL_H
#define XVM_GDB_INTERNAL_H

#include <stddef.h>

/* The target description (target.xml) with every register the server
 * knows: built once, valid for the life of the process. */
const char *xvm_gdb_target_xml(size_t *len);

#endif
