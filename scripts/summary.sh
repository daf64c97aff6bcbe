#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Count the PASS/FAIL lines that the test targets wrote and print the totals.
set -eu
dir=$1
pass=$(cat "$dir"/*.txt 2>/dev/null | grep -c '^PASS ' || true)
fail=$(cat "$dir"/*.txt 2>/dev/null | grep -c '^FAIL ' || true)
if [ "$fail" -ne 0 ]; then
  echo "Failed:"
  cat "$dir"/*.txt | grep '^FAIL ' | sed 's/^/  /'
fi
if [ "$pass" -eq 0 ] && [ "$fail" -eq 0 ]; then
  echo "no tests ran" >&2
  exit 1
fi
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
