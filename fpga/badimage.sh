#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# badimage.sh TB DIR - runs the board's post-synthesis testbench TB on flash
# contents that the boot ROM must refuse: an erased flash, a wrong magic, a
# payload longer than the board's RAM and a length that is not a multiple of
# 4. Each must end with the LEDs showing "no valid image" (the testbench's
# "XVM_FPGA BOOT_ERROR") and without a flash protocol violation. Prints one
# "PASS fpga-postsynth/bad-image-<case>" or "FAIL ..." line per case.
set -u
[ $# -eq 2 ] || { echo "usage: badimage.sh TB DIR" >&2; exit 2; }
tb=$1 dir=$2
mkdir -p "$dir"
rc=0

# case NAME [BYTE...]: the image bytes (hex) from the flash offset on; none
# for an erased flash.
case_() {
    name=$1
    shift
    flash=
    if [ $# -gt 0 ]; then
        printf '%s\n' "$@" > "$dir/$name.hex"
        flash=+flash=$dir/$name.hex
    fi
    "$tb" $flash +uart="$dir/$name.uart" +max_cycles=200000 > "$dir/$name.log" 2>&1
    if grep -q '^XVM_FPGA BOOT_ERROR' "$dir/$name.log"; then
        echo "PASS fpga-postsynth/bad-image-$name"
    else
        echo "FAIL fpga-postsynth/bad-image-$name"
        echo "  $name: $(grep '^XVM_FPGA' "$dir/$name.log" || echo 'no result'), see $dir/$name.log" >&2
        rc=1
    fi
}

payload="13 00 00 00 13 00 00 00"
case_ erased
case_ bad-magic 58 56 4d 32 08 00 00 00 $payload
case_ too-long  58 56 4d 31 04 00 02 00 $payload
case_ unaligned 58 56 4d 31 06 00 00 00 $payload
exit $rc
