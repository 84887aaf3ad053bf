using Nastavnik.Domain.Common;
using Nastavnik.Domain.Monitoring;
using Shouldly;

namespace Nastavnik.Domain.Tests.Monitoring;

/// <summary>The region's methodology: points by scale, weighted score in percent of the maximum, ties share a rank,
/// missing values earn nothing and are shown as missing.</summary>
public class EffectivenessTests
{
    private static readonly EffectivenessMethodology Method = new(
    [
        new(MetricCode.YoungTeachersCovered, 3, [new(10, 1), new(30, 2), new(50, 3)]),
        new(MetricCode.EventsHeld, 1, [new(1, 1), new(5, 3)]),
    ]);

    private static (int, string, IReadOnlyDictionary<MetricCode, decimal?>) Unit(int id, string name, decimal? young, decimal? events) =>
        (id, name, new Dictionary<MetricCode, decimal?> { [MetricCode.YoungTeachersCovered] = young, [MetricCode.EventsHeld] = events });

    [Fact]
    public void ScoresAreWeightedPointsInPercentOfTheMaximumWithTheBreakdown()
    {
        // Maximum: 3 × 3 + 1 × 3 = 12 points.
        var ranking = Method.Rank([Unit(1, "Северск", 55, 2), Unit(2, "Асино", 30, 6), Unit(3, "Колпашево", 9, null)]);
        ranking.Select(r => (r.Name, r.Percent, r.Rank)).ShouldBe([("Северск", 83.3m, 1), ("Асино", 75.0m, 2), ("Колпашево", 0m, 3)]);
        var seversk = ranking[0].Breakdown;
        seversk.Select(b => (b.Metric, b.Points, b.MaxPoints)).ShouldBe([(MetricCode.YoungTeachersCovered, 3, 3), (MetricCode.EventsHeld, 1, 3)]);
        ranking[2].Breakdown.Single(b => b.Metric == MetricCode.EventsHeld).Missing.ShouldBeTrue();
    }

    [Fact]
    public void EqualScoresShareARankAndTheNextRankSkips()
    {
        var ranking = Method.Rank([Unit(1, "Б", 50, 5), Unit(2, "А", 50, 5), Unit(3, "В", 10, 1)]);
        ranking.Select(r => (r.Name, r.Rank)).ShouldBe([("А", 1), ("Б", 1), ("В", 3)]);
    }

    [Fact]
    public void AMethodologyIsCheckedBeforeUse()
    {
        Should.Throw<DomainException>(() => new EffectivenessMethodology([]).Validate()).Message.ShouldContain("нет ни одного критерия");
        Should.Throw<DomainException>(() => new EffectivenessMethodology([new(MetricCode.Mentors, 0, [new(1, 1)])]).Validate()).Message.ShouldContain("вес — от 1 до 10");
        Should.Throw<DomainException>(() => new EffectivenessMethodology([new(MetricCode.Mentors, 1, [new(1, 1)]), new(MetricCode.Mentors, 2, [new(1, 1)])]).Validate())
            .Message.ShouldContain("один раз");
        EffectivenessMethodology.Default.Validate();
    }
}
