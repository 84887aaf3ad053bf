namespace Nastavnik.Matching.Solving;

/// <summary>
/// The same exact maximum-weight capacitated assignment as <see cref="DenseAssignmentSolver"/>, on a sparse
/// candidate graph: successive shortest augmenting paths with potentials, Dijkstra on a binary heap, state
/// reset by search stamps so that one search costs what it visits, not the size of the country.
/// </summary>
public static class SparseAssignmentSolver
{
    public static Assignment Solve(CandidateGraph graph, IProgress<double>? progress = null, CancellationToken cancel = default)
    {
        var wmax = 0;
        foreach (var w in graph.Weight)
        {
            if (w < 0 || w > DenseAssignmentSolver.MaxWeight)
                throw new ArgumentException($"Балл пары должен быть от 0 до {DenseAssignmentSolver.MaxWeight}.", nameof(graph));
            if (w > wmax) wmax = w;
        }
        foreach (var m in graph.Mentor)
            if ((uint)m >= (uint)graph.Mentors)
                throw new ArgumentException("Кандидат ссылается на несуществующего наставника.", nameof(graph));
        return new Search(graph, wmax).Run(progress, cancel);
    }

    private sealed class Search
    {
        private readonly CandidateGraph _g;
        private readonly long _wmax;
        private readonly MentorSlots _slots;
        private readonly long[] _piRow, _piCol;
        private readonly int[] _seatWeight; // weight of the edge a mentee is seated on
        private readonly long[] _dist;
        private readonly int[] _pred, _stamp;
        private readonly bool[] _settled;
        private int _search;
        private readonly List<(int Node, long Dist)> _visitedRows = [], _settledCols = [];
        private readonly PriorityQueue<int, long> _heap = new();
        private long _sinkDist;
        private int _endMentor, _leavingMentee;

        public Search(CandidateGraph g, int wmax)
        {
            _g = g; _wmax = wmax;
            _slots = new MentorSlots(g.Capacities, g.Mentees);
            _piRow = new long[g.Mentees]; _piCol = new long[g.Mentors];
            _seatWeight = new int[g.Mentees];
            _dist = new long[g.Mentors]; _pred = new int[g.Mentors]; _stamp = new int[g.Mentors]; _settled = new bool[g.Mentors];
        }

        public Assignment Run(IProgress<double>? progress, CancellationToken cancel)
        {
            var free = GreedyStart();
            for (var k = 0; k < free.Count; k++)
            {
                if ((k & 1023) == 0)
                {
                    cancel.ThrowIfCancellationRequested();
                    progress?.Report((double)k / free.Count);
                }
                Augment(free[k]);
            }
            progress?.Report(1);
            long total = 0;
            for (var i = 0; i < _g.Mentees; i++)
                if (_slots.MentorOf[i] >= 0) total += SeatWeight(i);
            return new Assignment((int[])_slots.MentorOf.Clone(), total);
        }

        private int SeatWeight(int mentee)
        {
            var mentor = _slots.MentorOf[mentee];
            var best = -1;
            for (var e = _g.RowStart[mentee]; e < _g.RowStart[mentee + 1]; e++)
                if (_g.Mentor[e] == mentor) best = Math.Max(best, _g.Weight[e]);
            return best;
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

        private void Augment(int root)
        {
            _search++;
            _heap.Clear(); _visitedRows.Clear(); _settledCols.Clear();
            _sinkDist = long.MaxValue; _endMentor = -1; _leavingMentee = -1;
            ScanRow(root, 0);
            while (_heap.TryDequeue(out var j, out var dj))
            {
                if (dj >= _sinkDist) break;
                if (_settled[j] && _stamp[j] == _search || dj != _dist[j]) continue; // stale heap entry
                _settled[j] = true;
                _settledCols.Add((j, dj));
                if (_slots.HasRoom(j))
                {
                    var viaRoom = dj + _piCol[j];
                    if (viaRoom < _sinkDist) { _sinkDist = viaRoom; _endMentor = j; _leavingMentee = -1; }
                }
                foreach (var a in _slots.MenteesOf(j))
                {
                    var da = dj - _wmax + _seatWeight[a] + _piCol[j] - _piRow[a];
                    if (da < _sinkDist) ScanRow(a, da);
                }
            }
            foreach (var (i, d) in _visitedRows)
                if (d < _sinkDist) _piRow[i] -= _sinkDist - d;
            foreach (var (j, d) in _settledCols)
                _piCol[j] -= _sinkDist - d;
            _slots.Augment(root, _endMentor, _leavingMentee, _pred);
            // Seat weights along the path: each moved mentee now sits on the edge to its predecessor mentor.
            foreach (var (j, _) in _settledCols)
            {
                var a = _pred[j];
                if (_slots.MentorOf[a] == j) _seatWeight[a] = EdgeWeight(a, j);
            }
            if (_endMentor >= 0 && _slots.MentorOf[_pred[_endMentor]] == _endMentor)
                _seatWeight[_pred[_endMentor]] = EdgeWeight(_pred[_endMentor], _endMentor);
        }

        private int EdgeWeight(int mentee, int mentor)
        {
            var best = -1;
            for (var e = _g.RowStart[mentee]; e < _g.RowStart[mentee + 1]; e++)
                if (_g.Mentor[e] == mentor) best = Math.Max(best, _g.Weight[e]);
            return best;
        }

        private void ScanRow(int i, long d)
        {
            _visitedRows.Add((i, d));
            var leave = d + _wmax + _piRow[i]; // the mentee gives his seat up (weight 0); the sink's potential stays 0
            if (leave < _sinkDist) { _sinkDist = leave; _endMentor = -1; _leavingMentee = i; }
            var rowBase = d + _piRow[i] + _wmax;
            var mentorOfRow = _slots.MentorOf[i];
            for (var e = _g.RowStart[i]; e < _g.RowStart[i + 1]; e++)
            {
                var j = _g.Mentor[e];
                if (j == mentorOfRow) continue;
                if (_stamp[j] != _search) { _stamp[j] = _search; _settled[j] = false; _dist[j] = long.MaxValue; }
                else if (_settled[j]) continue;
                var cand = rowBase - _g.Weight[e] - _piCol[j];
                if (cand >= _dist[j] || cand >= _sinkDist) continue;
                _dist[j] = cand; _pred[j] = i;
                _heap.Enqueue(j, cand);
            }
        }
    }
}
