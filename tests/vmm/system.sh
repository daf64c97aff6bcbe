#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
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
ram_opt=""

pass() { echo "PASS $1" >> "$results"; echo "PASS $1"; }
fail() { echo "FAIL $1" >> "$results"; echo "FAIL $1: $2"; failed=1; }

# run NAME ELF [OPTION...]: console output in $work/NAME.out, exit status
# in $work/NAME.rc
run() {
    n=$1
    elf=$2
    shift 2
    "$sim" --max-cycles "$max" "$@" "$img/$elf" < /dev/null > "$work/$n.out" 2> "$work/$n.err"
    echo $? > "$work/$n.rc"
}

# Console of guest N, prefix stripped.
guest_out() {
    sed -n "s/^\[guest$2\] //p" "$work/$1.out"
}

# Native references: firmware -> kernel, no monitor.
for k in a b apv tiny; do
    run "native-$k" "native-$k.elf"
    if [ "$(cat "$work/native-$k.rc")" = 0 ] && grep -q 'all tasks done, 0 failed\|^tiny: done' "$work/native-$k.out"; then
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
    run "$cfg" "vmm-$cfg.elf" $ram_opt
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

check_guests vmm-demo demo a b apv
# Firmware, monitor and two guests in 128 KiB of RAM.
ram_opt="--ram-size 131072"
check_guests vmm-small-128k small tiny tiny
ram_opt=""

# Console input: Ctrl-A 1 gives guest1 the console; only it gets the line.
printf '\0011hello\n' | "$sim" --max-cycles "$max" "$img/vmm-input.elf" > "$work/input.out" 2> "$work/input.err"
rc=$?
if [ $rc = 0 ] && guest_out input 1 | grep -qx 'tiny: input hello' &&
   guest_out input 0 | grep -qx 'tiny: no input' &&
   grep -qF '[vmm] guest1: has the console' "$work/input.out"; then
    pass vmm-console-focus
else
    fail vmm-console-focus "guest1 did not get the input line alone (exit $rc)"
fi

# Isolation: the adversarial guest beside a normal one.
run iso vmm-iso.elf
guest_out iso 1 > "$work/iso.guest1"
if cmp -s "$work/iso.guest1" "$work/native-a.out"; then
    pass vmm-isolation-normal-guest-output
else
    fail vmm-isolation-normal-guest-output "the normal guest's console differs from native"
fi
attacks=$(guest_out iso 0 | grep -c '^attack [0-9]*: .*: contained, ')
escaped=$(guest_out iso 0 | grep -c 'NOT CONTAINED')
if [ "$attacks" = 15 ] && [ "$escaped" = 0 ]; then
    pass vmm-isolation-attacks-contained
else
    fail vmm-isolation-attacks-contained "$attacks of 15 attacks contained, $escaped escaped"
fi
# count PATTERN MIN: the monitor reported PATTERN for guest0 at least MIN times.
reports_ok=1
for spec in "access to the monitor's half:4" "vmsw outside the gate:2" \
            "PTE maps va 0x20000000 to 0x00f00000, outside the partition:1" \
            "spinning with interrupts masked:1" \
            "wfi with no interrupt enabled:1" "storm of illegal instructions:1" \
            "hypercall buffer outside the partition:4" \
            "stopped (satp root outside the partition):1"; do
    pat=${spec%:*}
    min=${spec##*:}
    n=$(grep -cF "[vmm] guest0: $pat" "$work/iso.out")
    if [ "$n" -lt "$min" ]; then
        reports_ok=0
        echo "  missing monitor report: $pat ($n < $min)"
    fi
done
if [ $reports_ok = 1 ]; then
    pass vmm-isolation-reports
else
    fail vmm-isolation-reports "the monitor did not report every attack"
fi
if [ "$(cat "$work/iso.rc")" = 0 ]; then
    pass vmm-isolation-exit
else
    fail vmm-isolation-exit "exit status $(cat "$work/iso.rc")"
fi

# The adversary's failure path: its first probe, a load from its own memory
# that the monitor rightly allows, is reported NOT CONTAINED, the guest
# exits with status 1 after the other attacks, and the run, which required
# it to be stopped, fails (exit 1, not the simulator's 124 for a hang).
run uncontained vmm-uncontained.elf
ok=1
why=""
guest_out uncontained 0 > "$work/uncontained.guest0"
grep -qx 'attack 0: load from its own memory: NOT CONTAINED, 0xffffffff' "$work/uncontained.guest0" ||
    { ok=0; why="$why no NOT CONTAINED line for attack 0;"; }
[ "$(grep -c 'NOT CONTAINED' "$work/uncontained.guest0")" = 1 ] || { ok=0; why="$why other attacks escaped;"; }
grep -qx 'adversary: 1 attacks not contained' "$work/uncontained.guest0" ||
    { ok=0; why="$why no summary;"; }
grep -qxF "[vmm] guest0: exited with status 1" "$work/uncontained.out" || { ok=0; why="$why status not 1;"; }
grep -qxF "[vmm] some guests did not end as required" "$work/uncontained.out" || { ok=0; why="$why run not failed;"; }
[ "$(cat "$work/uncontained.rc")" = 1 ] || { ok=0; why="$why exit status $(cat "$work/uncontained.rc")"; }
if [ $ok = 1 ]; then pass vmm-adversary-not-contained; else fail vmm-adversary-not-contained "$why"; fi

# Fault containment: guests that crash in three ways beside two normal ones.
run crash vmm-crash.elf
ok=1
why=""
guest_out crash 0 > "$work/crash.guest0"
guest_out crash 2 > "$work/crash.guest2"
cmp -s "$work/crash.guest0" "$work/native-a.out" || { ok=0; why="$why guest0 output"; }
cmp -s "$work/crash.guest2" "$work/native-b.out" || { ok=0; why="$why guest2 output"; }
grep -qF "[vmm] guest1: stopped (trap loop)" "$work/crash.out" || { ok=0; why="$why trap loop not stopped"; }
grep -qF "[vmm] guest3: exited with status 1" "$work/crash.out" || { ok=0; why="$why panic not reported"; }
grep -qF "[vmm] guest4: stopped (satp root outside the partition)" "$work/crash.out" ||
    { ok=0; why="$why bogus satp not stopped"; }
[ "$(cat "$work/crash.rc")" = 0 ] || { ok=0; why="$why exit status $(cat "$work/crash.rc")"; }
if [ $ok = 1 ]; then pass vmm-fault-containment; else fail vmm-fault-containment "$why"; fi

exit $failed
