#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Install what the project needs on Debian 12, if any of it is missing:
# the Debian packages (apt-get update once, then apt-get install, as root)
# and the pinned Python tools of requirements.txt in a virtual environment
# under the build directory (never the system Python).
# Usage: deps.sh BUILD_DIR. Called by `make deps` and, through a stamp
# file, by every top-level target before the Makefiles are read again.
set -eu
build=${1:-build}
pkgs="make gcc g++ libc6-dev pkg-config python3 python3-venv git ca-certificates
verilator gcc-riscv64-unknown-elf picolibc-riscv64-unknown-elf
libcmocka-dev libsystemc-dev yosys nextpnr-ice40 fpga-icestorm iverilog
gtkwave qemu-system-misc device-tree-compiler libfdt-dev gdb-multiarch
openfpgaloader debootstrap zlib1g-dev
linux-source-6.1 gcc-riscv64-linux-gnu flex bison bc xz-utils perl patch"
missing=""
for p in $pkgs; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done
if [ -n "$missing" ]; then
  echo "xvm: installing missing Debian packages:$missing" >&2
  if [ "$(id -u)" != 0 ]; then
    echo "xvm: not root; install them with: sudo apt-get install$missing" >&2
    exit 2
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  # shellcheck disable=SC2086
  apt-get install -y -qq --no-install-recommends $missing >&2
  echo "xvm: Debian packages installed" >&2
fi

# The venv is rebuilt when requirements.txt changes (its copy is the stamp).
venv=$build/venv
if ! cmp -s requirements.txt "$venv/requirements.txt" 2>/dev/null; then
  echo "xvm: installing the pinned Python tools (requirements.txt) into $venv" >&2
  rm -rf "$venv"
  /usr/bin/python3 -m venv "$venv"
  "$venv/bin/pip" install -q --disable-pip-version-check -r requirements.txt >&2
  cp requirements.txt "$venv/requirements.txt"
  echo "xvm: Python tools installed" >&2
fi
