#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# The monitor's configurations on build/xvm-sim in lockstep with the
# reference model (--cosim: exit 3 at the first difference). vmm-byog is
# an xvm-mkimage image: the independent kernel beside kernels A and B.
# Usage: cosim.sh XVM_SIM IMGDIR RESULTS MAX_CYCLES
set -u
sim=$1
img=$2
results=$3
max=$4
work=$(dirname "$results")/vmm-cosim-work
mkdir -p "$work"
: > "$results"
failed=0
for cfg in demo eight iso crash small byog; do
    opts=""
    [ "$cfg" = small ] && opts="--ram-size 131072"
    # shellcheck disable=SC2086
    "$sim" --cosim --max-cycles "$max" $opts "$img/vmm-$cfg.elf" < /dev/null > /dev/null 2> "$work/$cfg.err"
    rc=$?
    if [ $rc = 0 ]; then
        echo "PASS vmm-cosim-$cfg" | tee -a "$results"
    else
        echo "FAIL vmm-cosim-$cfg" >> "$results"
        echo "FAIL vmm-cosim-$cfg: exit $rc, $(head -n 3 "$work/$cfg.err")"
        failed=1
    fi
done
exit $failed
