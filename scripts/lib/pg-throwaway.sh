# shellcheck shell=bash
# A throwaway PostgreSQL 15 cluster for tests and benchmarks. Source this file, then:
#
#   pg_throwaway_start DIR [PORT]   # prints nothing; sets and exports PG_PORT and PG_CONN
#   pg_throwaway_stop DIR           # always succeeds, safe to call from an EXIT trap
#
# The cluster lives in DIR/data (DIR is wiped first), listens only on 127.0.0.1 on PORT (default 55432,
# or the next free port), keeps its unix socket and logs in DIR too, and trusts every local connection.
# Durability is switched off (fsync, synchronous_commit, full_page_writes) because the data is thrown away
# and tests should not wait for the disk. Roles: `postgres` (bootstrap superuser) and `nastavnik`
# (superuser, password nastavnik); PG_CONN is an Npgsql connection string for `nastavnik`.
# PG_BIN points at the server binaries (psql, pg_isready, ... are there as well) for callers to use.
#
# This file only defines functions and variables: it does not change the caller's shell options.

PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"

# Installs the PostgreSQL 15 server (and contrib, for pg_trgm) if this machine lacks it, and makes sure the
# `postgres` system user exists: initdb refuses to run as root, so as root the cluster belongs to `postgres`.
pg_throwaway_install() {
  if [ ! -x "$PG_BIN/initdb" ]; then
    echo "pg-throwaway: installing PostgreSQL 15 from Debian..." >&2
    _pg_throwaway_apt postgresql-15 postgresql-contrib || return 1
  fi
  if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
    useradd --system --user-group --home-dir /var/lib/postgresql --no-create-home --shell /bin/bash postgres || return 1
  fi
}

# apt-get, non-interactive and quiet; everything it says goes to stderr so that callers' stdout stays clean.
_pg_throwaway_apt() {
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "pg-throwaway: need root (or sudo) to install: $*" >&2; return 1; }
    sudo="sudo"
  fi
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 \
    && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o Dpkg::Use-Pty=0 "$@" >&2
}

# Runs a command as the cluster's owner: `postgres` when we are root, otherwise ourselves.
# From / because the owner may not be allowed into the caller's working directory.
_pg_throwaway_as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    (cd / && runuser -u postgres -- "$@")
  else
    (cd / && "$@")
  fi
}

# True if something already accepts connections on 127.0.0.1:PORT (also catches servers bound to 0.0.0.0).
_pg_throwaway_port_busy() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") >/dev/null 2>&1
}

pg_throwaway_start() {
  local dir="${1:?usage: pg_throwaway_start DIR [PORT]}" port="${2:-55432}"
  pg_throwaway_install || return 1

  # A previous run that died without its trap may have left a server running in DIR: stop it before wiping.
  pg_throwaway_stop "$dir"
  if [ -L "$dir/data" ]; then
    local old; old="$(dirname "$(readlink "$dir/data")")"
    case "$old" in /tmp/pg-throwaway.*) rm -rf "$old" ;; esac
  fi
  rm -rf "$dir"
  mkdir -p "$dir" || return 1
  dir="$(cd "$dir" && pwd -P)"

  # Where data, socket and logs really live: normally DIR itself. But when the cluster's owner cannot write
  # there (a checkout below /root, say) or the socket path would be too long for a unix socket (107 bytes),
  # use a private directory under /tmp instead, with DIR/data a symlink to its data.
  local run="$dir"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
  if ! _pg_throwaway_as_owner test -w "$dir" -a -x "$dir" || [ "${#dir}" -gt 80 ]; then
    run="$(mktemp -d /tmp/pg-throwaway.XXXXXX)" || return 1
    [ "$(id -u)" -eq 0 ] && chown postgres: "$run"
    ln -s "$run/data" "$dir/data"
  fi
  local data="$run/data" log="$run/server.log"

  _pg_throwaway_as_owner "$PG_BIN/initdb" -D "$data" -U postgres -E UTF8 --locale=C.UTF-8 \
      --auth-local=trust --auth-host=trust >"$run/initdb.log" 2>&1 \
    || { echo "pg-throwaway: initdb failed:" >&2; cat "$run/initdb.log" >&2; return 1; }

  # Settings go to postgresql.conf (later lines win) rather than to `pg_ctl -o`, which would need shell quoting.
  # Only loopback TCP; the unix socket stays inside our directory so it never clashes with a system cluster.
  cat >>"$data/postgresql.conf" <<EOF

# --- pg-throwaway: a disposable cluster for tests and benchmarks ---
listen_addresses = '127.0.0.1'
unix_socket_directories = '$run'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
shared_buffers = 256MB
EOF

  # Pick a free port; if another process grabs it between the check and the start, try the next ones.
  local attempt
  for attempt in 1 2 3 4 5; do
    while _pg_throwaway_port_busy "$port"; do port=$((port + 1)); done
    if _pg_throwaway_as_owner "$PG_BIN/pg_ctl" -D "$data" -l "$log" -o "-p $port" -w -t 60 start >/dev/null 2>&1; then
      break
    fi
    if [ "$attempt" -lt 5 ] && grep -q "could not bind\|Address already in use" "$log" 2>/dev/null; then
      port=$((port + 1))
      continue
    fi
    echo "pg-throwaway: the server did not start; its log ($log):" >&2
    cat "$log" >&2
    return 1
  done

  # pg_ctl -w waits for the postmaster; pg_isready confirms that it accepts connections over TCP as clients will.
  local i
  for i in $(seq 1 120); do
    "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$port" -d postgres && break
    if [ "$i" -eq 120 ]; then
      echo "pg-throwaway: no answer on 127.0.0.1:$port after 60 s; server log:" >&2
      cat "$log" >&2
      return 1
    fi
    sleep 0.5
  done

  "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d postgres \
      -c "CREATE ROLE nastavnik WITH SUPERUSER LOGIN PASSWORD 'nastavnik'" >/dev/null || return 1

  PG_PORT="$port"
  PG_CONN="Host=127.0.0.1;Port=$port;Username=nastavnik;Password=nastavnik;Database=postgres"
  export PG_PORT PG_CONN PG_BIN
}

pg_throwaway_stop() {
  local dir="${1:?usage: pg_throwaway_stop DIR}"
  local data="$dir/data"
  [ -L "$data" ] && data="$(readlink "$data")"
  # Nothing to keep, so stop immediately; pg_ctl stop waits until the server is gone.
  if [ -f "$data/postmaster.pid" ] && [ -x "$PG_BIN/pg_ctl" ]; then
    _pg_throwaway_as_owner "$PG_BIN/pg_ctl" -D "$data" -m immediate -w -t 60 stop >/dev/null 2>&1 || true
  fi
  return 0
}

# Restarts the cluster in DIR the way an administrator or a failover would (fast shutdown: open sessions are cut),
# and returns when it accepts connections again. For fault checks (scripts/faults.sh).
pg_throwaway_restart() {
  local dir="${1:?usage: pg_throwaway_restart DIR}"
  local data="$dir/data"
  [ -L "$data" ] && data="$(readlink "$data")"
  _pg_throwaway_as_owner "$PG_BIN/pg_ctl" -D "$data" -m fast -w -t 60 restart >/dev/null 2>&1
}
