#!/usr/bin/env bash
# npm run bench:docx — the Word export of the 珍溪镇 2022 report, in process and through the
# running app (scripts/bench/docx.ts prints the figures; target DESIGN.md §10, < 300 ms).
# Not a test.
#
# The HTTP part uses its own database (SQLite file data/bench-docx.db, rebuilt on each run) and
# port 3220, and the built app (built first when .next is missing or older than the sources).
#   BENCH_HTTP=0         in process only: no build, no server
#   BENCH_BUILD=1        rebuild the app first
#   BENCH_DOCX_N, BENCH_CONCURRENCY   see scripts/bench/docx.ts
set -euo pipefail
cd "$(dirname "$0")/../.."
export NEXT_TELEMETRY_DISABLED=1
# shellcheck source=scripts/bench/common.sh
source scripts/bench/common.sh

if [[ "${BENCH_HTTP:-1}" == "0" ]]; then
  exec npx tsx scripts/bench/docx.ts
fi

port="${BENCH_PORT:-3220}"
export NEXTAUTH_SECRET=bench-secret-0123456789abcdef0123456789
export NEXTAUTH_URL="http://127.0.0.1:${port}"
export DATABASE_URL="file:./data/bench-docx.db"

trap stop_server EXIT

build_if_stale /tmp/fazhi-bench-docx-build.log

npx tsx tests/reset-db.ts >/dev/null
npm run --silent db:seed >/dev/null
# Not through npx: $! is then the server process itself, which the trap stops.
./node_modules/.bin/next start -p "$port" -H 127.0.0.1 >/tmp/fazhi-bench-docx-server.log 2>&1 &
server_pid=$!
for _ in $(seq 1 120); do
  if curl -fsS -o /dev/null "http://127.0.0.1:${port}/reports/2022/zhenxi" 2>/dev/null; then break; fi
  if ! kill -0 "$server_pid" 2>/dev/null; then cat /tmp/fazhi-bench-docx-server.log; exit 1; fi
  sleep 0.5
done
BENCH_BASE_URL="http://127.0.0.1:${port}" npx tsx scripts/bench/docx.ts
