#!/usr/bin/env bash
# Starts the built app for Playwright on a fresh, seeded database (DATABASE_URL).
set -euo pipefail
port="${1:-3100}"
cd "$(dirname "$0")/.."
npx tsx tests/reset-db.ts
npm run --silent db:seed >/dev/null
if [ "${E2E_SKIP_BUILD:-}" != "1" ]; then
  npx next build >/tmp/fazhi-e2e-build.log 2>&1 || { cat /tmp/fazhi-e2e-build.log; exit 1; }
fi
exec npx next start -p "$port" -H 127.0.0.1
