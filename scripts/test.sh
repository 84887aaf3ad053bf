#!/usr/bin/env bash
# Runs every test: domain unit tests, HTTP tests on PostgreSQL and SQLite, and browser tests in chromium.
#
# On a fresh Debian 12 machine it installs what is missing (chromium, PostgreSQL 15 with contrib, LibreOffice,
# python3-aiosmtpd for the SMTP server each e-mail test starts), starts a
# throwaway PostgreSQL cluster in .pgtest/ (stopped again on exit, however the script ends) and runs
#   dotnet test Nastavnik.slnx -c Release
# Extra arguments go to `dotnet test`, e.g.:  bash scripts/test.sh --filter Scope
# Without arguments it first checks the code style (dotnet format --verify-no-changes, .editorconfig).
# The exit code is dotnet test's.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
source scripts/lib/pg-throwaway.sh

# --- Machine prerequisites ------------------------------------------------------------------------------
# The browser tests drive Debian's chromium; the PostgreSQL tests need the server and pg_trgm (contrib); the export
# tests open the Word and Excel files the app writes in LibreOffice (headless, no GUI packages).
# One `apt-get update` for both, and only when something is actually missing.
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x "$PG_BIN/initdb" ] || missing+=(postgresql-15 postgresql-contrib)
[ -x /usr/bin/soffice ] || missing+=(libreoffice-writer-nogui libreoffice-calc-nogui)
# The analytic report's chart (ScottPlot) writes Cyrillic in DejaVu Sans.
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
# The e-mail tests deliver to a real SMTP server (scripts/lib/smtp_sink.py) built on Debian's aiosmtpd.
/usr/bin/python3 -c "import aiosmtpd" 2>/dev/null || missing+=(python3-aiosmtpd)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "test.sh: installing ${missing[*]} with apt-get..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq -o Dpkg::Use-Pty=0 "${missing[@]}" >/dev/null
fi
command -v dotnet >/dev/null || { echo "test.sh: the .NET SDK (see global.json) is not on PATH" >&2; exit 1; }

# --- Throwaway PostgreSQL ------------------------------------------------------------------------------
# Stopped on any exit. INT/TERM are turned into an ordinary exit so that the EXIT trap runs for them too.
pgdir="$repo/.pgtest"
trap 'pg_throwaway_stop "$pgdir"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
pg_throwaway_start "$pgdir" 55432
echo "test.sh: throwaway PostgreSQL on 127.0.0.1:$PG_PORT (data in $pgdir/data)" >&2

# The test projects read these; without NASTAVNIK_TEST_PG they refuse to run.
export NASTAVNIK_TEST_PG="Host=127.0.0.1;Port=$PG_PORT;Username=nastavnik;Password=nastavnik;Database=postgres"
export NASTAVNIK_CHROMIUM=/usr/bin/chromium
export NASTAVNIK_SOFFICE=/usr/bin/soffice
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# --- Style ---------------------------------------------------------------------------------------------
# The whole run (no arguments) first checks that the code is laid out as .editorconfig says; fix with
# `dotnet format Nastavnik.slnx`.
if [ "$#" -eq 0 ]; then
  dotnet format Nastavnik.slnx --verify-no-changes \
    || { echo "test.sh: the code differs from .editorconfig: run dotnet format Nastavnik.slnx" >&2; exit 1; }
fi

# --- Tests ---------------------------------------------------------------------------------------------
# Not under `set -e`: a failing test run must still reach `exit "$rc"` with dotnet's own exit code.
rc=0
dotnet test Nastavnik.slnx -c Release --logger "console;verbosity=normal" "$@" || rc=$?
exit "$rc"
