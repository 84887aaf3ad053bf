using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Common;
using Nastavnik.Domain.Files;
using Nastavnik.Domain.Roadmaps;
using Nastavnik.Domain.Roadmaps.Import;
using Nastavnik.Web.Data;
using Nastavnik.Web.Infrastructure.Auth;
using Nastavnik.Web.Infrastructure.Time;

namespace Nastavnik.Web.Features.Roadmaps;

public sealed record ProgramChoice(int Id, string Name, DateOnly StartsOn, DateOnly EndsOn);

public sealed record RoadmapSummary(int Id, string Title, RoadmapLevel Level, string Owner, DateOnly PeriodStart, DateOnly PeriodEnd, RoadmapStatus Status,
    int Activities, int Overdue, int Done);

/// <param name="Shown">The actuals the form was filled against, "2021=495;2022=" — a figure changed since is not overwritten.</param>
/// <summary>A deadline not yet met: a roadmap activity's due date or a program's step; <paramref name="Url"/> opens it.</summary>
public sealed record CalendarItem(DateOnly DueOn, string Url, string Source, string? Number, string Activity, string? Responsible, string Uid);

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
public class RoadmapService(AppDbContext db, TerritoryClock clock)
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
    public static bool CanEdit(UserScope scope, Roadmap roadmap) => EditableLevels(scope).Contains(roadmap.Level);

    /// <summary>The levels of the roadmaps (inside his visibility) a user changes: his own and those below it.</summary>
    public static RoadmapLevel[] EditableLevels(UserScope scope) => scope.Level switch
    {
        ScopeLevel.Region => [RoadmapLevel.Region, RoadmapLevel.Municipality, RoadmapLevel.Organization],
        ScopeLevel.Municipality => [RoadmapLevel.Municipality, RoadmapLevel.Organization],
        ScopeLevel.Organization => [RoadmapLevel.Organization],
        _ => [],
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
        var today = clock.Today;
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

    /// <summary>The mentorship programs in the user's scope a roadmap can be attached to: their period becomes the roadmap's.</summary>
    public Task<List<ProgramChoice>> ProgramsAsync(UserScope scope, CancellationToken ct) =>
        Programs(scope).OrderBy(p => p.Name).Select(p => new ProgramChoice(p.Id, p.Name, p.StartsOn, p.EndsOn)).ToListAsync(ct);

    /// <returns>null when no program is chosen; a program outside the user's scope is refused.</returns>
    public async Task<(int Id, DateOnly Start, DateOnly End)?> ProgramPeriodAsync(UserScope scope, int? programId, CancellationToken ct)
    {
        if (programId is not { } id) return null;
        var program = await Programs(scope).Where(p => p.Id == id).Select(p => new { p.Id, p.StartsOn, p.EndsOn }).SingleOrDefaultAsync(ct)
            ?? throw new DomainException("Выбранная программа наставничества не найдена среди программ ваших организаций.", "ProgramId");
        return (program.Id, program.StartsOn, program.EndsOn);
    }

    private IQueryable<Domain.Programs.MentorshipProgram> Programs(UserScope scope)
    {
        var organizations = db.Organizations.InScope(scope).Select(o => o.Id);
        return db.Programs.AsNoTracking().Where(p => organizations.Contains(p.OrganizationId));
    }

    public async Task<Roadmap> ImportAsync(UserScope scope, RoadmapDraft draft, string? fileName, CancellationToken ct)
    {
        var (level, region, municipality, organization) = OwnerFor(scope);
        var roadmap = DraftToRoadmap.Build(draft, level, region, municipality, organization, fileName);
        var tasks = string.Join('\n', draft.Tasks);
        if (draft.Goal?.Length > 4000) throw new DomainException("Цель программы — не длиннее 4000 знаков.", "Goal");
        if (tasks.Length > 8000) throw new DomainException("Задачи программы — не длиннее 8000 знаков.", "Tasks");
        (roadmap.Goal, roadmap.Tasks, roadmap.ProgramId) = (draft.Goal, tasks.Length == 0 ? null : tasks, draft.ProgramId);
        roadmap.CreatedAt = clock.GetUtcNow();
        db.Roadmaps.Add(roadmap);
        await db.SaveChangesAsync(ct);
        return roadmap;
    }

    /// <summary>The actual of a year with its evidence. The form carries the actual it was filled against: if someone
    /// reported in between, this save is refused instead of overwriting his figure.</summary>
    /// <returns>null when the roadmap is not the user's to change.</returns>
    public async Task<Roadmap?> ReportAsync(UserScope scope, string reporter, int roadmapId, ReportInput input, CancellationToken ct, Programs.UploadedFile? file = null)
    {
        var roadmap = await FindAsync(scope, roadmapId, ct);
        if (roadmap is null || !CanEdit(scope, roadmap)) return null;
        var indicator = roadmap.Activities.SelectMany(a => a.Indicators).SingleOrDefault(i => i.Id == input.IndicatorId);
        if (indicator is null) return null;
        if (!roadmap.Years.Contains(input.Year)) throw new DomainException($"Год {input.Year} вне периода дорожной карты.", "Year");
        if (input.Actual is not { } actual) throw new DomainException("Укажите фактическое значение.", "Actual");
        IndicatorReporting.ValidateActual(indicator.Unit, actual);
        if (string.IsNullOrWhiteSpace(input.Evidence) && string.IsNullOrWhiteSpace(input.EvidenceLink) && file is null)
            throw new DomainException("Укажите подтверждение: документ, запись, файл или ссылку.", "Evidence");
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
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        if (file is not null)
        {
            db.Files.Add(StoredFile.Create(FileOwner.IndicatorYear, year.Id, file.FileName, file.ContentType, file.Content, clock.GetUtcNow()));
            await db.SaveChangesAsync(ct);
        }
        await transaction.CommitAsync(ct);
        return roadmap;
    }

    /// <summary>The parent requires each municipality (region) or each organization (municipality, region) to have a roadmap made from a template.</summary>
    /// <param name="stamp">The version of the roadmap the form was filled against: a stale form is a conflict, not an overwrite.</param>
    public async Task<Roadmap?> RequireChildrenAsync(UserScope scope, int roadmapId, ChildRequirement requirement, ChildTemplate template, CancellationToken ct, Guid? stamp = null)
    {
        var roadmap = await FindAsync(scope, roadmapId, ct);
        if (roadmap is null || !CanEdit(scope, roadmap)) return null;
        db.ExpectVersion(roadmap, stamp);
        if (requirement == ChildRequirement.Municipalities && roadmap.Level != RoadmapLevel.Region)
            throw new DomainException("Дорожные карты муниципалитетов может требовать только региональная дорожная карта.", "ChildRequirement");
        if (requirement == ChildRequirement.Organizations && roadmap.Level == RoadmapLevel.Organization)
            throw new DomainException("Дорожная карта организации не требует дорожных карт от других.", "ChildRequirement");
        if (requirement == ChildRequirement.Municipalities && template != ChildTemplate.Municipal)
            throw new DomainException("Для муниципалитетов выберите муниципальный шаблон.", "ChildTemplate");
        if (requirement == ChildRequirement.Organizations && template == ChildTemplate.Municipal)
            throw new DomainException("Для образовательных организаций выберите шаблон на 34 или на 10 шагов.", "ChildTemplate");
        (roadmap.ChildRequirement, roadmap.ChildTemplate) = (requirement, template);
        await db.SaveChangesAsync(ct);
        return roadmap;
    }

    /// <summary>Makes the roadmap a child owes from the parent's template, over the parent's period: by the parent's owner
    /// or by the child himself.</summary>
    /// <returns>null when the parent or the child is outside the user's scope.</returns>
    public async Task<Roadmap?> CreateChildAsync(UserScope scope, int parentId, int ownerId, CancellationToken ct)
    {
        var parent = await Visible(scope).AsNoTracking().SingleOrDefaultAsync(r => r.Id == parentId, ct);
        if (parent is null || parent.ChildRequirement == ChildRequirement.None) return null;
        var municipal = parent.ChildRequirement == ChildRequirement.Municipalities;
        var owner = municipal
            ? await db.Municipalities.Where(m => m.Id == ownerId && m.RegionId == parent.RegionId).Select(m => m.Name).SingleOrDefaultAsync(ct)
            : await db.Organizations.Where(o => o.Id == ownerId && (parent.Level == RoadmapLevel.Region ? o.Municipality!.RegionId == parent.RegionId : o.MunicipalityId == parent.MunicipalityId))
                .Select(o => o.Name).SingleOrDefaultAsync(ct);
        if (owner is null) return null;
        var mayCreate = scope.Level switch
        {
            ScopeLevel.Region => true,
            ScopeLevel.Municipality => municipal ? scope.MunicipalityId == ownerId : await db.Organizations.AnyAsync(o => o.Id == ownerId && o.MunicipalityId == scope.MunicipalityId, ct),
            ScopeLevel.Organization => !municipal && scope.OrganizationId == ownerId,
            _ => false,
        };
        if (!mayCreate) return null;
        if (await db.Roadmaps.AnyAsync(r => r.ParentId == parentId && (municipal ? r.MunicipalityId == ownerId : r.OrganizationId == ownerId), ct))
            throw new DomainException($"У «{owner}» уже есть дорожная карта по этой дорожной карте.");
        var child = RoadmapTemplateLibrary.Create(parent.ChildTemplate, $"Дорожная карта: {owner} ({parent.PeriodStart.Year}–{parent.PeriodEnd.Year})",
            municipal ? RoadmapLevel.Municipality : RoadmapLevel.Organization, null, municipal ? ownerId : null, municipal ? null : ownerId, parent.PeriodStart, parent.PeriodEnd);
        child.ParentId = parent.Id;
        child.CreatedAt = clock.GetUtcNow();
        db.Roadmaps.Add(child);
        await db.SaveChangesAsync(ct);
        return child;
    }

    /// <summary>Where an indicator's actual comes from, and the code that links its activity to the children's.</summary>
    /// <param name="stamp">The version of the activity the form was filled against.</param>
    public async Task<Roadmap?> ConfigureIndicatorAsync(UserScope scope, int roadmapId, int indicatorId, IndicatorSetup setup,
        CancellationToken ct, Guid? stamp = null)
    {
        var roadmap = await FindAsync(scope, roadmapId, ct);
        if (roadmap is null || !CanEdit(scope, roadmap)) return null;
        var activity = roadmap.Activities.SingleOrDefault(a => a.Indicators.Any(i => i.Id == indicatorId));
        if (activity is null) return null;
        db.ExpectVersion(activity, stamp);
        setup.Validate(roadmap);
        var indicator = activity.Indicators.Single(i => i.Id == indicatorId);
        (indicator.Source, indicator.Metric) = (setup.Source, setup.Metric);
        (indicator.FactEventKind, indicator.FactLevel) = setup.Source.ByEvents() ? (setup.EventKind, setup.EventLevel) : (null, null);
        activity.Code = string.IsNullOrWhiteSpace(setup.Code) ? null : setup.Code.Trim();
        await db.SaveChangesAsync(ct);
        return roadmap;
    }

    /// <summary>The next period's roadmap as a copy with changes, in draft, with targets from the trend where the old one had none.</summary>
    public async Task<Roadmap?> CreateSuccessorAsync(UserScope scope, int roadmapId, CancellationToken ct)
    {
        var roadmap = await FindAsync(scope, roadmapId, ct);
        if (roadmap is null || !CanEdit(scope, roadmap)) return null;
        if (await db.Roadmaps.AnyAsync(r => r.PreviousId == roadmapId, ct))
            throw new DomainException("Дорожная карта на следующий период уже создана.");
        var next = RoadmapSuccessor.Create(roadmap, clock.GetUtcNow());
        db.Roadmaps.Add(next);
        await db.SaveChangesAsync(ct);
        return next;
    }

    /// <summary>Roadmaps above the user that require one from him which he has not made yet: (parent id, parent title, his unit's id).</summary>
    public async Task<List<(int ParentId, string Title, int OwnerId)>> OwedAsync(UserScope scope, CancellationToken ct)
    {
        if (scope.Level == ScopeLevel.Municipality && scope.MunicipalityId is { } municipality)
            return (await Visible(scope).Where(r => r.ChildRequirement == ChildRequirement.Municipalities && !db.Roadmaps.Any(c => c.ParentId == r.Id && c.MunicipalityId == municipality))
                .Select(r => new { r.Id, r.Title }).ToListAsync(ct)).Select(r => (r.Id, r.Title, municipality)).ToList();
        if (scope.Level == ScopeLevel.Organization && scope.OrganizationId is { } organization)
            return (await Visible(scope).Where(r => r.ChildRequirement == ChildRequirement.Organizations && r.Level != RoadmapLevel.Organization
                    && !db.Roadmaps.Any(c => c.ParentId == r.Id && c.OrganizationId == organization))
                .Select(r => new { r.Id, r.Title }).ToListAsync(ct)).Select(r => (r.Id, r.Title, organization)).ToList();
        return [];
    }

    /// <summary>Deadlines not yet met in the roadmaps the user runs: every overdue one however old, and the coming ones up
    /// to <paramref name="to"/>.</summary>
    public IQueryable<CalendarItem> CalendarQuery(UserScope scope, DateOnly to)
    {
        var levels = EditableLevels(scope);
        var editable = Visible(scope).Where(r => levels.Contains(r.Level));
        return db.ActivityDueDates.AsNoTracking().Where(d => d.DoneOn == null && d.DueOn <= to)
            .Join(db.RoadmapActivities.Where(a => a.Status != ActivityStatus.Done && a.Status != ActivityStatus.Cancelled), d => d.ActivityId, a => a.Id, (d, a) => new { d, a })
            .Join(editable, x => x.a.RoadmapId, r => r.Id, (x, r) => new { x.d, x.a, r })
            .OrderBy(x => x.d.DueOn).ThenBy(x => x.r.Id).ThenBy(x => x.a.Position)
            .Select(x => new CalendarItem(x.d.DueOn, "/Roadmaps/Details/" + x.r.Id, x.r.Title, x.a.Number, x.a.Title,
                x.a.Responsible ?? x.a.OrganizationExecutors ?? x.a.RegionalExecutors, "due-" + x.d.Id));
    }

    /// <summary>The activity's status and comment as its responsible person sets them; cancelling needs the reason.</summary>
    /// <param name="stamp">The version of the activity the form was filled against: a stale form is a conflict, not an overwrite.</param>
    public async Task<Roadmap?> UpdateActivityAsync(UserScope scope, int roadmapId, int activityId, ActivityStatus status, string? comment, CancellationToken ct, Guid? stamp = null)
    {
        var roadmap = await FindAsync(scope, roadmapId, ct);
        if (roadmap is null || !CanEdit(scope, roadmap)) return null;
        var activity = roadmap.Activities.SingleOrDefault(a => a.Id == activityId);
        if (activity is null) return null;
        db.ExpectVersion(activity, stamp);
        if (status == ActivityStatus.Cancelled && string.IsNullOrWhiteSpace(comment))
            throw new DomainException("Укажите в комментарии, почему мероприятие отменено.", "Comment");
        if (comment?.Length > 4000) throw new DomainException("Комментарий — не длиннее 4000 знаков.", "Comment");
        activity.Status = status;
        activity.Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
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
        due.DoneOn = done ? clock.Today : null;
        activity.Status = activity.DueDates.All(d => d.DoneOn is not null) ? ActivityStatus.Done
            : activity.DueDates.Any(d => d.DoneOn is not null) ? ActivityStatus.InProgress : ActivityStatus.Planned;
        await db.SaveChangesAsync(ct);
        return roadmap;
    }
}
