namespace Nastavnik.Matching.Solving;

/// <summary>
/// The same exact maximum-weight capacitated assignment as <see cref="DenseAssignmentSolver"/>, on a sparse
/// candidate graph: successive shortest augmenting paths with potentials, Dijkstra on a bucket queue, state
/// reset by search stamps so that one search costs what it visits, not the size of the country, and the graph
/// renumbered first for locality (<see cref="LocalityOrder"/>).
/// </summary>
public static class SparseAssignmentSolver
{
    public static Assignment Solve(CandidateGraph graph, IProgress<double>? progress = null, CancellationToken cancel = default)
    {
        var wmax = SolverSteps.CheckedMaxWeight(graph.Weight, forbiddenAllowed: false, nameof(graph));
        foreach (var m in graph.Mentor)
            if ((uint)m >= (uint)graph.Mentors)
                throw new ArgumentException("Кандидат ссылается на несуществующего наставника.", nameof(graph));
        var (ordered, oldRow, newMentor) = LocalityOrder.Apply(graph);
        var solved = new Search(ordered, wmax).Run(progress, cancel);
        var oldMentor = new int[newMentor.Length];
        for (var j = 0; j < newMentor.Length; j++) oldMentor[newMentor[j]] = j;
        var mentorOf = new int[graph.Mentees];
        for (var r = 0; r < oldRow.Length; r++)
            mentorOf[oldRow[r]] = solved.MentorOfMentee[r] < 0 ? -1 : oldMentor[solved.MentorOfMentee[r]];
        return new Assignment(mentorOf, solved.TotalWeight);
    }

    private sealed class Search
    {
        /// <summary>Everything a search touches of a mentor, in one place (one cache line per visit).</summary>
        private struct MentorState
        {
            public long Potential;
            public int Dist, Pred, PredWeight, Stamp, SettledStamp;
        }

        private readonly CandidateGraph _g;
        private readonly int _wmax;
        private readonly MentorSlots _slots;
        private readonly long[] _piRow;
        private readonly int[] _seatWeight; // weight of the edge a mentee is seated on
        private readonly MentorState[] _col;
        private int _search;
        private readonly List<(int Node, int Dist)> _visitedRows = [], _settledCols = [];
        private readonly BucketQueue _queue;
        private int _sinkDist;
        private int _endMentor, _leavingMentee;

        public Search(CandidateGraph g, int wmax)
        {
            _g = g; _wmax = wmax;
            _slots = new MentorSlots(g.Capacities, g.Mentees);
            _piRow = new long[g.Mentees];
            _seatWeight = new int[g.Mentees];
            _col = new MentorState[g.Mentors];
            _queue = new BucketQueue(wmax + 1);
        }

        public Assignment Run(IProgress<double>? progress, CancellationToken cancel)
        {
            SolverSteps.AugmentEach(GreedyStart(), Augment, every: 1024, progress, cancel);
            long total = 0;
            for (var i = 0; i < _g.Mentees; i++)
                if (_slots.MentorOf[i] >= 0) total += _seatWeight[i];
            return new Assignment((int[])_slots.MentorOf.Clone(), total);
        }

        private List<int> GreedyStart()
        {
            var free = new List<int>();
            for (var i = 0; i < _g.Mentees; i++)
            {
                int from = _g.RowStart[i], to = _g.RowStart[i + 1];
                if (from == to) continue;
                var best = -1;
                for (var e = from; e < to; e++) best = Math.Max(best, _g.Weight[e]);
                _piRow[i] = best - _wmax;
                var seated = false;
                for (var e = from; e < to && !seated; e++)
                    if (_g.Weight[e] == best && _slots.HasRoom(_g.Mentor[e]))
                    {
                        _slots.Seat(i, _g.Mentor[e]);
                        _seatWeight[i] = best;
                        seated = true;
                    }
                if (!seated) free.Add(i);
            }
            return free;
        }

        /// <summary>
        /// Dijkstra from one new mentee. Reduced costs are non-negative integers and the search never looks
        /// beyond the cost of leaving the root unmatched (his best weight, at most wmax), so a bucket queue of
        /// wmax + 1 buckets replaces the heap (Dial's algorithm).
        /// </summary>
        private void Augment(int root)
        {
            _search++;
            _visitedRows.Clear(); _settledCols.Clear();
            _sinkDist = int.MaxValue; _endMentor = -1; _leavingMentee = -1;
            ScanRow(root, 0);
            while (_queue.TryPop(_sinkDist, out var j, out var dj))
            {
                ref var col = ref _col[j];
                if (col.SettledStamp == _search || dj != col.Dist) continue; // stale entry
                col.SettledStamp = _search;
                _settledCols.Add((j, dj));
                if (_slots.HasRoom(j))
                {
                    var viaRoom = dj + col.Potential;
                    if (viaRoom < _sinkDist) { _sinkDist = (int)viaRoom; _endMentor = j; _leavingMentee = -1; }
                }
                var potential = col.Potential;
                foreach (var a in _slots.MenteesOf(j))
                {
                    var da = dj - _wmax + _seatWeight[a] + potential - _piRow[a];
                    if (da < _sinkDist) ScanRow(a, (int)da);
                }
            }
            _queue.Clear();
            foreach (var (i, d) in _visitedRows)
                if (d < _sinkDist) _piRow[i] -= _sinkDist - d;
            foreach (var (j, d) in _settledCols)
                _col[j].Potential -= _sinkDist - d;
            _slots.Augment(root, _endMentor, _leavingMentee, j => _col[j].Pred);
            // Each moved mentee now sits on the edge by which he reached his new mentor.
            foreach (var (j, _) in _settledCols)
            {
                ref var col = ref _col[j];
                if (_slots.MentorOf[col.Pred] == j) _seatWeight[col.Pred] = col.PredWeight;
            }
        }

        private void ScanRow(int i, int d)
        {
            _visitedRows.Add((i, d));
            var leave = d + _wmax + _piRow[i]; // the mentee gives his seat up (weight 0); the sink's potential stays 0
            if (leave < _sinkDist) { _sinkDist = (int)leave; _endMentor = -1; _leavingMentee = i; }
            var rowBase = d + _piRow[i] + _wmax;
            var mentorOfRow = _slots.MentorOf[i];
            var mentors = _g.Mentor; var weights = _g.Weight;
            for (int e = _g.RowStart[i], end = _g.RowStart[i + 1]; e < end; e++)
            {
                var j = mentors[e];
                if (j == mentorOfRow) continue;
                ref var col = ref _col[j];
                if (col.Stamp != _search) { col.Stamp = _search; col.Dist = int.MaxValue; }
                else if (col.SettledStamp == _search) continue;
                var cand = rowBase - weights[e] - col.Potential;
                if (cand >= col.Dist || cand >= _sinkDist) continue;
                col.Dist = (int)cand; col.Pred = i; col.PredWeight = weights[e];
                _queue.Push(j, (int)cand);
            }
        }
    }
}
