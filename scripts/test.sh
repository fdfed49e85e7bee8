#!/usr/bin/env bash
# npm test — everything a change must pass, in order (STYLE.md C14–C15):
#   browser, document tools and nginx check → prisma generate → next typegen → tsc → eslint → vitest (unit + integration on SQLite) → playwright.
# Each step is timed; a summary is printed at the end, also when a step fails.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

# The integration project wipes the database it is given; for `npm test` that is always this
# SQLite file, whatever DATABASE_URL the shell has exported (CI runs PostgreSQL separately).
TEST_SQLITE_URL="file:./data/test-integration.db"

step_names=()
step_times=()
step_results=()
current_step=""
current_start=0
suite_start=$(date +%s%N)

ms_since() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
fmt_ms() { printf '%d.%01ds' $(( $1 / 1000 )) $(( ($1 % 1000) / 100 )); }

summary() {
  local status=$?
  if [[ -n "$current_step" ]]; then
    step_names+=("$current_step"); step_times+=("$(ms_since "$current_start")"); step_results+=("FAILED")
  fi
  echo
  echo "──────── npm test 汇总 / summary ────────"
  local i
  for i in "${!step_names[@]}"; do
    printf '  %-8s %8s  %s\n' "${step_results[$i]}" "$(fmt_ms "${step_times[$i]}")" "${step_names[$i]}"
  done
  printf '  %-8s %8s\n' "total" "$(fmt_ms "$(ms_since "$suite_start")")"
  if [[ $status -eq 0 ]]; then echo "全部通过 / all passed"; else echo "失败 / FAILED (exit $status)"; fi
  exit "$status"
}
trap summary EXIT

# run NAME COMMAND... — runs one timed step; a failure stops the script (set -e) after the summary.
run() {
  local name=$1; shift
  echo
  echo "▶ $name: $*"
  current_step=$name
  current_start=$(date +%s%N)
  "$@"
  step_names+=("$name"); step_times+=("$(ms_since "$current_start")"); step_results+=("ok")
  current_step=""
}

skip() {
  echo
  echo "↷ $1: $2"
  step_names+=("$1"); step_times+=(0); step_results+=("skipped")
}

ensure_browser() {
  if [[ -x /usr/bin/chromium ]]; then
    echo "/usr/bin/chromium: $(/usr/bin/chromium --version 2>/dev/null || echo present)"
    return 0
  fi
  if [[ $(id -u) -eq 0 ]]; then
    echo "未找到 /usr/bin/chromium，正在安装 / /usr/bin/chromium missing, installing chromium and fonts-noto-cjk…"
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y chromium fonts-noto-cjk
    return 0
  fi
  cat >&2 <<'MSG'
端到端测试需要 Debian 的 Chromium 浏览器（Playwright 自带的浏览器无法下载）。请以 root 身份运行：
The end-to-end tests need Debian's Chromium (Playwright's own browser download fails here). As root, run:

    apt-get update && apt-get install -y chromium fonts-noto-cjk

然后重新运行 / then run again: npm test
MSG
  return 1
}

# The print and Word specs check PDFs with poppler (pdfinfo, pdftotext) and convert the .docx
# with LibreOffice; like the browser, they come from Debian, never from a download at run time.
ensure_document_tools() {
  if command -v soffice >/dev/null && command -v pdfinfo >/dev/null && command -v pdftotext >/dev/null; then
    echo "$(soffice --version 2>/dev/null | head -n 1); $(pdfinfo -v 2>&1 | head -n 1)"
    return 0
  fi
  if [[ $(id -u) -eq 0 ]]; then
    echo "未找到 LibreOffice 或 poppler，正在安装 / LibreOffice or poppler missing, installing libreoffice-writer-nogui and poppler-utils…"
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends libreoffice-writer-nogui poppler-utils
    return 0
  fi
  cat >&2 <<'MSG'
打印和 Word 导出的端到端测试需要 Debian 的 LibreOffice 和 poppler。请以 root 身份运行：
The print and Word export end-to-end tests need Debian's LibreOffice and poppler. As root, run:

    apt-get update && apt-get install -y --no-install-recommends libreoffice-writer-nogui poppler-utils

然后重新运行 / then run again: npm test
MSG
  return 1
}

# deploy/nginx.conf is tested in front of the e2e app (tests/e2e/nginx-front.spec.ts); without
# nginx that spec is skipped.
ensure_nginx() {
  if command -v nginx >/dev/null; then
    nginx -v 2>&1
    return 0
  fi
  if [[ $(id -u) -eq 0 ]]; then
    echo "未找到 nginx，正在安装 / nginx missing, installing nginx-light…"
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends nginx-light
    return 0
  fi
  echo "未找到 nginx：跳过 deploy/nginx.conf 的端到端测试（以 root 运行 apt-get install -y nginx-light 后可测试）/ nginx missing: its e2e spec is skipped"
}

run "browser" ensure_browser
run "LibreOffice, poppler" ensure_document_tools
run "nginx" ensure_nginx
run "db:generate" npm run --silent db:generate
# PageProps/LayoutProps and typed routes are generated into .next/types; a clean checkout has none.
run "next typegen" npx next typegen
run "typecheck" npx tsc --noEmit
run "lint (eslint, dependency rules)" npm run --silent lint
run "vitest (unit + integration, SQLite)" env DATABASE_URL="$TEST_SQLITE_URL" npx vitest run
if [[ -f playwright.config.ts ]]; then
  run "playwright" npx playwright test
else
  skip "playwright" "playwright.config.ts 尚不存在，跳过端到端测试 / playwright.config.ts does not exist yet, skipping e2e"
fi
