#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# postsynth.sh TB XVM_SIM RV_PREFIX MAX_CYCLES DIR PROGRAM.elf - runs one
# program on the board's post-synthesis testbench TB and prints
# "PASS fpga-postsynth/<name>" or "FAIL fpga-postsynth/<name>".
# The serial output must equal what the RTL simulator XVM_SIM prints for the
# same ELF in the board's 128 KiB of RAM, except for lines that depend on
# the timer rate or the serial speed, which differ by design: the board's
# mtime ticks at 1 MHz (every cycle in simulation) and its UART takes 87 us
# per byte (no time in simulation). Those are the monitor's notices of a
# guest caught spinning by its watchdog and its per-guest statistics rows.
set -u
[ $# -eq 6 ] || { echo "usage: postsynth.sh TB XVM_SIM RV_PREFIX MAX_CYCLES DIR PROGRAM.elf" >&2; exit 2; }
tb=$1 sim=$2 prefix=$3 max=$4 dir=$5 elf=$6
name=$(basename "$elf" .elf)
d=$dir/$name
timing_lines='^\[vmm\] (guest[0-9]+: spinning| +[0-9]+ )'

mkdir -p "$dir"
fail() {
    echo "FAIL fpga-postsynth/$name"
    echo "  $1" >&2
    exit 1
}
sh fpga/mkimage.sh "$prefix" "$elf" "$d.img" || fail "no image"
od -An -v -tx1 -w1 "$d.img" | tr -d ' ' > "$d.hex"
"$sim" --ram-size 131072 --max-cycles 100000000 "$elf" > "$d.expect" || fail "RTL simulation failed"
start=$(date +%s)
"$tb" +flash="$d.hex" +uart="$d.uart" +max_cycles="$max" > "$d.log" 2>&1
echo "  $name: $(grep '^XVM_FPGA' "$d.log" || echo 'no result') in $(( $(date +%s) - start )) s" >&2
grep -q '^XVM_FPGA PASS' "$d.log" || fail "$(grep '^XVM_FPGA' "$d.log")"
grep -Ev "$timing_lines" "$d.expect" > "$d.expect.cmp"
grep -Ev "$timing_lines" "$d.uart" > "$d.uart.cmp"
cmp -s "$d.expect.cmp" "$d.uart.cmp" || fail "serial output differs: diff $d.expect.cmp $d.uart.cmp"
echo "PASS fpga-postsynth/$name"
