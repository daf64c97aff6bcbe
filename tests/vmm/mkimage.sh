#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# xvm-mkimage: every kind of bad input is refused with exit status 2, one
# line on stderr "xvm-mkimage: FILE: reason" naming the problem and no
# output file; --help explains every option; a good image boots; the
# monitor refuses a corrupted bundle by itself (exit 4).
#
# Usage: mkimage.sh MKIMAGE SIM GUESTDIR TESTDIR HOST_ELF RESULTS MAX_CYCLES [PREFIX]
#   SIM       the simulator, or - to build the good images without booting
#             them (the monitor's own checks of corrupted bundles need SIM)
#   GUESTDIR  build/vmm/guest (the project's guest kernels)
#   TESTDIR   overlap.elf (overlapping segments, tests/vmm/overlap.S) and
#             fills.elf (fills 16 KiB, tests/vmm/fills.S)
#   HOST_ELF  any ELF that is not RV32 (the host's xvm-mkimage itself)
#   PREFIX    of the test names (default mkimage)
set -u
mk=$1
sim=$2
gdir=$3
tdir=$4
host_elf=$5
results=$6
max=$7
pre=${8:-mkimage}
work=$(dirname "$results")/$(basename "$results" .txt)
mkdir -p "$work"
: > "$results"
failed=0
a=$gdir/a/kernel.elf
b=$gdir/b/kernel.elf

pass() { echo "PASS $1" >> "$results"; echo "PASS $1"; }
fail() { echo "FAIL $1" >> "$results"; echo "FAIL $1: $2"; failed=1; }

# refused NAME EXPECTED_MESSAGE_PART ARGS...: exit 2, one stderr line
# "xvm-mkimage: ..." containing the part, no output image.
refused() {
    n=$1
    want=$2
    shift 2
    rm -f "$work/$n.elf"
    "$mk" -o "$work/$n.elf" "$@" > "$work/$n.out" 2> "$work/$n.err"
    rc=$?
    if [ $rc != 2 ]; then
        fail "$pre-$n" "exit status $rc, expected 2"
    elif [ "$(wc -l < "$work/$n.err")" != 1 ] || ! grep -q '^xvm-mkimage: ' "$work/$n.err" ||
            ! grep -qF -- "$want" "$work/$n.err"; then
        fail "$pre-$n" "message: $(cat "$work/$n.err")"
    elif [ -e "$work/$n.elf" ] || [ -s "$work/$n.out" ]; then
        fail "$pre-$n" "left an output"
    else
        pass "$pre-$n"
    fi
}

echo "not a kernel" > "$work/text.elf"
refused missing-file "xvm-mkimage: $work/no-such.elf: No such file or directory" \
    --guest "$work/no-such.elf"
refused unreadable "xvm-mkimage: $work: Is a directory" --guest "$work"
refused not-elf "not an ELF file" --guest "$work/text.elf"
refused not-rv32 "not an RV32" --guest "$host_elf"
refused outside-ram "lies outside guest RAM" --guest "$a,mem=16K"
refused native-kernel "lies outside guest RAM" --guest "$gdir/../img/native-a.elf"
refused overlap "overlap" --guest "$tdir/overlap.elf"
refused no-room-for-fdt "no room for the" --guest "$tdir/fills.elf,mem=16K"
refused too-large "of RAM with the monitor, which has 16384K" --guest "$a" --guest "$b" --guest "$a" --guest "$b,mem=8M"
refused too-many "the monitor supports at most 8" \
    --guest "$a,mem=64K" --guest "$a,mem=64K" --guest "$a,mem=64K" --guest "$a,mem=64K" \
    --guest "$a,mem=64K" --guest "$a,mem=64K" --guest "$a,mem=64K" --guest "$a,mem=64K" \
    --guest "$a,mem=64K"
refused unknown-option "unknown option 'colour'" --guest "$a,colour=red"
refused bad-mem "mem must be a multiple of 4K" --guest "$a,mem=5000"
refused bad-size "xvm-mkimage: $a: bad size 'lots': bytes, or with a K or M suffix" --guest "$a,mem=lots"
refused size-g "xvm-mkimage: $a: bad size '1G': bytes, or with a K or M suffix" --guest "$a,mem=1G"
refused size-wraps "larger than guest RAM can be" --guest "$a,mem=17592186044417M"
refused repeated-option "xvm-mkimage: $a: option 'mem' given twice" --guest "$a,mem=256K,mem=512K"
refused empty-option "xvm-mkimage: $a: empty option" --guest "$a,,mem=256K"
refused trailing-comma "xvm-mkimage: $a: empty option" --guest "$a,"
refused empty-guest "xvm-mkimage: --guest: no kernel file before the options" --guest ",mem=256K"
refused repeated-monitor "xvm-mkimage: --monitor given twice" \
    --monitor "$gdir/../img/vmm-bare.elf" --monitor "$gdir/../img/vmm-bare.elf" --guest "$a"
refused unknown-argument "usage: xvm-mkimage -o OUT.elf" --guest "$a" --colour red
refused bad-weight "weight must be" --guest "$a,weight=0"
refused bad-gate "gate must be on or off" --guest "$a,gate=maybe"
refused bad-name "name must be" --guest "$a,name=a/b"
refused no-guest "usage" --monitor "$gdir/../img/vmm-bare.elf"
refused not-a-monitor "not an Xvm monitor image" --monitor "$gdir/../img/native-a.elf" --guest "$a"
refused small-too-many "the monitor supports at most 2" --monitor "$gdir/../img/vmm-small-bare.elf" \
    --guest "$gdir/tiny/kernel.elf,mem=16K" --guest "$gdir/tiny/kernel.elf,mem=16K" \
    --guest "$gdir/tiny/kernel.elf,mem=16K"
refused small-too-large "which has 128K" --monitor "$gdir/../img/vmm-small-bare.elf" \
    --guest "$gdir/tiny/kernel.elf,mem=32K" --guest "$gdir/tiny/kernel.elf,mem=32K"

# overwrite NAME OUT INPUT: -o OUT with INPUT as the guest is refused and
# INPUT (a copy of kernel A) is left intact.
# refused NAME KEPT ORIGINAL LINE ARGS...: xvm-mkimage ARGS exits 2 with the
# one line LINE, and the input KEPT is still a copy of ORIGINAL.
refused() {
    n=$1 kept=$2 orig=$3 line=$4
    shift 4
    "$mk" "$@" > "$work/$n.out" 2> "$work/$n.err"
    rc=$?
    if [ $rc = 2 ] && [ "$(wc -l < "$work/$n.err")" = 1 ] &&
            grep -qxF "$line" "$work/$n.err" && cmp -s "$kept" "$orig"; then
        pass "$pre-$n"
    else
        fail "$pre-$n" "exit status $rc: $(cat "$work/$n.err")"
    fi
}
overwrite() {
    refused "$1" "$3" "$a" "xvm-mkimage: $2: the output would overwrite the guest kernel $3" -o "$2" --guest "$3"
}
rm -f "$work/victim.elf" "$work/victim-link.elf" "$work/victim-tmp.elf.tmp"
cp "$a" "$work/victim.elf"
overwrite overwrite-input "$work/victim.elf" "$work/victim.elf"
ln "$work/victim.elf" "$work/victim-link.elf"
overwrite overwrite-input-hard-link "$work/victim-link.elf" "$work/victim.elf"
overwrite overwrite-input-dot-path "$work/./victim.elf" "$work/victim.elf"
cp "$a" "$work/victim-tmp.elf.tmp"
refused overwrite-input-via-tmp "$work/victim-tmp.elf.tmp" "$a" \
    "xvm-mkimage: $work/victim-tmp.elf: the output's temporary file $work/victim-tmp.elf.tmp would overwrite the guest kernel $work/victim-tmp.elf.tmp" \
    -o "$work/victim-tmp.elf" --guest "$work/victim-tmp.elf.tmp"
cp "$gdir/../img/vmm-bare.elf" "$work/monitor-copy.elf"
refused overwrite-monitor "$work/monitor-copy.elf" "$gdir/../img/vmm-bare.elf" \
    "xvm-mkimage: $work/monitor-copy.elf: the output would overwrite the monitor $work/monitor-copy.elf" \
    -o "$work/monitor-copy.elf" --monitor "$work/monitor-copy.elf" --guest "$a"

# --help: every option explained on stdout, exit 0.
"$mk" --help > "$work/help.out" 2> "$work/help.err"
rc=$?
missing=""
for o in '-o OUT.elf' '--monitor MONITOR.elf' '--guest KERNEL.elf[,OPT=VAL...]' '-h, --help' 'mem=SIZE' 'weight=N' \
         'name=NAME' 'gate=on|off' 'expect=ok|fail|stop'; do
    sed -n 's/^  *//p' "$work/help.out" | grep -qF -- "$o" || missing="$missing '$o'"
done
if [ $rc = 0 ] && [ -z "$missing" ] && grep -q '^Exit status: 0 ' "$work/help.out" &&
        [ ! -s "$work/help.err" ]; then
    pass "$pre-help"
else
    fail "$pre-help" "exit status $rc, not explained:$missing"
fi

# Without a simulator: the good images are built, with nothing on stderr.
if [ "$sim" = - ]; then
    if "$mk" -o "$work/good.elf" --guest "$a,mem=256K,name=alpha,weight=2" --guest "$b,gate=off" \
            2> "$work/good.err" && [ ! -s "$work/good.err" ] && [ -s "$work/good.elf" ]; then
        pass "$pre-good"
    else
        fail "$pre-good" "$(cat "$work/good.err")"
    fi
    if "$mk" -o "$work/small.elf" --monitor "$gdir/../img/vmm-small-bare.elf" \
            --guest "$gdir/tiny/kernel.elf,mem=16K" --guest "$gdir/tinypv/kernel.elf,mem=16K" \
            2> "$work/small.err" && [ ! -s "$work/small.err" ] && [ -s "$work/small.elf" ]; then
        pass "$pre-small"
    else
        fail "$pre-small" "$(cat "$work/small.err")"
    fi
    exit $failed
fi

# A good image: two guests with options, every guest ends as required.
if "$mk" -o "$work/good.elf" --guest "$a,mem=256K,name=alpha,weight=2" \
        --guest "$b,gate=off" 2> "$work/good.err"; then
    "$sim" --max-cycles "$max" "$work/good.elf" < /dev/null > "$work/good.out" 2>&1
    rc=$?
    if [ $rc = 0 ] && grep -q '^\[vmm\] guest0: alpha at ' "$work/good.out" &&
            grep -q '^\[vmm\] every guest ended as required' "$work/good.out"; then
        pass "$pre-boots"
    else
        fail "$pre-boots" "exit status $rc"
    fi
else
    fail "$pre-boots" "$(cat "$work/good.err")"
fi

# The 128 KiB monitor (the FPGA board's RAM) with two 16 KiB guests.
if "$mk" -o "$work/small.elf" --monitor "$gdir/../img/vmm-small-bare.elf" \
        --guest "$gdir/tiny/kernel.elf,mem=16K" --guest "$gdir/tinypv/kernel.elf,mem=16K" 2> "$work/small.err"; then
    "$sim" --max-cycles "$max" --ram-size 131072 "$work/small.elf" < /dev/null > "$work/small.out" 2>&1
    rc=$?
    if [ $rc = 0 ] && [ "$(grep -c '^\[guest[01]\] tiny: done' "$work/small.out")" = 2 ]; then
        pass "$pre-small-128k"
    else
        fail "$pre-small-128k" "exit status $rc"
    fi
else
    fail "$pre-small-128k" "$(cat "$work/small.err")"
fi

# The device tree libfdt wrote for guest0 (alpha, 256K) is the tree of
# docs/guest-platform.md, as dtc prints it (tests/vmm/guest-alpha.dts.expected).
word() { od -An -tu4 -j "$1" -N4 "$work/good.elf" | tr -d ' '; }
boff=$(grep -obUa XVMB "$work/good.elf" | cut -d: -f1)
fo=$(word $((boff + 68)))
fs=$(word $((boff + 72)))
dd if="$work/good.elf" of="$work/good.dtb" bs=1 skip=$((boff + fo)) count="$fs" 2> /dev/null
dtc -q -I dtb -O dts "$work/good.dtb" > "$work/good.dts" 2>&1
if cmp -s "$work/good.dts" "$(dirname "$0")/guest-alpha.dts.expected"; then
    pass "$pre-fdt-as-documented"
else
    fail "$pre-fdt-as-documented" "diff tests/vmm/guest-alpha.dts.expected $work/good.dts"
fi

# The monitor checks the bundle itself: a corrupted magic and a guest count
# above its maximum stop it with exit status 4 before any guest runs.
corrupt() {
    n=$1
    field=$2
    bytes=$3
    want=$4
    cp "$work/good.elf" "$work/$n.elf"
    off=$(grep -obUa XVMB "$work/$n.elf" | cut -d: -f1)
    if [ "$(echo "$off" | wc -w)" != 1 ]; then
        fail "$pre-monitor-$n" "bundle magic not found exactly once"
        return
    fi
    printf "$bytes" | dd of="$work/$n.elf" bs=1 seek=$((off + field)) conv=notrunc 2> /dev/null
    "$sim" --max-cycles "$max" "$work/$n.elf" < /dev/null > "$work/$n.out" 2>&1
    rc=$?
    if [ $rc = 4 ] && grep -q "^\[vmm\] $want" "$work/$n.out" && ! grep -q '^\[guest' "$work/$n.out"; then
        pass "$pre-monitor-$n"
    else
        fail "$pre-monitor-$n" "exit status $rc: $(head -1 "$work/$n.out")"
    fi
}
# Offsets in vmm/bundle.h: header words magic 0, version 4, size 8,
# ram_size 12, count 16; the first guest from 20: name 20..35, mem_size 36,
# weight 40, flags 44, expect 48, entry 52, load_off 56, image_off 60,
# image_size 64, fdt_off 68, fdt_size 72.
corrupt bad-magic 0 'XXXX' "no guest bundle"
corrupt bad-version 4 '\002' "no guest bundle"
corrupt bad-count 16 '\011' "bad number of guests"
corrupt zero-count 16 '\000' "bad number of guests"
corrupt bad-size 8 '\377\377\377\177' "bad guest bundle size"
corrupt bad-ram 12 '\000\000\000\002' "bad guest bundle size"
corrupt bad-name 20 'AAAAAAAAAAAAAAAA' "bad guest name in the bundle"
corrupt bad-mem 36 '\001\020' "guest does not fit in memory"
corrupt bad-weight 40 '\000' "bad guest options"
corrupt bad-flags 44 '\002' "bad guest options"
corrupt bad-expect 48 '\007' "bad guest options"
corrupt bad-entry 52 '\000\000\000\020' "guest entry point outside its image"
corrupt image-outside 64 '\000\000\000\001' "guest data outside the bundle"
corrupt bad-fdt-size 72 '\051\000\000\000' "guest device tree is not a device tree blob"

exit $failed
