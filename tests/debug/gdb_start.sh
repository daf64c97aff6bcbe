# Sourced by the gdb session tests: gdb_start OUTDIR CMD... starts a
# simulator as `CMD... --gdb PORT` with a port picked at random from
# 20000..39999 (another one when that port is taken), stdout and stderr in
# OUTDIR/sim.stdout and OUTDIR/sim.stderr; sets $sim (pid) and $port, or
# returns 1 with the reason in $why.
gdb_start() {
  local out=$1 try
  shift
  for try in $(seq 10); do
    port=$((20000 + RANDOM % 20000))
    "$@" --gdb $port < /dev/null > "$out/sim.stdout" 2> "$out/sim.stderr" &
    sim=$!
    for _ in $(seq 100); do
      grep -qxF "xvm-gdb: waiting for gdb on localhost:$port" "$out/sim.stderr" 2> /dev/null && return 0
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
}
