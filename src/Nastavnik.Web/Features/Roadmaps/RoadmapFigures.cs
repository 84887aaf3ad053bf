using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.People;
using Nastavnik.Domain.Roadmaps;
using Nastavnik.Domain.Territory;
using Nastavnik.Web.Data;
using Nastavnik.Web.Infrastructure.Time;

namespace Nastavnik.Web.Features.Roadmaps;

public sealed record ChildRow(int OwnerId, string Owner, int? RoadmapId, string? Title, int Activities, int Done, int Overdue)
{
    public int Percent => Activities == 0 ? 0 : 100 * Done / Activities;
    /// <summary>The roadmaps the child itself requires (a municipality's schools), rolled up: how many exist and their activities.</summary>
    public Below? Grandchildren { get; init; }
}

public sealed record Below(int Roadmaps, int Activities, int Done, int Overdue)
{
    public int Percent => Activities == 0 ? 0 : 100 * Done / Activities;
}

/// <summary>What a roadmap's page computes from the system's own data: the children's roadmaps rolled up, and the actuals
/// of indicators that fill themselves (registry records, programs, sums and counts over the children's roadmaps).</summary>
public class RoadmapFigures(AppDbContext db, Facts.SystemFacts facts, TerritoryClock clock)
{
    /// <summary>Every municipality or organization the roadmap requires a roadmap from, with its roadmap's progress.</summary>
    public async Task<List<ChildRow>> ChildrenAsync(Roadmap parent, CancellationToken ct)
    {
        if (parent.ChildRequirement == ChildRequirement.None) return [];
        var roadmaps = await ProgressAsync(db.Roadmaps.Where(r => r.ParentId == parent.Id), ct);
        var owners = parent.ChildRequirement == ChildRequirement.Municipalities
            ? await db.Municipalities.AsNoTracking().Where(m => m.RegionId == parent.RegionId).OrderBy(m => m.Name).Select(m => new { m.Id, m.Name }).ToListAsync(ct)
            : await db.Organizations.AsNoTracking()
                .Where(o => !o.IsArchived && Organization.EducationalTypes.Contains(o.Type)
                    && (parent.Level == RoadmapLevel.Municipality ? o.MunicipalityId == parent.MunicipalityId : o.Municipality!.RegionId == parent.RegionId))
                .OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(ct);
        // One level further down: each child's own children (a municipality's schools), summed per child.
        var childIds = roadmaps.Select(r => r.Id).ToList();
        var below = (await ProgressAsync(db.Roadmaps.Where(g => g.ParentId != null && childIds.Contains(g.ParentId.Value)), ct))
            .GroupBy(g => g.ParentId!.Value).ToDictionary(g => g.Key, g => new Below(g.Count(), g.Sum(x => x.Activities), g.Sum(x => x.Done), g.Sum(x => x.Overdue)));
        return owners.Select(o => roadmaps.FirstOrDefault(r => r.Owner == o.Id) is { } r
                ? new ChildRow(o.Id, o.Name, r.Id, r.Title, r.Activities, r.Done, r.Overdue) { Grandchildren = below.GetValueOrDefault(r.Id) }
                : new ChildRow(o.Id, o.Name, null, null, 0, 0, 0))
            .ToList();
    }

    private sealed record Progress(int Id, int? ParentId, string Title, int Owner, int Activities, int Done, int Overdue);

    /// <summary>Each roadmap's activities: all, done, and overdue (not done or cancelled, with a due date passed and not met).</summary>
    private Task<List<Progress>> ProgressAsync(IQueryable<Roadmap> roadmaps, CancellationToken ct)
    {
        var today = clock.Today;
        return roadmaps.AsNoTracking().Select(r => new Progress(r.Id, r.ParentId, r.Title, r.MunicipalityId ?? r.OrganizationId ?? 0,
            db.RoadmapActivities.Count(a => a.RoadmapId == r.Id),
            db.RoadmapActivities.Count(a => a.RoadmapId == r.Id && a.Status == ActivityStatus.Done),
            db.RoadmapActivities.Count(a => a.RoadmapId == r.Id && a.Status != ActivityStatus.Done && a.Status != ActivityStatus.Cancelled
                && db.ActivityDueDates.Any(d => d.ActivityId == a.Id && d.DoneOn == null && d.DueOn < today)))).ToListAsync(ct);
    }

    /// <summary>Actuals of the indicators whose source is not manual: (indicator, year) → value. Facts from the other
    /// features are known up to the current year.</summary>
    public async Task<Dictionary<(int Indicator, int Year), decimal>> ComputedAsync(Roadmap roadmap, CancellationToken ct)
    {
        var result = new Dictionary<(int, int), decimal>();
        var indicators = roadmap.Activities.SelectMany(a => a.Indicators.Select(i => (Activity: a, Indicator: i))).Where(x => x.Indicator.Source.IsComputed()).ToList();
        if (indicators.Count == 0) return result;
        var years = roadmap.Years.ToList();
        foreach (var (_, indicator) in indicators.Where(x => x.Indicator.Source.IsFact()))
            foreach (var year in years.Where(y => y <= clock.Today.Year))
                if ((await facts.ForAsync(roadmap, indicator, year, ct)).Value is { } value) result[(indicator.Id, year)] = value;
        foreach (var source in indicators.Select(x => x.Indicator.Source).Distinct().Where(s => !s.FromChildren() && !s.IsFact()))
        {
            var byYear = await CumulativeAsync(roadmap, source, years, ct);
            foreach (var (_, indicator) in indicators.Where(x => x.Indicator.Source == source))
                foreach (var (year, value) in byYear) result[(indicator.Id, year)] = value;
        }
        var fromChildren = indicators.Where(x => x.Indicator.Source.FromChildren() && !string.IsNullOrWhiteSpace(x.Activity.Code)).ToList();
        if (fromChildren.Count > 0)
        {
            var codes = fromChildren.Select(x => x.Activity.Code!).Distinct().ToList();
            var childActivities = await db.RoadmapActivities.AsNoTracking()
                .Where(a => a.Code != null && codes.Contains(a.Code) && db.Roadmaps.Any(r => r.Id == a.RoadmapId && r.ParentId == roadmap.Id))
                .Select(a => new
                {
                    a.RoadmapId, a.Code, a.Status,
                    DoneOn = a.DueDates.Max(d => d.DoneOn),
                    Actuals = a.Indicators.SelectMany(i => i.Years).Where(y => y.Actual != null).Select(y => new { y.Year, y.Actual }).ToList(),
                }).ToListAsync(ct);
            foreach (var (activity, indicator) in fromChildren)
            {
                var mine = childActivities.Where(c => c.Code == activity.Code).ToList();
                foreach (var year in years)
                    result[(indicator.Id, year)] = indicator.Source == IndicatorSource.ChildrenSum
                        ? mine.SelectMany(c => c.Actuals).Where(a => a.Year == year).Sum(a => a.Actual!.Value)
                        : mine.Where(c => c.Status == ActivityStatus.Done && (c.DoneOn is not { } d || d.Year <= year)).Select(c => c.RoadmapId).Distinct().Count();
            }
        }
        return result;
    }

    /// <summary>Registry records (or programs, or organizations with a program) in the roadmap's territory at the end of each year.</summary>
    private async Task<List<(int Year, decimal Value)>> CumulativeAsync(Roadmap roadmap, IndicatorSource source, List<int> years, CancellationToken ct)
    {
        var people = Territory(db.People.AsNoTracking(), roadmap);
        var organizations = RoadmapTerritory.Organizations(db, roadmap);
        var started = source switch
        {
            IndicatorSource.MentorRegistry => await db.Mentors.Where(m => !m.IsArchived && people.Any(p => p.Id == m.PersonId)).GroupBy(m => m.IncludedOn.Year)
                .Select(g => new { Year = g.Key, Count = g.Count() }).ToListAsync(ct),
            IndicatorSource.MenteeRegistry => await db.Mentees.Where(m => !m.IsArchived && people.Any(p => p.Id == m.PersonId)).GroupBy(m => m.IncludedOn.Year)
                .Select(g => new { Year = g.Key, Count = g.Count() }).ToListAsync(ct),
            IndicatorSource.ProgramRegistry => await db.Programs.Where(p => organizations.Contains(p.OrganizationId)).GroupBy(p => p.StartsOn.Year)
                .Select(g => new { Year = g.Key, Count = g.Count() }).ToListAsync(ct),
            IndicatorSource.OrganizationsWithProgram => await db.Programs.Where(p => organizations.Contains(p.OrganizationId)).GroupBy(p => p.OrganizationId)
                .Select(g => new { Year = g.Min(p => p.StartsOn.Year), Count = 1 }).ToListAsync(ct),
            _ => throw new ArgumentOutOfRangeException(nameof(source), source, "Not a registry count."),
        };
        return years.Select(y => (y, (decimal)started.Where(s => s.Year <= y).Sum(s => s.Count))).ToList();
    }

    private IQueryable<Person> Territory(IQueryable<Person> people, Roadmap r) => r.Level switch
    {
        RoadmapLevel.Region => people.Where(p => p.Organization!.Municipality!.RegionId == r.RegionId),
        RoadmapLevel.Municipality => people.Where(p => p.Organization!.MunicipalityId == r.MunicipalityId),
        _ => people.Where(p => p.OrganizationId == r.OrganizationId),
    };
}
