#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Checks that failures are reported: each program must end with the exit
# status named by the "EXPECT_EXIT n" line of its source.
# Usage: run.sh RESULTS_FILE LOG_DIR SIM ELF...   (SIM may be "qemu")
set -u
if [ $# -lt 3 ]; then
    echo "usage: $0 RESULTS_FILE LOG_DIR SIM ELF..." >&2
    exit 2
fi
results=$1 logdir=$2 sim=$3
shift 3
mkdir -p "$(dirname "$results")" "$logdir"
: > "$results"
rc=0
for elf in "$@"; do
    name=$(basename "$elf" .elf)
    src=$(ls tests/harness/"$name".S tests/harness/"$name".c 2>/dev/null | head -1)
    want=$(sed -n 's/.*EXPECT_EXIT \([0-9]*\).*/\1/p' "$src" | head -1)
    if [ -z "$want" ]; then
        echo "run.sh: no EXPECT_EXIT line in $src" >&2
        exit 2
    fi
    if [ "$sim" = qemu ]; then
        timeout 20 qemu-system-riscv32 -M virt -cpu rv32,c=off -icount shift=0 -bios none \
            -m 16M -display none -serial stdio -monitor none -kernel "$elf" > "$logdir/$name.log" 2>&1
    else
        timeout 60 $sim --max-cycles 1000000 "$elf" > "$logdir/$name.log" 2>&1
    fi
    st=$?
    if [ "$st" -eq "$want" ]; then
        echo "PASS harness/$name" | tee -a "$results"
    else
        echo "FAIL harness/$name" | tee -a "$results"
        echo "  exit status $st, expected $want (log $logdir/$name.log)"
        rc=1
    fi
done
exit $rc
