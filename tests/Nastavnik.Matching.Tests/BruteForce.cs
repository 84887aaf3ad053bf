using Nastavnik.Matching.Solving;

namespace Nastavnik.Matching.Tests;

/// <summary>Reference answers by enumerating every assignment of a small instance.</summary>
internal static class BruteForce
{
    public static long BestTotal(int[] w, int n, int[] capacities)
    {
        long best = 0;
        foreach (var assignment in All(w, n, capacities))
            best = Math.Max(best, Total(w, n, capacities.Length, assignment));
        return best;
    }

    public static long Total(int[] w, int n, int m, int[] mentorOf)
    {
        long total = 0;
        for (var i = 0; i < n; i++)
            if (mentorOf[i] >= 0) total += w[i * m + mentorOf[i]];
        return total;
    }

    /// <summary>Every way to give each mentee an allowed mentor with room, or none.</summary>
    public static IEnumerable<int[]> All(int[] w, int n, int[] capacities)
    {
        var m = capacities.Length;
        var current = new int[n];
        var load = new int[m];
        return Recurse(0);

        IEnumerable<int[]> Recurse(int i)
        {
            if (i == n) { yield return (int[])current.Clone(); yield break; }
            current[i] = -1;
            foreach (var a in Recurse(i + 1)) yield return a;
            for (var j = 0; j < m; j++)
            {
                if (w[i * m + j] == DenseAssignmentSolver.Forbidden || load[j] >= capacities[j]) continue;
                current[i] = j; load[j]++;
                foreach (var a in Recurse(i + 1)) yield return a;
                load[j]--; current[i] = -1;
            }
        }
    }

    public static (int[] W, int[] Capacities) RandomInstance(Random rnd, int n, int m, int maxCapacity, int maxWeight, double forbiddenShare)
    {
        var w = new int[n * m];
        for (var k = 0; k < w.Length; k++)
            w[k] = rnd.NextDouble() < forbiddenShare ? DenseAssignmentSolver.Forbidden : rnd.Next(maxWeight + 1);
        var caps = Enumerable.Range(0, m).Select(_ => rnd.Next(maxCapacity + 1)).ToArray();
        return (w, caps);
    }

    public static CandidateGraph ToGraph(int[] w, int n, int[] capacities)
    {
        var m = capacities.Length;
        var lists = new List<IReadOnlyList<(int, int)>>();
        for (var i = 0; i < n; i++)
            lists.Add(Enumerable.Range(0, m).Where(j => w[i * m + j] != DenseAssignmentSolver.Forbidden).Select(j => (j, w[i * m + j])).ToList());
        return CandidateGraph.FromLists(lists, capacities);
    }
}
