#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Runs rig seeds FIRST..LAST through `SIM --cosim` (or, with SIM ending in
# xvm-iss, through the model alone) and prints PASS/FAIL rig/<seed> lines.
# Usage: run.sh SIM RIG FIRST LAST [INSNS] [WORKDIR]
# RIG_FLAGS: more options of the generator (--smc).
# A failing seed keeps WORKDIR/<seed>.S, .elf and .log (the simulator's
# stderr with the cosim report); reproduce with: run.sh SIM RIG N N
set -u
sim=$1 rig=$2 first=$3 last=$4 insns=${5:-26000} work=${6:-build/tests/rig/work}
cc=${RIG_CC:-riscv64-unknown-elf-gcc}
cflags="-march=rv32ima -mabi=ilp32 -misa-spec=2.2 -Ibuild/gen -nostdlib -nostartfiles -Wl,--no-warn-rwx-segments -T tests/rig/link.ld"
max=${RIG_MAX_CYCLES:-5000000}
mkdir -p "$work"
case $sim in *xvm-iss) mode= ;; *) mode=--cosim ;; esac
rc=0
seed=$first
while [ "$seed" -le "$last" ]; do
  base=$work/$seed
  if ! "$rig" --seed "$seed" --insns "$insns" ${RIG_FLAGS:-} > "$base.S"; then
    echo "FAIL rig/$seed (generator)"; rc=1
  elif ! $cc $cflags -o "$base.elf" "$base.S" 2> "$base.log"; then
    echo "FAIL rig/$seed (assembler: $(head -1 "$base.log"))"; rc=1
  else
    timeout 600 "$sim" $mode --max-cycles "$max" "$base.elf" > /dev/null 2> "$base.log"
    st=$?
    if [ "$st" -eq 0 ]; then
      echo "PASS rig/$seed"
      rm -f "$base.S" "$base.elf" "$base.log"
    else
      echo "FAIL rig/$seed (status $st: $(head -1 "$base.log"))"; rc=1
    fi
  fi
  seed=$((seed + 1))
done
exit $rc
