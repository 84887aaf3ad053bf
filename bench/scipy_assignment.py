#!/usr/bin/python3
"""The peer of bench/matching.sh: scipy's linear_sum_assignment on the same integer score matrix,
with every mentor's capacity expanded into that many identical columns (slots).
Timed as our side is: a warm-up on the first 200 rows, then RUNS timed solves; prints the median and the best.
Usage: scipy_assignment.py <matrix file> <runs>"""
import statistics, sys, time
import numpy as np
from scipy.optimize import linear_sum_assignment

path, runs = sys.argv[1], int(sys.argv[2])
with open(path, "rb") as f:
    n, m = np.frombuffer(f.read(8), dtype=np.int32)
    caps = np.frombuffer(f.read(4 * m), dtype=np.int32)
    w = np.frombuffer(f.read(4 * n * m), dtype=np.int32).reshape(n, m)
slots = np.repeat(np.arange(m), caps)
matrix = np.ascontiguousarray(w[:, slots], dtype=np.float64)
linear_sum_assignment(matrix[:200], maximize=True)
times = []
for _ in range(runs):
    t = time.perf_counter()
    rows, cols = linear_sum_assignment(matrix, maximize=True)
    times.append(time.perf_counter() - t)
objective = int(w[rows, slots[cols]].sum())
print(f"RESULT scipy mentees={n} mentors={m} slots={len(slots)} runs={runs} "
      f"scipy_median_s={statistics.median(times):.3f} scipy_best_s={min(times):.3f} objective={objective} matched={len(rows)}")
