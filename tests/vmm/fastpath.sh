#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# The monitor with and without entry.S's assembly fast paths (vmm-CFG.elf
# and vmm-slow-CFG.elf, built with VMM_FAST_PATHS=0): the fast paths
# re-implement vcsr_read/vcsr_write, vcpu_trap and vcpu_sret, so a guest
# must not see which monitor it runs under.
#
# Per configuration: both runs exit 0 and end every guest as required;
# every guest's console is the same byte for byte; in the statistics table
# the fast column is 0 without the fast paths (and not 0 with them, in at
# least one configuration, or the comparison proves nothing), and the
# columns that count what the guest program itself does are equal: status,
# exit, vmsw, hc-gate, hc-ecall, reflect, attack. The other columns depend
# on time: the slow path takes longer, so a guest's timer interrupts fall
# elsewhere in its work and there are more of them (inject, sret, the CSR
# accesses of the handlers, task switches with their sfence.vma and shadow
# faults, cycles). They are printed side by side, not compared. One guest
# line depends on time too: the adversary's count of preemptions while it
# spins with interrupts masked, whose value is blanked before comparing.
#
# Usage: fastpath.sh SIM IMGDIR RESULTS MAX_CYCLES CFG...
set -u
sim=$1
img=$2
results=$3
max=$4
shift 4
work=$(dirname "$results")/vmm-fastpath-work
mkdir -p "$work"
: > "$results"
failed=0
fast_seen=0

pass() { echo "PASS $1" >> "$results"; echo "PASS $1"; }
fail() { echo "FAIL $1" >> "$results"; echo "FAIL $1: $2"; failed=1; }

# The statistics table, one line per guest: "NAME=VALUE ..." for the given
# columns, named as in the table's header (the column order may change).
stats() {
    awk -v want="$2" '
        /^\[vmm\] guest status / { for (i = 2; i <= NF; i++) col[$i] = i; hdr = 1; next }
        hdr && /^\[vmm\] +[0-9]+ / {
            n = split(want, w, " "); line = ""
            for (j = 1; j <= n; j++) {
                if (!(w[j] in col)) { print "missing-column-" w[j]; next }
                line = line w[j] "=" $(col[w[j]]) " "
            }
            print line
        }' "$1"
}

# Each guest's lines in order, guest after guest (how the consoles
# interleave depends on time), the adversary's preemption count blanked.
guests() {
    grep '^\[guest[0-9]*\] ' "$1" | sort -s -t ']' -k 1,1 |
        sed 's/^\(\[guest[0-9]*\] attack [0-9]*: spin with interrupts masked: contained\), .*/\1, N/'
}

for cfg in "$@"; do
    t=vmm-fastpath-$cfg
    for v in fast slow; do
        elf=$img/vmm-$cfg.elf
        [ $v = slow ] && elf=$img/vmm-slow-$cfg.elf
        "$sim" --max-cycles "$max" "$elf" < /dev/null > "$work/$cfg.$v.out" 2> "$work/$cfg.$v.err"
        echo $? > "$work/$cfg.$v.rc"
    done
    ok=1
    why=""
    for v in fast slow; do
        if [ "$(cat "$work/$cfg.$v.rc")" != 0 ] ||
           ! grep -qx '\[vmm\] every guest ended as required' "$work/$cfg.$v.out"; then
            ok=0
            why="$why $v run: exit $(cat "$work/$cfg.$v.rc") or a guest ended wrongly;"
        fi
    done
    guests "$work/$cfg.fast.out" > "$work/$cfg.fast.guests"
    guests "$work/$cfg.slow.out" > "$work/$cfg.slow.guests"
    if ! [ -s "$work/$cfg.fast.guests" ] || ! cmp -s "$work/$cfg.fast.guests" "$work/$cfg.slow.guests"; then
        ok=0
        why="$why guest consoles differ or are empty;"
    fi
    same="status exit vmsw hc-gate hc-ecall reflect attack"
    stats "$work/$cfg.fast.out" "$same" > "$work/$cfg.fast.same"
    stats "$work/$cfg.slow.out" "$same" > "$work/$cfg.slow.same"
    if ! [ -s "$work/$cfg.fast.same" ] || grep -q missing-column "$work/$cfg.fast.same" ||
       ! cmp -s "$work/$cfg.fast.same" "$work/$cfg.slow.same"; then
        ok=0
        why="$why statistics ($same) differ;"
    fi
    if stats "$work/$cfg.slow.out" fast | grep -qv '^fast=0 $'; then
        ok=0
        why="$why the slow monitor used a fast path;"
    fi
    stats "$work/$cfg.fast.out" fast | grep -qv '^fast=0 $' && fast_seen=1
    if [ $ok = 1 ]; then pass "$t"; else fail "$t" "$why"; fi
    echo "  $cfg, with and without the fast paths (columns that depend on time):"
    timed="csr-rd csr-wr fast sret sfence wfi shadow-pf inject switch cycles"
    stats "$work/$cfg.fast.out" "$timed" | sed 's/^/    fast: /'
    stats "$work/$cfg.slow.out" "$timed" | sed 's/^/    slow: /'
done
if [ $fast_seen = 1 ]; then
    pass vmm-fastpath-used
else
    fail vmm-fastpath-used "no run served a CSR fault on the fast path"
fi
exit $failed
