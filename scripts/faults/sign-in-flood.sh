#!/usr/bin/env bash
# npm run fault:flood — sign-in flooding against the built app on its own SQLite database
# (scripts/faults/sign-in-flood.ts says what is measured). Not part of npm test.
set -euo pipefail
cd "$(dirname "$0")/../.."
export NEXT_TELEMETRY_DISABLED=1
# shellcheck source=scripts/bench/common.sh
source scripts/bench/common.sh
port="${BENCH_PORT:-3240}"
export DATABASE_URL="file:./data/fault-flood.db" NEXTAUTH_SECRET=bench-secret-0123456789abcdef0123456789 NEXTAUTH_URL="http://127.0.0.1:${port}" WORKER=off
export FAULT_BASE_URL="http://127.0.0.1:${port}"
trap stop_server EXIT
build_if_stale /tmp/fazhi-fault-build.log
npx tsx tests/reset-db.ts >/dev/null
npm run --silent db:seed >/dev/null
: >/tmp/fazhi-fault-flood.log
start_server "$port" /tmp/fazhi-fault-flood.log
npx tsx scripts/faults/sign-in-flood.ts
