#!/usr/bin/env bash
# Faults: the app killed with SIGKILL in the middle of a 20 000-row import, of a matching run and of the regional
# analytic report, and PostgreSQL restarted under load — on a throwaway PostgreSQL with the demo data, the app run
# as in production (Release build, separate processes). Each job is held mid-way by a table lock taken from
# outside, so the kill always lands inside the job's open transaction. Checks that nothing is half-written, that a
# killed job is taken over by the restarted app and completes exactly once, and that the app serves again after
# PostgreSQL comes back without being restarted itself. Prints ✓/✗ per check; exit code 0 when all hold.
# Usage: bash scripts/faults.sh
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
source scripts/lib/pg-throwaway.sh

pgdir="$repo/.pgbench-faults"
trap 'pg_throwaway_stop "$pgdir"' EXIT
pg_throwaway_start "$pgdir" 55537
"$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "CREATE DATABASE faults"
conn="Host=127.0.0.1;Port=$PG_PORT;Username=nastavnik;Password=nastavnik;Database=faults;Command Timeout=300"

dotnet build bench/Nastavnik.Bench -c Release -v q -nologo >/dev/null
web="$repo/src/Nastavnik.Web/bin/Release/net10.0/Nastavnik.Web.dll"
mkdir -p "$pgdir/logs"
dotnet bench/Nastavnik.Bench/bin/Release/net10.0/Nastavnik.Bench.dll faults "$conn" "$web" "$repo/src/Nastavnik.Web" "$pgdir/logs" \
  "source '$repo/scripts/lib/pg-throwaway.sh' && pg_throwaway_restart '$pgdir'"
