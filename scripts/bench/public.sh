#!/usr/bin/env bash
# npm run bench:public — the public report page of 珍溪镇 2022 served (a) as a saved static file
# by nginx, (b) by the app alone, (c) by the app behind deploy/nginx.conf; wrk with 50
# connections against each, side by side (scripts/bench/public.ts prints the figures). Not a test.
#
# Uses its own database (SQLite file data/bench-public.db, rebuilt on each run) and ports
# BENCH_PORT (app, default 3240), +1 (deploy/nginx.conf), +2 (the static file), all on 127.0.0.1;
# nginx runs from a temporary prefix, never with the system's configuration.
#   BENCH_BUILD=1   rebuild the app first (also done when .next is missing or older than the sources)
#   BENCH_DURATION, BENCH_CONNECTIONS, BENCH_THREADS, BENCH_ROUNDS   see scripts/bench/public.ts
set -euo pipefail
cd "$(dirname "$0")/../.."
export NEXT_TELEMETRY_DISABLED=1
# shellcheck source=scripts/bench/common.sh
source scripts/bench/common.sh
app_port="${BENCH_PORT:-3240}"
front_port=$((app_port + 1))
static_port=$((app_port + 2))
export NEXTAUTH_SECRET=bench-secret-0123456789abcdef0123456789
export NEXTAUTH_URL="http://127.0.0.1:${front_port}"
export DATABASE_URL="file:./data/bench-public.db"
page="/reports/2022/zhenxi"

# wrk and nginx come from Debian, as Chromium does for the e2e tests (scripts/test.sh).
ensure_tools() {
  local missing=()
  command -v wrk >/dev/null || missing+=(wrk)
  command -v nginx >/dev/null || missing+=(nginx-light)
  [[ ${#missing[@]} -eq 0 ]] && return 0
  if [[ $(id -u) -eq 0 ]]; then
    echo "installing ${missing[*]} (Debian packages)…"
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
    # The package starts the system nginx on port 80; the benchmark never uses it.
    return 0
  fi
  cat >&2 <<MSG
bench:public 需要 Debian 的 ${missing[*]}。请以 root 身份运行：
bench:public needs Debian's ${missing[*]}. As root, run:

    apt-get update && apt-get install -y ${missing[*]}
MSG
  exit 1
}
ensure_tools

tmp="$(mktemp -d /tmp/fazhi-bench-public.XXXXXX)"
cleanup() {
  local prefix
  for prefix in "$tmp/front" "$tmp/static"; do
    if [[ -f "$prefix/nginx.pid" ]]; then kill -QUIT "$(cat "$prefix/nginx.pid")" 2>/dev/null || true; fi
  done
  stop_server
  sleep 0.5
  rm -rf "$tmp"
}
trap cleanup EXIT

build_if_stale /tmp/fazhi-bench-public-build.log

npx tsx tests/reset-db.ts >/dev/null
npm run --silent db:seed >/dev/null

# Not through npx: $! is then the server process itself, which the trap stops.
./node_modules/.bin/next start -p "$app_port" -H 127.0.0.1 >/tmp/fazhi-bench-public-server.log 2>&1 &
server_pid=$!
for _ in $(seq 1 120); do
  if curl -fsS -o /dev/null "http://127.0.0.1:${app_port}${page}" 2>/dev/null; then break; fi
  if ! kill -0 "$server_pid" 2>/dev/null; then cat /tmp/fazhi-bench-public-server.log; exit 1; fi
  sleep 0.5
done

# Workers run as the user that made the temporary files (nginx would otherwise switch to nobody).
user_directive="user $(id -un) $(id -gn);"

# (c) deploy/nginx.conf itself (linked, not copied), with this run's fazhi-local.conf beside it.
mkdir -p "$tmp/front/logs" "$tmp/front/temp" "$tmp/front/cache"
ln -s "$PWD/deploy/nginx.conf" "$tmp/front/nginx.conf"
cat >"$tmp/front/fazhi-local.conf" <<CONF
listen 127.0.0.1:${front_port};
set \$fazhi_app 127.0.0.1:${app_port};
set \$fazhi_dir $PWD;
CONF
nginx -p "$tmp/front/" -c "$tmp/front/nginx.conf" -g "$user_directive"

# (a) the same page saved as a file, served by nginx with the front's worker and connection settings.
mkdir -p "$tmp/static/logs" "$tmp/static/temp" "$tmp/static/html/reports/2022"
curl -fsS "http://127.0.0.1:${app_port}${page}" -o "$tmp/static/html${page}.html"
cat >"$tmp/static/nginx.conf" <<CONF
worker_processes auto;
pid nginx.pid;
error_log logs/error.log warn;
events { worker_connections 4096; }
http {
    types { text/html html; }
    client_body_temp_path temp/body;
    proxy_temp_path temp/proxy;
    fastcgi_temp_path temp/fastcgi;
    uwsgi_temp_path temp/uwsgi;
    scgi_temp_path temp/scgi;
    access_log logs/access.log combined buffer=64k flush=5s;
    sendfile on;
    tcp_nopush on;
    keepalive_timeout 65s;
    keepalive_requests 10000;
    open_file_cache max=2000 inactive=60s;
    server {
        listen 127.0.0.1:${static_port};
        root html;
        location / { try_files \$uri.html =404; }
    }
}
CONF
nginx -p "$tmp/static/" -c "$tmp/static/nginx.conf" -g "$user_directive"

BENCH_STATIC_URL="http://127.0.0.1:${static_port}${page}" \
BENCH_APP_URL="http://127.0.0.1:${app_port}${page}" \
BENCH_FRONT_URL="http://127.0.0.1:${front_port}${page}" \
  npx tsx scripts/bench/public.ts
