#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# The RTL and the reference model must write the same commit log for the
# same program (docs/architecture.md, "Commit log"): runs each program on
# both and compares.
# Usage: diff.sh SIM_A SIM_B RESULTS ELF...
set -u
a=$1 b=$2 results=$3
shift 3
work=$(mktemp -d /tmp/xvm-diff.XXXXXX)
trap 'rm -rf "$work"' EXIT
: > "$results"
failed=0
for elf in "$@"; do
  name=$(basename "$elf" .elf)
  timeout 120 "$a" --max-cycles 10000000 --commit-log "$work/a.log" "$elf" < /dev/null > "$work/a.out" 2>&1
  rc_a=$?
  timeout 120 "$b" --max-cycles 10000000 --commit-log "$work/b.log" "$elf" < /dev/null > "$work/b.out" 2>&1
  rc_b=$?
  if [ "$rc_a" -ne "$rc_b" ]; then
    echo "FAIL commit-diff/$name" >> "$results"
    echo "FAIL commit-diff/$name: exit $rc_a vs $rc_b" >&2
    failed=1
  elif ! cmp -s "$work/a.log" "$work/b.log"; then
    echo "FAIL commit-diff/$name" >> "$results"
    echo "FAIL commit-diff/$name: first difference:" >&2
    diff "$work/a.log" "$work/b.log" | head -4 >&2
    failed=1
  else
    echo "PASS commit-diff/$name" >> "$results"
  fi
done
exit $failed
