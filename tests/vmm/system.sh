#!/bin/sh
# System tests of the firmware, the guest kernels and the monitor on a
# simulator. Writes PASS/FAIL lines to RESULTS and exits non-zero if any
# test failed.
#
# Usage: system.sh SIM IMGDIR RESULTS MAX_CYCLES
#   SIM      the simulator (build/xvm-sim or build/xvm-iss)
#   IMGDIR   directory holding native-*.elf and vmm-*.elf
set -u
sim=$1
img=$2
results=$3
max=$4
work=$(dirname "$results")/vmm-work
mkdir -p "$work"
: > "$results"
failed=0

pass() { echo "PASS $1" >> "$results"; echo "PASS $1"; }
fail() { echo "FAIL $1" >> "$results"; echo "FAIL $1: $2"; failed=1; }

# run NAME ELF: console output in $work/NAME.out, exit status in $work/NAME.rc
run() {
    "$sim" --max-cycles "$max" "$img/$2" > "$work/$1.out" 2> "$work/$1.err"
    echo $? > "$work/$1.rc"
}

# Console of guest N, prefix stripped.
guest_out() {
    sed -n "s/^\[guest$2\] //p" "$work/$1.out"
}

# Native references: firmware -> kernel, no monitor.
for k in a b apv; do
    run "native-$k" "native-$k.elf"
    if [ "$(cat "$work/native-$k.rc")" = 0 ] && grep -q 'all tasks done, 0 failed' "$work/native-$k.out"; then
        pass "vmm-native-$k"
    else
        fail "vmm-native-$k" "native kernel $k did not finish cleanly"
    fi
done

# check_guests TEST CONFIG KERNEL...: every guest's console equals the
# native console of its kernel, and the run exits 0.
check_guests() {
    t=$1
    cfg=$2
    shift 2
    run "$cfg" "vmm-$cfg.elf"
    ok=1
    why=""
    [ "$(cat "$work/$cfg.rc")" = 0 ] || { ok=0; why="exit status $(cat "$work/$cfg.rc")"; }
    n=0
    for k in "$@"; do
        guest_out "$cfg" "$n" > "$work/$cfg.guest$n"
        if ! cmp -s "$work/$cfg.guest$n" "$work/native-$k.out"; then
            ok=0
            why="$why guest$n differs from native-$k"
        fi
        n=$((n + 1))
    done
    if [ $ok = 1 ]; then pass "$t"; else fail "$t" "$why"; fi
}

check_guests vmm-equiv-full-a equiv-a a
check_guests vmm-equiv-full-b equiv-b b
check_guests vmm-equiv-paravirt equiv-apv apv
check_guests vmm-guests-2 two a b
check_guests vmm-guests-4 four a b apv a
check_guests vmm-guests-8 eight a b apv a b apv a b

exit $failed
