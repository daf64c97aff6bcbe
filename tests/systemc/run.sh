#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# The SystemC model against the Verilator testbench: for each program, the
# same stdout, the same exit status and the same commit log, byte for byte
# (and the same signature when the program has one), after the same number
# of cycles and instructions (--stats).
# Usage: run.sh RESULTS OUT_DIR MAX_CYCLES NM REF_SIM SC_SIM ELF...
#   NM      the RISC-V nm, to find programs with begin_signature
set -u
if [ $# -lt 6 ]; then
    echo "usage: $0 RESULTS OUT_DIR MAX_CYCLES NM REF_SIM SC_SIM ELF..." >&2
    exit 2
fi
results=$1 outdir=$2 maxc=$3 nm=$4 ref=$5 sc=$6
shift 6
mkdir -p "$(dirname "$results")" "$outdir"
: > "$results"
rc=0

# sim TAG SIM ELF: runs one simulator, outputs named $outdir/NAME.TAG.*;
# sets st.
sim() {
    o=$outdir/$name.$1
    rm -f "$o.sig"
    if "$nm" "$3" 2>/dev/null | grep -q ' begin_signature$'; then
        timeout 600 "$2" --stats --max-cycles "$maxc" --commit-log "$o.log" --signature "$o.sig" "$3" \
            < /dev/null > "$o.out" 2> "$o.err"
    else
        timeout 600 "$2" --stats --max-cycles "$maxc" --commit-log "$o.log" "$3" \
            < /dev/null > "$o.out" 2> "$o.err"
    fi
    st=$?
}

for elf in "$@"; do
    name=$(basename "$elf" .elf)
    sim ref "$ref" "$elf"; ref_st=$st
    sim sc "$sc" "$elf"; sc_st=$st
    why=
    grep -E '^(cycles|instructions):' "$outdir/$name.ref.err" > "$outdir/$name.ref.stats"
    grep -E '^(cycles|instructions):' "$outdir/$name.sc.err" > "$outdir/$name.sc.stats"
    if [ "$ref_st" -ne "$sc_st" ]; then why="exit status: xvm-sim $ref_st, xvm-sim-sc $sc_st"
    elif ! cmp -s "$outdir/$name.ref.out" "$outdir/$name.sc.out"; then why="stdout differs"
    elif ! cmp -s "$outdir/$name.ref.log" "$outdir/$name.sc.log"; then
        why="commit log differs: $(cmp "$outdir/$name.ref.log" "$outdir/$name.sc.log" 2>&1 | head -1)"
    elif ! cmp -s "$outdir/$name.ref.stats" "$outdir/$name.sc.stats"; then
        why="cycles or instructions differ: $(cat "$outdir/$name.ref.stats" "$outdir/$name.sc.stats" | tr '\n' ' ')"
    elif [ -f "$outdir/$name.ref.sig" ] && ! cmp -s "$outdir/$name.ref.sig" "$outdir/$name.sc.sig"
    then why="signature differs"
    fi
    if [ -z "$why" ]; then
        echo "PASS systemc/$name" | tee -a "$results"
    else
        echo "FAIL systemc/$name" | tee -a "$results"
        echo "  $why (outputs in $outdir/$name.*)"
        rc=1
    fi
done
exit $rc
