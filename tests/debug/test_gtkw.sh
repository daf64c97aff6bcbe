#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# sim/wave/xvm.gtkw against a real waveform of build/xvm-sim: every signal
# the save file shows exists under that name in the FST (GTKWave silently
# drops unknown ones), and every translate filter it names is built.
# Usage: test_gtkw.sh WAVE.fst SAVE.gtkw   (prints PASS/FAIL)
set -u
fst=$1 gtkw=$2
name=debug/gtkw-signals
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
ok=1

fst2vcd "$fst" 2> /dev/null | sed '/^\$enddefinitions/q' |
  awk '/^\$scope/ { s[++d] = $3 } /^\$upscope/ { d-- }
       /^\$var/ { n = s[1]; for (i = 2; i <= d; i++) n = n "." s[i]
                  r = ($6 == "$end") ? "" : $6; print n "." $5 r }' | sort -u > "$tmp/names"
[ -s "$tmp/names" ] || { echo "$name: no signals in $fst" >&2; ok=0; }

grep -vE '^(\[|\*|@|-|\^)' "$gtkw" | sed -E 's/^\+\{[^}]*\} //' | grep . > "$tmp/shown"
[ "$(wc -l < "$tmp/shown")" -ge 40 ] || { echo "$name: too few signals in $gtkw" >&2; ok=0; }
while IFS= read -r sig; do
  grep -qxF -- "$sig" "$tmp/names" || { echo "$name: $sig is not in the waveform" >&2; ok=0; }
done < "$tmp/shown"

while read -r _ filter; do
  [ -x "$filter" ] || { echo "$name: translate filter $filter is not built" >&2; ok=0; }
done < <(grep '^\^>' "$gtkw")
[ "$(grep -c '^\^>' "$gtkw")" -ge 5 ] || { echo "$name: instruction traces lack the filter" >&2; ok=0; }

echo "$([ $ok = 1 ] && echo PASS || echo FAIL) $name"
