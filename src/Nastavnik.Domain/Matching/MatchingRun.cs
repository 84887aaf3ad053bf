using Nastavnik.Matching.Engine;

namespace Nastavnik.Domain.Matching;

public enum MatchingRunStatus { Draft = 0, Approved = 1 }

/// <summary>A matching draft of a program: the weights and mode it was run with, the proposals the curator reviews,
/// the pairs he removed («не вместе»). One draft per program at a time; approval turns it into pairs.</summary>
public class MatchingRun
{
    public int Id { get; set; }
    public int ProgramId { get; set; }
    public MatchingRunStatus Status { get; set; }
    public MatchingMode Mode { get; set; }
    /// <summary>The weights in <see cref="Nastavnik.Matching.Scoring.CriterionWeights"/> text form.</summary>
    public required string Weights { get; set; }
    /// <summary>Pairs the curator removed, as "mentee:mentor;…" — never proposed again in this draft.</summary>
    public string NotWith { get; set; } = "";
    public Guid? JobId { get; set; }
    public long TotalScore { get; set; }
    public int MenteesConsidered { get; set; }
    public int MentorsConsidered { get; set; }
    public bool UsedCandidates { get; set; }
    public required string CreatedByUserId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? SolvedAt { get; set; }
    public DateTimeOffset? ApprovedAt { get; set; }
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();
    public List<MatchingProposal> Proposals { get; set; } = [];

    public IEnumerable<(int Mentee, int Mentor)> NotWithPairs() =>
        NotWith.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split(':'))
            .Select(p => (int.Parse(p[0]), int.Parse(p[1])));

    public void AddNotWith(int menteeId, int mentorId)
    {
        if (!NotWithPairs().Contains((menteeId, mentorId)))
            NotWith = NotWith.Length == 0 ? $"{menteeId}:{mentorId}" : $"{NotWith};{menteeId}:{mentorId}";
    }
}

/// <summary>One row of a draft: a mentee with the proposed mentor and the score by criterion, or without a mentor and the reason.</summary>
public class MatchingProposal
{
    public int Id { get; set; }
    public int RunId { get; set; }
    public int MenteeId { get; set; }
    public int? MentorId { get; set; }
    public int Score { get; set; }
    /// <summary>The score's lines as JSON (<see cref="ProposalLine"/>), or the reason a mentee has no mentor.</summary>
    public string Explanation { get; set; } = "[]";
    public string? UnmatchedReason { get; set; }
    /// <summary>Kept as it is when the rest is re-run.</summary>
    public bool IsLocked { get; set; }
}

/// <summary>A stored line of a proposal's score.</summary>
public sealed record ProposalLine(string Criterion, int Points, int MaxPoints, string Text);
