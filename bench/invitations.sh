#!/usr/bin/env bash
# E-mail figures, each against its baseline in the same run:
#   1. bulk invitation of 10 000 registry mentors (accounts, roles, links, outbox, audit; one transaction) vs binary
#      COPY of the same rows into AspNetUsers, RoleGrants, AccountLinks, OutboxMessages;
#   2. the outbox sender delivering 5 000 messages to a local SMTP server (scripts/lib/smtp_sink.py) vs a bare MailKit
#      loop sending the same messages over one connection.
# PostgreSQL: with NASTAVNIK_BENCH_PG (an Npgsql connection string of a superuser, e.g. the test cluster's) a database
# is created there and dropped afterwards; without it a throwaway cluster is started.
# Usage: bash bench/invitations.sh [mentors=10000] [messages=5000] [runs=5]
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
mentors="${1:-10000}"; messages="${2:-5000}"; runs="${3:-5}"
db="bench_email_$$"

if [ -n "${NASTAVNIK_BENCH_PG:-}" ]; then
  base="$(echo "$NASTAVNIK_BENCH_PG" | sed 's/Database=[^;]*;\{0,1\}//')"
  admin() { PGPASSWORD="$(echo "$base" | sed -n 's/.*Password=\([^;]*\).*/\1/p')" psql \
    -h "$(echo "$base" | sed -n 's/.*Host=\([^;]*\).*/\1/p')" -p "$(echo "$base" | sed -n 's/.*Port=\([^;]*\).*/\1/p')" \
    -U "$(echo "$base" | sed -n 's/.*Username=\([^;]*\).*/\1/p')" -d postgres -qc "$1"; }
  conn="${base%;};Database=$db;Command Timeout=300"
  trap 'admin "DROP DATABASE IF EXISTS $db WITH (FORCE)"' EXIT
else
  source scripts/lib/pg-throwaway.sh
  pgdir="$repo/.pgbench-email"
  trap 'pg_throwaway_stop "$pgdir"' EXIT
  pg_throwaway_start "$pgdir" 55534
  admin() { "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "$1"; }
  conn="Host=127.0.0.1;Port=$PG_PORT;Username=nastavnik;Password=nastavnik;Database=$db;Command Timeout=300"
fi
admin "CREATE DATABASE $db"

dotnet build bench/Nastavnik.Bench -c Release -v q -nologo >/dev/null
web="src/Nastavnik.Web/bin/Release/net10.0/Nastavnik.Web.dll"
benchdll="bench/Nastavnik.Bench/bin/Release/net10.0/Nastavnik.Bench.dll"
dotnet "$web" migrate --Database:Provider=Postgres "--ConnectionStrings:Nastavnik=$conn" --Logging:LogLevel:Default=Warning >/dev/null

echo "== 1. Массовое приглашение $mentors наставников против COPY тех же строк"
dotnet "$benchdll" invitations "$conn" "$mentors" "$runs"
echo "== 2. Отправка $messages писем: OutboxSender против цикла MailKit по одному соединению"
dotnet "$benchdll" outbox-sender "$conn" scripts/lib/smtp_sink.py "$messages" "$runs"
