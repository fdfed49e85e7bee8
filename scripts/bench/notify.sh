#!/usr/bin/env bash
# npm run bench:notify — one deadline-reminder run over 1,000 units, and the bell's unread count
# (issue 13 targets: a run < 2 s; the bell < 5 ms). Prints figures; not a test.
# Own database: data/bench-notify.db, reset each run. BENCH_DATABASE_URL=postgresql://…/fazhi_bench_notify
# runs it on PostgreSQL instead (that database is dropped and re-created).
set -euo pipefail
cd "$(dirname "$0")/../.."
export DATABASE_URL="${BENCH_DATABASE_URL:-file:./data/bench-notify.db}"
export WORKER=off
npx tsx tests/reset-db.ts >/dev/null
exec npx tsx --conditions=react-server scripts/bench/notify.ts
