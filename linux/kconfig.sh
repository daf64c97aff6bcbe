#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Writes the kernel configuration of the project into OBJ/.config:
# rv32_defconfig, the project's fragment merged onto it, the initramfs
# list, then checks that every value the fragment asks for was kept (a
# dependency Kconfig resolved otherwise is an error, not a surprise at boot).
# Usage: kconfig.sh SRC OBJ FRAGMENT INITRAMFS_LIST CROSS_COMPILE
set -eu
[ $# -eq 5 ] || { echo "kconfig.sh: usage: kconfig.sh SRC OBJ FRAGMENT INITRAMFS_LIST CROSS_COMPILE" >&2; exit 2; }
src=$1 obj=$2 frag=$3 list=$4 cross=$5
[ -r "$frag" ] || { echo "kconfig.sh: $frag: cannot read" >&2; exit 2; }
kmake() { make -s --no-print-directory -C "$src" O="$obj" ARCH=riscv CROSS_COMPILE="$cross" "$@"; }

mkdir -p "$obj"
kmake rv32_defconfig >/dev/null
"$src/scripts/kconfig/merge_config.sh" -m -O "$obj" "$obj/.config" "$frag" >/dev/null
"$src/scripts/config" --file "$obj/.config" --set-str INITRAMFS_SOURCE "$list"
kmake olddefconfig >/dev/null

bad=0
for l in $(sed -n -e 's/^\(CONFIG_[A-Za-z0-9_]*=.*\)$/\1/p' \
                  -e 's/^# \(CONFIG_[A-Za-z0-9_]*\) is not set$/\1=n/p' "$frag"); do
  k=${l%%=*} want=${l#*=}
  got=$(sed -n -e "s/^$k=//p" -e "s/^# $k is not set\$/n/p" "$obj/.config")
  [ -n "$got" ] || got=n
  if [ "$got" != "$want" ]; then
    echo "kconfig.sh: $frag: $k=$want did not take (the configuration has $got)" >&2
    bad=1
  fi
done
exit $bad
