# SPDX-License-Identifier: Apache-2.0
# Sourced by the gdb session tests, which set $name (for their PASS/FAIL
# line) and $out (their output directory) first.

# gdb_test_init: an empty $out.
gdb_test_init() {
  mkdir -p "$out"
  rm -f "$out"/*
}

# fail MESSAGE: the reason on stderr, FAIL $name on stdout, exit 1.
fail() { echo "$name: $*" >&2; echo "FAIL $name"; exit 1; }

# gdb_start OUTDIR CMD... starts a
# simulator as `CMD... --gdb PORT` with a port picked at random from
# 20000..39999 (another one when that port is taken), stdout and stderr in
# OUTDIR/sim.stdout and OUTDIR/sim.stderr; sets $sim (pid) and $port and
# kills the simulator if the test exits before gdb_end, or returns 1 with
# the reason in $why.
gdb_start() {
  local out=$1 try
  shift
  for try in $(seq 10); do
    port=$((20000 + RANDOM % 20000))
    "$@" --gdb $port < /dev/null > "$out/sim.stdout" 2> "$out/sim.stderr" &
    sim=$!
    for _ in $(seq 100); do
      if grep -qxF "xvm-gdb: waiting for gdb on localhost:$port" "$out/sim.stderr" 2> /dev/null; then
        trap 'kill $sim 2> /dev/null' EXIT
        return 0
      fi
      kill -0 $sim 2> /dev/null || break
      sleep 0.1
    done
    grep -q 'cannot listen' "$out/sim.stderr" 2> /dev/null || break
    wait $sim
  done
  why="the server did not start: $(head -c 200 "$out/sim.stderr")"
  kill $sim 2> /dev/null
  return 1
}

# gdb_end: waits up to 10 s for the simulator started by gdb_start to end
# and sets $st to its exit status; a simulator still running then is
# killed, and gdb_end returns 1.
gdb_end() {
  for _ in $(seq 100); do
    kill -0 $sim 2> /dev/null || break
    sleep 0.1
  done
  if kill -0 $sim 2> /dev/null; then
    kill $sim 2> /dev/null
    wait $sim
    st=
    return 1
  fi
  wait $sim
  st=$?
  trap - EXIT
}

# gdb_script: writes $out/session.gdb, the connection to the simulator
# started by gdb_start followed by the commands on stdin.
gdb_script() {
  { printf 'set pagination off\nset confirm off\ntarget remote 127.0.0.1:%s\n' "$port"; cat; } \
    > "$out/session.gdb"
}

# gdb_run SECONDS ELF: gdb-multiarch runs $out/session.gdb with ELF's
# symbols (output in $out/gdb.out), then gdb_end; the test fails if either
# does.
gdb_run() {
  timeout "$1" gdb-multiarch -batch -nx -x "$out/session.gdb" "$2" > "$out/gdb.out" 2>&1 ||
    fail "gdb-multiarch failed ($?): $(tail -3 "$out/gdb.out")"
  gdb_end || fail "the simulator did not end"
}
