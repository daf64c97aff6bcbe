#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Benchmarks of the monitor, measured by the guests with the cycle counter.
# Usage: bench.sh SIM IMGDIR OUT MAX_CYCLES; prints a table and writes it
# to OUT. Exits non-zero only when a benchmark program fails to run.
set -u
sim=$1
img=$2
out=$3
max=$4
work=$(dirname "$out")/bench-work
mkdir -p "$work"

run() {
    if ! "$sim" --max-cycles "$max" "$img/$1.elf" > "$work/$1.out" 2> "$work/$1.err"; then
        echo "bench-vmm: $1 failed on $sim" >&2
        exit 1
    fi
}

# value RUN NAME: the figure a guest printed as "bench: NAME N".
value() {
    sed -n "s/^\(\[guest[0-9]*\] \)\{0,1\}bench: $2 \([0-9]*\)$/\2/p" "$work/$1.out" | head -n 1
}

for r in native-bench native-c vmm-bench vmm-switch vmm-cpu; do
    run "$r"
done

cpu_native=$(value native-c cpu-bound)
cpu_vmm=$(value vmm-cpu cpu-bound)
overhead=$(awk -v a="$cpu_vmm" -v b="$cpu_native" 'BEGIN { printf "%.1f", (a - b) * 100.0 / b }')
{
    echo "vmm benchmarks on $sim (cycles, mcycle)"
    printf '%-34s %8s   %s\n' "null hypercall, gate round trip" "$(value vmm-bench hypercall-gate)" "target <= 30"
    printf '%-34s %8s   %s\n' "null hypercall, ecall round trip" "$(value vmm-bench hypercall-ecall)" "target <= 150"
    printf '%-34s %8s   %s\n' "emulated csrr sstatus round trip" "$(value vmm-bench csrr-sstatus)" "target <= 60; native $(value native-bench csrr-sstatus)"
    printf '%-34s %8s   %s\n' "emulated csrc sstatus round trip" "$(value vmm-bench csrw-sstatus)" "native $(value native-bench csrw-sstatus)"
    printf '%-34s %8s   %s\n' "null guest system call (getpid)" "$(value vmm-cpu null-syscall)" "native $(value native-c null-syscall)"
    printf '%-34s %8s   %s\n' "guest-to-guest world switch" "$(value vmm-switch world-switch)" "target <= 500"
    printf '%-34s %8s   %s\n' "CPU-bound task" "$cpu_vmm" "native $cpu_native: ${overhead} % (target <= 2 %)"
} | tee "$out"

m() { sh scripts/bench_metric.sh "$@" > /dev/null; }
m "null hypercall, gate round trip" "$(value vmm-bench hypercall-gate)" cycles "<= 30"
m "null hypercall, ecall round trip" "$(value vmm-bench hypercall-ecall)" cycles "<= 150"
m "emulated csrr sstatus round trip" "$(value vmm-bench csrr-sstatus)" cycles "<= 60"
m "null guest system call (getpid)" "$(value vmm-cpu null-syscall)" cycles
m "null system call (getpid), native" "$(value native-c null-syscall)" cycles
m "guest-to-guest world switch" "$(value vmm-switch world-switch)" cycles "<= 500"
m "CPU-bound guest task vs native" "$overhead" "%" "<= 2"
