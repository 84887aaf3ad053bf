using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Events;
using Nastavnik.Domain.Files;
using Nastavnik.Domain.Practices;
using Nastavnik.Domain.Programs;
using Nastavnik.Domain.Registries;
using Nastavnik.Web.Data;
using Nastavnik.Web.Features.Publications;

namespace Nastavnik.Web.Features.Public;

public sealed record PublicLink(string Name, string Url);
public sealed record PublicAct(string Kind, string Title, string? Number, DateOnly? AdoptedOn, int Version, int FileId, string FileName);
public sealed record PublicProgram(string Name, string Organization, MentoringForms Form, MentoringFormats Format, DateOnly StartsOn, DateOnly EndsOn, ProgramStatus Status);
public sealed record PublicMentor(string Name, string Organization, string Distinction);
public sealed record PublicPractice(int Id, string Title, string Organization, DateOnly? PublishedOn);
public sealed record PublicNews(int Id, string Title, string Body, int? ImageFileId, DateTimeOffset PublishedAt);
public sealed record PublicEvent(string Title, EventKind Kind, DateOnly StartsOn, DateOnly? EndsOn, string? Time, string? Place, string? OnlineUrl, EventStatus Status);

/// <summary>Everything one public «Наставничество» page shows: only published documents, news and practices, public events,
/// programs without personal data, and best mentors who consented to publication.</summary>
public sealed record PublicPage(string Title, string LevelName, IReadOnlyList<PublicLink> Parents, IReadOnlyList<PublicLink> Children,
    IReadOnlyList<PublicAct> Acts, IReadOnlyList<PublicProgram> Programs, IReadOnlyList<PublicMentor> Mentors, IReadOnlyList<PublicPractice> Practices,
    IReadOnlyList<PublicNews> News, IReadOnlyList<PublicEvent> Events);

/// <summary>Reads the anonymous public pages of a region, a municipality and an organization; nothing unpublished leaves here.</summary>
public class PublicQueries(AppDbContext db)
{
    public const int MaxItems = 200;

    public async Task<PublicPage?> OrganizationAsync(int id, CancellationToken ct)
    {
        await OneConnectionAsync(ct);
        var o = await db.Organizations.AsNoTracking().Where(x => x.Id == id)
            .Select(x => new { x.Name, x.MunicipalityId, Municipality = x.Municipality!.Name, x.Municipality.RegionId, Region = x.Municipality.Region!.Name }).SingleOrDefaultAsync(ct);
        if (o is null) return null;
        var organizations = db.Organizations.Where(x => x.Id == id).Select(x => x.Id);
        return new PublicPage(o.Name, "образовательная организация",
            [new(o.Region, $"/nastavnichestvo/region/{o.RegionId}"), new(o.Municipality, $"/nastavnichestvo/municipality/{o.MunicipalityId}")], [],
            await ActsAsync(a => a.OrganizationId == id, ct), await ProgramsAsync(organizations, ct), await MentorsAsync(organizations, ct),
            await PracticesAsync(organizations, ct), await NewsAsync(n => n.OrganizationId == id, ct), await EventsAsync(e => e.OrganizationId == id, ct));
    }

    public async Task<PublicPage?> MunicipalityAsync(int id, CancellationToken ct)
    {
        await OneConnectionAsync(ct);
        var m = await db.Municipalities.AsNoTracking().Where(x => x.Id == id).Select(x => new { x.Name, x.RegionId, Region = x.Region!.Name }).SingleOrDefaultAsync(ct);
        if (m is null) return null;
        var organizations = db.Organizations.Where(x => x.MunicipalityId == id).Select(x => x.Id);
        var children = await db.Organizations.AsNoTracking().Where(x => x.MunicipalityId == id).OrderBy(x => x.Name)
            .Select(x => new PublicLink(x.ShortName ?? x.Name, "/nastavnichestvo/organization/" + x.Id)).ToListAsync(ct);
        return new PublicPage(m.Name, "муниципалитет", [new(m.Region, $"/nastavnichestvo/region/{m.RegionId}")], children,
            await ActsAsync(a => a.MunicipalityId == id && a.OrganizationId == null, ct), [], await MentorsAsync(organizations, ct),
            await PracticesAsync(organizations, ct), await NewsAsync(n => n.MunicipalityId == id && n.OrganizationId == null, ct),
            await EventsAsync(e => e.MunicipalityId == id && e.OrganizationId == null, ct));
    }

    public async Task<PublicPage?> RegionAsync(int id, CancellationToken ct)
    {
        await OneConnectionAsync(ct);
        var name = await db.Regions.AsNoTracking().Where(x => x.Id == id).Select(x => x.Name).SingleOrDefaultAsync(ct);
        if (name is null) return null;
        var organizations = db.Organizations.Where(x => x.Municipality!.RegionId == id).Select(x => x.Id);
        var children = await db.Municipalities.AsNoTracking().Where(x => x.RegionId == id).OrderBy(x => x.Name)
            .Select(x => new PublicLink(x.Name, "/nastavnichestvo/municipality/" + x.Id)).ToListAsync(ct);
        return new PublicPage(name, "регион", [], children,
            await ActsAsync(a => a.RegionId == id && a.MunicipalityId == null, ct), [], await MentorsAsync(organizations, ct),
            await PracticesAsync(organizations, ct), await NewsAsync(n => n.RegionId == id && n.MunicipalityId == null, ct),
            await EventsAsync(e => e.RegionId == id && e.MunicipalityId == null, ct));
    }

    /// <summary>The page's seven queries share one connection instead of renting (and resetting) a pooled one seven times.</summary>
    private Task OneConnectionAsync(CancellationToken ct) => db.Database.OpenConnectionAsync(ct);

    /// <summary>The latest published version of each act.</summary>
    private Task<List<PublicAct>> ActsAsync(System.Linq.Expressions.Expression<Func<Domain.Publications.LocalAct, bool>> owner, CancellationToken ct) =>
        db.LocalActs.AsNoTracking().Where(owner)
            .Select(a => new { Act = a, Version = db.LocalActVersions.Where(v => v.ActId == a.Id && v.PublishedAt != null).OrderByDescending(v => v.Version).FirstOrDefault() })
            .Where(x => x.Version != null)
            .Join(db.LocalActKinds, x => x.Act.KindId, k => k.Id, (x, k) => new { x.Act, x.Version, k.Name, k.SortOrder })
            .OrderBy(x => x.SortOrder).ThenBy(x => x.Act.Id).Take(MaxItems)
            .Select(x => new PublicAct(x.Name, x.Act.Title, x.Act.Number, x.Act.AdoptedOn, x.Version!.Version, x.Version.FileId,
                db.Files.Where(f => f.Id == x.Version.FileId).Select(f => f.FileName).First()))
            .ToListAsync(ct);

    private Task<List<PublicProgram>> ProgramsAsync(IQueryable<int> organizations, CancellationToken ct) =>
        db.Programs.AsNoTracking().Where(p => organizations.Contains(p.OrganizationId) && (p.Status == ProgramStatus.Active || p.Status == ProgramStatus.Completed))
            .OrderByDescending(p => p.StartsOn).Take(MaxItems)
            .Select(p => new PublicProgram(p.Name, db.Organizations.Where(o => o.Id == p.OrganizationId).Select(o => o.ShortName ?? o.Name).First(), p.Form, p.Format, p.StartsOn, p.EndsOn, p.Status))
            .ToListAsync(ct);

    private Task<List<PublicMentor>> MentorsAsync(IQueryable<int> organizations, CancellationToken ct)
    {
        var consented = BestMentorService.ConsentedPeople(db);
        return db.Mentors.AsNoTracking().Where(m => m.Distinction != null && !m.IsArchived && organizations.Contains(m.Person!.OrganizationId) && consented.Contains(m.PersonId))
            .OrderBy(m => m.Person!.LastName).ThenBy(m => m.Person!.FirstName).Take(MaxItems)
            .Select(m => new PublicMentor(m.Person!.LastName + " " + m.Person.FirstName + (m.Person.MiddleName == null ? "" : " " + m.Person.MiddleName),
                m.Person.Organization!.ShortName ?? m.Person.Organization.Name, m.Distinction!))
            .ToListAsync(ct);
    }

    private Task<List<PublicPractice>> PracticesAsync(IQueryable<int> organizations, CancellationToken ct) =>
        db.Cases.AsNoTracking().Where(c => c.Status == CaseStatus.Published && organizations.Contains(c.OrganizationId))
            .OrderByDescending(c => c.PublishedOn).ThenByDescending(c => c.Id).Take(MaxItems)
            .Select(c => new PublicPractice(c.Id, c.Title, db.Organizations.Where(o => o.Id == c.OrganizationId).Select(o => o.ShortName ?? o.Name).First(), c.PublishedOn))
            .ToListAsync(ct);

    /// <summary>The latest published news (newest posts first; SQLite cannot order by a time with an offset, so the final order is by publication in memory).</summary>
    private async Task<List<PublicNews>> NewsAsync(System.Linq.Expressions.Expression<Func<Domain.Publications.NewsPost, bool>> owner, CancellationToken ct) =>
        (await db.News.AsNoTracking().Where(owner).Where(n => n.PublishedAt != null).OrderByDescending(n => n.Id).Take(MaxItems)
            .Select(n => new PublicNews(n.Id, n.Title, n.Body, n.ImageFileId, n.PublishedAt!.Value)).ToListAsync(ct)).OrderByDescending(n => n.PublishedAt).ToList();

    private Task<List<PublicEvent>> EventsAsync(System.Linq.Expressions.Expression<Func<MentoringEvent, bool>> owner, CancellationToken ct)
    {
        var since = db.Today.AddMonths(-6);
        return db.Events.AsNoTracking().Where(owner).Where(e => e.IsPublic && e.Status != EventStatus.Cancelled && e.StartsOn >= since)
            .OrderByDescending(e => e.StartsOn).Take(MaxItems)
            .Select(e => new PublicEvent(e.Title, e.Kind, e.StartsOn, e.EndsOn, e.Time, e.Place, e.OnlineUrl, e.Status)).ToListAsync(ct);
    }

    /// <summary>A published case (with its organization), or null — a draft is never shown anonymously.</summary>
    public async Task<(PracticeCase Case, string Organization, int OrganizationId)?> PracticeAsync(int id, CancellationToken ct)
    {
        var c = await db.Cases.AsNoTracking().Include(x => x.Deficits).SingleOrDefaultAsync(x => x.Id == id && x.Status == CaseStatus.Published, ct);
        if (c is null) return null;
        var organization = await db.Organizations.Where(o => o.Id == c.OrganizationId).Select(o => o.ShortName ?? o.Name).SingleAsync(ct);
        return (c, organization, c.OrganizationId);
    }

    public Task<Domain.Publications.NewsPost?> NewsPostAsync(int id, CancellationToken ct) =>
        db.News.AsNoTracking().SingleOrDefaultAsync(n => n.Id == id && n.PublishedAt != null, ct);

    /// <summary>A file anyone may download: of a published act version, a published news post, a published case, a public event.</summary>
    public Task<StoredFile?> FileAsync(int id, CancellationToken ct) =>
        db.Files.AsNoTracking().Where(f => f.Id == id).Where(f =>
            (f.Owner == FileOwner.LocalActVersion && db.LocalActVersions.Any(v => v.FileId == f.Id && v.PublishedAt != null))
            || (f.Owner == FileOwner.NewsImage && db.News.Any(n => n.ImageFileId == f.Id && n.PublishedAt != null))
            || (f.Owner == FileOwner.PracticeCase && db.Cases.Any(c => c.Id == f.OwnerId && c.Status == CaseStatus.Published))
            || (f.Owner == FileOwner.Event && db.Events.Any(e => e.Id == f.OwnerId && e.IsPublic && e.Status != EventStatus.Cancelled)))
            .SingleOrDefaultAsync(ct);
}
