using Nastavnik.Matching.Scoring;

namespace Nastavnik.Matching.Engine;

public enum MatchingMode
{
    /// <summary>The largest total score for the whole cohort (exact assignment).</summary>
    Optimal = 0,
    /// <summary>Mutual choice: stable matching, mentees propose (deferred acceptance).</summary>
    Stable = 1,
}

/// <summary>Everything one matching run needs. Keys are the callers' ids (registry records).</summary>
public sealed record MatchingInput
{
    public required IReadOnlyList<MenteeProfile> Mentees { get; init; }
    public required IReadOnlyList<MentorProfile> Mentors { get; init; }
    public MatchingRules Rules { get; init; } = new();
    public MatchingMode Mode { get; init; }
    /// <summary>Pairs that must not be proposed (removed by the curator, or «не вместе»).</summary>
    public IReadOnlyCollection<(int Mentee, int Mentor)> NotWith { get; init; } = [];
    /// <summary>Pairs the curator locked: kept as they are, their seats taken before the rest is solved.</summary>
    public IReadOnlyCollection<(int Mentee, int Mentor)> Locked { get; init; } = [];
    /// <summary>Above this many mentee × mentor pairs the engine keeps only the best <see cref="TopK"/> candidates per mentee.</summary>
    public long DenseLimit { get; init; } = 25_000_000;
    public int TopK { get; init; } = 32;
}

/// <summary>A proposed pair with its score broken down by criterion (the lines add up to the score).</summary>
public sealed record ProposedPair(int Mentee, int Mentor, int Score, IReadOnlyList<ScoreLine> Lines, bool Locked);

public sealed record UnmatchedMentee(int Mentee, UnmatchedReason Reason, string Detail);

public sealed record MatchingResult(IReadOnlyList<ProposedPair> Pairs, IReadOnlyList<UnmatchedMentee> Unmatched, long TotalScore, bool UsedCandidates);

/// <summary>Progress of a run: the phase in Russian and the share done (0..1).</summary>
public sealed record MatchingProgress(string Phase, double Share);
