#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# The independent kernel of sw/guest/byog, written only against
# docs/guest-platform.md, under the monitor (alone, and beside two of the
# project's kernels) and natively under the project's firmware, on QEMU's
# virt machine and on the simulator. Output is checked exactly.
#
# The platforms legitimately differ in two things, and only there:
# - "fdt:" lines: the monitor hands the guest a device tree (a1); the
#   firmware passes none (a1 = 0), so natively the kernel prints "fdt: none";
# - "xvm:" lines: only the monitor offers the Xvm SBI extension.
# Everything else (SBI answers, paging, U task, timer ticks, system calls,
# SRST shutdown) prints the same lines.
#
# Usage: byog.sh MKIMAGE SIM BYOG_GUEST_ELF NATIVE_IMAGE GUESTDIR EXPECTDIR RESULTS MAX_CYCLES
set -u
mk=$1
sim=$2
guest=$3
native=$4
gdir=$5
exp=$6
results=$7
max=$8
work=$(dirname "$results")/vmm-byog
mkdir -p "$work"
: > "$results"
failed=0

pass() { echo "PASS $1" >> "$results"; echo "PASS $1"; }
fail() { echo "FAIL $1" >> "$results"; echo "FAIL $1: $2"; failed=1; }

# check NAME RC OUTPUT EXPECTED
check() {
    if [ "$2" != 0 ]; then
        fail "$1" "exit status $2"
    elif ! cmp -s "$3" "$4"; then
        fail "$1" "output differs: diff $4 $3"
    else
        pass "$1"
    fi
}

if [ "$(grep -v '^fdt:\|^xvm:' "$exp/byog-monitor.expected")" = \
     "$(grep -v '^fdt:\|^xvm:' "$exp/byog-native.expected")" ]; then
    pass vmm-byog-expectations-agree
else
    fail vmm-byog-expectations-agree "the expected outputs differ outside fdt:/xvm: lines"
fi

# Alone under the monitor.
"$mk" -o "$work/alone.elf" --guest "$guest,name=byog" 2> "$work/alone.mkerr"
"$sim" --max-cycles "$max" "$work/alone.elf" < /dev/null > "$work/alone.out" 2> "$work/alone.err"
rc=$?
sed -n 's/^\[guest0\] //p' "$work/alone.out" > "$work/alone.guest0"
check vmm-byog-monitor "$rc" "$work/alone.guest0" "$exp/byog-monitor.expected"

# Beside the project's kernels A and A-paravirtual, time-sliced.
"$mk" -o "$work/beside.elf" --guest "$guest,name=byog" --guest "$gdir/a/kernel.elf,mem=256K" \
    --guest "$gdir/apv/kernel.elf,mem=256K,weight=2" 2> "$work/beside.mkerr"
"$sim" --max-cycles "$max" "$work/beside.elf" < /dev/null > "$work/beside.out" 2> "$work/beside.err"
rc=$?
sed -n 's/^\[guest0\] //p' "$work/beside.out" > "$work/beside.guest0"
if [ $rc = 0 ] && [ "$(grep -c '^\[guest[12]\] kernel: all tasks done, 0 failed' "$work/beside.out")" = 2 ]; then
    check vmm-byog-beside-others 0 "$work/beside.guest0" "$exp/byog-monitor.expected"
else
    fail vmm-byog-beside-others "exit status $rc or the other kernels did not finish"
fi

# Natively: firmware + kernel linked at 0x80400000, on QEMU virt and on the simulator.
timeout 60 qemu-system-riscv32 -M virt -cpu rv32,c=off -icount shift=0 -bios none -m 16M \
    -display none -serial stdio -monitor none -kernel "$native" < /dev/null > "$work/qemu.out" 2> "$work/qemu.err"
check vmm-byog-native-qemu $? "$work/qemu.out" "$exp/byog-native.expected"
"$sim" --max-cycles "$max" "$native" < /dev/null > "$work/native.out" 2> "$work/native.err"
check vmm-byog-native-sim $? "$work/native.out" "$exp/byog-native.expected"

exit $failed
