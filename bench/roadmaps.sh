#!/usr/bin/env bash
# Roadmap figures, each against its baseline in the same run:
#   1. import of each seed document (text and Word); a synthetic 2 000-activity Word roadmap's import vs just reading
#      the text of its table cells;
#   2. the regional roadmap's page rolling up 20 municipalities × 40 organizations × 34 activities vs its own SQL,
#      on a throwaway PostgreSQL.
# Usage: bash bench/roadmaps.sh [activities=2000] [municipalities=20] [organizations_each=40]
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
source scripts/lib/pg-throwaway.sh
activities="${1:-2000}"; municipalities="${2:-20}"; organizations="${3:-40}"

dotnet build bench/Nastavnik.Bench -c Release -v q -nologo >/dev/null
benchdll="bench/Nastavnik.Bench/bin/Release/net10.0/Nastavnik.Bench.dll"

echo "== 1. Импорт документов-образцов и синтетической дорожной карты на $activities мероприятий"
dotnet "$benchdll" roadmap-import tests/Fixtures/Roadmaps "$activities"

pgdir="$repo/.pgbench-roadmaps"
trap 'pg_throwaway_stop "$pgdir"' EXIT
pg_throwaway_start "$pgdir" 55533
"$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "CREATE DATABASE bench_roadmaps"
echo "== 2. Сводная страница региональной дорожной карты: $municipalities × $organizations организаций"
dotnet "$benchdll" roadmap-rollup "Host=127.0.0.1;Port=$PG_PORT;Username=nastavnik;Password=nastavnik;Database=bench_roadmaps;Command Timeout=300" \
  tests/Fixtures/Roadmaps/000_86a2010b6c35da95.txt "$municipalities" "$organizations"
