using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Monitoring;
using Nastavnik.Domain.Roadmaps;
using Nastavnik.Web.Data;

namespace Nastavnik.Web.Features.Monitoring.Targets;

/// <summary>
/// Reads the targets of a territory, of its parents and of its children from their own documents: the indicators of their
/// approved (or completed) roadmaps linked to a catalogue indicator, for the years of each roadmap's period (a newer
/// roadmap over an older one), and the targets set in the catalogue (over the roadmap's). Two queries, whatever the size of
/// the region's registries.
/// </summary>
public class TargetResolver(AppDbContext db)
{
    public async Task<TerritoryTargets> ForAsync(Territory territory, CancellationToken ct)
    {
        var (regionId, municipalityId) = await ParentsAsync(territory, ct);
        var chain = new List<TerritoryRef> { new(territory.Level, territory.Id) };
        if (territory.Level == MonitoringLevel.Organization) chain.Add(new(MonitoringLevel.Municipality, municipalityId!.Value));
        if (territory.Level != MonitoringLevel.Region) chain.Add(new(MonitoringLevel.Region, regionId));

        // The municipalities and organizations whose targets matter: those in the chain and the territory's children.
        var municipalities = territory.Level == MonitoringLevel.Region
            ? db.Municipalities.Where(m => m.RegionId == regionId).Select(m => m.Id)
            : db.Municipalities.Where(m => m.Id == municipalityId).Select(m => m.Id);
        var organizations = territory.Level switch
        {
            MonitoringLevel.Municipality => db.Organizations.Where(o => o.MunicipalityId == territory.Id).Select(o => o.Id),
            MonitoringLevel.Organization => db.Organizations.Where(o => o.Id == territory.Id).Select(o => o.Id),
            _ => db.Organizations.Where(o => false).Select(o => o.Id),
        };

        var book = new TargetBook();
        var roadmaps = db.Roadmaps.Where(r => (r.Status == RoadmapStatus.Approved || r.Status == RoadmapStatus.Completed)
            && (r.Level == RoadmapLevel.Region && r.RegionId == regionId
                || r.Level == RoadmapLevel.Municipality && municipalities.Contains(r.MunicipalityId!.Value)
                || r.Level == RoadmapLevel.Organization && organizations.Contains(r.OrganizationId!.Value)));
        var linked = await db.ActivityIndicators.AsNoTracking().Where(i => i.Metric != null)
            .Join(db.RoadmapActivities, i => i.ActivityId, a => a.Id, (i, a) => new { i, a })
            .Join(roadmaps, x => x.a.RoadmapId, r => r.Id, (x, r) => new
            {
                RoadmapId = r.Id, r.Level, r.RegionId, r.MunicipalityId, r.OrganizationId, r.Title, r.OrderNumber, r.OrderDate, r.PeriodStart, r.PeriodEnd,
                Section = db.Set<RoadmapSection>().Where(s => s.Id == x.a.SectionId).Select(s => s.Number ?? s.Position.ToString()).FirstOrDefault(),
                Activity = x.a.Number, x.i.Metric, x.i.EveryYearTarget,
                Years = x.i.Years.Select(y => new { y.Year, y.Target }).ToList(),
                Owner = r.Level == RoadmapLevel.Region ? db.Regions.Where(g => g.Id == r.RegionId).Select(g => g.Name).FirstOrDefault()
                    : r.Level == RoadmapLevel.Municipality ? db.Municipalities.Where(m => m.Id == r.MunicipalityId).Select(m => m.Name).FirstOrDefault()
                    : db.Organizations.Where(o => o.Id == r.OrganizationId).Select(o => o.Name).FirstOrDefault(),
            }).ToListAsync(ct);
        foreach (var x in linked.OrderBy(x => x.PeriodStart).ThenBy(x => x.RoadmapId))
        {
            var owner = Ref(x.Level, x.RegionId, x.MunicipalityId, x.OrganizationId);
            var document = $"дорожная карта «{x.Title}»" + (x.OrderNumber is { } n ? $" (приказ № {n}{(x.OrderDate is { } d ? $" от {d:dd.MM.yyyy}" : "")})" : "")
                + $", {Place(x.Section, x.Activity)}";
            for (var year = x.PeriodStart.Year; year <= x.PeriodEnd.Year; year++)
                if ((x.Years.FirstOrDefault(y => y.Year == year)?.Target ?? x.EveryYearTarget) is { } value)
                    book.Set(owner, x.Metric!.Value, year, new TargetSource(value, x.Owner ?? "", document));
        }

        var set = await db.TerritoryTargets.AsNoTracking().Where(t => t.RegionId == regionId
                && (t.Level == MonitoringLevel.Region
                    || t.Level == MonitoringLevel.Municipality && municipalities.Contains(t.TerritoryId)
                    || t.Level == MonitoringLevel.Organization && organizations.Contains(t.TerritoryId)))
            .Select(t => new
            {
                t.Level, t.TerritoryId, t.Metric, t.Year, t.Value, t.Document,
                Owner = t.Level == MonitoringLevel.Region ? db.Regions.Where(g => g.Id == t.TerritoryId).Select(g => g.Name).FirstOrDefault()
                    : t.Level == MonitoringLevel.Municipality ? db.Municipalities.Where(m => m.Id == t.TerritoryId).Select(m => m.Name).FirstOrDefault()
                    : db.Organizations.Where(o => o.Id == t.TerritoryId).Select(o => o.Name).FirstOrDefault(),
            }).ToListAsync(ct);
        foreach (var t in set)
            book.Set(new TerritoryRef(t.Level, t.TerritoryId), t.Metric, t.Year, new TargetSource(t.Value, t.Owner ?? "", t.Document));
        return new TerritoryTargets(book, chain, territory.ChildLevel);
    }

    private async Task<(int Region, int? Municipality)> ParentsAsync(Territory t, CancellationToken ct) => t.Level switch
    {
        MonitoringLevel.Region => (t.Id, null),
        MonitoringLevel.Municipality => (await db.Municipalities.Where(m => m.Id == t.Id).Select(m => m.RegionId).SingleAsync(ct), t.Id),
        _ => await db.Organizations.Where(o => o.Id == t.Id).Select(o => new { o.Municipality!.RegionId, o.MunicipalityId }).SingleAsync(ct) is var o
            ? (o.RegionId, o.MunicipalityId) : default,
    };

    private static TerritoryRef Ref(RoadmapLevel level, int? region, int? municipality, int? organization) => level switch
    {
        RoadmapLevel.Region => new(MonitoringLevel.Region, region!.Value),
        RoadmapLevel.Municipality => new(MonitoringLevel.Municipality, municipality!.Value),
        _ => new(MonitoringLevel.Organization, organization!.Value),
    };

    /// <summary>«разд. 2, п. 4» from the section's and the activity's numbers as the document writes them («2.», «4.»).</summary>
    private static string Place(string? section, string? activity)
    {
        static string Clean(string? n) => (n ?? "").Trim().TrimEnd('.');
        var a = Clean(activity);
        var s = Clean(section);
        return a.Length == 0 ? $"разд. {s}" : s.Length == 0 || a.StartsWith(s + ".") ? $"п. {a}" : $"разд. {s}, п. {a}";
    }
}
