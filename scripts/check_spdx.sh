#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# test-spdx: every source file of the repository names its licence in an
# SPDX line among its first two lines (the second after a shebang or a
# Verilator configuration's first line).
set -eu
n=0 bad=0
for f in $(git ls-files); do
  case $f in
    *.c|*.h|*.S|*.ld|*.v|*.vh|*.cpp|*.sh|*.mk|*.py|*.pcf|*.vlt|*.gtkw|*.lpf|*.patch|*.txt|*.core|Makefile|.ci/run|requirements.txt) ;;
    *) continue ;;
  esac
  case $f in tests/debug/*.txt) continue ;; esac  # test data, compared byte for byte
  n=$((n + 1))
  if head -n 2 "$f" | grep -q 'SPDX-License-Identifier: '; then :; else
    echo "FAIL spdx/$f"; bad=$((bad + 1))
  fi
done
[ "$n" -gt 0 ] || { echo "FAIL spdx (no source files found)"; exit 1; }
[ "$bad" -eq 0 ] && echo "PASS spdx ($n files)"
[ "$bad" -eq 0 ]
