#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests and benchmarks: its own data directory, loopback only,
# durability switched off (the data is thrown away), trust auth. Source this file, then:
#   pg_throwaway_start DIR [PORT]   -> sets PG_PORT and PG_CONN (an Npgsql connection string)
#   pg_throwaway_stop DIR

PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"

pg_throwaway_install() {
  if [ ! -x "$PG_BIN/initdb" ]; then
    echo "Installing PostgreSQL 15 (Debian packages)..." >&2
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 postgresql-contrib >&2
  fi
  # initdb refuses to run as root, so the cluster belongs to the postgres system user.
  id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
}

pg_throwaway_free_port() {
  local port="$1"
  while (echo >"/dev/tcp/127.0.0.1/$port") >/dev/null 2>&1; do port=$((port + 1)); done
  echo "$port"
}

pg_throwaway_start() {
  local dir="$1" port
  port="$(pg_throwaway_free_port "${2:-55432}")"
  pg_throwaway_install
  rm -rf "$dir"
  mkdir -p "$dir"
  chown postgres "$dir"
  # The postgres user must be able to reach the directory (e.g. below /root or a CI workspace).
  local parent; parent="$(dirname "$(readlink -f "$dir")")"
  while [ "$parent" != "/" ]; do chmod o+x "$parent" 2>/dev/null || true; parent="$(dirname "$parent")"; done
  runuser -u postgres -- "$PG_BIN/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; return 1; }
  runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start -o \
    "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 -c shared_buffers=256MB" >/dev/null \
    || { cat "$dir/server.log" >&2; return 1; }
  local i
  for i in $(seq 1 60); do
    "$PG_BIN/pg_isready" -h 127.0.0.1 -p "$port" -q && break
    sleep 0.5
  done
  "$PG_BIN/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -qc "CREATE ROLE nastavnik SUPERUSER LOGIN PASSWORD 'nastavnik'" >/dev/null
  PG_PORT="$port"
  PG_CONN="Host=127.0.0.1;Port=$port;Username=nastavnik;Password=nastavnik;Database=postgres"
  export PG_PORT PG_CONN
}

pg_throwaway_stop() {
  local dir="$1"
  [ -d "$dir/data" ] && runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
}
