using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Monitoring;
using Nastavnik.Domain.People;
using Nastavnik.Domain.Programs;
using Nastavnik.Domain.Questionnaires;
using Nastavnik.Domain.Registries;
using Nastavnik.Domain.Roadmaps;
using Nastavnik.Domain.Territory;
using Nastavnik.Web.Data;
using Nastavnik.Web.Infrastructure.Time;

namespace Nastavnik.Web.Features.Monitoring;

/// <summary>A region, a municipality or an organization: what a dashboard or a report is about.</summary>
public sealed record Territory(MonitoringLevel Level, int Id, string Name)
{
    public MonitoringLevel? ChildLevel => Level switch { MonitoringLevel.Region => MonitoringLevel.Municipality, MonitoringLevel.Municipality => MonitoringLevel.Organization, _ => null };
}

/// <param name="Form">Only programs (and their pairs) of this form.</param>
/// <param name="OrganizationType">Only people and organizations of this type of organization.</param>
public sealed record MonitoringFilter(int Year, MentoringForms? Form = null, OrganizationType? OrganizationType = null);

/// <summary>A computed value with what it was computed from (a share's numerator and denominator).</summary>
public sealed record MetricValue(decimal? Value, long? Numerator = null, long? Denominator = null);

public sealed record ChildFigures(int Id, string Name, IReadOnlyDictionary<MetricCode, MetricValue> Values);

public sealed record PairsByForm(MentoringForms Form, MentoringFormats Format, int Pairs);

public sealed record DeficitRow(int DeficitId, string Deficit, int Mentees, int Mentors);

/// <summary>One cell of the deficits map: a child territory, a deficit, how many mentees name it and how many mentors cover it.</summary>
public sealed record DeficitCell(int ChildId, int DeficitId, int Mentees, int Mentors);

/// <summary>Everything a dashboard (and the analytic report) shows for one territory and one year.</summary>
public sealed record MonitoringFigures(Territory Territory, MonitoringFilter Filter, DateOnly AsOf, IReadOnlyDictionary<MetricCode, MetricValue> Values,
    IReadOnlyList<ChildFigures> Children, IReadOnlyList<PairsByForm> PairsByForm, IReadOnlyDictionary<MetricCode, IReadOnlyList<(int Year, decimal Value)>> Trends,
    IReadOnlyList<DeficitRow> Deficits)
{
    /// <summary>The deficits map by child for the most frequent deficits (municipalities of a region, organizations of a municipality).</summary>
    public IReadOnlyList<DeficitCell> DeficitMap { get; init; } = [];

    /// <summary>The targets of the territory's own documents (and, for shares, its parents'), for it and each child.</summary>
    public required Targets.TerritoryTargets Targets { get; init; }
}

/// <summary>
/// Computes the catalogue's computed indicators for a territory as of the end of a year (or today in the current year),
/// each with one grouped SQL query that yields the territory's total and its children's figures (municipalities of a
/// region, organizations of a municipality) at once; trends of the registries by year; the deficits' demand and supply.
/// </summary>
public class MonitoringCalculator(AppDbContext db, Programs.ProgramResults results, Targets.TargetResolver targets, TerritoryClock clock)
{
    public const int TrendYears = 5;

    public async Task<MonitoringFigures> ComputeAsync(Territory territory, MonitoringFilter filter, CancellationToken ct)
    {
        var asOf = new DateOnly(filter.Year, 12, 31) is var end && end > clock.Today ? clock.Today : new DateOnly(filter.Year, 12, 31);
        var children = await ChildrenAsync(territory, ct);
        var perChild = children.ToDictionary(c => c.Id, _ => new Dictionary<MetricCode, MetricValue>());
        var totals = new Dictionary<MetricCode, MetricValue>();
        void Put(MetricCode code, List<(int Key, long Numerator, long Denominator)> rows, bool share)
        {
            foreach (var (key, numerator, denominator) in rows)
                if (perChild.TryGetValue(key, out var child)) child[code] = Value(numerator, denominator, share);
            foreach (var child in perChild.Values) child.TryAdd(code, share ? new MetricValue(null, 0, 0) : new MetricValue(0));
            totals[code] = Value(rows.Sum(r => r.Numerator), rows.Sum(r => r.Denominator), share);
        }

        var people = People(territory, filter);
        Put(MetricCode.Mentors, await Count(ByChild(db.Mentors.Where(m => !m.IsArchived && m.IncludedOn <= asOf && people.Any(p => p.Id == m.PersonId)),
            territory, m => m.Person!.Organization!), ct), share: false);
        Put(MetricCode.Mentees, await Count(ByChild(db.Mentees.Where(m => !m.IsArchived && m.IncludedOn <= asOf && people.Any(p => p.Id == m.PersonId)),
            territory, m => m.Person!.Organization!), ct), share: false);

        Put(MetricCode.MentorsTrained, await Count(ByChild(db.Mentors.Where(m => !m.IsArchived && people.Any(p => p.Id == m.PersonId)
                && db.MentorPreparations.Any(r => r.MentorId == m.Id && r.Kind == PreparationKind.Training && r.Passed && r.HeldOn <= asOf)),
            territory, m => m.Person!.Organization!), ct), share: false);
        Put(MetricCode.CuratorsTrained, await Count(ByChild(people.Where(p => db.CourseEnrolments.Any(e => e.PersonId == p.Id
                && e.Role == Domain.Training.TraineeRole.Curator && e.DocumentDate != null && e.DocumentDate <= asOf
                && db.TrainingCourses.Any(c => c.Id == e.CourseId && c.Kind == Domain.Training.CourseKind.AdvancedTraining))),
            territory, p => p.Organization!), ct), share: false);

        var organizations = Organizations(territory, filter);
        var programs = db.Programs.Where(p => p.StartsOn <= asOf && p.Status != ProgramStatus.Cancelled && organizations.Any(o => o.Id == p.OrganizationId)
            && (filter.Form == null || p.Form == filter.Form));
        Put(MetricCode.Programs, await Count(ByChild(programs.Join(db.Organizations, p => p.OrganizationId, o => o.Id, (p, o) => o), territory, o => o), ct), share: false);

        var active = ActivePairs(asOf).Where(x => programs.Any(p => p.Id == x.ProgramId));
        var pairRows = await ByChild(active.Join(db.Programs, x => x.ProgramId, p => p.Id, (x, p) => new { x.ProgramId, x.GroupName, p.OrganizationId })
                .Join(db.Organizations, x => x.OrganizationId, o => o.Id, (x, o) => new { x.ProgramId, x.GroupName, Organization = o }), territory, x => x.Organization)
            .Select(g => new { g.Key, Pairs = g.Count(), Groups = g.Where(x => x.GroupName != null).Select(x => x.ProgramId.ToString() + ":" + x.GroupName).Distinct().Count() })
            .ToListAsync(ct);
        Put(MetricCode.ActivePairs, pairRows.Select(r => (r.Key, (long)r.Pairs, 0L)).ToList(), share: false);
        Put(MetricCode.Groups, pairRows.Select(r => (r.Key, (long)r.Groups, 0L)).ToList(), share: false);

        // Correlated EXISTS (an index lookup per person), not IN (a set of every paired person): at a region's scale that
        // set outgrows the memory PostgreSQL hashes it in, and the IN degrades to a scan per row.
        var youngSince = asOf.AddYears(-35);
        Put(MetricCode.YoungTeachersCovered, await Share(ByChild(people.Where(p => p.Role == PersonRole.Teacher && p.BirthDate != null && p.BirthDate > youngSince
                && p.TeachingExperienceYears != null && p.TeachingExperienceYears < Mentee.YoungSpecialistMaxExperience), territory, p => p.Organization!)
            .Select(g => new ShareRow(g.Key, g.Count(p => db.Mentees.Any(me => me.PersonId == p.Id && active.Any(x => x.MenteeId == me.Id))), g.Count())), ct), share: true);
        Put(MetricCode.PupilsInvolved, await Share(ByChild(people.Where(p => p.Role == PersonRole.Pupil || p.Role == PersonRole.Student), territory, p => p.Organization!)
            .Select(g => new ShareRow(g.Key, g.Count(p => db.Mentees.Any(me => me.PersonId == p.Id && active.Any(x => x.MenteeId == me.Id))
                || db.Mentors.Any(mr => mr.PersonId == p.Id && active.Any(x => x.MentorId == mr.Id))), g.Count())), ct), share: true);

        if (territory.Level != MonitoringLevel.Organization)
        {
            var withBoth = organizations.Where(o => Organization.EducationalTypes.Contains(o.Type)
                && db.Programs.Any(p => p.OrganizationId == o.Id && p.StartsOn <= asOf && (p.Status == ProgramStatus.Active || p.Status == ProgramStatus.Completed))
                && db.Roadmaps.Any(r => r.Level == RoadmapLevel.Organization && r.OrganizationId == o.Id && r.PeriodStart <= asOf && (r.Status == RoadmapStatus.Approved || r.Status == RoadmapStatus.Completed)));
            foreach (var (code, types) in new[]
            {
                (MetricCode.OrganizationsWithProgramAndRoadmap, Organization.EducationalTypes),
                (MetricCode.PreschoolsWithProgramAndRoadmap, new[] { OrganizationType.Preschool }),
                (MetricCode.SchoolsWithProgramAndRoadmap, new[] { OrganizationType.School }),
            })
                Put(code, await Share(ByChild(organizations.Where(o => types.Contains(o.Type)), territory, o => o)
                    .Select(g => new ShareRow(g.Key, g.Count(o => withBoth.Any(w => w.Id == o.Id)), g.Count())), ct), share: true);
        }

        await ReportedAsync(territory, organizations, filter.Year, Put, ct);
        foreach (var (code, perKey, total) in await SurveysAsync(territory, programs, ct))
        {
            totals[code] = new MetricValue(total);
            foreach (var (key, child) in perChild) child[code] = new MetricValue(perKey.TryGetValue(key, out var v) ? v : null);
        }

        var byForm = await active.Join(db.Programs, x => x.ProgramId, p => p.Id, (x, p) => p).GroupBy(p => new { p.Form, p.Format })
            .Select(g => new PairsByForm(g.Key.Form, g.Key.Format, g.Count())).ToListAsync(ct);
        var deficits = await DeficitsAsync(people, ct);
        return new MonitoringFigures(territory, filter, asOf, totals,
            children.Select(c => new ChildFigures(c.Id, c.Name, perChild[c.Id])).ToList(),
            byForm.OrderByDescending(f => f.Pairs).ToList(), await TrendsAsync(people, organizations, filter, ct), deficits)
        {
            DeficitMap = territory.ChildLevel is null ? [] : await DeficitMapAsync(territory, people, deficits.Take(MapDeficits).Select(d => d.DeficitId).ToList(), ct),
            Targets = await targets.ForAsync(territory, ct),
        };
    }

    /// <summary>The figures organizations report in the year's campaigns that their municipality submitted (the latest
    /// campaign's answer of each organization) together with what the system records: events held (the calendar) and their
    /// attended participants, the share of organizations with the website section, and — for a region — the share of
    /// municipalities taking part in contests (applications, or a reported «да»).</summary>
    private async Task ReportedAsync(Territory territory, IQueryable<Organization> organizations, int year,
        Action<MetricCode, List<(int Key, long Numerator, long Denominator)>, bool> put, CancellationToken ct)
    {
        var rows = await db.CampaignResponses.AsNoTracking()
            .Where(r => r.Status == ResponseStatus.Submitted && db.Campaigns.Any(c => c.Id == r.CampaignId && c.Year == year) && organizations.Any(o => o.Id == r.OrganizationId))
            .Select(r => new { r.CampaignId, r.OrganizationId, r.MunicipalityId, r.Answers }).ToListAsync(ct);
        var latest = rows.GroupBy(r => r.OrganizationId).Select(g => g.OrderByDescending(r => r.CampaignId).First()).ToList();
        int Key(int organizationId, int municipalityId) => territory.Level == MonitoringLevel.Region ? municipalityId : organizationId;
        static long Number(Dictionary<string, string> answers, string key) =>
            CampaignResponse.TryNumber(answers.GetValueOrDefault(key), out var n) ? (long)n : 0;
        static bool Yes(Dictionary<string, string> answers, string key) => answers.TryGetValue(key, out var v) && v == "да";

        // Events held in the year as the calendar records them (a territory's own events count in its total, not in a child's),
        // plus those organizations reported in the campaign.
        var events = new Dictionary<int, (long Events, long Participants)>();
        void Add(int key, long count, long participants) =>
            events[key] = events.TryGetValue(key, out var v) ? (v.Events + count, v.Participants + participants) : (count, participants);
        foreach (var r in latest) Add(Key(r.OrganizationId, r.MunicipalityId), Number(r.Answers, "events"), Number(r.Answers, "participants"));
        foreach (var e in await HeldEventsAsync(territory, year, ct)) Add(e.Key, 1, e.Participants);
        if (events.Count > 0)
        {
            put(MetricCode.EventsHeld, events.Select(x => (x.Key, x.Value.Events, 0L)).ToList(), false);
            put(MetricCode.EventParticipants, events.Select(x => (x.Key, x.Value.Participants, 0L)).ToList(), false);
        }
        var byChild = latest.GroupBy(r => Key(r.OrganizationId, r.MunicipalityId)).ToList();
        if (territory.Level != MonitoringLevel.Organization && byChild.Count > 0)
            put(MetricCode.OrganizationsWithWebsiteSection, byChild.Select(g => (g.Key, (long)g.Count(r => Yes(r.Answers, "site")), (long)g.Count())).ToList(), true);
        if (territory.Level == MonitoringLevel.Region)
        {
            // Municipalities whose organizations applied to a contest of the year (recorded) or said so in the campaign.
            var applied = await db.ContestApplications.Where(a => db.Contests.Any(c => c.Id == a.ContestId && c.Year == year && c.RegionId == territory.Id))
                .Select(a => a.MunicipalityId).Distinct().ToListAsync(ct);
            var taking = latest.Where(r => Yes(r.Answers, "contests")).Select(r => r.MunicipalityId).Union(applied).Distinct().Count();
            if (rows.Count == 0 && applied.Count == 0) return;
            var municipalities = await db.Municipalities.CountAsync(m => m.RegionId == territory.Id, ct);
            put(MetricCode.MunicipalitiesInContests, [(0, taking, municipalities)], true);
        }
    }

    /// <summary>Events held in the year organized within the territory, keyed by the child that organized them (0 for the territory's own).</summary>
    private async Task<List<(int Key, long Participants)>> HeldEventsAsync(Territory territory, int year, CancellationToken ct)
    {
        var held = db.Events.Where(e => e.Status == Domain.Events.EventStatus.Held && e.StartsOn >= new DateOnly(year, 1, 1) && e.StartsOn <= new DateOnly(year, 12, 31));
        held = territory.Level switch
        {
            MonitoringLevel.Region => held.Where(e => e.RegionId == territory.Id),
            MonitoringLevel.Municipality => held.Where(e => e.MunicipalityId == territory.Id),
            _ => held.Where(e => e.OrganizationId == territory.Id),
        };
        var rows = await held.Select(e => new { e.MunicipalityId, e.OrganizationId, Participants = db.EventParticipants.Count(p => p.EventId == e.Id && p.Attended) }).ToListAsync(ct);
        return rows.Select(e => (territory.Level == MonitoringLevel.Region ? e.MunicipalityId ?? 0 : e.OrganizationId ?? 0, (long)e.Participants)).ToList();
    }

    /// <summary>Satisfaction and the before → after change from the surveys of the programs that ran them: the mean of all
    /// satisfaction scale answers, and the mean of the mentees' mean changes, for the territory and per child.</summary>
    private async Task<List<(MetricCode Code, Dictionary<int, decimal?> PerKey, decimal? Total)>> SurveysAsync(Territory territory, IQueryable<MentorshipProgram> programs, CancellationToken ct)
    {
        var surveyed = await programs.Where(p => db.Questionnaires.Any(q => q.ProgramId == p.Id && (q.Kind == QuestionnaireKind.Satisfaction || q.Kind == QuestionnaireKind.Assessment)))
            .Join(db.Organizations, p => p.OrganizationId, o => o.Id, (p, o) => new { p.Id, o.MunicipalityId, OrganizationId = o.Id }).ToListAsync(ct);
        if (surveyed.Count == 0) return [];
        var satisfaction = new List<(int Key, double Mean, int Answers)>();
        var change = new List<(int Key, double Mean)>();
        foreach (var p in surveyed)
        {
            var key = territory.Level == MonitoringLevel.Region ? p.MunicipalityId : p.OrganizationId;
            var r = await results.ForAsync(p.Id, ct);
            if (r.SatisfactionMean is { } s) satisfaction.Add((key, s, r.SatisfactionAnswers));
            change.AddRange(r.Pairs.Where(x => x.Mean is not null).Select(x => (key, x.Mean!.Value)));
        }
        static decimal? Round(double? v) => v is { } x ? Math.Round((decimal)x, 2) : null;
        static decimal? Weighted(IEnumerable<(int Key, double Mean, int Answers)> rows) =>
            rows.Sum(r => r.Answers) is var n and > 0 ? Round(rows.Sum(r => r.Mean * r.Answers) / n) : null;
        return
        [
            (MetricCode.Satisfaction, satisfaction.GroupBy(x => x.Key).ToDictionary(g => g.Key, g => Weighted(g)), Weighted(satisfaction)),
            (MetricCode.AssessmentChange, change.GroupBy(x => x.Key).ToDictionary(g => g.Key, g => Round(g.Average(x => x.Mean))), change.Count == 0 ? null : Round(change.Average(x => x.Mean))),
        ];
    }

    /// <summary>Pairs fixed by an order and not ended on the date.</summary>
    private IQueryable<MentoringPair> ActivePairs(DateOnly asOf) =>
        db.Pairs.Where(x => x.OrderDate != null && x.OrderDate <= asOf && (x.EndedOn == null || x.EndedOn > asOf));

    private IQueryable<Person> People(Territory t, MonitoringFilter f)
    {
        var people = db.People.Where(p => !p.IsArchived);
        people = t.Level switch
        {
            MonitoringLevel.Region => people.Where(p => p.Organization!.Municipality!.RegionId == t.Id),
            MonitoringLevel.Municipality => people.Where(p => p.Organization!.MunicipalityId == t.Id),
            _ => people.Where(p => p.OrganizationId == t.Id),
        };
        return f.OrganizationType is { } type ? people.Where(p => p.Organization!.Type == type) : people;
    }

    private IQueryable<Organization> Organizations(Territory t, MonitoringFilter f)
    {
        var organizations = db.Organizations.Where(o => !o.IsArchived);
        organizations = t.Level switch
        {
            MonitoringLevel.Region => organizations.Where(o => o.Municipality!.RegionId == t.Id),
            MonitoringLevel.Municipality => organizations.Where(o => o.MunicipalityId == t.Id),
            _ => organizations.Where(o => o.Id == t.Id),
        };
        return f.OrganizationType is { } type ? organizations.Where(o => o.Type == type) : organizations;
    }

    /// <summary>Groups rows by the child they belong to: the municipality in a region, the organization in a municipality (or itself).</summary>
    private static IQueryable<IGrouping<int, T>> ByChild<T>(IQueryable<T> rows, Territory t, Expression<Func<T, Organization>> organization)
    {
        Expression<Func<Organization, int>> key = t.Level == MonitoringLevel.Region ? o => o.MunicipalityId : o => o.Id;
        var body = new Infrastructure.Auth.ScopeQueries.Replace(key.Parameters[0], organization.Body).Visit(key.Body);
        return rows.GroupBy(Expression.Lambda<Func<T, int>>(body, organization.Parameters));
    }

    private async Task<List<(int Id, string Name)>> ChildrenAsync(Territory t, CancellationToken ct) => t.Level switch
    {
        MonitoringLevel.Region => (await db.Municipalities.AsNoTracking().Where(m => m.RegionId == t.Id).OrderBy(m => m.Name).Select(m => new { m.Id, m.Name }).ToListAsync(ct))
            .Select(m => (m.Id, m.Name)).ToList(),
        MonitoringLevel.Municipality => (await db.Organizations.AsNoTracking().Where(o => o.MunicipalityId == t.Id && !o.IsArchived && Organization.EducationalTypes.Contains(o.Type))
            .OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(ct)).Select(o => (o.Id, o.Name)).ToList(),
        _ => [(t.Id, t.Name)],
    };

    private static async Task<List<(int Key, long Numerator, long Denominator)>> Count<T>(IQueryable<IGrouping<int, T>> groups, CancellationToken ct) =>
        (await groups.Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct)).Select(g => (g.Key, (long)g.Count, 0L)).ToList();

    private sealed record ShareRow(int Key, int Numerator, int Denominator);

    private static async Task<List<(int Key, long Numerator, long Denominator)>> Share(IQueryable<ShareRow> rows, CancellationToken ct) =>
        (await rows.ToListAsync(ct)).Select(r => (r.Key, (long)r.Numerator, (long)r.Denominator)).ToList();

    private static MetricValue Value(long numerator, long denominator, bool share) =>
        share ? new MetricValue(denominator == 0 ? null : Math.Round(100m * numerator / denominator, 1), numerator, denominator) : new MetricValue(numerator);

    /// <summary>The registries and programs at the end of each of the last years, from one grouped query each.</summary>
    private async Task<IReadOnlyDictionary<MetricCode, IReadOnlyList<(int Year, decimal Value)>>> TrendsAsync(IQueryable<Person> people, IQueryable<Organization> organizations, MonitoringFilter f, CancellationToken ct)
    {
        var years = Enumerable.Range(f.Year - TrendYears + 1, TrendYears).ToList();
        var mentors = await db.Mentors.Where(m => !m.IsArchived && people.Any(p => p.Id == m.PersonId)).GroupBy(m => m.IncludedOn.Year).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var mentees = await db.Mentees.Where(m => !m.IsArchived && people.Any(p => p.Id == m.PersonId)).GroupBy(m => m.IncludedOn.Year).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var programs = await db.Programs.Where(p => p.Status != ProgramStatus.Cancelled && organizations.Any(o => o.Id == p.OrganizationId) && (f.Form == null || p.Form == f.Form))
            .GroupBy(p => p.StartsOn.Year).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        IReadOnlyList<(int, decimal)> Cumulative(IEnumerable<(int Year, int Count)> rows) => years.Select(y => (y, (decimal)rows.Where(r => r.Year <= y).Sum(r => r.Count))).ToList();
        return new Dictionary<MetricCode, IReadOnlyList<(int Year, decimal Value)>>
        {
            [MetricCode.Mentors] = Cumulative(mentors.Select(m => (m.Key, m.Count))),
            [MetricCode.Mentees] = Cumulative(mentees.Select(m => (m.Key, m.Count))),
            [MetricCode.Programs] = Cumulative(programs.Select(m => (m.Key, m.Count))),
        };
    }

    public const int MapDeficits = 6;

    /// <summary>Per child territory, for the given deficits: mentees naming each and mentors covering it (two grouped queries).</summary>
    private async Task<List<DeficitCell>> DeficitMapAsync(Territory territory, IQueryable<Person> people, List<int> deficitIds, CancellationToken ct)
    {
        if (deficitIds.Count == 0) return [];
        var byMunicipality = territory.Level == MonitoringLevel.Region;
        var needed = await Cells(db.Mentees.Where(m => !m.IsArchived && people.Any(p => p.Id == m.PersonId))
            .SelectMany(m => m.Deficits.Where(d => deficitIds.Contains(d.Id)), (m, d) => new CellRow { DeficitId = d.Id, MunicipalityId = m.Person!.Organization!.MunicipalityId, OrganizationId = m.Person.OrganizationId }), byMunicipality, ct);
        var covered = await Cells(db.Mentors.Where(m => !m.IsArchived && people.Any(p => p.Id == m.PersonId))
            .SelectMany(m => m.CoveredDeficits.Where(d => deficitIds.Contains(d.Id)), (m, d) => new CellRow { DeficitId = d.Id, MunicipalityId = m.Person!.Organization!.MunicipalityId, OrganizationId = m.Person.OrganizationId }), byMunicipality, ct);
        return needed.Keys.Union(covered.Keys)
            .Select(k => new DeficitCell(k.Child, k.Deficit, needed.GetValueOrDefault(k), covered.GetValueOrDefault(k))).ToList();
    }

    private sealed class CellRow { public int DeficitId { get; init; } public int MunicipalityId { get; init; } public int OrganizationId { get; init; } }

    private static async Task<Dictionary<(int Child, int Deficit), int>> Cells(IQueryable<CellRow> rows, bool byMunicipality, CancellationToken ct) =>
        byMunicipality
            ? (await rows.GroupBy(r => new { r.MunicipalityId, r.DeficitId }).Select(g => new { g.Key.MunicipalityId, g.Key.DeficitId, Count = g.Count() }).ToListAsync(ct))
                .ToDictionary(g => (g.MunicipalityId, g.DeficitId), g => g.Count)
            : (await rows.GroupBy(r => new { r.OrganizationId, r.DeficitId }).Select(g => new { g.Key.OrganizationId, g.Key.DeficitId, Count = g.Count() }).ToListAsync(ct))
                .ToDictionary(g => (g.OrganizationId, g.DeficitId), g => g.Count);

    /// <summary>Which professional deficits the mentees have most, and how many mentors cover each.</summary>
    private async Task<List<DeficitRow>> DeficitsAsync(IQueryable<Person> people, CancellationToken ct)
    {
        var needed = await db.Mentees.Where(m => !m.IsArchived && people.Any(p => p.Id == m.PersonId)).SelectMany(m => m.Deficits)
            .GroupBy(d => d.Id).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var covered = await db.Mentors.Where(m => !m.IsArchived && people.Any(p => p.Id == m.PersonId)).SelectMany(m => m.CoveredDeficits)
            .GroupBy(d => d.Id).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var names = await db.Deficits.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        return names.Keys.Select(id => new DeficitRow(id, names[id], needed.FirstOrDefault(n => n.Key == id)?.Count ?? 0, covered.FirstOrDefault(c => c.Key == id)?.Count ?? 0))
            .Where(r => r.Mentees > 0 || r.Mentors > 0).OrderByDescending(r => r.Mentees).ThenBy(r => r.Deficit).ToList();
    }
}
