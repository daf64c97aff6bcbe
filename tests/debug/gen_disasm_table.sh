#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Regenerates disasm_table.txt, the expected disassembler output for
# standard instructions, from GNU objdump, so that the table is not the
# disassembler's own opinion. Run from the repository root after changing
# disasm_insns.S or the CSR list, and commit the result:
#   sh tests/debug/gen_disasm_table.sh > tests/debug/disasm_table.txt
# Every line: <pc> <TAB> <word> <TAB> <text>, the text exactly as objdump
# prints it without the symbol (" <sym>") and comment ("# ...") suffixes.
# Every CSR of build/gen/xvm_defs.h is read once (priv spec 1.12 names);
# vmctl and gscratch..gtval are Xvm's own and objdump does not know them
# (disasm_extra.txt).
set -eu
defs=build/gen/xvm_defs.h
[ -f "$defs" ] || { echo "gen_disasm_table.sh: $defs missing (make $defs)" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat tests/debug/disasm_insns.S > "$tmp/t.S"
grep '^#define XVM_CSR_' "$defs" | grep -v -E '_(VMCTL|GSCRATCH|GEPC|GCAUSE|GTVAL) ' |
  awk '{ printf "\tcsrrs a0, %s, zero\n", $3 }' >> "$tmp/t.S"
riscv64-unknown-elf-gcc -march=rv32ima -mabi=ilp32 -misa-spec=2.2 -Wa,-mpriv-spec=1.12 \
  -c "$tmp/t.S" -o "$tmp/t.o"
riscv64-unknown-elf-objdump -d --adjust-vma=0x80000000 "$tmp/t.o" |
  grep -E '^ *[0-9a-f]+:	' |
  sed -E 's/ <[^>]*>$//; s/ +#.*$//' |
  awk -F'\t' '{ pc = $1; gsub(/[ :]/, "", pc); w = $2; gsub(/ /, "", w);
               t = $3; for (i = 4; i <= NF; i++) t = t "\t" $i;
               if (t ~ /^\.(4byte|word)/) { print "objdump cannot decode " w > "/dev/stderr"; exit 1 }
               print pc "\t" w "\t" t }'
