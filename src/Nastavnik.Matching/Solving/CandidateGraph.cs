namespace Nastavnik.Matching.Solving;

/// <summary>
/// A sparse matching instance: for each mentee (row) the mentors he may be paired with and the weight of each
/// pair, in compressed rows (CSR). Built from top-k candidate lists when the dense matrix would not fit.
/// </summary>
public sealed class CandidateGraph
{
    public CandidateGraph(int mentees, int[] capacities, int[] rowStart, int[] mentor, int[] weight)
    {
        if (rowStart.Length != mentees + 1 || rowStart[0] != 0 || rowStart[^1] != mentor.Length || mentor.Length != weight.Length)
            throw new ArgumentException("Неверная структура графа кандидатов.", nameof(rowStart));
        Mentees = mentees;
        Capacities = capacities;
        RowStart = rowStart;
        Mentor = mentor;
        Weight = weight;
    }

    public int Mentees { get; }
    public int Mentors => Capacities.Length;
    public int[] Capacities { get; }
    public int[] RowStart { get; }
    public int[] Mentor { get; }
    public int[] Weight { get; }
    public long Edges => Mentor.Length;

    /// <summary>Builds the graph from per-mentee candidate lists (mentor index, weight).</summary>
    public static CandidateGraph FromLists(IReadOnlyList<IReadOnlyList<(int Mentor, int Weight)>> candidates, int[] capacities)
    {
        var start = new int[candidates.Count + 1];
        for (var i = 0; i < candidates.Count; i++) start[i + 1] = start[i] + candidates[i].Count;
        var mentor = new int[start[^1]];
        var weight = new int[start[^1]];
        for (var i = 0; i < candidates.Count; i++)
            for (var k = 0; k < candidates[i].Count; k++)
                (mentor[start[i] + k], weight[start[i] + k]) = candidates[i][k];
        return new CandidateGraph(candidates.Count, capacities, start, mentor, weight);
    }

    /// <summary>The same instance as a dense matrix (for tests and small problems).</summary>
    public int[] ToDense()
    {
        var dense = new int[(long)Mentees * Mentors];
        Array.Fill(dense, DenseAssignmentSolver.Forbidden);
        for (var i = 0; i < Mentees; i++)
            for (var e = RowStart[i]; e < RowStart[i + 1]; e++)
                dense[(long)i * Mentors + Mentor[e]] = Math.Max(dense[(long)i * Mentors + Mentor[e]], Weight[e]);
        return dense;
    }
}
