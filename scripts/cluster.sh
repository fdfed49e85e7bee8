#!/usr/bin/env bash
# npm run cluster [-- --instances N] — the scale-out deployment on one machine, for trying and
# testing (issue 15 §1): PostgreSQL (the local server, a database of its own, fresh with the demo
# data on every start), Redis (the local server, or one started here), N app instances and nginx
# with deploy/nginx.conf in front, all on loopback ports. Ctrl+C stops everything it started.
#   CLUSTER_PORT          nginx's port (default 3400); instance i listens on CLUSTER_PORT + i
#   CLUSTER_DATABASE_URL  default postgresql://postgres@127.0.0.1:5432/fazhi_cluster (re-created)
#   REDIS_URL             default redis://127.0.0.1:6379/1
#   CLUSTER_NO_DEMO=1     seed only, without the demo layer (faster; the tests use it)
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

instances=2
while [[ $# -gt 0 ]]; do
  case "$1" in
    --instances) instances="$2"; shift 2 ;;
    --instances=*) instances="${1#*=}"; shift ;;
    *) echo "用法：npm run cluster -- --instances N（默认 2）/ usage: npm run cluster -- --instances N" >&2; exit 2 ;;
  esac
done
[[ "$instances" =~ ^[1-9][0-9]?$ ]] || { echo "--instances 应为 1–99 之间的整数" >&2; exit 2; }

front="${CLUSTER_PORT:-3400}"
export DATABASE_URL="${CLUSTER_DATABASE_URL:-postgresql://postgres@127.0.0.1:5432/fazhi_cluster}"
export REDIS_URL="${REDIS_URL:-redis://127.0.0.1:6379/1}"
export NEXTAUTH_URL="http://127.0.0.1:${front}"
export SITE_URL="$NEXTAUTH_URL"
if [[ -z "${NEXTAUTH_SECRET:-}" ]]; then
  mkdir -p data
  [[ -f data/.nextauth-secret ]] || node -e "process.stdout.write(require('crypto').randomBytes(32).toString('hex'))" > data/.nextauth-secret
  NEXTAUTH_SECRET="$(cat data/.nextauth-secret)"
  export NEXTAUTH_SECRET
fi

run_dir="data/cluster"
rm -rf "$run_dir" && mkdir -p "$run_dir/nginx/logs" "$run_dir/nginx/temp" "$run_dir/nginx/cache"
pids=()
stop_all() {
  trap - INT TERM EXIT
  echo
  echo "正在停止集群… / stopping the cluster…"
  [[ -f "$run_dir/nginx/nginx.pid" ]] && nginx -p "$PWD/$run_dir/nginx/" -c nginx.conf -s stop 2>/dev/null || true
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  # A Redis of our own restarted meanwhile (the cluster tests do) has its pid here.
  [[ -f "$run_dir/redis.pid" ]] && kill "$(cat "$run_dir/redis.pid")" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap stop_all INT TERM EXIT

# PostgreSQL: the machine's server (started if it is down).
if ! pg_isready -h 127.0.0.1 -p 5432 -q; then
  version=$(ls /etc/postgresql | sort -V | tail -n 1)
  pg_ctlcluster --skip-systemctl-redirect "$version" main start
  for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p 5432 -q && break; sleep 1; done
fi
npx tsx tests/reset-db.ts >/dev/null
npm run --silent db:seed >/dev/null
[[ "${CLUSTER_NO_DEMO:-}" == "1" ]] || npm run --silent db:demo >/dev/null

# Redis: the one REDIS_URL names, or one of our own when nothing answers there.
redis_host_port=$(node -e 'const u = new URL(process.env.REDIS_URL); console.log(`${u.hostname} ${u.port || 6379}`)')
if ! redis-cli -h ${redis_host_port% *} -p ${redis_host_port#* } ping >/dev/null 2>&1; then
  command -v redis-server >/dev/null || { echo "没有可用的 Redis：请安装 redis-server，或设置 REDIS_URL" >&2; exit 1; }
  redis-server --port "${redis_host_port#* }" --bind 127.0.0.1 --save "" --appendonly no >"$run_dir/redis.log" 2>&1 &
  pids+=($!)
  echo "$!" > "$run_dir/redis.pid"
  for _ in $(seq 1 50); do redis-cli -p "${redis_host_port#* }" ping >/dev/null 2>&1 && break; sleep 0.1; done
fi

[[ -f .next/BUILD_ID ]] || npx next build

upstream=""
for i in $(seq 1 "$instances"); do
  port=$((front + i))
  # The server itself, not an npx wrapper: its pid is the one to stop (tests kill one instance).
  APP_INTERNAL_URL="http://127.0.0.1:${port}" node node_modules/next/dist/bin/next start -p "$port" -H 127.0.0.1 >"$run_dir/app-$i.log" 2>&1 &
  pids+=($!)
  echo "$!" > "$run_dir/app-$i.pid"
  upstream+="    server 127.0.0.1:${port} max_fails=1 fail_timeout=5s;"$'\n'
done

# deploy/nginx.conf itself (linked), with an upstream of the instances instead of one address.
ln -s "$PWD/deploy/nginx.conf" "$run_dir/nginx/nginx.conf"
printf 'upstream fazhi_cluster {\n%s    keepalive 16;\n}\n' "$upstream" > "$run_dir/nginx/fazhi-upstream.conf"
printf 'listen 127.0.0.1:%s;\nset $fazhi_app fazhi_cluster;\nset $fazhi_dir %s;\n' "$front" "$PWD" > "$run_dir/nginx/fazhi-local.conf"

for i in $(seq 1 "$instances"); do
  port=$((front + i))
  for _ in $(seq 1 120); do curl -sf -o /dev/null "http://127.0.0.1:${port}/api/health" && break; sleep 0.5; done
  curl -sf -o /dev/null "http://127.0.0.1:${port}/api/health" || { echo "实例 $i 没有启动，见 $run_dir/app-$i.log" >&2; exit 1; }
done
# Workers run as this user, who made the prefix's files (as root nginx would switch to nobody).
nginx -p "$PWD/$run_dir/nginx/" -c nginx.conf -g "daemon off; user $(id -un) $(id -gn);" 2>"$run_dir/nginx/stderr.log" &
nginx_pid=$!
pids+=("$nginx_pid")
for _ in $(seq 1 50); do curl -sf -o /dev/null "http://127.0.0.1:${front}/api/health" && break; sleep 0.1; done

echo "集群已启动 / the cluster is up: http://127.0.0.1:${front}"
echo "  数据库 ${DATABASE_URL}；Redis ${REDIS_URL}；${instances} 个实例：$(seq -s ' ' $((front + 1)) $((front + instances)))（日志在 ${run_dir}/）"
echo "  按 Ctrl+C 停止全部 / Ctrl+C stops everything"
# The cluster lives as long as its front: an instance that stops is what nginx is there to
# ride out (it sends requests to the others), not a reason to stop the rest.
wait "$nginx_pid" || true
echo "nginx 已退出，见 ${run_dir}/nginx/ / nginx ended" >&2
