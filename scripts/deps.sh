#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Install the Debian 12 packages the project needs, if any are missing.
# Called by `make deps` (and, through a stamp file, by every top-level target).
set -eu
pkgs="verilator gcc-riscv64-unknown-elf picolibc-riscv64-unknown-elf
libcmocka-dev libsystemc-dev yosys nextpnr-ice40 fpga-icestorm iverilog
gtkwave qemu-system-misc device-tree-compiler libfdt-dev gdb-multiarch
pkg-config"
missing=""
for p in $pkgs; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done
[ -z "$missing" ] && exit 0
echo "xvm: installing missing Debian packages:$missing" >&2
if [ "$(id -u)" != 0 ]; then
  echo "xvm: not root; install them with: sudo apt-get install$missing" >&2
  exit 2
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >&2
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $missing >&2
echo "xvm: dependencies installed" >&2
