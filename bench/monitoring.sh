#!/usr/bin/env bash
# Monitoring figures on a throwaway PostgreSQL: the region's dashboard over a generated region (1 000 000 mentees,
# 300 000 mentors, 2 000 organizations; a program per organization, each mentor paired with a mentee of his
# organization, approved roadmaps in three organizations of five) against the same aggregates run as plain SQL.
# The region and each municipality also set their own targets (the catalogue's targets per territory, issue 17).
# With BASELINE=<git ref> the same dashboard and report are measured, on the same database, by the app as of that ref
# too (built in a temporary worktree), run before and after the current code; the ratio current / baseline is printed.
# Usage: [BASELINE=<ref>] bash bench/monitoring.sh [mentees=1000000] [mentors=300000] [organizations=2000]
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
source scripts/lib/pg-throwaway.sh
mentees="${1:-1000000}"; mentors="${2:-300000}"; organizations="${3:-2000}"

pgdir="$repo/.pgbench-monitoring"
trap 'pg_throwaway_stop "$pgdir"' EXIT
pg_throwaway_start "$pgdir" 55534
conn="Host=127.0.0.1;Port=$PG_PORT;Username=nastavnik;Password=nastavnik;Database=bench_monitoring;Command Timeout=600"
psql() { "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres "$@"; }
psql -qc "CREATE DATABASE bench_monitoring"

dotnet build bench/Nastavnik.Bench -c Release -v q -nologo >/dev/null
web="src/Nastavnik.Web/bin/Release/net10.0/Nastavnik.Web.dll"
echo "== Генерация региона: $mentees наставляемых, $mentors наставников, $organizations организаций"
dotnet "$web" generate --mentees "$mentees" --mentors "$mentors" --organizations "$organizations" --operator bench-monitoring \
  --Database:Provider=Postgres "--ConnectionStrings:Nastavnik=$conn" --Logging:LogLevel:Default=Warning

echo "== Программы, пары и дорожные карты организаций"
psql -d bench_monitoring -v ON_ERROR_STOP=1 -q <<'SQL'
INSERT INTO "Programs" ("OrganizationId", "Name", "Form", "Format", "ModelElement", "StartsOn", "EndsOn", "Status", "Template", "RequiresMentorPreparation", "FeedbackEveryWeeks", "ConcurrencyStamp")
SELECT o."Id", 'Программа наставничества', CASE WHEN o."Id" % 4 = 0 THEN 1 ELSE 2 END, 1, 0, make_date(extract(year FROM now())::int - 1, 9, 1), make_date(extract(year FROM now())::int + 1, 5, 31), 1, 0, false, 4, gen_random_uuid()
FROM "Organizations" o WHERE o."Type" IN (0, 1);
WITH m AS (SELECT mr."Id", p."OrganizationId", row_number() OVER (PARTITION BY p."OrganizationId" ORDER BY mr."Id") AS rn FROM "Mentors" mr JOIN "People" p ON p."Id" = mr."PersonId"),
     e AS (SELECT me."Id", p."OrganizationId", row_number() OVER (PARTITION BY p."OrganizationId" ORDER BY me."Id") AS rn FROM "Mentees" me JOIN "People" p ON p."Id" = me."PersonId"),
     pr AS (SELECT DISTINCT ON ("OrganizationId") "Id", "OrganizationId", "StartsOn" FROM "Programs" ORDER BY "OrganizationId", "Id")
INSERT INTO "Pairs" ("ProgramId", "MentorId", "MenteeId", "Status", "FormedOn", "OrderNumber", "OrderDate", "Outcome", "GroupName")
SELECT pr."Id", m."Id", e."Id", 1, pr."StartsOn", '1-о', pr."StartsOn" + 14, 0, CASE WHEN m.rn % 10 = 0 THEN 'Группа ' || m.rn ELSE NULL END
FROM m JOIN e ON e."OrganizationId" = m."OrganizationId" AND e.rn = m.rn JOIN pr ON pr."OrganizationId" = m."OrganizationId";
INSERT INTO "Roadmaps" ("Level", "OrganizationId", "Title", "PeriodStart", "PeriodEnd", "Status", "AllowedDeviationPercent", "CreatedAt", "ConcurrencyStamp", "ChildRequirement", "ChildTemplate")
SELECT 2, o."Id", 'Дорожная карта', make_date(extract(year FROM now())::int - 1, 9, 1), make_date(extract(year FROM now())::int + 1, 8, 31), 1, 0, now(), gen_random_uuid(), 0, 0
FROM "Organizations" o WHERE o."Id" % 5 < 3;
INSERT INTO "TerritoryTargets" ("RegionId", "Level", "TerritoryId", "Metric", "Year", "Value", "Document", "SetBy", "SetAt", "ConcurrencyStamp")
SELECT r."Id", 0, r."Id", m, extract(year FROM now())::int, 1000 * (m + 1), 'Приказ № 1 от 10.01.2026', 'bench', now(), gen_random_uuid()
FROM "Regions" r CROSS JOIN unnest(ARRAY[0, 1, 2, 3, 11, 12]) AS m;
INSERT INTO "TerritoryTargets" ("RegionId", "Level", "TerritoryId", "Metric", "Year", "Value", "Document", "SetBy", "SetAt", "ConcurrencyStamp")
SELECT mu."RegionId", 1, mu."Id", m, extract(year FROM now())::int, 50 + mu."Id" % 40, 'Приказ УО № 2', 'bench', now(), gen_random_uuid()
FROM "Municipalities" mu CROSS JOIN unnest(ARRAY[5, 6, 7, 8, 9]) AS m;
VACUUM ANALYZE;
SQL

bench() { dotnet "$1/bench/Nastavnik.Bench/bin/Release/net10.0/Nastavnik.Bench.dll" monitoring-dashboard "$conn" bench-monitoring | tee "$2"; }
figure() { sed -n "s/.*$2=\([0-9.]*\).*/\1/p" "$1" | head -1; }
out="$pgdir/out"; mkdir -p "$out"
if [ -n "${BASELINE:-}" ]; then
  base="$(mktemp -d /tmp/nastavnik-baseline.XXXXXX)"
  trap 'pg_throwaway_stop "$pgdir"; git -C "$repo" worktree remove --force "$base" 2>/dev/null || true' EXIT
  git worktree add -q --detach "$base" "$BASELINE"
  dotnet build "$base/bench/Nastavnik.Bench" -c Release -v q -nologo >/dev/null
  echo "== Базовая версия ($BASELINE), прогон 1"; bench "$base" "$out/base1"
fi
echo "== Панель мониторинга региона против тех же агрегатов в SQL"
bench "$repo" "$out/new1"
if [ -n "${BASELINE:-}" ]; then
  echo "== Базовая версия ($BASELINE), прогон 2"; bench "$base" "$out/base2"
  echo "== Текущая версия, прогон 2"; bench "$repo" "$out/new2"
  for f in dashboard_page_ms report_ms; do
    b1=$(figure "$out/base1" $f); b2=$(figure "$out/base2" $f); n1=$(figure "$out/new1" $f); n2=$(figure "$out/new2" $f)
    python3 -c "import statistics as s; b=[$b1,$b2]; n=[$n1,$n2]; print(f'RESULT $f: current {s.median(n):.0f} (best {min(n):.0f}) vs baseline {s.median(b):.0f} (best {min(b):.0f}): ratio {s.median(n)/s.median(b):.3f} (best {min(n)/min(b):.3f})')"
  done
fi
