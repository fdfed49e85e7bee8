#!/usr/bin/env bash
# npm run bench:import — the import's steps in process, then the preview in a browser against
# the built app on its own seeded SQLite database (data/bench-import.db, port 3230).
# Not a test: scripts/bench/import.ts prints the figures.
#   BENCH_HTTP=0   in process only: no build, no server, no browser
#   BENCH_BUILD=1  rebuild the app first
set -euo pipefail
cd "$(dirname "$0")/../.."
export NEXT_TELEMETRY_DISABLED=1
# shellcheck source=scripts/bench/common.sh
source scripts/bench/common.sh

if [[ "${BENCH_HTTP:-1}" == "0" ]]; then
  exec npx tsx --conditions=react-server scripts/bench/import.ts
fi

port="${BENCH_PORT:-3230}"
export NEXTAUTH_SECRET=bench-secret-0123456789abcdef0123456789
export NEXTAUTH_URL="http://127.0.0.1:${port}"
export DATABASE_URL="file:./data/bench-import.db"

trap stop_server EXIT

build_if_stale /tmp/fazhi-bench-import-build.log

npx tsx tests/reset-db.ts >/dev/null
npm run --silent db:seed >/dev/null
./node_modules/.bin/next start -p "$port" -H 127.0.0.1 >/tmp/fazhi-bench-import-server.log 2>&1 &
server_pid=$!
for _ in $(seq 1 120); do
  if curl -fsS -o /dev/null "http://127.0.0.1:${port}/login" 2>/dev/null; then break; fi
  if ! kill -0 "$server_pid" 2>/dev/null; then cat /tmp/fazhi-bench-import-server.log; exit 1; fi
  sleep 0.5
done
BENCH_BASE_URL="http://127.0.0.1:${port}" npx tsx --conditions=react-server scripts/bench/import.ts
