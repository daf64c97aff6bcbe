#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# postsynth.sh BOOT TB XVM_SIM RV_PREFIX RAM_BYTES MAX_CYCLES DIR PROGRAM.elf
# [NAME] - runs one program on a board's testbench TB (a post-synthesis
# netlist or the board's RTL) and prints "PASS NAME/<program>" or
# "FAIL NAME/<program>" (NAME defaults to fpga-postsynth). BOOT is how the
# image gets in: "flash" (the testbench's flash model holds it) or "serial"
# (the testbench sends the frame of fpga/load.py after a break).
# The serial output must equal what the RTL simulator XVM_SIM prints for the
# same ELF in the board's RAM_BYTES of RAM, except for lines that depend on
# the timer rate or the serial speed, which differ by design: the board's
# mtime ticks at 1 MHz (every cycle in simulation) and its UART takes 87 us
# per byte (no time in simulation). Those are the monitor's notices of a
# guest caught spinning by its watchdog and its per-guest statistics rows.
# With XVM_PS_COMPARE=interleaved (several guests whose output interleaves
# by the timer), each guest's lines must come in the same order and the
# whole output must hold the same lines, in any interleaving.
set -u
[ $# -eq 8 ] || [ $# -eq 9 ] || {
    echo "usage: postsynth.sh BOOT TB XVM_SIM RV_PREFIX RAM_BYTES MAX_CYCLES DIR PROGRAM.elf [NAME]" >&2; exit 2; }
boot=$1 tb=$2 sim=$3 prefix=$4 ram=$5 max=$6 dir=$7 elf=$8 test=${9:-fpga-postsynth}
case $boot in
    flash|serial) ;;
    *) echo "postsynth.sh: $boot: BOOT must be flash or serial" >&2; exit 2 ;;
esac
name=$(basename "$elf" .elf)
d=$dir/$name
timing_lines='^\[vmm\] (guest[0-9]+: spinning| +[0-9]+ )'

mkdir -p "$dir"
fail() {
    echo "FAIL $test/$name"
    echo "  $1" >&2
    exit 1
}
sh fpga/mkimage.sh "$prefix" "$elf" "$d.img" "$ram" || fail "no image"
if [ "$boot" = flash ]; then
    od -An -v -tx1 -w1 "$d.img" | tr -d ' ' > "$d.hex"
    image=+flash=$d.hex
else
    python3 fpga/load.py --frame-out "$d.frame" "$d.img" || fail "no frame"
    image=+rx=$d.frame
fi
"$sim" --ram-size "$ram" --max-cycles 100000000 "$elf" > "$d.expect" || fail "RTL simulation failed"
start=$(date +%s)
"$tb" "$image" +uart="$d.uart" +max_cycles="$max" > "$d.log" 2>&1
echo "  $name: $(grep '^XVM_FPGA' "$d.log" || echo 'no result') in $(( $(date +%s) - start )) s" >&2
grep -q '^XVM_FPGA PASS' "$d.log" || fail "$(grep '^XVM_FPGA' "$d.log")"
grep -Ev "$timing_lines" "$d.expect" > "$d.expect.cmp"
grep -Ev "$timing_lines" "$d.uart" > "$d.uart.cmp"
if [ "${XVM_PS_COMPARE:-exact}" = interleaved ]; then
    # Each source's lines in the same order, all lines the same; the count
    # of preemptions an adversary guest reports depends on the timer too.
    for f in "$d.expect.cmp" "$d.uart.cmp"; do
        sed 's/\(spin with interrupts masked: contained\), 0x[0-9a-f]*$/\1/' "$f" > "$f.m"
        sort -s -k1,1 "$f.m" > "$f.by-source"
        sort "$f.m" > "$f.sorted"
    done
    sed 's/^\(\[[a-z0-9]*\]\).*/\1/' "$d.expect.cmp.m" | sort -u | grep -v '^\[vmm\]$' |
    while read -r src; do
        grep -F "$src " "$d.expect.cmp.m" > "$d.expect.src"
        grep -F "$src " "$d.uart.cmp.m" > "$d.uart.src"
        cmp -s "$d.expect.src" "$d.uart.src" || { echo "$src"; break; }
    done > "$d.src-diff"
    [ ! -s "$d.src-diff" ] || fail "$(cat "$d.src-diff") output differs: see $d.expect.cmp.by-source, $d.uart.cmp.by-source"
    cmp -s "$d.expect.cmp.sorted" "$d.uart.cmp.sorted" || \
        fail "serial output lines differ: diff $d.expect.cmp.sorted $d.uart.cmp.sorted"
else
    cmp -s "$d.expect.cmp" "$d.uart.cmp" || fail "serial output differs: diff $d.expect.cmp $d.uart.cmp"
fi
echo "PASS $test/$name"
