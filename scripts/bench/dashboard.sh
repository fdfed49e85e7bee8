#!/usr/bin/env bash
# npm run bench:dashboard — the reviewer's year dashboard for 1,000 units through the running
# app: p50/p95/p99 of GET /review?year=…, sequential and concurrent, the page's size, and the
# CSV/XLSX export (target: DESIGN.md §10, p50 < 200 ms). Not a test.
#
# Uses its own database (SQLite file data/bench-dashboard.db, rebuilt on each run, never the
# dev database) and port 3210.
#   BENCH_BUILD=1            rebuild the app first (also done when .next is missing or older than the sources)
#   BENCH_DATABASE_URL=postgresql://…/fazhi_bench_dashboard   also run against PostgreSQL (dropped and re-created)
#   BENCH_UNITS, BENCH_PAST_YEARS, BENCH_REQUESTS, BENCH_CONCURRENCY, BENCH_EXPORTS   see scripts/bench/dashboard.ts
set -euo pipefail
cd "$(dirname "$0")/../.."
export NEXT_TELEMETRY_DISABLED=1
# shellcheck source=scripts/bench/common.sh
source scripts/bench/common.sh
port="${BENCH_PORT:-3210}"
export NEXTAUTH_SECRET=bench-secret-0123456789abcdef0123456789
export NEXTAUTH_URL="http://127.0.0.1:${port}"
export BENCH_BASE_URL="http://127.0.0.1:${port}"

trap stop_server EXIT

build_if_stale /tmp/fazhi-bench-build.log

# bench URL — reset and seed the database, generate the units, start the app on it, measure, stop it.
bench() {
  export DATABASE_URL="$1"
  npx tsx tests/reset-db.ts >/dev/null
  npm run --silent db:seed >/dev/null
  npx tsx scripts/bench/dashboard-data.ts
  # Not through npx: $! is then the server process itself, which the trap stops.
  ./node_modules/.bin/next start -p "$port" -H 127.0.0.1 >/tmp/fazhi-bench-dashboard-server.log 2>&1 &
  server_pid=$!
  for _ in $(seq 1 120); do
    if curl -fsS -o /dev/null "http://127.0.0.1:${port}/api/auth/csrf" 2>/dev/null; then break; fi
    if ! kill -0 "$server_pid" 2>/dev/null; then cat /tmp/fazhi-bench-dashboard-server.log; exit 1; fi
    sleep 0.5
  done
  npx tsx scripts/bench/dashboard.ts
  stop_server
}

bench "file:./data/bench-dashboard.db"
if [[ -n "${BENCH_DATABASE_URL:-}" ]]; then
  bench "$BENCH_DATABASE_URL"
fi
