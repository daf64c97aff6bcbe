#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# mkimage.sh PREFIX PROGRAM.elf OUT.img RAM_BYTES - the image the boards'
# boot ROM reads (fpga/bootrom.S) from flash or, with a checksum added by
# fpga/load.py, from the serial line: the magic "XVM1", the payload length
# (little-endian, bytes, padded to whole words) and the program as a flat
# binary from the RAM base. PREFIX is the RISC-V binutils prefix; the
# program must fit the board's RAM_BYTES.
set -eu
[ $# -eq 4 ] || { echo "usage: mkimage.sh PREFIX PROGRAM.elf OUT.img RAM_BYTES" >&2; exit 2; }
prefix=$1 elf=$2 out=$3 ram_bytes=$4
ram_base=0x80000000
case $ram_bytes in
    ''|*[!0-9]*) echo "mkimage.sh: $ram_bytes: RAM_BYTES must be a decimal number" >&2; exit 2 ;;
esac

[ -f "$elf" ] || { echo "mkimage.sh: $elf: no such file" >&2; exit 2; }
first=$("${prefix}readelf" -lW "$elf" 2>/dev/null | awk '$1 == "LOAD" && $5 !~ /^0x0+$/ { print $4; exit }') || true
[ "$first" = "$ram_base" ] || { echo "mkimage.sh: $elf: first loaded segment is not at $ram_base" >&2; exit 2; }

tmp=$out.bin.tmp
"${prefix}objcopy" -O binary "$elf" "$tmp"
len=$(( ($(wc -c < "$tmp") + 3) / 4 * 4 ))
if [ "$len" -gt "$ram_bytes" ]; then
    rm -f "$tmp"
    echo "mkimage.sh: $elf: $len bytes do not fit the board's $ram_bytes bytes of RAM" >&2
    exit 2
fi
le32() {
    printf "$(printf '\\%03o\\%03o\\%03o\\%03o' $(($1 & 255)) $(($1 >> 8 & 255)) $(($1 >> 16 & 255)) $(($1 >> 24 & 255)))"
}
{ printf 'XVM1'; le32 "$len"; cat "$tmp"; head -c $(( len - $(wc -c < "$tmp") )) /dev/zero; } > "$out.tmp"
rm -f "$tmp"
mv "$out.tmp" "$out"
