#!/usr/bin/env bash
# Runs every test: domain unit tests, HTTP tests on PostgreSQL and SQLite, and browser tests in chromium.
# Installs what a fresh Debian machine lacks (chromium, PostgreSQL 15), starts a throwaway PostgreSQL cluster,
# and stops it on exit. Extra arguments go to `dotnet test` (e.g. --filter Scope).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
source scripts/lib/pg-throwaway.sh

if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Debian's chromium for the browser tests..." >&2
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

pgdir="$repo/.pgtest"
trap 'pg_throwaway_stop "$pgdir"' EXIT
pg_throwaway_start "$pgdir" 55432
echo "PostgreSQL for tests on 127.0.0.1:$PG_PORT" >&2

export NASTAVNIK_TEST_PG="$PG_CONN"
export NASTAVNIK_CHROMIUM=/usr/bin/chromium
dotnet test Nastavnik.slnx -c Release --logger "console;verbosity=normal" "$@"
