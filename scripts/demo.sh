#!/usr/bin/env bash
# npm run demo — builds the app and serves it on http://localhost:3000 with the demo data on
# SQLite (data/app.db). Safe to run again: migrations, seed and demo layer only add what is missing.
# The demo layer dates everything from today (China time); DEMO_TODAY=YYYY-MM-DD sets another day.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
export DATABASE_URL="${DATABASE_URL:-file:./data/app.db}"
export NEXTAUTH_URL="${NEXTAUTH_URL:-http://localhost:${PORT:-3000}}"
if [ -z "${NEXTAUTH_SECRET:-}" ]; then
  # A per-machine secret, kept beside the database so sessions survive a restart.
  mkdir -p data
  [ -f data/.nextauth-secret ] || node -e "process.stdout.write(require('crypto').randomBytes(32).toString('hex'))" > data/.nextauth-secret
  NEXTAUTH_SECRET="$(cat data/.nextauth-secret)"
  export NEXTAUTH_SECRET
fi
npm run --silent db:generate
npm run --silent db:migrate
npm run --silent db:seed
npm run --silent db:demo
npx next build
echo
echo "法治年报已启动：http://localhost:${PORT:-3000}  （工作人员登录：/login，演示账号见上）"
exec npx next start -p "${PORT:-3000}"
