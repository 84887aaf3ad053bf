using Nastavnik.Matching.Scoring;
using Nastavnik.Matching.Solving;

namespace Nastavnik.Matching.Engine;

/// <summary>
/// One matching run: hard exclusions, locked pairs, scoring (dense, or top-k candidates for big pools),
/// the exact or the stable solver, explanations of every proposed pair and the reason for every mentee left
/// without a mentor.
/// </summary>
public static class MatchingEngine
{
    public static MatchingResult Run(MatchingInput input, IProgress<MatchingProgress>? progress = null, CancellationToken cancel = default)
    {
        var scorer = new PairScorer(input.Rules);
        var menteeByKey = input.Mentees.ToDictionary(m => m.Key);
        var mentorByKey = input.Mentors.ToDictionary(m => m.Key);

        // Locked pairs first: they stay and take their seats.
        var pairs = new List<ProposedPair>();
        var seatsTaken = new Dictionary<int, int>();
        var lockedMentees = new HashSet<int>();
        foreach (var (menteeKey, mentorKey) in input.Locked)
        {
            if (!menteeByKey.TryGetValue(menteeKey, out var mentee) || !mentorByKey.TryGetValue(mentorKey, out var mentor) || !lockedMentees.Add(menteeKey))
                continue;
            pairs.Add(new ProposedPair(menteeKey, mentorKey, scorer.Score(mentee, mentor), scorer.Explain(mentee, mentor), Locked: true));
            seatsTaken[mentorKey] = seatsTaken.GetValueOrDefault(mentorKey) + 1;
        }

        var unmatched = new List<UnmatchedMentee>();
        var rowMentees = new List<MenteeProfile>();
        foreach (var mentee in input.Mentees)
        {
            if (lockedMentees.Contains(mentee.Key)) continue;
            if (!mentee.HasConsent) unmatched.Add(new(mentee.Key, UnmatchedReason.Excluded, MatchingNames.Of(Exclusion.MenteeNoConsent)));
            else if (mentee.AlreadyPaired) unmatched.Add(new(mentee.Key, UnmatchedReason.Excluded, MatchingNames.Of(Exclusion.AlreadyPaired)));
            else rowMentees.Add(mentee);
        }
        var excludedMentors = new Dictionary<Exclusion, int>();
        var columnMentors = new List<MentorProfile>();
        foreach (var mentor in input.Mentors)
        {
            var seated = mentor with { Load = mentor.Load + seatsTaken.GetValueOrDefault(mentor.Key) };
            if (scorer.MentorExcluded(seated) is { } why) excludedMentors[why] = excludedMentors.GetValueOrDefault(why) + 1;
            else columnMentors.Add(seated);
        }
        // Scores and load points are computed on the mentor as he is before this run's proposals.
        var notWith = input.NotWith.ToHashSet();
        var mentorIndex = columnMentors.Select((m, j) => (m.Key, j)).ToDictionary(x => x.Key, x => x.j);

        progress?.Report(new("Расчёт баллов пар", 0));
        var dense = (long)rowMentees.Count * columnMentors.Count <= input.DenseLimit;
        var graph = BuildCandidates(rowMentees, columnMentors, input, notWith, dense, progress, cancel);

        progress?.Report(new("Подбор пар", 0));
        var solveProgress = progress is null ? null : new Progress<double>(p => progress.Report(new("Подбор пар", p)));
        int[] mentorOf;
        if (input.Mode == MatchingMode.Stable)
            mentorOf = SolveStable(rowMentees, columnMentors, graph, mentorIndex);
        else if (dense && DenseAssignmentSolver.Fits(MaxOf(graph.Weight), rowMentees.Count, columnMentors.Count))
            mentorOf = DenseAssignmentSolver.Solve(graph.ToDense(), rowMentees.Count, graph.Capacities, solveProgress, cancel).MentorOfMentee;
        else // the candidates, or the whole graph when its weights are too large for the dense solver's distances
            mentorOf = SparseAssignmentSolver.Solve(graph, solveProgress, cancel).MentorOfMentee;

        for (var i = 0; i < rowMentees.Count; i++)
        {
            var mentee = rowMentees[i];
            if (mentorOf[i] >= 0)
            {
                var mentor = columnMentors[mentorOf[i]];
                pairs.Add(new ProposedPair(mentee.Key, mentor.Key, scorer.Score(mentee, mentor), scorer.Explain(mentee, mentor), Locked: false));
            }
            else if (graph.RowStart[i] == graph.RowStart[i + 1])
                unmatched.Add(new(mentee.Key, UnmatchedReason.NoCandidate, NoCandidateDetail(mentee, input.Mentors, scorer, notWith, excludedMentors)));
            else
                unmatched.Add(new(mentee.Key, UnmatchedReason.CapacityExhausted,
                    $"подходящих наставников: {graph.RowStart[i + 1] - graph.RowStart[i]}, все места у них заняты парами с большим общим баллом"));
        }
        progress?.Report(new("Готово", 1));
        return new MatchingResult(pairs, unmatched, pairs.Sum(p => (long)p.Score), UsedCandidates: !dense);
    }

    private static int MaxOf(int[] weights) => weights.Length == 0 ? 0 : weights.Max();

    /// <summary>Allowed pairs with their scores: every allowed mentor (dense) or the best TopK per mentee.</summary>
    private static CandidateGraph BuildCandidates(List<MenteeProfile> mentees, List<MentorProfile> mentors, MatchingInput input,
        HashSet<(int, int)> notWith, bool dense, IProgress<MatchingProgress>? progress, CancellationToken cancel)
    {
        var batch = new BatchScorer(input.Rules, mentors);
        var row = new int[mentors.Count];
        var start = new int[mentees.Count + 1];
        var cols = new List<int>();
        var weights = new List<int>();
        var keep = dense ? int.MaxValue : input.TopK;
        var order = new List<int>();
        for (var i = 0; i < mentees.Count; i++)
        {
            if ((i & 255) == 0)
            {
                cancel.ThrowIfCancellationRequested();
                progress?.Report(new("Расчёт баллов пар", (double)i / Math.Max(1, mentees.Count)));
            }
            var mentee = mentees[i];
            batch.ScoreRow(mentee, row);
            order.Clear();
            for (var j = 0; j < mentors.Count; j++)
            {
                if (mentee.PersonKey != 0 && mentee.PersonKey == mentors[j].PersonKey) continue;
                if (notWith.Count > 0 && notWith.Contains((mentee.Key, mentors[j].Key))) continue;
                order.Add(j);
            }
            if (order.Count > keep)
            {
                order.Sort((a, b) => row[b] != row[a] ? row[b].CompareTo(row[a]) : a.CompareTo(b));
                order.RemoveRange(keep, order.Count - keep);
            }
            foreach (var j in order) { cols.Add(j); weights.Add(row[j]); }
            start[i + 1] = cols.Count;
        }
        return new CandidateGraph(mentees.Count, mentors.Select(m => m.FreeSeats).ToArray(), start, cols.ToArray(), weights.ToArray());
    }

    /// <summary>
    /// Mutual choice: a mentee's list is his stated ranking, then the other allowed mentors by score; a mentor's
    /// list is his stated ranking, then the other mentees by score. Ties go to the lower key.
    /// </summary>
    private static int[] SolveStable(List<MenteeProfile> mentees, List<MentorProfile> mentors, CandidateGraph g, Dictionary<int, int> mentorIndex)
    {
        var menteePrefs = new List<IReadOnlyList<int>>(mentees.Count);
        var byMentor = new List<(int Mentee, int Score)>[mentors.Count];
        for (var j = 0; j < mentors.Count; j++) byMentor[j] = [];
        for (var i = 0; i < mentees.Count; i++)
        {
            var allowed = new Dictionary<int, int>();
            for (var e = g.RowStart[i]; e < g.RowStart[i + 1]; e++) { allowed[g.Mentor[e]] = g.Weight[e]; byMentor[g.Mentor[e]].Add((i, g.Weight[e])); }
            var stated = mentees[i].RankedMentors.Where(mentorIndex.ContainsKey).Select(k => mentorIndex[k]).Where(allowed.ContainsKey).Distinct().ToList();
            var rest = allowed.Keys.Except(stated).OrderByDescending(j => allowed[j]).ThenBy(j => mentors[j].Key);
            menteePrefs.Add([.. stated, .. rest]);
        }
        var menteeIndex = mentees.Select((m, i) => (m.Key, i)).ToDictionary(x => x.Key, x => x.i);
        var mentorPrefs = new List<IReadOnlyList<int>>(mentors.Count);
        for (var j = 0; j < mentors.Count; j++)
        {
            var accepted = byMentor[j].ToDictionary(x => x.Mentee, x => x.Score);
            var stated = mentors[j].RankedMentees.Where(menteeIndex.ContainsKey).Select(k => menteeIndex[k]).Where(accepted.ContainsKey).Distinct().ToList();
            var rest = accepted.Keys.Except(stated).OrderByDescending(i => accepted[i]).ThenBy(i => mentees[i].Key);
            mentorPrefs.Add([.. stated, .. rest]);
        }
        return StableMatcher.Solve(menteePrefs, mentorPrefs, g.Capacities);
    }

    private static string NoCandidateDetail(MenteeProfile mentee, IReadOnlyList<MentorProfile> all, PairScorer scorer, HashSet<(int, int)> notWith, Dictionary<Exclusion, int> excludedMentors)
    {
        if (all.Count == 0) return "в пуле нет наставников";
        var reasons = new Dictionary<Exclusion, int>(excludedMentors);
        foreach (var mentor in all)
        {
            if (notWith.Contains((mentee.Key, mentor.Key))) reasons[Exclusion.NotWith] = reasons.GetValueOrDefault(Exclusion.NotWith) + 1;
            else if (mentee.PersonKey != 0 && mentee.PersonKey == mentor.PersonKey) reasons[Exclusion.SamePerson] = reasons.GetValueOrDefault(Exclusion.SamePerson) + 1;
        }
        return string.Join("; ", reasons.OrderByDescending(r => r.Value).Select(r => $"{MatchingNames.Of(r.Key)} — {r.Value}"));
    }
}
