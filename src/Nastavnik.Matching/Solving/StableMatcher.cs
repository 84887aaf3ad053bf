namespace Nastavnik.Matching.Solving;

/// <summary>
/// Stable matching by mutual choice: mentee-proposing deferred acceptance (Gale–Shapley) with mentor
/// capacities (the hospitals/residents problem). The result has no blocking pair and every mentee gets the
/// best mentor he can have in any stable matching.
/// </summary>
public static class StableMatcher
{
    /// <param name="menteePreferences">For each mentee, the mentors he accepts, best first.</param>
    /// <param name="mentorPreferences">For each mentor, the mentees he accepts, best first.</param>
    /// <returns>The mentor of each mentee, or -1.</returns>
    public static int[] Solve(IReadOnlyList<IReadOnlyList<int>> menteePreferences, IReadOnlyList<IReadOnlyList<int>> mentorPreferences, int[] capacities)
    {
        var n = menteePreferences.Count;
        var m = capacities.Length;
        if (mentorPreferences.Count != m)
            throw new ArgumentException("Списки предпочтений наставников не совпадают с числом наставников.", nameof(mentorPreferences));
        var rank = new Dictionary<int, int>[m];
        for (var j = 0; j < m; j++)
        {
            rank[j] = new Dictionary<int, int>(mentorPreferences[j].Count);
            for (var r = 0; r < mentorPreferences[j].Count; r++) rank[j].TryAdd(mentorPreferences[j][r], r);
        }
        var held = new PriorityQueue<int, int>[m]; // worst held mentee on top
        for (var j = 0; j < m; j++) held[j] = new PriorityQueue<int, int>(Comparer<int>.Create((a, b) => b.CompareTo(a)));
        var mentorOf = new int[n];
        Array.Fill(mentorOf, -1);
        var next = new int[n];
        var free = new Stack<int>(Enumerable.Range(0, n).Reverse());
        while (free.TryPop(out var i))
        {
            while (next[i] < menteePreferences[i].Count)
            {
                var j = menteePreferences[i][next[i]++];
                if (!rank[j].TryGetValue(i, out var r) || capacities[j] <= 0) continue;
                if (held[j].Count < capacities[j])
                {
                    held[j].Enqueue(i, r); mentorOf[i] = j;
                    break;
                }
                held[j].TryPeek(out var worst, out var worstRank);
                if (worstRank <= r) continue;
                held[j].Dequeue();
                mentorOf[worst] = -1;
                free.Push(worst);
                held[j].Enqueue(i, r); mentorOf[i] = j;
                break;
            }
        }
        return mentorOf;
    }
}
