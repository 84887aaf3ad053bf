#!/usr/bin/env bash
# Territory figure against its baseline in the same run, on a throwaway PostgreSQL: the import of an N-row organization
# list (XLSX with title rows, 20 municipalities, ИНН/ОГРН checked) per row vs the registry import of an N-row XLSX of
# mentees per row — both read, recognised, checked and written in one transaction the same way; R runs, median and best.
# Usage: bash bench/territory.sh [rows=2000] [runs=7]
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
source scripts/lib/pg-throwaway.sh
rows="${1:-2000}"; runs="${2:-7}"

dotnet build bench/Nastavnik.Bench -c Release -v q -nologo >/dev/null
benchdll="bench/Nastavnik.Bench/bin/Release/net10.0/Nastavnik.Bench.dll"

pgdir="$repo/.pgbench-territory"
trap 'pg_throwaway_stop "$pgdir"' EXIT
pg_throwaway_start "$pgdir" 55534
"$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "CREATE DATABASE bench_territory"
echo "== Импорт списка организаций ($rows строк) против импорта базы наставляемых ($rows строк), на строку"
dotnet "$benchdll" org-import "Host=127.0.0.1;Port=$PG_PORT;Username=nastavnik;Password=nastavnik;Database=bench_territory;Command Timeout=300" "$rows" "$runs"
