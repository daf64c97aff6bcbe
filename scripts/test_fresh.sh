#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# test-fresh: the two-command promise on a fresh Debian 12. A minimal root
# (debootstrap --variant=minbase with only git, make and ca-certificates)
# gets a clone of this repository at REV; inside it, with chroot and an
# empty environment, `make run` and then `make test` must both pass.
# The mirror is the machine's own (its apt sources); the root receives the
# machine's network settings (hosts, resolver, local CA certificates, pip's
# configuration), which an installed machine has and debootstrap does not
# write, nothing else.
# Usage: test_fresh.sh WORKDIR [REV]   (PASS/FAIL lines on stdout)
set -eu
work=$1 rev=${2:-HEAD}
repo=$(git rev-parse --show-toplevel)
root=$work/root
log=$work/log

fail() { echo "FAIL fresh/$1"; exit 1; }

mirror=$( { cat /etc/apt/sources.list 2>/dev/null | awk '$1 == "deb" && $3 ~ /^bookworm$/ { print $2 }';
            cat /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '
              /^URIs:/ { uri = $2 } /^Suites:/ { for (i = 2; i <= NF; i++) if ($i == "bookworm") print uri }'; } |
          head -n 1)
[ -n "$mirror" ] || { echo "test-fresh: /etc/apt: no bookworm mirror in the machine's apt sources" >&2; exit 2; }

unmount() {
  for m in dev/pts dev proc; do
    if mountpoint -q "$root/$m" 2>/dev/null; then umount "$root/$m"; fi
  done
}
trap unmount EXIT INT TERM
unmount
rm -rf "$work"
mkdir -p "$work" "$log"

echo "test-fresh: debootstrap bookworm from $mirror into $root" >&2
debootstrap --variant=minbase --include=git,make,ca-certificates bookworm "$root" "$mirror" \
  > "$log/debootstrap.log" 2>&1 || { tail -5 "$log/debootstrap.log" >&2; fail debootstrap; }

cp /etc/hosts /etc/resolv.conf "$root/etc/"
if ls /usr/local/share/ca-certificates/*.crt > /dev/null 2>&1; then
  cp /usr/local/share/ca-certificates/*.crt "$root/usr/local/share/ca-certificates/"
  chroot "$root" update-ca-certificates > /dev/null 2>&1
fi
[ -f /etc/pip.conf ] && cp /etc/pip.conf "$root/etc/pip.conf"

git clone -q --no-hardlinks "$repo" "$root/root/xvm"
git -C "$root/root/xvm" checkout -q "$(git -C "$repo" rev-parse "$rev")"

mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"

in_root() {
  chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=dumb \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    sh -c "cd /root/xvm && $1"
}
for goal in run test; do
  echo "test-fresh: make $goal in the fresh root (log: $log/$goal.log)" >&2
  if in_root "make $goal" < /dev/null > "$log/$goal.log" 2>&1; then
    echo "PASS fresh/make-$goal"
  else
    tail -20 "$log/$goal.log" >&2
    fail "make-$goal"
  fi
done
