#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Runs each benchmark on a simulator with --stats and prints a table of
# simulated cycles, instructions, CPI and simulation speed (from the
# simulator's statistics), plus the program's own mcycle/minstret line.
# Each one's CPI and the simulation speed are recorded for `make bench`'s
# table (scripts/bench_metric.sh), the CPI against CPI_TARGET.
# Usage: run.sh SIM MAX_CYCLES CPI_TARGET ELF...
# Exit status 1 if a benchmark failed.
set -u
if [ $# -lt 4 ]; then
    echo "usage: $0 SIM MAX_CYCLES CPI_TARGET ELF..." >&2
    exit 2
fi
sim=$1 maxc=$2 cpi_target=$3
shift 3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
rc=0
printf '%-16s %12s %12s %7s %14s\n' benchmark cycles instructions CPI sim-cycles/s
for elf in "$@"; do
    name=$(basename "$elf" .elf)
    timeout 900 "$sim" --stats --max-cycles "$maxc" "$elf" > "$tmp/out" 2> "$tmp/err"
    st=$?
    get() { awk -F': *' -v k="$1" '$1 == k { print $2 }' "$tmp/err"; }
    printf '%-16s %12s %12s %7s %14s\n' "$name" "$(get cycles)" "$(get instructions)" \
        "$(get cpi)" "$(get cycles-per-second)"
    sed 's/^/    /' "$tmp/out"
    if [ $st -ne 0 ]; then
        echo "    FAILED: exit status $st"
        rc=1
    fi
    sh scripts/bench_metric.sh "CPI, $name" "$(get cpi)" "" "<= $cpi_target" > /dev/null
    sh scripts/bench_metric.sh "cycles, $name" "$(get cycles)" cycles > /dev/null
    sh scripts/bench_metric.sh "$(basename "$sim") speed, $name" "$(get cycles-per-cpu-second)" "cycles/s" > /dev/null
done
exit $rc
