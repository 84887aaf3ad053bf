#!/usr/bin/python3
"""The peer of bench/matching.sh: scipy's linear_sum_assignment on the same integer score matrix,
with every mentor's capacity expanded into that many identical columns (slots)."""
import sys, time
import numpy as np
from scipy.optimize import linear_sum_assignment

path = sys.argv[1]
with open(path, "rb") as f:
    n, m = np.frombuffer(f.read(8), dtype=np.int32)
    caps = np.frombuffer(f.read(4 * m), dtype=np.int32)
    w = np.frombuffer(f.read(4 * n * m), dtype=np.int32).reshape(n, m)
slots = np.repeat(np.arange(m), caps)
matrix = np.ascontiguousarray(w[:, slots], dtype=np.float64)
best = None
for _ in range(int(sys.argv[2]) if len(sys.argv) > 2 else 1):
    t = time.perf_counter()
    rows, cols = linear_sum_assignment(matrix, maximize=True)
    elapsed = time.perf_counter() - t
    best = elapsed if best is None else min(best, elapsed)
objective = int(w[rows, slots[cols]].sum())
print(f"RESULT scipy mentees={n} mentors={m} slots={len(slots)} scipy_s={best:.3f} objective={objective} matched={len(rows)}")
