namespace Nastavnik.Domain.Monitoring;

/// <summary>A region, a municipality or an organization, by level and id.</summary>
public sealed record TerritoryRef(MonitoringLevel Level, int Id);

/// <summary>A target as a document of one territory sets it.</summary>
/// <param name="Owner">The territory whose document it is («Томская область»).</param>
/// <param name="Document">The document and its place («дорожная карта … , п. 2.4»).</param>
public sealed record TargetSource(decimal Value, string Owner, string Document);

/// <summary>The target that holds for a territory: its own, or — for a share — the nearest parent's (<see cref="Inherited"/>).</summary>
public sealed record ResolvedTarget(decimal Value, string Owner, string Document, bool Inherited)
{
    /// <summary>«цель Томской области…» is written by the page; this is the short form: whose and from what.</summary>
    public string Basis => Inherited ? $"цель территории «{Owner}»: {Document}" : Document;
}

/// <summary>
/// The targets the territories' own documents set, and the rule that picks one for a territory: its own target for the
/// indicator and year; failing that, for a share only, the nearest parent's (a school inherits its municipality's 50 %,
/// the municipality the region's); otherwise none. A count is never inherited, and no territory ever sees a target of a
/// territory that is not itself or one of its parents.
/// </summary>
public sealed class TargetBook
{
    private readonly Dictionary<(TerritoryRef Territory, MetricCode Metric, int Year), TargetSource> entries = [];

    /// <summary>Sets a territory's target; a later call for the same territory, indicator and year replaces it (callers add
    /// older roadmaps first and the targets set in the catalogue last).</summary>
    public void Set(TerritoryRef territory, MetricCode metric, int year, TargetSource source) => entries[(territory, metric, year)] = source;

    public bool IsEmpty => entries.Count == 0;

    /// <param name="chain">The territory first, then its parents up to the region.</param>
    public ResolvedTarget? For(IReadOnlyList<TerritoryRef> chain, MetricCode metric, int year)
    {
        for (var i = 0; i < chain.Count; i++)
        {
            if (entries.TryGetValue((chain[i], metric, year), out var s)) return new ResolvedTarget(s.Value, s.Owner, s.Document, i > 0);
            if (!IndicatorCatalogue.Get(metric).Inherits) return null;
        }
        return null;
    }

    /// <summary>Every target a territory itself set, for the catalogue page: (indicator, year) → source.</summary>
    public IEnumerable<(MetricCode Metric, int Year, TargetSource Source)> OwnOf(TerritoryRef territory) =>
        entries.Where(e => e.Key.Territory == territory).Select(e => (e.Key.Metric, e.Key.Year, e.Value));
}
