using System.Diagnostics;
using Nastavnik.Matching.Scoring;
using Nastavnik.Matching.Solving;

namespace Nastavnik.Bench.Matching;

/// <summary>
/// The matching figures (bench/matching.sh runs them and the scipy side):
///   dense    — writes the score matrix for scipy and solves it with our dense solver (median and best of N runs);
///   sparse   — top-k candidates per mentee within the mentee's municipality, exact sparse solve, time and peak memory;
///   scoring  — pairs scored per second against a plain scan of an int array of the same size.
/// </summary>
internal static class MatchingBench
{
    private static readonly MatchingRules Rules = new();

    /// <summary>
    /// Writes the instance for scipy and solves it <paramref name="runs"/> times after a JIT warm-up, printing the
    /// median and the best. Instances: "profiles" (generated mentees and mentors scored by the rules) or "uniform"
    /// (every score uniform random 0–10 000, the usual assignment benchmark).
    /// </summary>
    public static int Dense(string instance, int mentees, int mentors, int maxCapacity, int runs, string matrixFile)
    {
        var (w, caps) = instance switch
        {
            "profiles" => Profiles(mentees, mentors, maxCapacity),
            "uniform" => Uniform(mentees, mentors, maxCapacity),
            _ => throw new ArgumentException($"Unknown instance «{instance}»: profiles or uniform."),
        };
        using (var file = new BinaryWriter(File.Create(matrixFile)))
        {
            file.Write(mentees); file.Write(mentors);
            foreach (var c in caps) file.Write(c);
            file.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(w.AsSpan()));
        }
        // Warm the JIT on a small instance first so that the timed runs are the algorithm, not compilation.
        DenseAssignmentSolver.Solve(w.AsSpan(0, 200 * mentors).ToArray(), 200, caps);
        var times = new List<double>();
        Assignment? result = null;
        for (var run = 0; run < runs; run++)
        {
            var sw = Stopwatch.StartNew();
            result = DenseAssignmentSolver.Solve(w, mentees, caps);
            times.Add(sw.Elapsed.TotalSeconds);
        }
        Console.WriteLine($"RESULT dense instance={instance} mentees={mentees} mentors={mentors} slots={caps.Sum()} runs={runs} " +
                          $"ours_median_s={BenchApp.Median(times):F3} ours_best_s={times.Min():F3} objective={result!.TotalWeight} matched={result.MatchedCount}");
        return 0;
    }

    private static (int[] Weights, int[] Capacities) Profiles(int mentees, int mentors, int maxCapacity)
    {
        var (menteeList, mentorList) = SyntheticCohort.Create(mentees, mentors, maxCapacity, municipalities: 10, seed: mentees + mentors);
        var scorer = new BatchScorer(Rules, mentorList);
        var w = new int[(long)mentees * mentors];
        for (var i = 0; i < mentees; i++) scorer.ScoreRow(menteeList[i], w.AsSpan(i * mentors, mentors));
        return (w, mentorList.Select(m => m.Capacity).ToArray());
    }

    private static (int[] Weights, int[] Capacities) Uniform(int mentees, int mentors, int maxCapacity)
    {
        var rnd = new Random(mentees * 31 + mentors);
        var w = new int[(long)mentees * mentors];
        for (var k = 0; k < w.Length; k++) w[k] = rnd.Next(0, 10_001);
        return (w, Enumerable.Range(0, mentors).Select(_ => rnd.Next(1, maxCapacity + 1)).ToArray());
    }

    public static int Sparse(int mentees, int topK)
    {
        // Constant density: a municipality has 1 000 mentees and 300 mentors, as the country grows it gets more municipalities.
        var municipalities = Math.Max(1, mentees / 1000);
        var mentors = mentees * 3 / 10;
        SparseAssignmentSolver.Solve(BuildTopK(2000, 600, 2, topK)); // JIT warm-up
        var sw = Stopwatch.StartNew();
        var graph = BuildTopK(mentees, mentors, municipalities, topK);
        var buildSeconds = sw.Elapsed.TotalSeconds;
        GC.Collect();
        sw.Restart();
        var result = SparseAssignmentSolver.Solve(graph);
        var solveSeconds = sw.Elapsed.TotalSeconds;
        using var self = Process.GetCurrentProcess();
        Console.WriteLine($"RESULT sparse mentees={mentees} mentors={mentors} edges={graph.Edges} candidates_s={buildSeconds:F2} solve_s={solveSeconds:F3} " +
                          $"objective={result.TotalWeight} matched={result.MatchedCount} slots={graph.Capacities.Sum()} peak_mb={self.PeakWorkingSet64 / 1048576}");
        return 0;
    }

    /// <summary>Scores each mentee against every mentor of his municipality and keeps the best k.</summary>
    private static CandidateGraph BuildTopK(int mentees, int mentors, int municipalities, int k)
    {
        var (menteeList, mentorList) = SyntheticCohort.Create(mentees, mentors, 5, municipalities, seed: 42);
        var byMunicipality = mentorList.Select((m, j) => (m, j)).GroupBy(x => x.m.MunicipalityId)
            .ToDictionary(g => g.Key, g => (Scorer: new BatchScorer(Rules, g.Select(x => x.m).ToList()), Index: g.Select(x => x.j).ToArray()));
        var start = new int[mentees + 1];
        var mentor = new int[(long)mentees * k];
        var weight = new int[(long)mentees * k];
        var edges = 0;
        var scores = new int[byMunicipality.Values.Max(v => v.Index.Length)];
        var order = new int[scores.Length];
        for (var i = 0; i < mentees; i++)
        {
            var (scorer, index) = byMunicipality[menteeList[i].MunicipalityId];
            var row = scores.AsSpan(0, index.Length);
            scorer.ScoreRow(menteeList[i], row);
            var keys = new int[index.Length];
            for (var t = 0; t < index.Length; t++) { order[t] = t; keys[t] = -row[t]; }
            Array.Sort(keys, order, 0, index.Length);
            var take = Math.Min(k, index.Length);
            for (var t = 0; t < take; t++) { mentor[edges] = index[order[t]]; weight[edges++] = row[order[t]]; }
            start[i + 1] = edges;
        }
        Array.Resize(ref mentor, edges); Array.Resize(ref weight, edges);
        return new CandidateGraph(mentees, mentorList.Select(m => m.Capacity).ToArray(), start, mentor, weight);
    }

    public static int Scoring(int mentees, int mentors)
    {
        var (menteeList, mentorList) = SyntheticCohort.Create(mentees, mentors, 5, municipalities: 10, seed: 1);
        var scorer = new BatchScorer(Rules, mentorList);
        var row = new int[mentors];
        var plain = new int[mentors];
        new Random(3).NextBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(plain.AsSpan()));
        long sink = 0;
        for (var i = 0; i < 50; i++) { scorer.ScoreRow(menteeList[i], row); sink += ScanSum(plain); }
        var sw = Stopwatch.StartNew();
        for (var i = 0; i < mentees; i++) { scorer.ScoreRow(menteeList[i], row); sink += row[i % mentors]; }
        var scoreSeconds = sw.Elapsed.TotalSeconds;
        sw.Restart();
        for (var i = 0; i < mentees; i++) sink += ScanSum(plain);
        var scanSeconds = sw.Elapsed.TotalSeconds;
        var pairs = (double)mentees * mentors;
        Console.WriteLine($"RESULT scoring pairs={pairs:F0} scored_per_s={pairs / scoreSeconds:F0} scanned_per_s={pairs / scanSeconds:F0} " +
                          $"ratio_scan_over_score={scoreSeconds / scanSeconds:F2} (sink {sink % 10})");
        return 0;
    }

    /// <summary>The baseline: read every element of an array of the same size once (a plain loop the JIT may vectorise).</summary>
    private static long ScanSum(int[] values)
    {
        long sum = 0;
        foreach (var v in values) sum += v;
        return sum;
    }
}
