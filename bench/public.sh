#!/usr/bin/env bash
# The public «Наставничество» page of an organization with 5 × N items (N documents, news, programs, best mentors,
# practices; 200 at the default N=40), requested anonymously, against its own SQL replayed in the same run,
# on a throwaway PostgreSQL. Target: ≤ 2×.
# Usage: bash bench/public.sh [items_of_each_kind=40]
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
source scripts/lib/pg-throwaway.sh
each="${1:-40}"

dotnet build bench/Nastavnik.Bench -c Release -v q -nologo >/dev/null
benchdll="bench/Nastavnik.Bench/bin/Release/net10.0/Nastavnik.Bench.dll"

pgdir="$repo/.pgbench-public"
trap 'pg_throwaway_stop "$pgdir"' EXIT
pg_throwaway_start "$pgdir" 55534
"$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "CREATE DATABASE bench_public"
echo "== Публичная страница организации: по $each документов, новостей, программ, лучших наставников и практик"
dotnet "$benchdll" public-page "Host=127.0.0.1;Port=$PG_PORT;Username=nastavnik;Password=nastavnik;Database=bench_public;Command Timeout=300" "$each"
