#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# The Makefiles' own user interface, one PASS/FAIL line per rule:
#   sim-value-refused    SIM=foo names the accepted values and stops make
#   sim-iss-honoured     SIM=iss runs a test target on build/xvm-iss
#   wave-sim-failure     make wave fails with the simulator's status and
#                        leaves no stale waveform behind
#   wave-window-empty    a window past the end of the program is reported
#   wave-ok              a good window: the waveform and the open command
# Usage: run.sh PROGRAM.elf WORKDIR   (PROGRAM: a short program that exits 0)
set -u
prog=$1 work=$2
rm -rf "$work"; mkdir -p "$work"
make="make --no-print-directory"
rc=0
check() {  # check NAME CONDITION-STATUS
  if [ "$2" -eq 0 ]; then echo "PASS make/$1"; else echo "FAIL make/$1"; rc=1; fi
}

$make -n test-asm SIM=foo > "$work/sim.out" 2> "$work/sim.err"; st=$?
[ $st -ne 0 ] && grep -q 'SIM=foo: accepted values are rtl (build/xvm-sim) and iss (build/xvm-iss)' "$work/sim.err"
check sim-value-refused $?

$make -n test-asm SIM=iss 2>&1 | grep -q 'build/xvm-iss'
check sim-iss-honoured $?

fst=$work/stale.fst
echo stale > "$fst"
$make wave PROG="$prog" WAVE_START=3000 WAVE_STOP=1000 WAVE_FST="$fst" > "$work/bad.out" 2>&1; st=$?
[ $st -ne 0 ] && [ ! -e "$fst" ] && grep -q "no waveform (xvm-sim exit status 2)" "$work/bad.out" &&
  ! grep -q 'open it with' "$work/bad.out"
check wave-sim-failure $?

fst=$work/late.fst
$make wave PROG="$prog" WAVE_START=100000000 WAVE_FST="$fst" > "$work/late.out" 2>&1; st=$?
[ $st -eq 0 ] && grep -q "$fst: warning: the run ended at cycle [0-9]*, before --trace-start 100000000: the waveform is empty" "$work/late.out"
check wave-window-empty $?

fst=$work/ok.fst
$make wave PROG="$prog" WAVE_START=10 WAVE_STOP=400 WAVE_FST="$fst" > "$work/ok.out" 2>&1; st=$?
[ $st -eq 0 ] && [ -s "$fst" ] && grep -qxF "open it with:  gtkwave $fst $work/ok.gtkw" "$work/ok.out" &&
  grep -qxF '[timestart] 100' "$work/ok.gtkw" &&
  ! grep -q 'xvm-sim: .*warning' "$work/ok.out"
check wave-ok $?
exit $rc
