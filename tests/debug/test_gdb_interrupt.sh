#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# Ctrl-C under gdb against a real simulator's --gdb server: `continue` on a
# program that never ends (a jump to itself, or wfi with no interrupt
# enabled), SIGINT to gdb after a second (what Ctrl-C in its terminal does):
# gdb must report the stop inside the program's loop at 0x80000000 (or
# 0x80000004 after the wfi); then `kill` ends the simulator with status 1.
# Usage: test_gdb_interrupt.sh NAME OUTDIR LOOP.elf SIMULATOR [OPTION...]
set -u
name=$1 out=$2 prog=$3
shift 3
. "$(dirname "$0")/gdb_start.sh"
gdb_test_init

gdb_start "$out" "$@" "$prog" || fail "$why"

gdb_script <<GDB
python
import os, signal, threading
threading.Timer(1.0, lambda: os.kill(os.getpid(), signal.SIGINT)).start()
end
continue
printf "stopped at 0x%x\n", \$pc
kill
GDB
gdb_run 60 "$prog"
grep -q "received signal SIGINT" "$out/gdb.out" || fail "no SIGINT stop: $(tail -3 "$out/gdb.out")"
grep -qxE "stopped at 0x8000000[04]" "$out/gdb.out" || fail "wrong stop: $(tail -3 "$out/gdb.out")"
[ $st = 1 ] || fail "exit status $st after kill, want 1"
echo "PASS $name"
