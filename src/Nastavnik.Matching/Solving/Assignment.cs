namespace Nastavnik.Matching.Solving;

/// <summary>The solvers' answer: the mentor (column) index of each mentee (row), or -1 when unmatched.</summary>
public sealed class Assignment
{
    public Assignment(int[] mentorOfMentee, long totalWeight)
    {
        MentorOfMentee = mentorOfMentee;
        TotalWeight = totalWeight;
    }

    public int[] MentorOfMentee { get; }
    public long TotalWeight { get; }
    public int MatchedCount => MentorOfMentee.Count(j => j >= 0);

    /// <summary>How many mentees each mentor got.</summary>
    public int[] LoadOf(int mentors)
    {
        var load = new int[mentors];
        foreach (var j in MentorOfMentee)
            if (j >= 0) load[j]++;
        return load;
    }
}
