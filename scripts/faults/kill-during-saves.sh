#!/usr/bin/env bash
# npm run fault:kill — the app killed with SIGKILL while 50 writers save (issue 15 §2), on SQLite
# and, with FAULT_DATABASE_URL=postgresql://…, on PostgreSQL too. The writers (scripts/bench/
# save.ts with BENCH_RETRY_DOWN=1) send a save that got no answer again until the app is back;
# afterwards every acknowledged save must be in the database, none half-written, and the database
# whole (scripts/faults/check-integrity.ts). Prints counts; exits 1 on any loss. Not part of npm test.
#   FAULT_KILLS     how many times the app is killed during the run (default 3)
#   BENCH_SAVES     saves per writer (default 60); BENCH_THINK_MS (default 200)
set -euo pipefail
cd "$(dirname "$0")/../.."
export NEXT_TELEMETRY_DISABLED=1
# shellcheck source=scripts/bench/common.sh
source scripts/bench/common.sh
port="${BENCH_PORT:-3210}"
export NEXTAUTH_SECRET=bench-secret-0123456789abcdef0123456789
export NEXTAUTH_URL="http://127.0.0.1:${port}"
export BENCH_BASE_URL="http://127.0.0.1:${port}"
export BENCH_RETRY_DOWN=1 BENCH_SAVES="${BENCH_SAVES:-60}" BENCH_THINK_MS="${BENCH_THINK_MS:-200}"
kills="${FAULT_KILLS:-3}"
trap stop_server EXIT
build_if_stale /tmp/fazhi-fault-build.log

run() {
  export DATABASE_URL="$1"
  npx tsx tests/reset-db.ts >/dev/null
  npm run --silent db:seed >/dev/null
  : >/tmp/fazhi-fault-server.log
  start_server "$port" /tmp/fazhi-fault-server.log
  npx tsx scripts/bench/save.ts &
  writers=$!
  sleep 8 # sign-in and warm-up, then saves in flight
  for k in $(seq 1 "$kills"); do
    sleep "$(( (RANDOM % 3) + 2 ))"
    kill -9 "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    echo "killed the app with SIGKILL ($k of $kills) while the writers were saving; starting it again"
    start_server "$port" /tmp/fazhi-fault-server.log
  done
  status=0
  wait "$writers" || status=$?
  stop_server
  npx tsx scripts/faults/check-integrity.ts || status=1
  return "$status"
}

result=0
run "file:./data/fault-kill.db" || result=1
if [[ -n "${FAULT_DATABASE_URL:-}" ]]; then run "$FAULT_DATABASE_URL" || result=1; fi
echo "fault:kill $([[ $result -eq 0 ]] && echo "passed: no acknowledged save lost, nothing half-written" || echo FAILED)"
exit "$result"
