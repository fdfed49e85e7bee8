#!/usr/bin/env bash
# npm run bench:save — 50 concurrent writers saving sections through the running app; prints
# p50/p95/p99 latency and the number of lost updates (target: DESIGN.md §10). Not a test.
#
# Uses its own database (SQLite file data/bench-save.db, reset on each run) and port 3200.
#   BENCH_BUILD=1            rebuild the app first (also done when .next/BUILD_ID is missing)
#   BENCH_DATABASE_URL=postgresql://…/fazhi_bench   also run against PostgreSQL (that database is dropped and re-created)
#   BENCH_WRITERS, BENCH_SAVES, BENCH_THINK_MS, BENCH_BODY_CHARS   see scripts/bench/save.ts
set -euo pipefail
cd "$(dirname "$0")/../.."
export NEXT_TELEMETRY_DISABLED=1
# shellcheck source=scripts/bench/common.sh
source scripts/bench/common.sh
port="${BENCH_PORT:-3200}"
export NEXTAUTH_SECRET=bench-secret-0123456789abcdef0123456789
export NEXTAUTH_URL="http://127.0.0.1:${port}"
export BENCH_BASE_URL="http://127.0.0.1:${port}"

trap stop_server EXIT

build_if_stale /tmp/fazhi-bench-build.log

# bench URL — reset and seed the database, start the app on it, run the writers, stop the app.
bench() {
  export DATABASE_URL="$1"
  npx tsx tests/reset-db.ts >/dev/null
  npm run --silent db:seed >/dev/null
  # Not through npx: $! is then the server process itself, which the trap stops.
  ./node_modules/.bin/next start -p "$port" -H 127.0.0.1 >/tmp/fazhi-bench-server.log 2>&1 &
  server_pid=$!
  for _ in $(seq 1 120); do
    if curl -fsS -o /dev/null "http://127.0.0.1:${port}/api/auth/csrf" 2>/dev/null; then break; fi
    if ! kill -0 "$server_pid" 2>/dev/null; then cat /tmp/fazhi-bench-server.log; exit 1; fi
    sleep 0.5
  done
  npx tsx scripts/bench/save.ts
  stop_server
}

bench "file:./data/bench-save.db"
if [[ -n "${BENCH_DATABASE_URL:-}" ]]; then
  bench "$BENCH_DATABASE_URL"
fi
