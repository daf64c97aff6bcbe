#!/bin/sh
# area.sh AREA.txt - per-module resources from a hierarchical Yosys stat
# (synth_ice40 -noflatten): LUT4, flip-flops, carries, BRAM, DSP per module,
# counting each module's own cells (not its submodules).
set -eu
[ $# -eq 1 ] || { echo "usage: area.sh AREA.txt" >&2; exit 2; }
[ -f "$1" ] || { echo "area.sh: $1: no such file" >&2; exit 2; }
awk '
  /^=== / { mod = $2; mods[++n] = mod; next }
  /design hierarchy/ { exit }
  mod != "" && $1 ~ /^SB_LUT4$/      { lut[mod] += $2 }
  mod != "" && $1 ~ /^SB_DFF/        { ff[mod] += $2 }
  mod != "" && $1 ~ /^SB_CARRY$/     { cy[mod] += $2 }
  mod != "" && $1 ~ /^SB_RAM40_4K/   { bram[mod] += $2 }
  mod != "" && $1 ~ /^SB_MAC16$/     { dsp[mod] += $2 }
  END {
    printf "%-40s %6s %6s %6s %5s %4s\n", "module (own cells)", "LUT4", "FF", "CARRY", "BRAM", "DSP"
    for (i = 1; i <= n; i++) { m = mods[i]
      printf "%-40s %6d %6d %6d %5d %4d\n", m, lut[m], ff[m], cy[m], bram[m], dsp[m] }
  }' "$1"
