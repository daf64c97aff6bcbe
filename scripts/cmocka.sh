#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Runs cmocka test binaries and records one PASS/FAIL line per test from
# their TAP output: "SUITE/TEST" for one binary, "SUITE/BIN/TEST" for more
# (BIN without its test_ prefix). A binary that ends with a failure status
# without naming a failed test, reports fewer tests than its TAP plan
# (the "1..N" lines) announced, or reports none at all, adds a FAIL line of its own.
# Usage: cmocka.sh SUITE RESULTS_FILE LOG_DIR BIN...
# Exit status 1 when anything failed.
set -u
if [ $# -lt 4 ]; then
    echo "usage: $0 SUITE RESULTS_FILE LOG_DIR BIN..." >&2
    exit 2
fi
suite=$1 results=$2 logdir=$3
shift 3
mkdir -p "$(dirname "$results")" "$logdir"
: > "$results"
rc=0
for bin in "$@"; do
    name=$(basename "$bin")
    name=${name#test_}
    prefix=$suite
    [ $# -gt 1 ] && prefix=$suite/$name
    tap=$logdir/$name.tap
    CMOCKA_MESSAGE_OUTPUT=TAP "$bin" > "$tap" 2>&1
    st=$?
    out=$(sed -n -E -e "s|^ok [0-9]+ - (.*)|PASS $prefix/\1|p" \
                    -e "s|^not ok [0-9]+ - (.*)|FAIL $prefix/\1|p" "$tap")
    # A binary may run several groups, each with its own plan.
    plan=$(sed -n 's/^1\.\.\([0-9]*\)$/\1/p' "$tap" | awk '{ n += $1 } END { if (NR) print n }')
    ran=$(printf '%s' "$out" | grep -c '^' || true)
    if [ -z "$out" ]; then
        out="FAIL $prefix (no test reported, status $st)"
    elif [ "${plan:-$ran}" -ne "$ran" ]; then
        out="$out
FAIL $prefix ($plan tests planned, $ran reported)"
    elif [ $st -ne 0 ] && ! printf '%s\n' "$out" | grep -q '^FAIL'; then
        out="$out
FAIL $prefix (status $st)"
    fi
    printf '%s\n' "$out" >> "$results"
    if printf '%s\n' "$out" | grep -q '^FAIL'; then
        rc=1
        grep -v '^ok ' "$tap" | head -20
    fi
done
grep '^FAIL' "$results"
echo "$suite: $(grep -c '^PASS' "$results") passed, $(grep -c '^FAIL' "$results") failed"
exit $rc
