#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# pnr.sh "NEXTPNR ARGS" OUTFLAG IN.json OUT DIR SEED... - places and routes
# IN.json once per seed, one after the other and single-threaded (the
# machine is shared), each with its log (DIR/nextpnr-SEED.log) and JSON
# report (DIR/nextpnr-SEED.json) and its routed delays (DIR/nextpnr-SEED.sdf,
# for fpga/timing.py), and keeps the result of the seed with the
# highest Fmax as OUT (OUTFLAG is nextpnr's option for it: --asc,
# --textcfg). Timing failure does not stop the run: fpga/report.py judges
# it. Fails only when no seed placed and routed.
set -u
[ $# -ge 5 ] || { echo "usage: pnr.sh \"NEXTPNR ARGS\" OUTFLAG IN.json OUT DIR SEED..." >&2; exit 2; }
pnr=$1 outflag=$2 json=$3 out=$4 dir=$5
shift 5
[ -f "$json" ] || { echo "pnr.sh: $json: no such file" >&2; exit 2; }
best= best_mhz=0
for seed in "$@"; do
    log=$dir/nextpnr-$seed.log
    start=$(date +%s)
    if $pnr --json "$json" "$outflag" "$out.seed$seed" --threads 1 --seed "$seed" \
        --timing-allow-fail --report "$dir/nextpnr-$seed.json" --sdf "$dir/nextpnr-$seed.sdf" -q -l "$log"; then
        mhz=$(grep "Max frequency for clock" "$log" | tail -1 | sed -n "s/.*: \([0-9.]*\) MHz.*/\1/p")
        echo "pnr: seed $seed: ${mhz:-?} MHz in $(( $(date +%s) - start )) s" >&2
        if [ -n "$mhz" ] && awk -v a="$mhz" -v b="$best_mhz" 'BEGIN { exit !(a > b) }'; then
            best=$seed best_mhz=$mhz
        fi
    else
        echo "pnr: seed $seed failed, see $log" >&2
    fi
done
[ -n "$best" ] || { echo "pnr: no seed placed and routed, see $dir/nextpnr-*.log" >&2; exit 1; }
echo "$best" > "$dir/best-seed.txt"
cp "$out.seed$best" "$out"
