/* SPDX-License-Identifier: Apache-2.0 */
/* Disassembler for the instructions the Xvm core implements
 * (RV32IMA, Zicsr, Zifencei and Xvm's vmsw): text as GNU objdump prints it
 * (its default aliases, lower case, mnemonic and operands separated by a
 * tab), with CSR names from rtl/xvm_defs.vh and vmsw.0/vmsw.1 for the Xvm
 * encodings. Words the core treats as illegal instructions print as
 * ".word 0x<8 hex digits>". */
#ifndef XVM_DISASM_H
#define XVM_DISASM_H

#include <stddef.h>
#include <stdint.h>

/* Branch and jump targets as ".+N"/".-N" (bytes from the instruction)
 * instead of an absolute address: for callers that do not know the pc. */
#define XVM_DISASM_RELATIVE 1u

/* Writes the text of insn at address pc into buf (always NUL-terminated
 * when len > 0). Returns the length of the full text, as snprintf does. */
int xvm_disasm(uint32_t insn, uint32_t pc, unsigned flags, char *buf, size_t len);

/* 1 when the core decodes insn as an instruction, 0 when it is illegal
 * whatever the privilege (unknown encoding). */
int xvm_disasm_is_legal(uint32_t insn);

#endif
