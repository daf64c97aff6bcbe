#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Run a test program that prints PASS/FAIL lines, and make its silence
# count: a FAIL line is added when the program exits non-zero without one,
# and when it printed a different number of results than its plan (a
# program that dies half way, or a script that ends before its verdict).
# Usage: run_counted.sh NAME EXPECTED CMD...   (EXPECTED 1: one verdict)
set -u
name=$1 expected=$2
shift 2
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$@" > "$out"
st=$?
grep -E '^(PASS|FAIL) ' "$out"
n=$(grep -cE '^(PASS|FAIL) ' "$out")
rc=0
if [ $st -ne 0 ] && ! grep -q '^FAIL ' "$out"; then echo "FAIL $name (exit status $st)"; rc=1; fi
if [ "$n" -ne "$expected" ]; then echo "FAIL $name ($n results, expected $expected)"; rc=1; fi
grep -q '^FAIL ' "$out" && rc=1
exit $rc
