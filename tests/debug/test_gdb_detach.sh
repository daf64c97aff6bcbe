#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# A debugger that only looks must not change the run: gdb stops at a
# breakpoint, steps, reads, then detaches; the simulator runs the program
# on to its own end (output and status unchanged), and the commit log
# written under --gdb equals the one of a run without it.
# Usage: test_gdb_detach.sh NAME OUTDIR PROGRAM.elf SIMULATOR [OPTION...]
set -u
name=$1 out=$2 prog=$3
shift 3
. "$(dirname "$0")/gdb_start.sh"
gdb_test_init

"$@" --commit-log "$out/plain.log" "$prog" < /dev/null > "$out/plain.stdout" 2> /dev/null
plain_st=$?
gdb_start "$out" "$@" --commit-log "$out/gdb.log" "$prog" || fail "$why"
gdb_script <<GDB
break add_values
continue
stepi
stepi
info registers
print values
detach
GDB
gdb_run 60 "$prog"
grep -qxF '$1 = {1, 2, 3, 4}' "$out/gdb.out" || fail "no stop in add_values: $(tail -3 "$out/gdb.out")"
[ $st = $plain_st ] || fail "exit status $st, without gdb $plain_st"
cmp -s "$out/sim.stdout" "$out/plain.stdout" || fail "output \"$(cat "$out/sim.stdout")\""
[ -s "$out/plain.log" ] && cmp -s "$out/gdb.log" "$out/plain.log" ||
  fail "the commit log differs: $(cmp "$out/gdb.log" "$out/plain.log" 2>&1 | head -1)"
echo "PASS $name"
