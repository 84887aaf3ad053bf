namespace Nastavnik.Matching.Solving;

/// <summary>
/// Renumbers a candidate graph so that mentees and mentors that compete with each other get neighbouring
/// numbers: a breadth-first walk over mentee → candidate mentor → other mentees of that mentor. Searches then
/// touch a few neighbouring cache lines instead of the whole country; on a region-by-region network pool this
/// makes the solve time grow linearly with the pool whatever order the callers' ids come in.
/// </summary>
internal static class LocalityOrder
{
    public static (CandidateGraph Graph, int[] OldRow, int[] NewMentor) Apply(CandidateGraph g)
    {
        int n = g.Mentees, m = g.Mentors;
        // Reverse adjacency: for each mentor, the mentees that have him as a candidate.
        var revStart = new int[m + 1];
        foreach (var j in g.Mentor) revStart[j + 1]++;
        for (var j = 0; j < m; j++) revStart[j + 1] += revStart[j];
        var revRow = new int[g.Mentor.Length];
        var fill = (int[])revStart.Clone();
        for (var i = 0; i < n; i++)
            for (var e = g.RowStart[i]; e < g.RowStart[i + 1]; e++)
                revRow[fill[g.Mentor[e]]++] = i;

        var oldRow = new int[n];
        var newMentor = new int[m];
        Array.Fill(newMentor, -1);
        var rowSeen = new bool[n];
        int rows = 0, mentors = 0, head = 0;
        for (var seed = 0; seed < n; seed++)
        {
            if (rowSeen[seed]) continue;
            rowSeen[seed] = true;
            oldRow[rows++] = seed;
            while (head < rows)
            {
                var i = oldRow[head++];
                for (var e = g.RowStart[i]; e < g.RowStart[i + 1]; e++)
                {
                    var j = g.Mentor[e];
                    if (newMentor[j] >= 0) continue;
                    newMentor[j] = mentors++;
                    for (var r = revStart[j]; r < revStart[j + 1]; r++)
                    {
                        var other = revRow[r];
                        if (rowSeen[other]) continue;
                        rowSeen[other] = true;
                        oldRow[rows++] = other;
                    }
                }
            }
        }
        for (var j = 0; j < m; j++)
            if (newMentor[j] < 0) newMentor[j] = mentors++; // mentors nobody can have

        var start = new int[n + 1];
        var mentor = new int[g.Mentor.Length];
        var weight = new int[g.Weight.Length];
        var capacities = new int[m];
        for (var j = 0; j < m; j++) capacities[newMentor[j]] = g.Capacities[j];
        var edges = 0;
        for (var r = 0; r < n; r++)
        {
            var i = oldRow[r];
            for (var e = g.RowStart[i]; e < g.RowStart[i + 1]; e++)
            {
                mentor[edges] = newMentor[g.Mentor[e]];
                weight[edges++] = g.Weight[e];
            }
            start[r + 1] = edges;
        }
        return (new CandidateGraph(n, capacities, start, mentor, weight), oldRow, newMentor);
    }
}
