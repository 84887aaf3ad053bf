namespace Nastavnik.Domain.Contests;

/// <summary>The ranking of a contest's applications within each nomination.</summary>
public static class ContestScoring
{
    /// <param name="Score">The mean of the weighted totals of the jurors who completed their scores; null when none did.</param>
    /// <param name="Scored">Jurors who scored; <paramref name="Assigned"/> — jurors given the application.</param>
    /// <param name="Rank">Place in the nomination; equal scores share a place (1, 1, 3); none without scores.</param>
    public sealed record Result(int ApplicationId, string Nomination, decimal? Score, int Scored, int Assigned, int? Rank)
    {
        public bool MissingScores => Scored < Assigned || Assigned == 0;
    }

    public static IReadOnlyList<Result> Rank(Contest contest, IEnumerable<ContestApplication> applications, IEnumerable<ContestAssignment> assignments)
    {
        var byApplication = assignments.ToLookup(a => a.ApplicationId);
        var scored = applications.Select(a =>
        {
            var given = byApplication[a.Id].ToList();
            var totals = given.Select(x => x.Total(contest)).OfType<decimal>().ToList();
            return (Application: a, Score: totals.Count == 0 ? (decimal?)null : Math.Round(totals.Average(), 2), Scored: totals.Count, Assigned: given.Count);
        }).ToList();
        var results = new List<Result>();
        foreach (var nomination in scored.GroupBy(x => x.Application.Nomination))
        {
            var ordered = nomination.OrderByDescending(x => x.Score.HasValue).ThenByDescending(x => x.Score).ThenBy(x => x.Application.Id).ToList();
            for (var i = 0; i < ordered.Count; i++)
            {
                var x = ordered[i];
                int? rank = x.Score is null ? null : i > 0 && ordered[i - 1].Score == x.Score ? results[^1].Rank : i + 1;
                results.Add(new Result(x.Application.Id, nomination.Key, x.Score, x.Scored, x.Assigned, rank));
            }
        }
        return results;
    }

    public static string AwardFor(int? rank) => rank switch
    {
        1 => "Победитель",
        2 or 3 => "Призёр",
        _ => "Участник",
    };
}
