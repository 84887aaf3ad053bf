using System.Runtime.Intrinsics;

namespace Nastavnik.Matching.Solving;

/// <summary>
/// Exact maximum-weight assignment of mentees (rows) to mentors (columns) with mentor capacities, on a dense
/// integer weight matrix. A mentee may stay unmatched (weight 0); <see cref="Forbidden"/> marks a pair that
/// must not be formed. This is the min-cost flow source → mentee → mentor (capacity) → sink, solved by
/// successive shortest augmenting paths with Johnson potentials, one mentee at a time (the Hungarian
/// method on a capacitated, rectangular problem). Mentors are not expanded into slots: a full mentor is one
/// node whose seated mentees are all reached at once. A greedy start on the row maxima (tight edges only)
/// seats most mentees before any search, and the row scans and minimum searches are vectorised.
/// </summary>
public static class DenseAssignmentSolver
{
    public const int Forbidden = -(1 << 29);
    public const int MaxWeight = 1 << 20;

    /// <summary>
    /// Whether the search's integer distances stay in range: a path is at most mentees + mentors + 2 edges of at
    /// most <paramref name="maxWeight"/> each. Above it the sparse solver (long potentials) answers the same problem.
    /// </summary>
    public static bool Fits(int maxWeight, int mentees, int mentors) => (long)(maxWeight + 1) * (mentees + mentors + 2) < 1 << 28;

    /// <param name="weights">Row-major mentees × mentors; every entry in [0, <see cref="MaxWeight"/>] or <see cref="Forbidden"/>.</param>
    public static Assignment Solve(int[] weights, int mentees, int[] capacities, IProgress<double>? progress = null, CancellationToken cancel = default)
    {
        var mentors = capacities.Length;
        if ((long)mentees * mentors != weights.Length)
            throw new ArgumentException("Размер матрицы баллов не равен числу наставляемых × числу наставников.", nameof(weights));
        var wmax = SolverSteps.CheckedMaxWeight(weights, forbiddenAllowed: true, nameof(weights));
        if (!Fits(wmax, mentees, mentors))
            throw new ArgumentException("Слишком большая задача для плотного решателя: используйте разреженный (кандидаты).", nameof(weights));
        return new Search(weights, mentees, capacities, wmax).Run(progress, cancel);
    }

    private sealed class Search
    {
        private readonly int[] _w;
        private readonly int _n, _m, _wmax;
        private readonly MentorSlots _slots;
        private readonly int[] _piRow, _piCol;
        private readonly int[] _dist, _pred, _floor;
        private readonly int[] _visitedRow, _visitedRowDist, _settledCol, _settledColDist;
        private int _visitedRows, _settledCols;
        private int _sinkDist, _endMentor, _leavingMentee;

        public Search(int[] w, int n, int[] capacities, int wmax)
        {
            _w = w; _n = n; _m = capacities.Length; _wmax = wmax;
            _slots = new MentorSlots(capacities, n);
            _piRow = new int[n]; _piCol = new int[_m];
            _dist = new int[_m]; _pred = new int[_m]; _floor = new int[_m];
            _visitedRow = new int[n]; _visitedRowDist = new int[n];
            _settledCol = new int[_m]; _settledColDist = new int[_m];
        }

        public Assignment Run(IProgress<double>? progress, CancellationToken cancel)
        {
            SolverSteps.AugmentEach(GreedyStart(), Augment, every: 64, progress, cancel);
            long total = 0;
            for (var i = 0; i < _n; i++)
                if (_slots.MentorOf[i] >= 0) total += _w[(long)i * _m + _slots.MentorOf[i]];
            return new Assignment((int[])_slots.MentorOf.Clone(), total);
        }

        /// <summary>Row reduction: each mentee's potential makes his best pairs tight; he takes one of them if it has room.</summary>
        private List<int> GreedyStart()
        {
            var free = new List<int>();
            for (var i = 0; i < _n; i++)
            {
                var row = _w.AsSpan(i * _m, _m);
                var best = Simd.Max(row);
                if (best < 0) continue; // no allowed mentor: stays unmatched
                _piRow[i] = best - _wmax;
                var seated = false;
                for (var from = 0; from < _m;)
                {
                    var at = row[from..].IndexOf(best);
                    if (at < 0) break;
                    var j = from + at;
                    if (_slots.HasRoom(j)) { _slots.Seat(i, j); seated = true; break; }
                    from = j + 1;
                }
                if (!seated) free.Add(i);
            }
            return free;
        }

        private void Augment(int root)
        {
            _dist.AsSpan().Fill(int.MaxValue);
            _floor.AsSpan().Fill(int.MinValue);
            _visitedRows = 0; _settledCols = 0;
            _sinkDist = int.MaxValue; _endMentor = -1; _leavingMentee = -1;
            ScanRow(root, 0);
            while (true)
            {
                var j = Simd.ArgMin(_dist, out var dj);
                if (dj >= _sinkDist) break;
                _floor[j] = int.MaxValue;
                _dist[j] = int.MaxValue;
                _settledCol[_settledCols] = j; _settledColDist[_settledCols++] = dj;
                if (_slots.HasRoom(j))
                {
                    var viaRoom = dj + _piCol[j]; // the sink's potential stays 0: only settled nodes' potentials move
                    if (viaRoom < _sinkDist) { _sinkDist = viaRoom; _endMentor = j; _leavingMentee = -1; }
                }
                foreach (var a in _slots.MenteesOf(j))
                {
                    // Reverse of the seated edge: reduced cost -(wmax - w) + pi(j) - pi(a) >= 0.
                    var da = dj - _wmax + _w[a * _m + j] + _piCol[j] - _piRow[a];
                    if (da < _sinkDist) ScanRow(a, da);
                }
            }
            for (var k = 0; k < _visitedRows; k++)
                if (_visitedRowDist[k] < _sinkDist) _piRow[_visitedRow[k]] -= _sinkDist - _visitedRowDist[k];
            for (var k = 0; k < _settledCols; k++)
                _piCol[_settledCol[k]] -= _sinkDist - _settledColDist[k];
            _slots.Augment(root, _endMentor, _leavingMentee, j => _pred[j]);
        }

        private void ScanRow(int i, int d)
        {
            _visitedRow[_visitedRows] = i; _visitedRowDist[_visitedRows++] = d;
            var leave = d + _wmax + _piRow[i]; // the mentee gives his seat up (weight 0)
            if (leave < _sinkDist) { _sinkDist = leave; _endMentor = -1; _leavingMentee = i; }
            Simd.Relax(_w.AsSpan(i * _m, _m), d + _piRow[i] + _wmax, _piCol, _floor, _dist, _pred, i);
        }
    }
}
