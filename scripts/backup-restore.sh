#!/usr/bin/env bash
# Backup and restore, tested: a demo database is created by the app's own migrations and seed, dumped with pg_dump
# (custom format), restored with pg_restore into a new database, and every table is compared — row count and an md5
# of all its rows. Then the app's `migrate` verb runs against the restored copy (nothing to apply = the restored schema
# is the current one). Prints one line per table and «ВОССТАНОВЛЕНИЕ ПРОВЕРЕНО» at the end; exits non-zero on a mismatch.
# Usage: bash scripts/backup-restore.sh
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
source scripts/lib/pg-throwaway.sh

dotnet build src/Nastavnik.Web -v q -nologo >/dev/null
pgdir="$repo/.pgbench-backup"
trap 'pg_throwaway_stop "$pgdir"' EXIT
pg_throwaway_start "$pgdir" 55535
psql() { "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 "$@"; }
conn() { echo "Host=127.0.0.1;Port=$PG_PORT;Username=nastavnik;Password=nastavnik;Database=$1"; }
app() { dotnet run --project src/Nastavnik.Web --no-build -- "$@" --Database:Provider=Postgres; }

psql -qc "CREATE DATABASE nst_source"
app migrate "--ConnectionStrings:Nastavnik=$(conn nst_source)" >/dev/null
app seed-demo "--ConnectionStrings:Nastavnik=$(conn nst_source)" >/dev/null

dump="$pgdir/nastavnik.dump"
"$PG_BIN/pg_dump" -h 127.0.0.1 -p "$PG_PORT" -U postgres --format=custom --file="$dump" nst_source
echo "Резервная копия: $(du -h "$dump" | cut -f1) ($dump)"
psql -qc "CREATE DATABASE nst_restored"
"$PG_BIN/pg_restore" -h 127.0.0.1 -p "$PG_PORT" -U postgres --dbname=nst_restored --no-owner --exit-on-error "$dump"

tables=$(psql -d nst_source -Atc "select tablename from pg_tables where schemaname = 'public' order by tablename")
fingerprint() { psql -d "$1" -Atc "select count(*) || ' ' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '-') from \"$2\" t"; }
mismatches=0
for t in $tables; do
  a=$(fingerprint nst_source "$t"); b=$(fingerprint nst_restored "$t")
  if [ "$a" = "$b" ]; then printf '%-32s %s строк — совпадает\n' "$t" "${a%% *}"
  else printf '%-32s ИСХОДНАЯ %s, ВОССТАНОВЛЕННАЯ %s\n' "$t" "$a" "$b"; mismatches=$((mismatches + 1)); fi
done
[ "$mismatches" -eq 0 ] || { echo "Расхождений: $mismatches" >&2; exit 1; }

# The restored copy is a working database of the current version: the app finds nothing to migrate and can read it.
app migrate "--ConnectionStrings:Nastavnik=$(conn nst_restored)" | tail -1
echo "ВОССТАНОВЛЕНИЕ ПРОВЕРЕНО: таблиц $(echo "$tables" | wc -w), все совпадают"
