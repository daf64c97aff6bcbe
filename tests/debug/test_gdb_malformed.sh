#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# Malformed remote-protocol input against a real simulator's --gdb server
# (gdb_malformed.py): each bad packet gets its error reply, the simulator
# never crashes; then "kill" must end it with status 1, and a connection
# dropped in the middle of a packet must let the program run on to its own
# end (gdb_prog: "sum 10", status 0).
# Usage: test_gdb_malformed.sh NAME OUTDIR kill|drop PROGRAM.elf SIMULATOR [OPTION...]
set -u
name=$1 out=$2 mode=$3 prog=$4
shift 4
. "$(dirname "$0")/gdb_start.sh"
gdb_test_init

gdb_start "$out" "$@" "$prog" || fail "$why"
timeout 60 python3 "$(dirname "$0")/gdb_malformed.py" $port $mode 2> "$out/client.stderr"
client=$?
gdb_end || fail "the simulator did not end"
[ $client = 0 ] || fail "$(head -3 "$out/client.stderr")"
if [ $mode = kill ]; then want_st=1 want_out=; else want_st=0 want_out="sum 10"; fi
[ $st = $want_st ] || fail "exit status $st, want $want_st: $(tail -2 "$out/sim.stderr")"
[ "$(cat "$out/sim.stdout")" = "$want_out" ] || fail "output \"$(cat "$out/sim.stdout")\""
echo "PASS $name"
