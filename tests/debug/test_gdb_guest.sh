#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# gdb-multiarch on a guest kernel under the monitor: the simulator runs the
# firmware + monitor image, gdb has the guest kernel's symbols. Breakpoints
# at guest functions (guest virtual addresses, reached while the hart runs
# the guest in S-mode with VM=1), a guest variable read through the
# current satp (the monitor's shadow table), a step, then the run on to the
# image's exit (status 0).
# Usage: test_gdb_guest.sh NAME OUTDIR IMAGE.elf KERNEL.elf SIMULATOR [OPTION...]
set -u
name=$1 out=$2 image=$3 kernel=$4
shift 4
. "$(dirname "$0")/gdb_start.sh"
gdb_test_init

gdb_start "$out" "$@" "$image" || fail "$why"

gdb_script <<GDB
break kmain
continue
print \$priv
print \$vm
print \$pc == kmain
stepi
print \$pc == kmain + 4
break schedule
continue
print ntasks > 0
print \$priv * 10 + \$vm
delete
continue
GDB
gdb_run 120 "$kernel"

ok=1
while IFS= read -r line; do
  grep -qxF -- "$line" "$out/gdb.out" || { echo "$name: missing gdb output: $line" >&2; ok=0; }
done <<EXPECT
\$1 = 1
\$2 = 1
\$3 = 1
\$4 = 1
\$5 = 1
\$6 = 11
[Inferior 1 (Remote target) exited normally]
EXPECT
grep -qE '^Breakpoint 1, kmain \(.*\) at sw/guest/kmain\.c:[0-9]+$' "$out/gdb.out" ||
  { echo "$name: no stop at kmain" >&2; ok=0; }
grep -qE '^Breakpoint 2, schedule \(\) at sw/guest/kmain\.c:[0-9]+$' "$out/gdb.out" ||
  { echo "$name: no stop at schedule" >&2; ok=0; }
[ "$st" = 0 ] || { echo "$name: exit status $st, want 0" >&2; ok=0; }
[ $ok = 1 ] || { echo "(gdb output in $out/gdb.out)" >&2; echo "FAIL $name"; exit 1; }
echo "PASS $name"
