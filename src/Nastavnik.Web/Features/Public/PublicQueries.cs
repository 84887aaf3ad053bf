using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Events;
using Nastavnik.Domain.Files;
using Nastavnik.Domain.People;
using Nastavnik.Domain.Practices;
using Nastavnik.Domain.Programs;
using Nastavnik.Domain.Registries;
using Nastavnik.Web.Data;
using Nastavnik.Web.Features.Files;
using Nastavnik.Web.Infrastructure.Time;

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
public class PublicQueries(AppDbContext db, TerritoryClock clock)
{
    public const int MaxItems = 200;

    public async Task<PublicPage?> OrganizationAsync(int id, CancellationToken ct)
    {
        await OneConnectionAsync(ct);
        var o = await db.Organizations.AsNoTracking().Where(x => x.Id == id)
            .Select(x => new { x.Name, x.MunicipalityId, Municipality = x.Municipality!.Name, x.Municipality.RegionId, Region = x.Municipality.Region!.Name }).SingleOrDefaultAsync(ct);
        if (o is null) return null;
        return await PageAsync(new Owner(o.RegionId, o.MunicipalityId, id), o.Name, "образовательная организация",
            [new(o.Region, $"/nastavnichestvo/region/{o.RegionId}"), new(o.Municipality, $"/nastavnichestvo/municipality/{o.MunicipalityId}")], [], withPrograms: true, ct);
    }

    public async Task<PublicPage?> MunicipalityAsync(int id, CancellationToken ct)
    {
        await OneConnectionAsync(ct);
        var m = await db.Municipalities.AsNoTracking().Where(x => x.Id == id).Select(x => new { x.Name, x.RegionId, Region = x.Region!.Name }).SingleOrDefaultAsync(ct);
        if (m is null) return null;
        var children = await db.Organizations.AsNoTracking().Where(x => x.MunicipalityId == id).OrderBy(x => x.Name)
            .Select(x => new PublicLink(x.ShortName ?? x.Name, "/nastavnichestvo/organization/" + x.Id)).ToListAsync(ct);
        return await PageAsync(new Owner(m.RegionId, id, null), m.Name, "муниципалитет", [new(m.Region, $"/nastavnichestvo/region/{m.RegionId}")], children, withPrograms: false, ct);
    }

    public async Task<PublicPage?> RegionAsync(int id, CancellationToken ct)
    {
        await OneConnectionAsync(ct);
        var name = await db.Regions.AsNoTracking().Where(x => x.Id == id).Select(x => x.Name).SingleOrDefaultAsync(ct);
        if (name is null) return null;
        var children = await db.Municipalities.AsNoTracking().Where(x => x.RegionId == id).OrderBy(x => x.Name)
            .Select(x => new PublicLink(x.Name, "/nastavnichestvo/municipality/" + x.Id)).ToListAsync(ct);
        return await PageAsync(new Owner(id, null, null), name, "регион", [], children, withPrograms: false, ct);
    }

    /// <summary>Whose page it is: a region (municipality and organization null), a municipality (organization null) or an organization.
    /// Its own documents, news and events are the records with exactly these owner columns; programs, mentors and
    /// practices are those of every organization within it.</summary>
    private sealed record Owner(int Region, int? Municipality, int? Organization);

    private async Task<PublicPage> PageAsync(Owner w, string title, string levelName, IReadOnlyList<PublicLink> parents, IReadOnlyList<PublicLink> children, bool withPrograms, CancellationToken ct)
    {
        clock.UseRegion(w.Region); // an anonymous visitor: the page's region's date and time
        var (today, since) = (clock.Today, clock.Today.AddMonths(-6));
        var lists = Lists.For(db);
        return new PublicPage(title, levelName, parents, children,
            await lists.Acts(db, w.Region, w.Municipality, w.Organization).ToListAsync(ct),
            withPrograms ? await lists.Programs(db, w.Region, w.Municipality, w.Organization).ToListAsync(ct) : [],
            await lists.Mentors(db, w.Region, w.Municipality, w.Organization, today).ToListAsync(ct),
            await lists.Practices(db, w.Region, w.Municipality, w.Organization).ToListAsync(ct),
            // SQLite cannot order by a time with an offset: the newest posts are taken by id, then ordered by publication.
            (await lists.News(db, w.Region, w.Municipality, w.Organization).ToListAsync(ct)).OrderByDescending(n => n.PublishedAt).ToList(),
            await lists.Events(db, w.Region, w.Municipality, w.Organization, since).ToListAsync(ct));
    }

    /// <summary>The page's queries share one connection instead of renting (and resetting) a pooled one each.</summary>
    private Task OneConnectionAsync(CancellationToken ct) => db.Database.OpenConnectionAsync(ct);

    /// <summary>The lists as compiled queries, one set per EF model: a compiled query binds to the model it first runs
    /// with (a test process hosts a PostgreSQL and a SQLite app side by side).</summary>
    private sealed class Lists
    {
        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Microsoft.EntityFrameworkCore.Metadata.IModel, Lists> PerModel = new();

        public static Lists For(AppDbContext db) => PerModel.GetValue(db.Model, _ => new Lists());

        // The lists are compiled queries: a public page is the most requested page of all, and EF's per-query translation
        // lookup was a third of its time. A null owner column parameter compares as IS NULL (EF's parameter null semantics),
        // and the «organizations within» condition keeps only the branch of the page's level once the parameters are known.

        /// <summary>The latest published version of each act.</summary>
        public readonly Func<AppDbContext, int, int?, int?, IAsyncEnumerable<PublicAct>> Acts = EF.CompileAsyncQuery(
            (AppDbContext db, int region, int? municipality, int? organization) => db.LocalActs.AsNoTracking()
                .Where(a => a.RegionId == region && a.MunicipalityId == municipality && a.OrganizationId == organization)
                .Select(a => new { Act = a, Version = db.LocalActVersions.Where(v => v.ActId == a.Id && v.PublishedAt != null).OrderByDescending(v => v.Version).FirstOrDefault() })
                .Where(x => x.Version != null)
                .Join(db.LocalActKinds, x => x.Act.KindId, k => k.Id, (x, k) => new { x.Act, x.Version, k.Name, k.SortOrder })
                .OrderBy(x => x.SortOrder).ThenBy(x => x.Act.Id).Take(MaxItems)
                .Select(x => new PublicAct(x.Name, x.Act.Title, x.Act.Number, x.Act.AdoptedOn, x.Version!.Version, x.Version.FileId,
                    db.Files.Where(f => f.Id == x.Version.FileId).Select(f => f.FileName).First())));

        public readonly Func<AppDbContext, int, int?, int?, IAsyncEnumerable<PublicProgram>> Programs = EF.CompileAsyncQuery(
            (AppDbContext db, int region, int? municipality, int? organization) => db.Programs.AsNoTracking()
                .Where(p => (p.Status == ProgramStatus.Active || p.Status == ProgramStatus.Completed) && db.Organizations.Any(o => o.Id == p.OrganizationId
                    && ((organization != null && o.Id == organization) || (organization == null && municipality != null && o.MunicipalityId == municipality)
                        || (organization == null && municipality == null && o.Municipality!.RegionId == region))))
                .OrderByDescending(p => p.StartsOn).Take(MaxItems)
                .Select(p => new PublicProgram(p.Name, db.Organizations.Where(o => o.Id == p.OrganizationId).Select(o => o.ShortName ?? o.Name).First(), p.Form, p.Format, p.StartsOn, p.EndsOn, p.Status)));

        /// <summary>Best mentors with a valid consent to publication (BestMentorService.ConsentedPeople's rule).</summary>
        public readonly Func<AppDbContext, int, int?, int?, DateOnly, IAsyncEnumerable<PublicMentor>> Mentors = EF.CompileAsyncQuery(
            (AppDbContext db, int region, int? municipality, int? organization, DateOnly today) => db.Mentors.AsNoTracking()
                .Where(m => m.Distinction != null && !m.IsArchived
                    && ((organization != null && m.Person!.OrganizationId == organization) || (organization == null && municipality != null && m.Person!.Organization!.MunicipalityId == municipality)
                        || (organization == null && municipality == null && m.Person!.Organization!.Municipality!.RegionId == region))
                    && db.Consents.Any(c => c.PersonId == m.PersonId && c.Purpose == Consent.PublicationPurpose && c.IsInForceOn(today)))
                .OrderBy(m => m.Person!.LastName).ThenBy(m => m.Person!.FirstName).Take(MaxItems)
                .Select(m => new PublicMentor(m.Person!.FullName,
                    m.Person.Organization!.ShortName ?? m.Person.Organization.Name, m.Distinction!)));

        public readonly Func<AppDbContext, int, int?, int?, IAsyncEnumerable<PublicPractice>> Practices = EF.CompileAsyncQuery(
            (AppDbContext db, int region, int? municipality, int? organization) => db.Cases.AsNoTracking()
                .Where(c => c.Status == CaseStatus.Published && db.Organizations.Any(o => o.Id == c.OrganizationId
                    && ((organization != null && o.Id == organization) || (organization == null && municipality != null && o.MunicipalityId == municipality)
                        || (organization == null && municipality == null && o.Municipality!.RegionId == region))))
                .OrderByDescending(c => c.PublishedOn).ThenByDescending(c => c.Id).Take(MaxItems)
                .Select(c => new PublicPractice(c.Id, c.Title, db.Organizations.Where(o => o.Id == c.OrganizationId).Select(o => o.ShortName ?? o.Name).First(), c.PublishedOn)));

        public readonly Func<AppDbContext, int, int?, int?, IAsyncEnumerable<PublicNews>> News = EF.CompileAsyncQuery(
            (AppDbContext db, int region, int? municipality, int? organization) => db.News.AsNoTracking()
                .Where(n => n.RegionId == region && n.MunicipalityId == municipality && n.OrganizationId == organization && n.PublishedAt != null)
                .OrderByDescending(n => n.Id).Take(MaxItems)
                .Select(n => new PublicNews(n.Id, n.Title, n.Body, n.ImageFileId, n.PublishedAt!.Value)));

        public readonly Func<AppDbContext, int, int?, int?, DateOnly, IAsyncEnumerable<PublicEvent>> Events = EF.CompileAsyncQuery(
            (AppDbContext db, int region, int? municipality, int? organization, DateOnly since) => db.Events.AsNoTracking()
                .Where(e => e.RegionId == region && e.MunicipalityId == municipality && e.OrganizationId == organization
                    && e.IsPublic && e.Status != EventStatus.Cancelled && e.StartsOn >= since)
                .OrderByDescending(e => e.StartsOn).Take(MaxItems)
                .Select(e => new PublicEvent(e.Title, e.Kind, e.StartsOn, e.EndsOn, e.Time, e.Place, e.OnlineUrl, e.Status)));

    }

    /// <summary>A published case (with its organization), or null — a draft is never shown anonymously.</summary>
    public async Task<(PracticeCase Case, string Organization, int OrganizationId)?> PracticeAsync(int id, CancellationToken ct)
    {
        var c = await db.Cases.AsNoTracking().Include(x => x.Deficits).SingleOrDefaultAsync(x => x.Id == id && x.Status == CaseStatus.Published, ct);
        if (c is null) return null;
        var organization = await db.Organizations.Where(o => o.Id == c.OrganizationId).Select(o => o.ShortName ?? o.Name).SingleAsync(ct);
        return (c, organization, c.OrganizationId);
    }

    public async Task<Domain.Publications.NewsPost?> NewsPostAsync(int id, CancellationToken ct)
    {
        var post = await db.News.AsNoTracking().SingleOrDefaultAsync(n => n.Id == id && n.PublishedAt != null, ct);
        if (post is not null) clock.UseRegion(post.RegionId);
        return post;
    }

    /// <summary>A file anyone may download: of a published act version, a published news post, a published case, a public event.</summary>
    public Task<StoredFileInfo?> FileAsync(int id, CancellationToken ct) =>
        db.Files.AsNoTracking().Where(f => f.Id == id).Where(f =>
            (f.Owner == FileOwner.LocalActVersion && db.LocalActVersions.Any(v => v.FileId == f.Id && v.PublishedAt != null))
            || (f.Owner == FileOwner.NewsImage && db.News.Any(n => n.ImageFileId == f.Id && n.PublishedAt != null))
            || (f.Owner == FileOwner.PracticeCase && db.Cases.Any(c => c.Id == f.OwnerId && c.Status == CaseStatus.Published))
            || (f.Owner == FileOwner.Event && db.Events.Any(e => e.Id == f.OwnerId && e.IsPublic && e.Status != EventStatus.Cancelled)))
            .Describe().SingleOrDefaultAsync(ct);
}
