#!/usr/bin/env bash
# Two app instances on one PostgreSQL behind nginx (round robin, Debian's nginx-light, installed if missing) on
# loopback: a login through the balancer works on both instances, a file uploaded through one is read through the
# other, and 12 queued import jobs each run exactly once, spread over both. Prints ✓/✗ per check; exit 0 when all hold.
# Usage: bash scripts/two-instances.sh
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
source scripts/lib/pg-throwaway.sh
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || _pg_throwaway_apt nginx-light

pgdir="$repo/.pgbench-two"
nginx_pid=""
cleanup() { [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null; pg_throwaway_stop "$pgdir"; }
trap cleanup EXIT
pg_throwaway_start "$pgdir" 55538
"$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "CREATE DATABASE two"
conn="Host=127.0.0.1;Port=$PG_PORT;Username=nastavnik;Password=nastavnik;Database=two;Command Timeout=300"

# The balancer: round robin over the two instances (5411, 5412); it names the instance that answered in X-Upstream.
mkdir -p "$pgdir/nginx/logs" "$pgdir/logs"
cat > "$pgdir/nginx/nginx.conf" <<CONF
daemon off;
worker_processes 1;
pid $pgdir/nginx/nginx.pid;
error_log $pgdir/nginx/logs/error.log;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path $pgdir/nginx/body;
  proxy_temp_path $pgdir/nginx/proxy;
  fastcgi_temp_path $pgdir/nginx/fastcgi;
  uwsgi_temp_path $pgdir/nginx/uwsgi;
  scgi_temp_path $pgdir/nginx/scgi;
  client_max_body_size 20m;
  upstream nastavnik { server 127.0.0.1:5411; server 127.0.0.1:5412; }
  server {
    listen 127.0.0.1:5410;
    location / {
      proxy_pass http://nastavnik;
      proxy_set_header Host \$host:\$server_port;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      add_header X-Upstream \$upstream_addr always;
    }
  }
}
CONF
nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"
"$nginx_bin" -p "$pgdir/nginx" -c "$pgdir/nginx/nginx.conf" &
nginx_pid=$!

dotnet build bench/Nastavnik.Bench -c Release -v q -nologo >/dev/null
web="$repo/src/Nastavnik.Web/bin/Release/net10.0/Nastavnik.Web.dll"
dotnet bench/Nastavnik.Bench/bin/Release/net10.0/Nastavnik.Bench.dll two-instances "$conn" "$web" "$repo/src/Nastavnik.Web" "$pgdir/logs" "http://127.0.0.1:5410"
