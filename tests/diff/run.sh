#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Differential runs: each program on QEMU and on a simulator; stdout and
# exit status must be identical. QEMU runs with -icount so that its time
# (mtime) advances with the instructions executed: deterministic, and
# timer interrupts arrive during short programs too.
# Usage: run.sh RESULTS_FILE OUT_DIR MAX_CYCLES SIM ELF...
set -u
if [ $# -lt 4 ]; then
    echo "usage: $0 RESULTS_FILE OUT_DIR MAX_CYCLES SIM ELF..." >&2
    exit 2
fi
results=$1 outdir=$2 maxc=$3 sim=$4
shift 4
mkdir -p "$(dirname "$results")" "$outdir"
: > "$results"
rc=0
for elf in "$@"; do
    name=$(basename "$elf" .elf)
    q=$outdir/$name.qemu.out s=$outdir/$name.sim.out
    timeout 60 qemu-system-riscv32 -M virt -m 16M -cpu rv32,c=off -icount shift=0 -bios none \
        -display none -serial stdio -monitor none -kernel "$elf" > "$q" 2> "$outdir/$name.qemu.err"
    qs=$?
    timeout 600 "$sim" --max-cycles "$maxc" "$elf" > "$s" 2> "$outdir/$name.sim.err"
    ss=$?
    if [ $qs -ne 0 ]; then
        echo "FAIL diff/$name"
        echo "  QEMU exit status $qs (the reference run must pass; see $q)"
        echo "FAIL diff/$name" >> "$results"
        rc=1
    elif [ $qs -eq $ss ] && cmp -s "$q" "$s"; then
        echo "PASS diff/$name" | tee -a "$results"
    else
        echo "FAIL diff/$name" | tee -a "$results"
        echo "  exit status qemu $qs sim $ss"
        diff "$q" "$s" | head -10 | sed 's/^/  /'
        rc=1
    fi
done
exit $rc
