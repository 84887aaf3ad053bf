using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Common;
using Nastavnik.Domain.Contests;
using Nastavnik.Domain.Events;
using Nastavnik.Domain.Monitoring;
using Nastavnik.Domain.Practices;
using Nastavnik.Domain.Roadmaps;
using Nastavnik.Web.Data;
using Nastavnik.Web.Infrastructure.Time;

namespace Nastavnik.Web.Features.Roadmaps.Facts;

/// <summary>One record behind a fact: an event with its participants, an application, a practice, a news post.</summary>
/// <param name="Count">What the record adds to the figure (an event's participants; 1 for most).</param>
public sealed record FactRow(DateOnly? On, string Title, string? Detail, decimal Count, string? Link = null);

/// <summary>A fact for one year: the figure and the list behind it.</summary>
/// <param name="Note">How the figure is made, when the list alone does not say it.</param>
public sealed record Fact(decimal? Value, List<FactRow> Rows, string? Note = null);

/// <summary>Facts the system records in its other features, for a roadmap's territory and one year: events held and their
/// participants (by kind and level), contest applications and applicants, practices published, news published, the share
/// of registry records updated within the last six months.</summary>
public class SystemFacts(AppDbContext db, TerritoryClock clock, Training.TrainingFigures training)
{
    /// <summary>How many rows of a long list (registry records not updated) the evidence shows.</summary>
    public const int ListedAtMost = 500;

    public async Task<Fact> ForAsync(Roadmap roadmap, ActivityIndicator indicator, int year, CancellationToken ct)
    {
        var rows = indicator.Source switch
        {
            IndicatorSource.EventsHeld => await EventsAsync(roadmap, indicator, year, participants: false, ct),
            IndicatorSource.EventParticipants => await EventsAsync(roadmap, indicator, year, participants: true, ct),
            IndicatorSource.ContestApplications => (await ApplicationsAsync(roadmap, year, ct)).Select(a => a.Row).ToList(),
            IndicatorSource.ContestParticipants => Applicants(await ApplicationsAsync(roadmap, year, ct)),
            IndicatorSource.PracticesPublished => await PracticesAsync(roadmap, year, ct),
            IndicatorSource.PublicationsPublished => await NewsAsync(roadmap, year, ct),
            IndicatorSource.MentorsTrained or IndicatorSource.CuratorsTrained => await TrainedAsync(roadmap, indicator.Source, year, ct),
            IndicatorSource.RegistriesUpdated => null,
            _ => throw new ArgumentOutOfRangeException(nameof(indicator), indicator.Source, "Not a fact the system records."),
        };
        return rows is null ? await RegistriesUpdatedAsync(roadmap, year, ct) : new Fact(rows.Sum(r => r.Count), rows);
    }

    private async Task<List<FactRow>> EventsAsync(Roadmap roadmap, ActivityIndicator indicator, int year, bool participants, CancellationToken ct)
    {
        var events = Within(db.Events.AsNoTracking(), roadmap)
            .Where(e => e.Status == EventStatus.Held && e.StartsOn >= new DateOnly(year, 1, 1) && e.StartsOn <= new DateOnly(year, 12, 31));
        if (indicator.FactEventKind is { } kind) events = events.Where(e => e.Kind == kind);
        events = indicator.FactLevel switch
        {
            MonitoringLevel.Region => events.Where(e => e.MunicipalityId == null),
            MonitoringLevel.Municipality => events.Where(e => e.MunicipalityId != null && e.OrganizationId == null),
            MonitoringLevel.Organization => events.Where(e => e.OrganizationId != null),
            _ => events,
        };
        var held = await events.OrderBy(e => e.StartsOn).ThenBy(e => e.Id)
            .Select(e => new { e.Id, e.StartsOn, e.Title, e.Kind, e.ResultDocument, Attended = db.EventParticipants.Count(p => p.EventId == e.Id && p.Attended) })
            .ToListAsync(ct);
        return held.Select(e => new FactRow(e.StartsOn, e.Title, $"{e.Kind.Ru()}; участников: {e.Attended}; итоги: {e.ResultDocument}",
            participants ? e.Attended : 1, $"/Events/Details/{e.Id}")).ToList();
    }

    private sealed record Application(FactRow Row, string Applicant);

    private async Task<List<Application>> ApplicationsAsync(Roadmap roadmap, int year, CancellationToken ct)
    {
        var applications = db.ContestApplications.AsNoTracking().Where(a => db.Contests.Any(c => c.Id == a.ContestId && c.Year == year));
        applications = roadmap.Level switch
        {
            RoadmapLevel.Region => applications.Where(a => db.Contests.Any(c => c.Id == a.ContestId && c.RegionId == roadmap.RegionId)),
            RoadmapLevel.Municipality => applications.Where(a => a.MunicipalityId == roadmap.MunicipalityId),
            _ => applications.Where(a => a.OrganizationId == roadmap.OrganizationId),
        };
        var list = await applications.OrderBy(a => a.ContestId).ThenBy(a => a.Id)
            .Select(a => new { a.ContestId, a.ApplicantName, a.PersonId, a.Title, a.Nomination, Contest = db.Contests.Where(c => c.Id == a.ContestId).Select(c => c.Title).First() })
            .ToListAsync(ct);
        return list.Select(a => new Application(new FactRow(null, a.ApplicantName, $"«{a.Title}», номинация «{a.Nomination}», конкурс «{a.Contest}»", 1,
            $"/Contests/Details/{a.ContestId}"), a.PersonId is { } p ? $"p{p}" : "n" + a.ApplicantName.Trim().ToLowerInvariant())).ToList();
    }

    /// <summary>Applicants, each once however many applications he filed.</summary>
    private static List<FactRow> Applicants(List<Application> applications) =>
        applications.GroupBy(a => a.Applicant).Select(g => g.First().Row with
        {
            Detail = g.Count() == 1 ? g.First().Row.Detail : $"заявок: {g.Count()}; " + string.Join("; ", g.Select(a => a.Row.Detail)),
        }).ToList();

    private async Task<List<FactRow>> PracticesAsync(Roadmap roadmap, int year, CancellationToken ct)
    {
        var organizations = RoadmapTerritory.Organizations(db, roadmap);
        var published = await db.Cases.AsNoTracking()
            .Where(c => c.Status == CaseStatus.Published && c.PublishedOn >= new DateOnly(year, 1, 1) && c.PublishedOn <= new DateOnly(year, 12, 31)
                && organizations.Contains(c.OrganizationId))
            .OrderBy(c => c.PublishedOn).ThenBy(c => c.Id)
            .Select(c => new { c.Id, c.PublishedOn, c.Title, c.Author, Organization = db.Organizations.Where(o => o.Id == c.OrganizationId).Select(o => o.Name).First() })
            .ToListAsync(ct);
        return published.Select(c => new FactRow(c.PublishedOn, c.Title, $"{c.Organization}{(c.Author is null ? "" : "; " + c.Author)}", 1, $"/Practices/View/{c.Id}")).ToList();
    }

    /// <summary>News published in the year as the territory counts days (SQLite cannot compare instants in SQL, so the
    /// year's bounds are applied after a wide filter).</summary>
    private async Task<List<FactRow>> NewsAsync(Roadmap roadmap, int year, CancellationToken ct)
    {
        var published = await Within(db.News.AsNoTracking(), roadmap).Where(n => n.PublishedAt != null)
            .Select(n => new { n.Id, n.Title, PublishedAt = n.PublishedAt!.Value }).ToListAsync(ct);
        return published.Select(n => (n.Id, n.Title, On: LocalDate(n.PublishedAt)))
            .Where(n => n.On.Year == year).OrderBy(n => n.On).ThenBy(n => n.Id)
            .Select(n => new FactRow(n.On, n.Title, null, 1, $"/nastavnichestvo/news/{n.Id}")).ToList();
    }

    /// <summary>People of the territory whose training (a course finished with its document; for mentors also a training
    /// recorded on the card; for curators a КПК) falls in the year: «ежегодно прошли обучение 100 чел.».</summary>
    private async Task<List<FactRow>> TrainedAsync(Roadmap roadmap, IndicatorSource source, int year, CancellationToken ct)
    {
        var territory = new TerritoryRef((MonitoringLevel)(int)roadmap.Level, roadmap.OrganizationId ?? roadmap.MunicipalityId ?? roadmap.RegionId ?? 0);
        var asOf = new DateOnly(year, 12, 31);
        var people = source == IndicatorSource.MentorsTrained
            ? await training.MentorsTrainedAsync(territory, asOf, ct)
            : await training.CuratorsTrainedAsync(territory, asOf, ct);
        return people.Where(p => p.DocumentDate.Year == year && (source == IndicatorSource.MentorsTrained || p.Kind == Domain.Training.CourseKind.AdvancedTraining)).OrderBy(p => p.DocumentDate).ThenBy(p => p.FullName)
            .Select(p => new FactRow(p.DocumentDate, p.FullName, $"{p.Organization}; {p.Course}{(p.DocumentNumber is null ? "" : $"; документ № {p.DocumentNumber}")}", 1,
                p.CourseId is { } course ? $"/Training/Details/{course}" : null)).ToList();
    }

    /// <summary>The share of mentor and mentee records (not archived) whose record or person was changed within six months
    /// before the day: the documents require the registries to be updated «не реже двух раз в год». Only a record's last
    /// change is kept, so the share is known for the current year only.</summary>
    private async Task<Fact> RegistriesUpdatedAsync(Roadmap roadmap, int year, CancellationToken ct)
    {
        var today = clock.Today;
        if (year != today.Year) return new Fact(null, [], "Доля считается на сегодняшний день: за прошедшие годы система её не хранит.");
        var since = new DateTimeOffset(today.AddMonths(-6).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var organizations = RoadmapTerritory.Organizations(db, roadmap);
        var mentors = db.Mentors.AsNoTracking().Where(m => !m.IsArchived && organizations.Contains(m.Person!.OrganizationId))
            .Select(m => new Entry(m.Id, "наставник", m.Person!.FullName, m.UpdatedAt, m.Person.UpdatedAt));
        var mentees = db.Mentees.AsNoTracking().Where(m => !m.IsArchived && organizations.Contains(m.Person!.OrganizationId))
            .Select(m => new Entry(m.Id, "наставляемый", m.Person!.FullName, m.UpdatedAt, m.Person.UpdatedAt));
        var entries = (await mentors.ToListAsync(ct)).Concat(await mentees.ToListAsync(ct)).ToList();
        if (entries.Count == 0) return new Fact(null, [], "В базах территории нет записей.");
        var stale = entries.Where(e => (e.Changed > e.PersonChanged ? e.Changed : e.PersonChanged) < since).ToList();
        var share = Math.Round(100m * (entries.Count - stale.Count) / entries.Count, 1);
        var rows = stale.OrderBy(e => e.Name).Take(ListedAtMost)
            .Select(e => new FactRow(LocalDate(e.Changed > e.PersonChanged ? e.Changed : e.PersonChanged), e.Name.Trim(), e.Registry, 1,
                e.Registry == "наставник" ? $"/Mentors/Details/{e.Id}" : $"/Mentees/Details/{e.Id}")).ToList();
        return new Fact(share, rows, $"Записей в базах: {entries.Count}; обновлены после {today.AddMonths(-6):dd.MM.yyyy}: {entries.Count - stale.Count}. "
            + $"Ниже — записи, не обновлявшиеся полгода ({stale.Count}{(stale.Count > ListedAtMost ? $", показаны первые {ListedAtMost}" : "")}).");
    }

    private sealed record Entry(int Id, string Registry, string Name, DateTimeOffset Changed, DateTimeOffset PersonChanged);

    private DateOnly LocalDate(DateTimeOffset at) => TerritoryClock.DateOf(at, clock.Zone);

    private static IQueryable<T> Within<T>(IQueryable<T> query, Roadmap r) where T : class, ITerritorial => r.Level switch
    {
        RoadmapLevel.Region => query.Where(x => x.RegionId == r.RegionId),
        RoadmapLevel.Municipality => query.Where(x => x.MunicipalityId == r.MunicipalityId),
        _ => query.Where(x => x.OrganizationId == r.OrganizationId),
    };
}
