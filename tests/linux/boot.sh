#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# One Linux boot: runs COMMAND (a simulator and its image), then checks
# that it exited with status 0 and that the lines of the project's user
# space (init and the test programs, "init: ..." and "t-NAME: ...", after
# PREFIX when a monitor prefixes a guest's console) equal EXPECTED exactly,
# in order. Appends "PASS NAME" or "FAIL NAME (why)" to RESULTS; the run's
# output is kept in OUTDIR/NAME.out, its "bench:" lines in OUTDIR/NAME.bench.
# Usage: boot.sh NAME RESULTS EXPECTED OUTDIR PREFIX COMMAND...
set -u
[ $# -ge 6 ] || { echo "boot.sh: usage: boot.sh NAME RESULTS EXPECTED OUTDIR PREFIX COMMAND..." >&2; exit 2; }
name=$1 results=$2 expected=$3 outdir=$4 prefix=$5
shift 5
[ -r "$expected" ] || { echo "boot.sh: $expected: cannot read" >&2; exit 2; }
mkdir -p "$outdir" || exit 2
out=$outdir/$name.out

"$@" > "$out" 2> "$outdir/$name.err" < /dev/null
rc=$?
# Natively the console is a tty (ONLCR: CR LF); under the monitor, lines
# carry the guest's prefix.
tr -d '\r' < "$out" | sed -n "s/^$prefix//p" > "$outdir/$name.lines"
grep -E '^(init|t-[a-z]+): ' "$outdir/$name.lines" > "$outdir/$name.user"
grep '^bench: ' "$outdir/$name.lines" > "$outdir/$name.bench"

fail() { echo "FAIL $name ($1)" >> "$results"; echo "FAIL $name ($1)"; exit 1; }
[ "$rc" -eq 0 ] || fail "exit status $rc; $(tail -n 1 "$outdir/$name.err")"
if ! cmp -s "$expected" "$outdir/$name.user"; then
  diff "$expected" "$outdir/$name.user" | head -n 10
  fail "user-space lines differ from $expected"
fi
echo "PASS $name" >> "$results"
echo "PASS $name"
