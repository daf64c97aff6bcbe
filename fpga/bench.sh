#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# bench.sh TB XVM_SIM RV_PREFIX RAM_BYTES MAX_CYCLES DIR ELF... - runs each
# benchmark (tests/bench) on a board testbench TB (the ULX3S top with the
# SDRAM model), booted from its flash model, and on the RTL simulator
# XVM_SIM (one-cycle RAM), and prints both CPIs from the program's own
# mcycle/minstret line. Exit status 1 if a run failed or printed no line.
set -u
[ $# -ge 7 ] || { echo "usage: bench.sh TB XVM_SIM RV_PREFIX RAM_BYTES MAX_CYCLES DIR ELF..." >&2; exit 2; }
tb=$1 sim=$2 prefix=$3 ram=$4 max=$5 dir=$6
shift 6
mkdir -p "$dir"
rc=0
cpi() {
    sed -n 's/.*mcycle \([0-9]*\) minstret \([0-9]*\).*/\1 \2/p' "$1" |
        awk 'NF == 2 && $2 > 0 { printf "%.3f (mcycle %d, minstret %d)", $1 / $2, $1, $2 }'
}
printf '%-16s %-40s %s\n' benchmark "board (SDRAM)" "simulator"
for elf in "$@"; do
    name=$(basename "$elf" .elf)
    d=$dir/$name
    sh fpga/mkimage.sh "$prefix" "$elf" "$d.img" "$ram" || { rc=1; continue; }
    od -An -v -tx1 -w1 "$d.img" | tr -d ' ' > "$d.hex"
    "$tb" +flash="$d.hex" +uart="$d.uart" +max_cycles="$max" > "$d.log" 2>&1
    "$sim" --ram-size "$ram" --max-cycles 500000000 "$elf" > "$d.sim" 2>&1
    board=$(cpi "$d.uart") simc=$(cpi "$d.sim")
    printf '%-16s %-40s %s\n' "$name" "${board:-no result ($(grep '^XVM_FPGA' "$d.log"))}" "${simc:-no result}"
    [ -n "$board" ] && [ -n "$simc" ] || rc=1
done
exit $rc
