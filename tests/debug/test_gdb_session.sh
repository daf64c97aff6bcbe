#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# A scripted gdb-multiarch session against a real
# simulator started with --gdb PORT (build/xvm-sim or build/xvm-iss): break
# at a function, continue, read registers (general, CSR, priv, vm) and a
# variable, step an instruction, write a register (refused by xvm-sim, whose
# registers are the RTL's) and memory, use a hardware breakpoint and a
# monitor command, continue to the exit. The memory write must change the
# program's output and exit code.
# Usage: test_gdb_session.sh NAME OUTDIR rw|ro PROGRAM.elf SIMULATOR [OPTION...]
# (prints PASS/FAIL NAME)
set -u
name=$1 out=$2 regs=$3 prog=$4
shift 4
. "$(dirname "$0")/gdb_start.sh"
gdb_test_init

gdb_start "$out" "$@" "$prog" || fail "$why"

gdb_script <<GDB
break add_values
continue
info registers a0
print values[1]
print \$priv
print \$vm
print/x \$vmctl
print/x \$misa
set \$before = \$pc
stepi
print \$pc - \$before
python
try:
    gdb.execute("set \$t0 = 0x1234abcd")
except gdb.error as e:
    print(e)
end
print/x \$t0
set var values[1] = 20
print values
x/4dw &values
monitor phys on
x/1dw &values[1]
monitor phys off
hbreak gdb_prog.c:22
continue
print sum
continue
GDB
gdb_run 120 "$prog"

ok=1
if [ "$regs" = ro ]; then
  t0_line='Could not write register "t0"; remote failure reply '"'"'E01'"'"
else
  t0_line='$7 = 0x1234abcd'
fi
while IFS= read -r line; do
  grep -qxF -- "$line" "$out/gdb.out" || { echo "$name: missing gdb output: $line" >&2; ok=0; }
done <<EXPECT
Breakpoint 1, add_values (n=4) at tests/debug/gdb_prog.c:12
a0             0x4	4
\$1 = 2
\$2 = 3
\$3 = 0
\$4 = 0x1f00
\$5 = 0x40941101
\$6 = 4
$t0_line
\$8 = {1, 20, 3, 4}
memory accesses are physical
memory accesses use the current translation
Breakpoint 2, main () at tests/debug/gdb_prog.c:22
\$9 = 28
[Inferior 1 (Remote target) exited with code 034]
EXPECT
grep -qE '^0x[0-9a-f]+ <values>:[[:space:]]+1[[:space:]]+20[[:space:]]+3[[:space:]]+4$' "$out/gdb.out" ||
  { echo "$name: x/4dw &values wrong" >&2; ok=0; }
grep -qE '^0x[0-9a-f]+ <values\+4>:[[:space:]]+20$' "$out/gdb.out" ||
  { echo "$name: physical read wrong" >&2; ok=0; }
[ "$(cat "$out/sim.stdout")" = "sum 28" ] || { echo "$name: program output \"$(cat "$out/sim.stdout")\"" >&2; ok=0; }
[ "$st" = 28 ] || { echo "$name: exit status $st, want 28" >&2; ok=0; }
[ $ok = 1 ] || { echo "(gdb output in $out/gdb.out)" >&2; echo "FAIL $name"; exit 1; }
echo "PASS $name"
