#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# The GTKWave translate filter: every disassembler table word (branch and
# jump targets only in the relative rows, since the filter has no pc) and
# the extra cases give exactly the expected line, in order; and an answer
# comes back for each line while stdin stays open (GTKWave waits for it).
# Usage: test_wave_filter.sh FILTER TABLE EXTRA CASES   (prints PASS/FAIL)
set -u
filter=$1 table=$2 extra=$3 cases=$4
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
ok=1

awk -F'\t' -v in_f="$tmp/in" -v exp_f="$tmp/exp" '
  BEGIN { n = split("j jal beq bne blt bge bltu bgeu beqz bnez blez bgez bltz bgtz", a, " ")
          for (i = 1; i <= n; i++) cf[a[i]] = 1 }
  /^#/ || NF < 3 { next }
  $1 != "rel" && ($3 in cf) { next }
  { t = $3; for (i = 4; i <= NF; i++) t = t " " $i; print $2 > in_f; print t > exp_f }
' "$table" "$extra"
awk -F'\t' -v in_f="$tmp/in" -v exp_f="$tmp/exp" '
  /^#/ { next } { print $1 >> in_f; print $2 >> exp_f }' "$cases"

if ! "$filter" < "$tmp/in" > "$tmp/out" 2> "$tmp/err"; then
  echo "wave filter: exit status $?" >&2; ok=0
elif ! cmp -s "$tmp/exp" "$tmp/out"; then
  echo "wave filter: output differs (expected <, got >):" >&2
  diff "$tmp/exp" "$tmp/out" | head -20 >&2; ok=0
fi
echo "$([ $ok = 1 ] && echo PASS || echo FAIL) debug/wave-filter"

# Line-at-a-time answers: stdin stays open after one line.
ok=1
mkfifo "$tmp/fifo"
"$filter" < "$tmp/fifo" > "$tmp/iout" &
fpid=$!
exec 3> "$tmp/fifo"
echo 0000000b >&3
got=
for _ in $(seq 30); do
  got=$(head -n 1 "$tmp/iout"); [ -n "$got" ] && break; sleep 0.1
done
exec 3>&-
wait "$fpid"
if [ "$got" != "vmsw.0" ]; then
  echo "wave filter: no flushed answer while stdin stays open (got \"$got\")" >&2; ok=0
fi
# usage error: one line on stderr, exit status 2
"$filter" extra-argument < /dev/null > /dev/null 2> "$tmp/err"; st=$?
if [ $st != 2 ] || [ "$(wc -l < "$tmp/err")" != 1 ]; then
  echo "wave filter: bad usage gave status $st" >&2; ok=0
fi
echo "$([ $ok = 1 ] && echo PASS || echo FAIL) debug/wave-filter-interactive"
