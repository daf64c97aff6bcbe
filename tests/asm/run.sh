#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Runs test programs and records one PASS/FAIL line per program.
# Usage: run.sh SUITE RESULTS_FILE LOG_DIR MAX_CYCLES SIM ELF...
#   SIM is a simulator with the docs/platform.md command line (optionally with
#   options, e.g. "build/xvm-sim --cosim"), or "qemu" for
#   qemu-system-riscv32 -M virt (C extension off and 16 MiB of RAM, like
#   the Xvm platform; -icount makes its mtime advance with the instructions
#   executed, so that timer-based tests are deterministic).
# A program passes when it exits with status 0 (finisher pass) within
# MAX_CYCLES (and, as a guard against a hung simulator, 300 s of wall time).
# Exit status 1 when any program failed.
set -u
if [ $# -lt 5 ]; then
    echo "usage: $0 SUITE RESULTS_FILE LOG_DIR MAX_CYCLES SIM ELF..." >&2
    exit 2
fi
suite=$1 results=$2 logdir=$3 maxc=$4 sim=$5
shift 5
mkdir -p "$(dirname "$results")" "$logdir"
: > "$results"
rc=0
for elf in "$@"; do
    name=$(basename "$elf" .elf)
    log=$logdir/$name.log
    if [ "$sim" = qemu ]; then
        timeout 20 qemu-system-riscv32 -M virt -cpu rv32,c=off -icount shift=0 -bios none \
            -m 16M -display none -serial stdio -monitor none -kernel "$elf" > "$log" 2>&1
    else
        # SIM may carry options (e.g. "build/xvm-sim --cosim"): split it.
        timeout 300 $sim --max-cycles "$maxc" "$elf" > "$log" 2>&1
    fi
    st=$?
    if [ $st -eq 0 ]; then
        echo "PASS $suite/$name" | tee -a "$results"
    else
        echo "FAIL $suite/$name" | tee -a "$results"
        echo "  exit status $st (test case $st unless 124 = timeout; log $log)"
        rc=1
    fi
done
exit $rc
