#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# bench-linux: Linux natively and as the monitor's lone guest on SIM, cycle
# figures from init's "bench:" lines (the time CSR, which the simulators
# advance once per cycle): boot to init's last line, getpid round trip and
# page fault, and the guest/native ratios against the issue's targets.
# Usage: bench.sh SIM NATIVE.elf GUEST_IMAGE.elf OUTDIR MAX_CYCLES GUEST_RAM_SIZE
set -eu
[ $# -eq 6 ] || { echo "bench.sh: usage: bench.sh SIM NATIVE.elf GUEST_IMAGE.elf OUTDIR MAX_CYCLES GUEST_RAM_SIZE" >&2; exit 2; }
sim=$1 native=$2 guest=$3 out=$4 max=$5 ram=$6
mkdir -p "$out"
"$sim" --max-cycles "$max" "$native" < /dev/null | tr -d '\r' > "$out/native.out"
"$sim" --ram-size "$ram" --max-cycles "$max" "$guest" < /dev/null | tr -d '\r' > "$out/guest.out"

# fig FILE PREFIX KEY: the number after "bench: KEY " in FILE's lines.
fig() {
  v=$(sed -n "s/^$2bench: $3 \([0-9]*\)\$/\1/p" "$1")
  [ -n "$v" ] || { echo "bench.sh: $1: no 'bench: $3' line" >&2; exit 1; }
  echo "$v"
}
nb=$(fig "$out/native.out" '' 'init done at time')
gb=$(fig "$out/guest.out" '\[guest0\] ' 'init done at time')
ng=$(fig "$out/native.out" '' 'getpid time')
gg=$(fig "$out/guest.out" '\[guest0\] ' 'getpid time')
nf=$(fig "$out/native.out" '' 'fault time per page')
gf=$(fig "$out/guest.out" '\[guest0\] ' 'fault time per page')
m=scripts/bench_metric.sh
sh $m "Linux boot to init's last line, native" "$nb" cycles
sh $m "Linux boot to init's last line, guest" "$gb" cycles
sh $m "Linux boot, guest / native" "$(echo "scale=2; $gb / $nb" | bc)" x "<= 1.3"
sh $m "Linux getpid round trip, native" "$ng" cycles
sh $m "Linux getpid round trip, guest" "$gg" cycles
sh $m "Linux getpid, guest / native" "$(echo "scale=2; $gg / $ng" | bc)" x "<= 3"
sh $m "Linux page fault, native" "$nf" cycles
sh $m "Linux page fault, guest" "$gf" cycles
