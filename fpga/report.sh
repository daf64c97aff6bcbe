#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# report.sh STAT.txt NEXTPNR.log TARGET_MHZ - the board's resource and timing
# summary: cell counts from Yosys's stat, logic-cell use and the achieved
# Fmax of the core clock from nextpnr's log (its last, post-route figure).
set -eu
[ $# -eq 3 ] || { echo "usage: report.sh STAT.txt NEXTPNR.log TARGET_MHZ" >&2; exit 2; }
stat=$1 log=$2 target=$3
for f in "$stat" "$log"; do
    [ -f "$f" ] || { echo "report.sh: $f: no such file" >&2; exit 2; }
done

cells() {
    awk -v re="$1" '$1 ~ re { s += $2 } END { print s + 0 }' "$stat"
}
util() {
    awk -v c="$1" '$2 == c":" { v = $3 $4 } END { print v }' "$log"
}

echo "xvm_icebreaker on iCE40UP5K-SG48 (target $target MHz)"
printf '  %-22s %s\n' "LUT4 (yosys)" "$(cells '^SB_LUT4$') / 5280"
printf '  %-22s %s\n' "flip-flops (yosys)" "$(cells '^SB_DFF')"
printf '  %-22s %s\n' "carry cells (yosys)" "$(cells '^SB_CARRY$')"
printf '  %-22s %s\n' "logic cells (nextpnr)" "$(util ICESTORM_LC)"
printf '  %-22s %s\n' "BRAM 4 kbit" "$(util ICESTORM_RAM)"
printf '  %-22s %s\n' "SPRAM 256 kbit" "$(util ICESTORM_SPRAM)"
printf '  %-22s %s\n' "DSP (SB_MAC16)" "$(util ICESTORM_DSP)"
last=$(grep "Max frequency for clock" "$log" | grep -v "clk_12m" | tail -1) || true
fmax=$(echo "$last" | sed -n "s/.*clock '\([^']*\)': \([0-9.]*\) MHz.*/\2 MHz (clock \1)/p")
printf '  %-22s %s\n' "Fmax (nextpnr)" "${fmax:-none (not placed and routed)}"
if [ -z "$fmax" ]; then
    echo "timing: FAIL (no timing: $(grep -m1 '^ERROR' "$log" || echo 'place and route did not finish'))"
elif echo "$last" | grep -q "FAIL"; then
    echo "timing: FAIL at $target MHz"
else
    echo "timing: PASS at $target MHz"
fi
