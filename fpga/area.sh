#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# area.sh AREA.txt - per-module resources from a hierarchical Yosys stat
# (synth_ice40 -noflatten): LUT4, flip-flops, carries, BRAM and DSP cells of
# each module itself (not its submodules), times its number of instances.
# Hierarchical synthesis optimizes less across module boundaries, so the
# total is somewhat above the flattened build's.
set -eu
[ $# -eq 1 ] || { echo "usage: area.sh AREA.txt" >&2; exit 2; }
[ -f "$1" ] || { echo "area.sh: $1: no such file" >&2; exit 2; }
awk '
  function short(m) { sub(/^\$paramod(\$[0-9a-f]+)?\\/, "", m); sub(/\\.*/, "", m); return m }
  /^=== design hierarchy ===/ { hier = 1; mod = ""; next }
  /^=== / { mod = short($2); if (!(mod in seen)) { seen[mod] = 1; mods[++n] = mod }; next }
  hier && NF == 2 && $2 ~ /^[0-9]+$/ && $1 !~ /:$/ { inst[short($1)] += $2; next }
  hier { next }
  mod != "" && $1 == "SB_LUT4"       { lut[mod] += $2 }
  mod != "" && $1 ~ /^SB_DFF/        { ff[mod] += $2 }
  mod != "" && $1 == "SB_CARRY"      { cy[mod] += $2 }
  mod != "" && $1 ~ /^SB_RAM40_4K/   { bram[mod] += $2 }
  mod != "" && $1 == "SB_MAC16"      { dsp[mod] += $2 }
  END {
    printf "%-20s %5s %6s %6s %6s %5s %4s\n", "module", "inst", "LUT4", "FF", "CARRY", "BRAM", "DSP"
    for (i = 1; i <= n; i++) {
      m = mods[i]; k = inst[m] ? inst[m] : 1
      printf "%-20s %5d %6d %6d %6d %5d %4d\n", m, k, k * lut[m], k * ff[m], k * cy[m], k * bram[m], k * dsp[m]
      tl += k * lut[m]; tf += k * ff[m]; tc += k * cy[m]; tb += k * bram[m]; td += k * dsp[m]
    }
    printf "%-20s %5s %6d %6d %6d %5d %4d\n", "total", "", tl, tf, tc, tb, td
  }' "$1"
