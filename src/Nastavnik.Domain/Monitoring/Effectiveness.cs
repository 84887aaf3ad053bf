using Nastavnik.Domain.Common;

namespace Nastavnik.Domain.Monitoring;

/// <summary>A step of a criterion's scale: a value at least <see cref="From"/> earns <see cref="Points"/>.</summary>
public sealed record ScaleStep(decimal From, int Points);

/// <summary>A criterion of the region's methodology of effectiveness: an indicator, its weight and its scale.</summary>
public sealed record EffectivenessCriterion(MetricCode Metric, int Weight, IReadOnlyList<ScaleStep> Scale)
{
    public int MaxPoints => Scale.Count == 0 ? 0 : Scale.Max(s => s.Points);

    public int PointsFor(decimal? value) => value is not { } v ? 0 : Scale.Where(s => v >= s.From).Select(s => s.Points).DefaultIfEmpty(0).Max();
}

public sealed record CriterionScore(MetricCode Metric, decimal? Value, int Points, int MaxPoints, int Weight)
{
    public bool Missing => Value is null;
}

public sealed record EffectivenessScore(int Id, string Name, decimal Percent, IReadOnlyList<CriterionScore> Breakdown, int Rank);

/// <summary>The region's methodology (criteria with weights and scales) applied to organizations or municipalities:
/// a score in percent of the maximum, the breakdown per criterion and a ranking (equal scores share a rank).</summary>
public sealed record EffectivenessMethodology(IReadOnlyList<EffectivenessCriterion> Criteria)
{
    /// <summary>A default the region starts from: coverage of young teachers and pupils, registries in use, programs with roadmaps, reported activity.</summary>
    public static EffectivenessMethodology Default { get; } = new(
    [
        new(MetricCode.YoungTeachersCovered, 3, [new(10, 1), new(30, 2), new(50, 3)]),
        new(MetricCode.PupilsInvolved, 2, [new(5, 1), new(15, 2), new(30, 3)]),
        new(MetricCode.ActivePairs, 1, [new(1, 1), new(10, 2), new(50, 3)]),
        new(MetricCode.OrganizationsWithProgramAndRoadmap, 2, [new(40, 1), new(70, 2), new(100, 3)]),
        new(MetricCode.OrganizationsWithWebsiteSection, 1, [new(50, 1), new(80, 2), new(100, 3)]),
        new(MetricCode.EventsHeld, 1, [new(1, 1), new(3, 2), new(5, 3)]),
    ]);

    public void Validate()
    {
        if (Criteria.Count == 0) throw new DomainException("В методике нет ни одного критерия.", nameof(Criteria));
        foreach (var c in Criteria)
        {
            if (c.Weight is < 1 or > 10) throw new DomainException($"Критерий «{c.Metric.Ru()}»: вес — от 1 до 10.", nameof(Criteria));
            if (c.Scale.Count == 0) throw new DomainException($"Критерий «{c.Metric.Ru()}»: задайте шкалу.", nameof(Criteria));
            if (c.Scale.Any(s => s.Points < 0)) throw new DomainException($"Критерий «{c.Metric.Ru()}»: баллы не могут быть отрицательными.", nameof(Criteria));
        }
        if (Criteria.GroupBy(c => c.Metric).Any(g => g.Count() > 1)) throw new DomainException("Каждый показатель может входить в методику один раз.", nameof(Criteria));
    }

    /// <summary>Scores every unit by its values; a missing value earns no points and is marked so in the breakdown.</summary>
    public IReadOnlyList<EffectivenessScore> Rank(IEnumerable<(int Id, string Name, IReadOnlyDictionary<MetricCode, decimal?> Values)> units)
    {
        var max = Criteria.Sum(c => c.Weight * c.MaxPoints);
        var scored = units.Select(u =>
        {
            var breakdown = Criteria.Select(c =>
            {
                var value = u.Values.TryGetValue(c.Metric, out var v) ? v : null;
                return new CriterionScore(c.Metric, value, c.PointsFor(value), c.MaxPoints, c.Weight);
            }).ToList();
            var percent = max == 0 ? 0 : Math.Round(100m * breakdown.Sum(b => b.Weight * b.Points) / max, 1);
            return (u.Id, u.Name, percent, breakdown);
        }).OrderByDescending(x => x.percent).ThenBy(x => x.Name).ToList();
        var result = new List<EffectivenessScore>();
        for (var i = 0; i < scored.Count; i++)
        {
            var rank = i > 0 && scored[i].percent == scored[i - 1].percent ? result[i - 1].Rank : i + 1;
            result.Add(new EffectivenessScore(scored[i].Id, scored[i].Name, scored[i].percent, scored[i].breakdown, rank));
        }
        return result;
    }
}

/// <summary>The methodology a region has set for itself (the default until it does).</summary>
public class RegionMethodology
{
    public int Id { get; set; }
    public int RegionId { get; set; }
    public List<EffectivenessCriterion> Criteria { get; set; } = [];
    public DateTimeOffset UpdatedAt { get; set; }
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public EffectivenessMethodology Methodology => new(Criteria);

    /// <summary>Reads a scale as the form writes it: "10:1; 30:2; 50:3" (from a value, points).</summary>
    public static IReadOnlyList<ScaleStep> ParseScale(MetricCode metric, string? text)
    {
        var steps = new List<ScaleStep>();
        foreach (var part in (text ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pair = part.Split(':', StringSplitOptions.TrimEntries);
            if (pair.Length != 2 || !decimal.TryParse(pair[0].Replace(',', '.'), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var from)
                || !int.TryParse(pair[1], out var points))
                throw new DomainException($"Критерий «{metric.Ru()}»: шкала записывается как «от:баллы; от:баллы», например «10:1; 30:2; 50:3»; не понято «{part}».", "Scale");
            steps.Add(new ScaleStep(from, points));
        }
        return steps.OrderBy(s => s.From).ToList();
    }

    public static string FormatScale(IEnumerable<ScaleStep> scale) =>
        string.Join("; ", scale.Select(s => $"{s.From.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)}:{s.Points}"));
}
