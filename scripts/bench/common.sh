# Sourced by the bench:* scripts (run from the project root): the one app server a bench starts,
# and a build that is never older than the code it measures.

server_pid=""
stop_server() {
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  server_pid=""
}

# build_if_stale LOG — `next build` when .next is missing, older than the sources, or BENCH_BUILD=1.
build_if_stale() {
  local log="$1" stale=""
  if [[ -f .next/BUILD_ID ]]; then
    stale="$(find app lib components pages proxy.ts next.config.ts -newer .next/BUILD_ID -type f 2>/dev/null | head -n 1)"
  fi
  if [[ ! -f .next/BUILD_ID || -n "$stale" || "${BENCH_BUILD:-}" == "1" ]]; then
    echo "building the app (npx next build)…"
    npm run --silent db:generate
    npx next build >"$log" 2>&1 || { cat "$log"; exit 1; }
  fi
}

# start_server PORT LOG — `next start` on a loopback port (not through npx: $server_pid is the
# server itself, which stop_server stops), appending to LOG; returns once /api/health answers.
start_server() {
  local port="$1" log="$2"
  ./node_modules/.bin/next start -p "$port" -H 127.0.0.1 >>"$log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 240); do
    curl -fsS -o /dev/null "http://127.0.0.1:${port}/api/health" 2>/dev/null && return 0
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.25
  done
  cat "$log" >&2
  return 1
}
