#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# A memory write just before a load that the RTL's pipeline has already
# started: gdb stops before `lw a5,0(a5)` (add_values+48, values[0] in
# the first iteration), writes values[0] = 100 and steps the load. Whether
# the load saw the old or the new value, the register gdb shows must be
# the one the program went on with: a5 = 1 with "sum 10" and status 0, or
# a5 = 100 with "sum 109" and status 109 (never a disagreement, status 3).
# Usage: test_gdb_pipeline.sh NAME OUTDIR PROGRAM.elf SIMULATOR [OPTION...]
set -u
name=$1 out=$2 prog=$3
shift 3
. "$(dirname "$0")/gdb_start.sh"
gdb_test_init

gdb_start "$out" "$@" "$prog" || fail "$why"
gdb_script <<GDB
hbreak *(add_values + 48)
continue
x/1i \$pc
set var values[0] = 100
stepi
printf "a5 %d\n", \$a5
delete
continue
GDB
gdb_run 60 "$prog"
grep -qE '^=> 0x[0-9a-f]+ <add_values\+48>:[[:space:]]+lw[[:space:]]+a5,0\(a5\)$' "$out/gdb.out" ||
  fail "not stopped before the load: $(grep '=>' "$out/gdb.out")"
a5=$(sed -n 's/^a5 \([0-9]*\)$/\1/p' "$out/gdb.out")
case "$a5/$(cat "$out/sim.stdout")/$st" in
  "1/sum 10/0" | "100/sum 109/109") echo "PASS $name" ;;
  *) fail "gdb saw a5 = $a5, the program printed \"$(cat "$out/sim.stdout")\", status $st" ;;
esac
