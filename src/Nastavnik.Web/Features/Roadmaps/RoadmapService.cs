using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Common;
using Nastavnik.Domain.Roadmaps;
using Nastavnik.Domain.Roadmaps.Import;
using Nastavnik.Web.Data;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.Roadmaps;

public sealed record RoadmapSummary(int Id, string Title, RoadmapLevel Level, string Owner, DateOnly PeriodStart, DateOnly PeriodEnd, RoadmapStatus Status,
    int Activities, int Overdue, int Done);

/// <param name="Shown">The actuals the form was filled against, "2021=495;2022=" — a figure changed since is not overwritten.</param>
public sealed record ReportInput(int IndicatorId, int Year, decimal? Actual, string? Evidence, string? EvidenceLink, string? Shown)
{
    public decimal? ShownActual(int year) =>
        (Shown ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=')).Where(p => p.Length == 2 && p[0] == year.ToString())
            .Select(p => decimal.TryParse(p[1], System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : (decimal?)null)
            .FirstOrDefault();

    public static string Snapshot(IEnumerable<(int Year, decimal? Actual)> actuals) =>
        string.Join(';', actuals.Select(a => $"{a.Year}={a.Actual?.ToString(System.Globalization.CultureInfo.InvariantCulture)}"));
}

/// <summary>Roadmaps a user sees (his own level's and those above and below it inside his scope) and may change (his own
/// level's and those below it), their import and their tracking.</summary>
public class RoadmapService(AppDbContext db, TimeProvider clock)
{
    public IQueryable<Roadmap> Visible(UserScope scope)
    {
        var organizations = db.Organizations.InScope(scope).Select(o => o.Id);
        var municipalities = db.Municipalities.Where(m => m.RegionId == scope.RegionId && (scope.Level == ScopeLevel.Region || m.Id == scope.MunicipalityId)).Select(m => m.Id);
        return db.Roadmaps.Where(r =>
            (r.Level == RoadmapLevel.Region && r.RegionId == scope.RegionId)
            || (r.Level == RoadmapLevel.Municipality && municipalities.Contains(r.MunicipalityId!.Value))
            || (r.Level == RoadmapLevel.Organization && organizations.Contains(r.OrganizationId!.Value)));
    }

    /// <summary>A regional operator changes every roadmap of the region, a coordinator his municipality's and its
    /// organizations', a school its own.</summary>
    public static bool CanEdit(UserScope scope, Roadmap roadmap) => scope.Level switch
    {
        ScopeLevel.Region => true,
        ScopeLevel.Municipality => roadmap.Level != RoadmapLevel.Region,
        ScopeLevel.Organization => roadmap.Level == RoadmapLevel.Organization,
        _ => false,
    };

    /// <summary>The level and owner of a roadmap the user imports: his own.</summary>
    public static (RoadmapLevel Level, int? Region, int? Municipality, int? Organization) OwnerFor(UserScope scope) => scope.Level switch
    {
        ScopeLevel.Region => (RoadmapLevel.Region, scope.RegionId, null, null),
        ScopeLevel.Municipality => (RoadmapLevel.Municipality, null, scope.MunicipalityId, null),
        _ => (RoadmapLevel.Organization, null, null, scope.OrganizationId),
    };

    public IQueryable<RoadmapSummary> ListQuery(UserScope scope)
    {
        var today = db.Today;
        return Visible(scope).AsNoTracking().OrderBy(r => r.Level).ThenByDescending(r => r.PeriodStart).ThenBy(r => r.Id)
            .Select(r => new RoadmapSummary(r.Id, r.Title, r.Level,
                r.Level == RoadmapLevel.Region ? db.Regions.Where(x => x.Id == r.RegionId).Select(x => x.Name).First()
                    : r.Level == RoadmapLevel.Municipality ? db.Municipalities.Where(x => x.Id == r.MunicipalityId).Select(x => x.Name).First()
                    : db.Organizations.Where(x => x.Id == r.OrganizationId).Select(x => x.Name).First(),
                r.PeriodStart, r.PeriodEnd, r.Status,
                db.RoadmapActivities.Count(a => a.RoadmapId == r.Id),
                db.RoadmapActivities.Count(a => a.RoadmapId == r.Id && a.Status != ActivityStatus.Done && a.Status != ActivityStatus.Cancelled
                    && db.ActivityDueDates.Any(d => d.ActivityId == a.Id && d.DoneOn == null && d.DueOn < today)),
                db.RoadmapActivities.Count(a => a.RoadmapId == r.Id && a.Status == ActivityStatus.Done)));
    }

    public Task<Roadmap?> FindAsync(UserScope scope, int id, CancellationToken ct) =>
        Visible(scope).AsSplitQuery()
            .Include(r => r.Sections).ThenInclude(s => s.Activities).ThenInclude(a => a.DueDates)
            .Include(r => r.Sections).ThenInclude(s => s.Activities).ThenInclude(a => a.Indicators).ThenInclude(i => i.Years)
            .SingleOrDefaultAsync(r => r.Id == id, ct);

    public async Task<Roadmap> ImportAsync(UserScope scope, RoadmapDraft draft, string? fileName, CancellationToken ct)
    {
        var (level, region, municipality, organization) = OwnerFor(scope);
        var roadmap = DraftToRoadmap.Build(draft, level, region, municipality, organization, fileName);
        roadmap.CreatedAt = clock.GetUtcNow();
        db.Roadmaps.Add(roadmap);
        await db.SaveChangesAsync(ct);
        return roadmap;
    }

    /// <summary>The actual of a year with its evidence. The form carries the actual it was filled against: if someone
    /// reported in between, this save is refused instead of overwriting his figure.</summary>
    /// <returns>null when the roadmap is not the user's to change.</returns>
    public async Task<Roadmap?> ReportAsync(UserScope scope, string reporter, int roadmapId, ReportInput input, CancellationToken ct)
    {
        var roadmap = await FindAsync(scope, roadmapId, ct);
        if (roadmap is null || !CanEdit(scope, roadmap)) return null;
        var indicator = roadmap.Activities.SelectMany(a => a.Indicators).SingleOrDefault(i => i.Id == input.IndicatorId);
        if (indicator is null) return null;
        if (!roadmap.Years.Contains(input.Year)) throw new DomainException($"Год {input.Year} вне периода дорожной карты.", "Year");
        if (input.Actual is not { } actual) throw new DomainException("Укажите фактическое значение.", "Actual");
        IndicatorReporting.ValidateActual(indicator.Unit, actual);
        if (string.IsNullOrWhiteSpace(input.Evidence) && string.IsNullOrWhiteSpace(input.EvidenceLink))
            throw new DomainException("Укажите подтверждение: документ, запись или ссылку.", "Evidence");
        if (!string.IsNullOrWhiteSpace(input.EvidenceLink) && !Uri.TryCreate(input.EvidenceLink.Trim(), UriKind.Absolute, out _))
            throw new DomainException("Ссылка на подтверждение должна быть полным адресом (https://…).", "EvidenceLink");
        var year = indicator.Years.SingleOrDefault(y => y.Year == input.Year);
        if (year is null) indicator.Years.Add(year = new IndicatorYear { Year = input.Year });
        if (year.Actual != input.ShownActual(input.Year))
            throw new DomainException($"За {input.Year} год значение уже внесено другим пользователем ({year.Actual:0.##}). Обновите страницу и проверьте его.", "Actual");
        year.Actual = actual;
        year.Evidence = string.IsNullOrWhiteSpace(input.Evidence) ? null : input.Evidence.Trim();
        year.EvidenceLink = string.IsNullOrWhiteSpace(input.EvidenceLink) ? null : input.EvidenceLink.Trim();
        year.ReportedAt = clock.GetUtcNow();
        year.ReportedBy = reporter;
        await db.SaveChangesAsync(ct);
        return roadmap;
    }

    /// <summary>A due date met (or reopened); the activity is done when all its due dates are.</summary>
    public async Task<Roadmap?> MarkDueAsync(UserScope scope, int roadmapId, int dueId, bool done, CancellationToken ct)
    {
        var roadmap = await FindAsync(scope, roadmapId, ct);
        if (roadmap is null || !CanEdit(scope, roadmap)) return null;
        var activity = roadmap.Activities.SingleOrDefault(a => a.DueDates.Any(d => d.Id == dueId));
        if (activity is null) return null;
        var due = activity.DueDates.Single(d => d.Id == dueId);
        due.DoneOn = done ? db.Today : null;
        activity.Status = activity.DueDates.All(d => d.DoneOn is not null) ? ActivityStatus.Done
            : activity.DueDates.Any(d => d.DoneOn is not null) ? ActivityStatus.InProgress : ActivityStatus.Planned;
        await db.SaveChangesAsync(ct);
        return roadmap;
    }
}
