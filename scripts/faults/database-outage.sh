#!/usr/bin/env bash
# npm run fault:db-down — PostgreSQL stopped for FAULT_DOWN_SECONDS (default 10) under load and
# started again (issue 15 §2), with the app on a database of its own. Stops the machine's
# PostgreSQL cluster for that long: run it where nothing else needs it. Not part of npm test.
set -euo pipefail
cd "$(dirname "$0")/../.."
export NEXT_TELEMETRY_DISABLED=1
# shellcheck source=scripts/bench/common.sh
source scripts/bench/common.sh
port="${BENCH_PORT:-3220}"
down="${FAULT_DOWN_SECONDS:-10}"
export DATABASE_URL="${FAULT_DATABASE_URL:-postgresql://postgres@127.0.0.1:5432/fz_test_fault_outage}"
export NEXTAUTH_SECRET=bench-secret-0123456789abcdef0123456789 NEXTAUTH_URL="http://127.0.0.1:${port}" WORKER=off
export FAULT_BASE_URL="http://127.0.0.1:${port}" FAULT_PHASE_FILE="$(mktemp)"
version=$(ls /etc/postgresql | sort -V | tail -n 1)
restart_pg() { pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>/dev/null || true; }
trap 'restart_pg; stop_server; rm -f "$FAULT_PHASE_FILE"' EXIT
build_if_stale /tmp/fazhi-fault-build.log

npx tsx tests/reset-db.ts >/dev/null
npm run --silent db:seed >/dev/null
: >/tmp/fazhi-fault-outage.log
start_server "$port" /tmp/fazhi-fault-outage.log

echo up > "$FAULT_PHASE_FILE"
FAULT_RUN_SECONDS=$((down + 14)) npx tsx scripts/faults/database-outage.ts &
load=$!
sleep 4
echo down > "$FAULT_PHASE_FILE"
pg_ctlcluster --skip-systemctl-redirect "$version" main stop -m fast
echo "PostgreSQL stopped for ${down} s under load"
sleep "$down"
restart_pg
for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p 5432 -q && break; sleep 0.2; done
echo "PostgreSQL started again"
# The first seconds after a restart are the database's own: judge recovery from then on.
sleep 2
echo recovered > "$FAULT_PHASE_FILE"
status=0
wait "$load" || status=$?
echo "fault:db-down $([[ $status -eq 0 ]] && echo passed || echo FAILED)"
exit "$status"
