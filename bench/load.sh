#!/usr/bin/env bash
# Load on loopback with wrk (Debian package): a synthetic region of 100 000 mentees (and a program of 500 pairs with
# 20 meetings each) on a throwaway PostgreSQL, the app started as in production (Release build, PostgreSQL, no demo
# seed, jobs off), then for each address a wrk run reporting requests per second, p50/p99 latency and the non-2xx/3xx
# answers:
#   - the registry list (/Mentees, signed in as the region's operator: 100 000 rows in scope, first page sorted by name);
#   - a program page (/Programs/Details/{id}, its curator: 500 pairs);
#   - the programs list (/Programs) of the region's operator;
#   - the region's public page (/nastavnichestvo/region/{id}, anonymous).
# Each address's baseline is its own SQL: the statements the page runs, recorded from the app with their values
# (bench `page-sql`), replayed by pgbench with the same concurrency and duration. The ratio says how much the app
# adds to its database work under load.
# Then a soak: the registry list under load for SOAK seconds (default 600) with the app's RSS sampled every 30 s.
# Usage: bash bench/load.sh [mentees=100000] [seconds_per_endpoint=30] [soak_seconds=600]
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
source scripts/lib/pg-throwaway.sh
mentees="${1:-100000}"; seconds="${2:-30}"; soak="${3:-600}"
command -v wrk >/dev/null || _pg_throwaway_apt wrk

pgdir="$repo/.pgbench-load"
app_pid=""
cleanup() { [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null; pg_throwaway_stop "$pgdir"; }
trap cleanup EXIT
pg_throwaway_start "$pgdir" 55536
conn="Host=127.0.0.1;Port=$PG_PORT;Username=nastavnik;Password=nastavnik;Database=bench_load;Command Timeout=300"
"$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "CREATE DATABASE bench_load"

dotnet build bench/Nastavnik.Bench -c Release -v q -nologo >/dev/null
web="src/Nastavnik.Web/bin/Release/net10.0/Nastavnik.Web.dll"
bench="bench/Nastavnik.Bench/bin/Release/net10.0/Nastavnik.Bench.dll"
settings=(--Database:Provider=Postgres "--ConnectionStrings:Nastavnik=$conn" --Logging:LogLevel:Default=Warning --Demo:Seed=false --Security:LoginPerMinute=100000)
echo "== Генерация региона: $mentees наставляемых; программа из 500 пар"
dotnet "$web" generate --mentees "$mentees" --mentors $((mentees * 3 / 10)) --operator load-region "${settings[@]}"
program=$(dotnet "$bench" seed-program "$conn" 500 20 | awk '/^PROGRAM/ { print $2 }')
"$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d bench_load -qc "VACUUM ANALYZE"
region=$("$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d bench_load -Atc "select \"RegionId\" from \"AspNetUsers\" where \"UserName\" = 'load-region'")

url="http://127.0.0.1:5291"
(cd src/Nastavnik.Web && exec dotnet "../../$web" --urls "$url" --Jobs:Enabled=false "${settings[@]}") > "$pgdir/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 60); do curl -sf "$url/health" >/dev/null && break; sleep 1; done

login() { # login → the auth cookie
  local jar="$pgdir/cookies-$1.txt" token
  token=$(curl -s -c "$jar" "$url/Account/Login" | sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' | head -1)
  curl -s -b "$jar" -c "$jar" -o /dev/null -w "%{http_code}" --data-urlencode "Input.Login=$1" --data-urlencode "Input.Password=Nastavnik-2026" \
    --data-urlencode "__RequestVerificationToken=$token" "$url/Account/Login" | grep -q 302 || { echo "вход $1 не удался" >&2; exit 1; }
  awk '$6 == "nastavnik.auth" { print "nastavnik.auth=" $7 }' "$jar"
}
region_cookie=$(login load-region)
curator_cookie=$(login bench-curator)

run() { # name path login(or -) [cookie]
  local name="$1" path="$2" user="$3" header=()
  [ -n "${4:-}" ] && header=(-H "Cookie: $4")
  curl -sf -o /dev/null "${header[@]}" "$url$path" || { echo "$name: страница не открылась" >&2; exit 1; }
  local out; out=$(wrk -t2 -c16 -d"${seconds}s" --latency "${header[@]}" "$url$path")
  local rps p50 p99 errors
  rps=$(awk '/Requests\/sec/ { print $2 }' <<<"$out"); p50=$(awk '$1 == "50%" { print $2 }' <<<"$out"); p99=$(awk '$1 == "99%" { print $2 }' <<<"$out")
  errors=$(awk '/Non-2xx or 3xx/ { print $5 }' <<<"$out"); errors=${errors:-0}
  local socket; socket=$(awk '/Socket errors/ { print $0 }' <<<"$out")
  # The page's own statements straight to PostgreSQL: 16 clients on 2 threads, as long.
  local script="$pgdir/$name.sql" login="$user"
  [ "$user" = "-" ] && login=load-region # a public page runs the same SQL for anyone
  dotnet "$bench" page-sql "$conn" "$login" "$path" "$script" >/dev/null
  local sqlout sqltps statements
  statements=$(grep -c ';$' "$script")
  sqlout=$("$PG_BIN/pgbench" -h 127.0.0.1 -p "$PG_PORT" -U postgres -n -c16 -j2 -T "$seconds" -f "$script" bench_load 2>&1)
  sqltps=$(awk '/^tps/ { print $3 }' <<<"$sqlout")
  local ratio; ratio=$(awk -v a="$rps" -v b="$sqltps" 'BEGIN { printf "%.2f", b / a }')
  echo "$name: $rps запросов/с, p50 $p50, p99 $p99, ошибок (не 2xx/3xx): $errors ${socket:+; $socket}"
  echo "  его SQL ($statements запросов) напрямую, pgbench 16 клиентов: $sqltps наборов/с — приложение медленнее в $ratio раза"
  echo "RESULT load_${name}_rps=$rps load_${name}_p50=$p50 load_${name}_p99=$p99 load_${name}_errors=$errors load_${name}_sql_tps=$sqltps load_${name}_ratio=$ratio"
}
echo "== Нагрузка wrk: 2 потока, 16 соединений, по $seconds с на адрес"
run registry "/Mentees?sort=name" load-region "$region_cookie"
run program "/Programs/Details/$program" bench-curator "$curator_cookie"
run programs "/Programs" load-region "$region_cookie"
run public "/nastavnichestvo/region/$region" -

echo "== Длительная нагрузка на базу наставляемых: $soak с, память процесса каждые 30 с"
wrk -t2 -c16 -d"${soak}s" -H "Cookie: $region_cookie" "$url/Mentees?sort=name" > "$pgdir/soak.txt" &
wrk_pid=$!
samples=()
while kill -0 "$wrk_pid" 2>/dev/null; do
  samples+=("$(awk '/VmRSS/ { print int($2 / 1024) }' "/proc/$app_pid/status")")
  sleep 30
done
echo "RSS, МБ: ${samples[*]}"
awk '/Requests\/sec/ { print "Длительная нагрузка: " $2 " запросов/с" } /Non-2xx/ { print "ошибок: " $5 }' "$pgdir/soak.txt"
echo "RESULT soak_rss_first_mb=${samples[0]} soak_rss_max_mb=$(printf '%s\n' "${samples[@]}" | sort -n | tail -1) soak_rss_last_mb=${samples[-1]}"
