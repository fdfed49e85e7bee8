#!/usr/bin/env bash
# npm run bench:search — search and the public list over 10,000 generated published reports
# (1,000 units × 10 years, 5,000–8,000 characters each): p50/p95 at function level and through
# HTTP (/search, /api/public/reports, /). Prints figures; not a test. Target: DESIGN.md §10.
#
# Uses its own database (SQLite file data/bench-search.db, never the dev database) and port 3240.
#   BENCH_DATABASE_URL=postgresql://…/fazhi_bench_search   also run against PostgreSQL; that
#                            database is dropped and re-created, and dropped again at the end
#   BENCH_REUSE_DATA=1       keep the generated data of an earlier run (and the PostgreSQL
#                            database) instead of generating it again (about a minute per database)
#   BENCH_BUILD=1            rebuild the app first (also done when .next is missing or older than the sources)
#   BENCH_UNITS, BENCH_YEARS (scripts/bench/search-data.ts), BENCH_RUNS (scripts/bench/search.ts)
set -euo pipefail
cd "$(dirname "$0")/../.."
export NEXT_TELEMETRY_DISABLED=1
# shellcheck source=scripts/bench/common.sh
source scripts/bench/common.sh
port="${BENCH_PORT:-3240}"
export NEXTAUTH_SECRET=bench-secret-0123456789abcdef0123456789
export NEXTAUTH_URL="http://127.0.0.1:${port}"
export BENCH_BASE_URL="http://127.0.0.1:${port}"

trap stop_server EXIT

build_if_stale /tmp/fazhi-bench-build.log

has_data() {
  DATABASE_URL="$1" npx tsx -e '
    import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
    import { PrismaPg } from "@prisma/adapter-pg";
    import { PrismaClient as S } from "@/lib/generated/sqlite/client";
    import { PrismaClient as P } from "@/lib/generated/postgresql/client";
    const url = process.env.DATABASE_URL!;
    const db = url.startsWith("postgres") ? new P({ adapter: new PrismaPg({ connectionString: url }) }) : new S({ adapter: new PrismaBetterSQLite3({ url }) });
    db.publishedText.count().then((n: number) => process.exit(n >= 1000 ? 0 : 1), () => process.exit(1));
  ' 2>/dev/null
}

# bench URL — (re)generate the data, start the app on it, measure, stop it.
bench() {
  export DATABASE_URL="$1"
  if [[ "${BENCH_REUSE_DATA:-}" == "1" ]] && has_data "$DATABASE_URL"; then
    echo "reusing the generated data in $DATABASE_URL"
  else
    npx tsx tests/reset-db.ts >/dev/null
    npm run --silent db:seed >/dev/null
    npx tsx scripts/bench/search-data.ts
  fi
  # Not through npx: $! is then the server process itself, which the trap stops.
  ./node_modules/.bin/next start -p "$port" -H 127.0.0.1 >/tmp/fazhi-bench-search-server.log 2>&1 &
  server_pid=$!
  for _ in $(seq 1 120); do
    if curl -fsS -o /dev/null "http://127.0.0.1:${port}/api/public/reports?year=1999" 2>/dev/null; then break; fi
    if ! kill -0 "$server_pid" 2>/dev/null; then cat /tmp/fazhi-bench-search-server.log; exit 1; fi
    sleep 0.5
  done
  npx tsx --conditions=react-server scripts/bench/search.ts
  stop_server
}

bench "file:./data/bench-search.db"
if [[ -n "${BENCH_DATABASE_URL:-}" ]]; then
  bench "$BENCH_DATABASE_URL"
  if [[ "${BENCH_REUSE_DATA:-}" != "1" ]]; then
    DATABASE_URL="$BENCH_DATABASE_URL" npx tsx tests/reset-db.ts --drop >/dev/null
    echo "dropped the benchmark database"
  fi
fi
