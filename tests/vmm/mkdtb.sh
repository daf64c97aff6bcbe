#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# xvm-mkdtb: bad arguments are refused with exit status 2 and one line
# "xvm-mkdtb: reason" on stderr, an output it cannot write with exit status
# 1, and a good run writes the guest tree with the memory size and name it
# was given.
#
# Usage: mkdtb.sh MKDTB RESULTS
set -u
mkdtb=$1
results=$2
work=$(dirname "$results")/$(basename "$results" .txt)
mkdir -p "$work"
: > "$results"

pass() { echo "PASS $1" >> "$results"; echo "PASS $1"; }
fail() { echo "FAIL $1" >> "$results"; echo "FAIL $1: $2"; }

# refused NAME STATUS MESSAGE ARGS...: exit STATUS, exactly the one line
# MESSAGE on stderr, nothing on stdout.
refused() {
    n=$1
    want_rc=$2
    want=$3
    shift 3
    "$mkdtb" "$@" > "$work/$n.out" 2> "$work/$n.err"
    rc=$?
    if [ $rc != "$want_rc" ]; then
        fail "mkdtb-$n" "exit status $rc, expected $want_rc"
    elif [ "$(cat "$work/$n.err")" != "$want" ] || [ -s "$work/$n.out" ]; then
        fail "mkdtb-$n" "stderr: $(cat "$work/$n.err")"
    else
        pass "mkdtb-$n"
    fi
}

refused no-arguments 2 "xvm-mkdtb: usage: xvm-mkdtb MEM_SIZE NAME OUT"
refused too-many 2 "xvm-mkdtb: usage: xvm-mkdtb MEM_SIZE NAME OUT" 0x40000 a "$work/x.dtb" extra
refused size-not-a-number 2 "xvm-mkdtb: 256K: not a memory size" 256K a "$work/x.dtb"
refused size-zero 2 "xvm-mkdtb: 0: not a memory size" 0 a "$work/x.dtb"
refused size-above-4g 2 "xvm-mkdtb: 0x100000000: not a memory size" 0x100000000 a "$work/x.dtb"
refused size-empty 2 "xvm-mkdtb: : not a memory size" "" a "$work/x.dtb"
refused out-missing-dir 1 "xvm-mkdtb: $work/none/x.dtb: No such file or directory" \
    0x40000 a "$work/none/x.dtb"
refused out-full 1 "xvm-mkdtb: /dev/full: write failed" 0x40000 a /dev/full

rm -f "$work/good.dtb"
if "$mkdtb" 0x40000 alpha "$work/good.dtb" 2> "$work/good.err" &&
        dtc -q -I dtb -O dts "$work/good.dtb" > "$work/good.dts" 2>&1 &&
        grep -q 'reg = <0x40000000 0x40000>;' "$work/good.dts" &&
        grep -q 'label = "alpha";' "$work/good.dts"; then
    pass "mkdtb-good"
else
    fail "mkdtb-good" "$(cat "$work/good.err" "$work/good.dts" 2> /dev/null | head -3)"
fi
