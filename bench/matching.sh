#!/usr/bin/env bash
# Matching engine figures (issue 4), each side by side in one run:
#   1. exact assignment vs scipy's linear_sum_assignment on the same integer score matrices, generated profiles
#      scored by the rules and uniform random scores 0–10 000 (2 000 × 2 000 with capacity 1; 10 000 mentees ×
#      3 000 mentors with capacities 1–5 expanded to slots for scipy); both sides warm up once, then solve RUNS
#      times (default 5) and report the median and the best; the objectives must be equal;
#   2. the sparse exact solve with top-32 candidates at 10k, 100k and 1M mentees (time, peak memory, growth);
#   3. scoring throughput against a plain scan of an array of the same size.
# Usage: [RUNS=5] [PARTS="1 2 3"] bash bench/matching.sh            (needs python3-scipy: installed with apt-get when missing)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
if ! /usr/bin/python3 -c "import scipy" 2>/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq python3-scipy >/dev/null
fi
dotnet build bench/Nastavnik.Bench -c Release -v q -nologo >/dev/null
bench="dotnet bench/Nastavnik.Bench/bin/Release/net10.0/Nastavnik.Bench.dll"
runs="${RUNS:-5}"; parts="${PARTS:-1 2 3}"
part() { [[ " $parts " == *" $1 "* ]]; }
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT

if part 1; then
echo "== 1. Точный подбор против scipy linear_sum_assignment (по $runs прогонов с каждой стороны, медиана и лучший)"
field() { sed -n "s/.* $1=\([0-9.]*\).*/\1/p" <<<"$2"; }
for instance in profiles uniform; do
  for size in "2000 2000 1" "10000 3000 5"; do
    set -- $size
    ours=$($bench matching-dense "$instance" "$1" "$2" "$3" "$runs" "$tmp/m.bin"); echo "$ours"
    peer=$(/usr/bin/python3 bench/scipy_assignment.py "$tmp/m.bin" "$runs"); echo "$peer"
    [ "$(field objective "$ours")" = "$(field objective "$peer")" ] \
      || { echo "FAIL: objectives differ ($(field objective "$ours") vs scipy $(field objective "$peer"))"; exit 1; }
    awk -v om="$(field ours_median_s "$ours")" -v ob="$(field ours_best_s "$ours")" \
        -v pm="$(field scipy_median_s "$peer")" -v pb="$(field scipy_best_s "$peer")" -v what="$instance $1×$2" \
      'BEGIN { printf "RESULT %s same objective; median ours %.3f s vs scipy %.3f s = %.2f×; best %.3f vs %.3f = %.2f× (target ≤ 1.0×)\n", what, om, pm, om / pm, ob, pb, ob / pb }'
  done
done
fi

if part 2; then
echo "== 2. Разреженный точный подбор: top-32 кандидата, рост от 10 тыс. до 1 млн наставляемых"
base=""
for n in 10000 100000 1000000; do
  line=$($bench matching-sparse "$n" 32); echo "$line"
  s=$(sed -n 's/.* solve_s=\([0-9.]*\).*/\1/p' <<<"$line")
  if [ -z "$base" ]; then base="$s"; else
    awk -v s="$s" -v b="$base" -v n="$n" 'BEGIN { printf "RESULT growth 10k→%d: time ×%.1f for size ×%d = %.2f of linear (target ≤ ~1.2)\n", n, s / b, n / 10000, (s / b) / (n / 10000) }'
  fi
done
fi

if part 3; then
echo "== 3. Скорость расчёта баллов против простого прохода по массиву того же размера"
$bench matching-scoring 20000 3000
fi
