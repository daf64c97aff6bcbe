#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Every --max-cycles limit from 1 to the program's length: the same stdout
# and exit status from both simulators, also when the limit falls on the
# cycle in which the core presents a UART or finisher write (which xvm-sim's
# devices signal one edge before the TLM transaction happens).
# Usage: sweep.sh RESULTS REF_SIM SC_SIM ELF... (results are appended)
set -u
if [ $# -lt 4 ]; then
    echo "usage: $0 RESULTS REF_SIM SC_SIM ELF..." >&2
    exit 2
fi
results=$1 ref=$2 sc=$3
shift 3
rc=0
for elf in "$@"; do
    name=$(basename "$elf" .elf)
    len=$("$ref" --stats "$elf" 2>&1 >/dev/null | sed -n 's/^cycles: //p')
    bad=
    n=1
    while [ -n "$len" ] && [ "$n" -le "$((len + 1))" ]; do
        a=$(timeout 60 "$ref" --max-cycles "$n" "$elf" 2>/dev/null < /dev/null; echo " $?")
        b=$(timeout 60 "$sc" --max-cycles "$n" "$elf" 2>/dev/null < /dev/null; echo " $?")
        if [ "$a" != "$b" ]; then bad=$n; break; fi
        n=$((n + 1))
    done
    if [ -n "$len" ] && [ -z "$bad" ]; then
        echo "PASS systemc/max-cycles-sweep/$name" | tee -a "$results"
    else
        echo "FAIL systemc/max-cycles-sweep/$name" | tee -a "$results"
        echo "  first difference at --max-cycles ${bad:-?} (program length ${len:-unknown})"
        rc=1
    fi
done
exit $rc
