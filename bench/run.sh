#!/usr/bin/env bash
# Foundation benchmarks, each against its baseline in the same run, on a throwaway PostgreSQL:
#   1. mentee list page (search + filter + sort, 50 rows, page 1 and page 1000) on 100 000 mentees
#      vs the same count and page SQL run directly through Npgsql;
#   2. import of a 10 000-row XLSX vs saving the same rows one by one through EF (+ peak RSS of each).
# Usage: bash bench/run.sh [mentees=100000] [mentors=30000] [import_rows=10000]
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
source scripts/lib/pg-throwaway.sh
mentees="${1:-100000}"; mentors="${2:-30000}"; rows="${3:-10000}"

pgdir="$repo/.pgbench"
trap 'pg_throwaway_stop "$pgdir"' EXIT
pg_throwaway_start "$pgdir" 55532
conn() { echo "Host=127.0.0.1;Port=$PG_PORT;Username=nastavnik;Password=nastavnik;Database=$1;Command Timeout=300"; }
"$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "CREATE DATABASE bench_list" -c "CREATE DATABASE bench_import"

dotnet build bench/Nastavnik.Bench -c Release -v q -nologo >/dev/null
web="src/Nastavnik.Web/bin/Release/net10.0/Nastavnik.Web.dll"
benchdll="bench/Nastavnik.Bench/bin/Release/net10.0/Nastavnik.Bench.dll"

echo "== Генерация синтетического региона: $mentees наставляемых, $mentors наставников"
dotnet "$web" generate --mentees "$mentees" --mentors "$mentors" --operator bench-region \
  --Database:Provider=Postgres "--ConnectionStrings:Nastavnik=$(conn bench_list)" --Logging:LogLevel:Default=Warning
"$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d bench_list -qc "VACUUM ANALYZE"

echo "== 1. Страница базы наставляемых против того же SQL"
dotnet "$benchdll" list-page "$(conn bench_list)" bench-region

echo "== 2. Импорт XLSX на $rows строк против сохранения по одной строке через EF"
dotnet "$web" migrate --Database:Provider=Postgres "--ConnectionStrings:Nastavnik=$(conn bench_import)" --Logging:LogLevel:Default=Warning >/dev/null
fast=$(dotnet "$benchdll" import "$(conn bench_import)" "$rows" fast | tee -a /dev/stderr | sed -n 's/.*fast_write_s=\([0-9.]*\).*/\1/p')
slow=$(dotnet "$benchdll" import "$(conn bench_import)" "$rows" one-by-one | tee -a /dev/stderr | sed -n 's/.*one-by-one_write_s=\([0-9.]*\).*/\1/p')
awk -v f="$fast" -v s="$slow" 'BEGIN { printf "RESULT import_speedup=%.1f (one-by-one %.2f s / import %.2f s)\n", s / f, s, f }'

echo "== 3. Программа с 500 парами и 20 000 встреч: страницы против их SQL"
"$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "CREATE DATABASE bench_program"
dotnet "$benchdll" program-page "$(conn bench_program)" 500 40
