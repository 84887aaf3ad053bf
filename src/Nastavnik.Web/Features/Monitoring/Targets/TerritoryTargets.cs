using Nastavnik.Domain.Monitoring;

namespace Nastavnik.Web.Features.Monitoring.Targets;

/// <summary>The targets that hold for one territory and for each of its children, resolved by <see cref="TargetBook"/>.</summary>
/// <param name="Chain">The territory, then its parents up to the region.</param>
public sealed class TerritoryTargets(TargetBook book, IReadOnlyList<TerritoryRef> chain, MonitoringLevel? childLevel)
{
    public IReadOnlyList<TerritoryRef> Chain => chain;

    public ResolvedTarget? For(MetricCode metric, int year) => book.For(chain, metric, year);

    public ResolvedTarget? ForChild(int childId, MetricCode metric, int year) =>
        childLevel is { } level ? book.For([new TerritoryRef(level, childId), .. chain], metric, year) : null;

    /// <summary>Every year an indicator has a target for the territory (its own or inherited), in order.</summary>
    public IEnumerable<(int Year, ResolvedTarget Target)> All(MetricCode metric) =>
        chain.SelectMany(book.OwnOf).Where(e => e.Metric == metric).Select(e => e.Year).Distinct().Order()
            .Select(year => (year, For(metric, year))).Where(x => x.Item2 is not null).Select(x => (x.year, x.Item2!));
}
