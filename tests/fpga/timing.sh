#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# timing.sh OUTDIR - fpga/timing.py on a hand-made routed design whose
# paths are known: two flip-flops of the core clock fed by one of them
# through two LUTs (4.5 ns) and directly (2.7 ns), and a slower path from
# another clock's flip-flop that must not count. Then its bad input: one
# line on stderr and exit status 2. PASS/FAIL lines on stdout.
set -u
out=$1
d=$out/timing
rm -rf "$d" && mkdir -p "$d"
fail=0
check() { if [ "$2" = 0 ]; then echo "PASS fpga-timing/$1"; else echo "FAIL fpga-timing/$1"; fail=1; fi; }

cat > "$d/nextpnr-1.sdf" <<'SDF'
(DELAYFILE
  (SDFVERSION "3.0")
  (DESIGN "xvm_ulx3s")
  (TIMESCALE 1ps)
  (CELL
    (CELLTYPE "xvm_ulx3s")
    (INSTANCE )
    (DELAY
      (ABSOLUTE
        (INTERCONNECT clkbuf/O ra/CLK (0:0:0) (0:0:0))
        (INTERCONNECT clkbuf/O rb\$ff/CLK (0:0:0) (0:0:0))
        (INTERCONNECT clkbuf/O rc/CLK (0:0:0) (0:0:0))
        (INTERCONNECT osc/O rx/CLK (0:0:0) (0:0:0))
        (INTERCONNECT ra/Q l1/A (0:500:1000) (0:400:800))
        (INTERCONNECT l1/F l2\$comb/A (0:500:1000) (0:500:1000))
        (INTERCONNECT l2\$comb/F rb\$ff/DI (0:500:1000) (0:500:1000))
        (INTERCONNECT ra/Q rc/DI (0:1000:2000) (0:1000:2000))
        (INTERCONNECT rx/Q rb\$ff/DI (0:5000:9000) (0:5000:9000))
      )
    )
  )
  (CELL
    (CELLTYPE "TRELLIS_FF")
    (INSTANCE ra)
    (DELAY (ABSOLUTE (IOPATH CLK Q (0:0:500) (0:0:500))))
  )
  (CELL
    (CELLTYPE "TRELLIS_COMB")
    (INSTANCE l1)
    (DELAY (ABSOLUTE (IOPATH A F (0:0:400) (0:0:300))))
  )
  (CELL
    (CELLTYPE "TRELLIS_COMB")
    (INSTANCE l2\$comb)
    (DELAY (ABSOLUTE (IOPATH A F (0:0:400) (0:0:400))))
  )
  (CELL
    (CELLTYPE "TRELLIS_FF")
    (INSTANCE rb\$ff)
    (TIMINGCHECK
      (SETUPHOLD (posedge DI) (posedge CLK) (0:0:200) (0:0:0))
      (SETUPHOLD (negedge DI) (posedge CLK) (0:0:200) (0:0:0))
    )
  )
  (CELL
    (CELLTYPE "TRELLIS_FF")
    (INSTANCE rc)
    (TIMINGCHECK (SETUPHOLD (posedge DI) (posedge CLK) (0:0:200) (0:0:0)))
  )
  (CELL
    (CELLTYPE "TRELLIS_FF")
    (INSTANCE rx)
    (DELAY (ABSOLUTE (IOPATH CLK Q (0:0:500) (0:0:500))))
    (TIMINGCHECK (SETUPHOLD (posedge DI) (posedge CLK) (0:0:200) (0:0:0)))
  )
)
SDF
cat > "$d/xvm_ulx3s.json" <<'JSON'
{"modules": {"xvm_ulx3s": {
  "cells": {
    "ra": {"type": "TRELLIS_FF", "attributes": {"src": "rtl/xvm_core.v:10.1-12.2|cells_map.v:1.1"},
           "port_directions": {"Q": "output"}, "connections": {"Q": [2]}},
    "l1": {"type": "LUT4", "attributes": {}, "port_directions": {"Z": "output"}, "connections": {"Z": [3]}},
    "l2": {"type": "LUT4", "attributes": {}, "port_directions": {"Z": "output"}, "connections": {"Z": [5]}},
    "rb": {"type": "TRELLIS_FF", "attributes": {"src": "rtl/xvm_bpu.v:60.3-60.9"},
           "port_directions": {"Q": "output"}, "connections": {"Q": [6]}},
    "rc": {"type": "TRELLIS_FF", "attributes": {}, "port_directions": {"Q": "output"}, "connections": {"Q": [7]}}
  },
  "netnames": {
    "core.sum": {"hide_name": 0, "bits": [5]},
    "core.sum_LUT4_Z": {"hide_name": 0, "bits": [5]},
    "core.other_q": {"hide_name": 0, "bits": [7]},
    "l1_LUT4_Z": {"hide_name": 0, "bits": [3]}
  }}}}
JSON
echo 1 > "$d/best-seed.txt"

cat > "$d/expected" <<'EXP'
xvm_ulx3s, seed 1: five worst paths of the core clock (clkbuf)
  worst 4.50 ns = 222.22 MHz
  1. 4.50 ns (logic 1.50, routing 3.00), 2 levels: rtl/xvm_core.v:10 -> rtl/xvm_bpu.v:60
     via core.sum
  2. 2.70 ns (logic 0.70, routing 2.00), 0 levels: rtl/xvm_core.v:10 -> core.other_q
EXP
python3 fpga/timing.py ulx3s "$d" > "$d/out" 2> "$d/err"
rc=$?
[ $rc -eq 0 ] && cmp -s "$d/out" "$d/expected"
check paths $?

# bad input: usage, no build, a file that is not SDF
bad() {
    name=$1 want=$2
    shift 2
    python3 fpga/timing.py "$@" > "$d/out" 2> "$d/err"
    rc=$?
    [ $rc -eq 2 ] && [ "$(wc -l < "$d/err")" -eq 1 ] && grep -q "^timing.py: .*$want" "$d/err" && [ ! -s "$d/out" ]
    check "$name" $?
}
bad usage "usage" nosuchboard "$d"
bad no-build "no place-and-route result" ulx3s "$d/none"
echo "(DELAYFILE (CELL" > "$d/nextpnr-2.sdf"
bad not-sdf "not an SDF delay file" ulx3s "$d" 2
exit $fail
