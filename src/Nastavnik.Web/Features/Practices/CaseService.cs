using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Common;
using Nastavnik.Domain.Files;
using Nastavnik.Domain.Monitoring;
using Nastavnik.Domain.Practices;
using Nastavnik.Domain.Programs;
using Nastavnik.Domain.Registries;
using Nastavnik.Web.Data;
using Nastavnik.Web.Features.Programs;
using Nastavnik.Web.Infrastructure.Auth;
using Nastavnik.Web.Infrastructure.Time;

namespace Nastavnik.Web.Features.Practices;

public sealed record CaseInput(string Title, string? Problem, string? Solution, string? Results, string? Author, Guid ConcurrencyStamp,
    MentoringForms? Form = null, MentoringFormats? Format = null, MonitoringLevel? Level = null, string? Subject = null, int[]? DeficitIds = null);

public sealed record CaseRow(int Id, string Title, string Organization, string? Program, DateOnly? PublishedOn, CaseStatus Status,
    MentoringForms? Form = null, MentoringFormats? Format = null, MonitoringLevel Level = MonitoringLevel.Organization, string? Subject = null);

/// <param name="Search">Words of the title, problem, practice, results or subject, in any form («наставника» finds «наставник»).</param>
public sealed record CaseFilter(string? Search = null, MentoringForms? Form = null, MentoringFormats? Format = null, MonitoringLevel? Level = null,
    int? DeficitId = null, string? Subject = null, bool PublishedOnly = false);

/// <summary>Cases written from programs and the practice bank (банк практик) they go to when published.</summary>
public class CaseService(AppDbContext db, ProgramService programs, ProgramResults results, Files.FileStore files, TerritoryClock clock)
{
    private IQueryable<PracticeCase> Editable(UserScope scope)
    {
        var organizations = db.Organizations.InScope(scope).Select(o => o.Id);
        return db.Cases.Where(c => organizations.Contains(c.OrganizationId));
    }

    /// <summary>A draft prefilled from the program: its goals as the problem, its measured results.</summary>
    public async Task<PracticeCase?> StartFromProgramAsync(UserScope scope, int programId, CancellationToken ct = default)
    {
        if (await programs.FindAsync(scope, programId, ct) is not { } program) return null;
        var existing = await Editable(scope).FirstOrDefaultAsync(c => c.ProgramId == programId, ct);
        if (existing is not null) return existing;
        var r = await results.ForAsync(programId, ct);
        var summary = $"Пар завершили работу: {r.CompletedPairs}."
            + (r.Parameters.Count == 0 ? "" : " Изменение по параметрам оценки: " + string.Join("; ", r.Parameters.Select(p => $"{p.Parameter}: {p.Before:0.0} → {p.After:0.0}")) + ".")
            + (r.SatisfactionMean is { } s ? $" Средняя удовлетворённость участием: {s:0.0} из {r.SatisfactionScaleMax}." : "");
        var draft = new PracticeCase
        {
            OrganizationId = program.OrganizationId, ProgramId = program.Id, Title = program.Name, Problem = program.Goals,
            Solution = $"{program.Form.Ru()}; {program.Format.Ru()}; элемент модели: {program.ModelElement.Ru()}.", Results = summary, Author = program.CuratorName,
        };
        db.Cases.Add(draft);
        await db.SaveChangesAsync(ct);
        return draft;
    }

    public Task<PracticeCase?> FindEditableAsync(UserScope scope, int id, CancellationToken ct = default, bool withDeficits = false) =>
        (withDeficits ? Editable(scope).Include(c => c.Deficits) : Editable(scope)).SingleOrDefaultAsync(c => c.Id == id, ct);

    /// <summary>A published case is open to every signed-in user; a draft only to its organization's staff.</summary>
    public async Task<PracticeCase?> FindReadableAsync(UserScope scope, int id, CancellationToken ct = default) =>
        await db.Cases.AsNoTracking().Include(c => c.Deficits).SingleOrDefaultAsync(c => c.Id == id && c.Status == CaseStatus.Published, ct)
        ?? (scope.CanEditRegistries ? await Editable(scope).AsNoTracking().Include(c => c.Deficits).SingleOrDefaultAsync(c => c.Id == id, ct) : null);

    public async Task<PracticeCase?> SaveAsync(UserScope scope, int id, CaseInput input, CancellationToken ct = default)
    {
        if (await Editable(scope).Include(x => x.Deficits).SingleOrDefaultAsync(x => x.Id == id, ct) is not { } c) return null;
        if (!c.IsEditable) throw new DomainException($"Кейс {c.Status.Ru()} и не редактируется.");
        if (string.IsNullOrWhiteSpace(input.Title)) throw new DomainException("Укажите название кейса.", "Title");
        db.ExpectVersion(c, input.ConcurrencyStamp);
        (c.Title, c.Problem, c.Solution, c.Results, c.Author) = (input.Title.Trim(), input.Problem?.Trim(), input.Solution?.Trim(), input.Results?.Trim(), input.Author?.Trim());
        (c.Form, c.Format, c.Level, c.Subject) = (input.Form is MentoringForms.None ? null : input.Form, input.Format is MentoringFormats.None ? null : input.Format,
            input.Level ?? c.Level, string.IsNullOrWhiteSpace(input.Subject) ? null : input.Subject.Trim());
        var deficits = input.DeficitIds ?? [];
        c.Deficits.RemoveAll(d => !deficits.Contains(d.Id));
        var kept = c.Deficits.Select(d => d.Id).ToList();
        c.Deficits.AddRange(await db.Deficits.Where(d => deficits.Contains(d.Id) && !kept.Contains(d.Id)).ToListAsync(ct));
        await db.SaveChangesAsync(ct);
        return c;
    }

    public async Task<StoredFile?> AttachAsync(UserScope scope, int id, UploadedFile file, CancellationToken ct = default)
    {
        if (await FindEditableAsync(scope, id, ct) is not { } c) return null;
        var stored = files.Add(FileOwner.PracticeCase, c.Id, file);
        await db.SaveChangesAsync(ct);
        return stored;
    }

    /// <summary>A case entered directly (not from a program), for one of the organizations of the user's scope.</summary>
    public async Task<PracticeCase> CreateAsync(UserScope scope, int organizationId, string? title, CancellationToken ct = default)
    {
        if (!scope.CanEditRegistries || !await db.Organizations.InScope(scope).AnyAsync(o => o.Id == organizationId, ct))
            throw new DomainException("Выберите организацию своей территории.", "OrganizationId");
        if (string.IsNullOrWhiteSpace(title)) throw new DomainException("Укажите название практики.", "Title");
        var c = new PracticeCase
        {
            OrganizationId = organizationId, Title = title.Trim(),
            Level = scope.Level switch { ScopeLevel.Region => MonitoringLevel.Region, ScopeLevel.Municipality => MonitoringLevel.Municipality, _ => MonitoringLevel.Organization },
        };
        db.Cases.Add(c);
        await db.SaveChangesAsync(ct);
        return c;
    }

    private async Task<(PracticeCase Case, bool Completed)?> WithProgramResultAsync(UserScope scope, int id, CancellationToken ct)
    {
        if (await FindEditableAsync(scope, id, ct) is not { } c) return null;
        var completed = c.ProgramId is { } p && await db.Pairs.AnyAsync(x => x.ProgramId == p && x.Outcome == PairOutcome.Completed, ct);
        return (c, completed);
    }

    /// <summary>The author sends the case to the head of the organization (or a coordinator) for review.</summary>
    public async Task<PracticeCase?> SubmitAsync(UserScope scope, int id, CancellationToken ct = default)
    {
        if (await WithProgramResultAsync(scope, id, ct) is not var (c, completed)) return null;
        c.SubmitForReview(completed);
        await db.SaveChangesAsync(ct);
        return c;
    }

    /// <summary>The reviewer (head of the organization or a coordinator above) publishes the case to the bank and the public pages.</summary>
    public async Task<PracticeCase?> PublishAsync(UserScope scope, int id, CancellationToken ct = default)
    {
        EnsureReviewer(scope);
        if (await WithProgramResultAsync(scope, id, ct) is not var (c, completed)) return null;
        c.Publish(completed, clock.Today);
        await db.SaveChangesAsync(ct);
        return c;
    }

    public async Task<PracticeCase?> ReturnAsync(UserScope scope, int id, string? comment, CancellationToken ct = default)
    {
        EnsureReviewer(scope);
        if (await FindEditableAsync(scope, id, ct) is not { } c) return null;
        c.Return(comment);
        await db.SaveChangesAsync(ct);
        return c;
    }

    public async Task<PracticeCase?> UnpublishAsync(UserScope scope, int id, CancellationToken ct = default)
    {
        EnsureReviewer(scope);
        if (await FindEditableAsync(scope, id, ct) is not { } c) return null;
        c.Unpublish();
        await db.SaveChangesAsync(ct);
        return c;
    }

    private static void EnsureReviewer(UserScope scope)
    {
        scope.EnsureCanPublish("Публикует кейс руководитель организации или координатор: отправьте кейс на проверку.");
    }

    public Task<List<FileRow>> FilesAsync(int caseId, CancellationToken ct = default) => files.ListAsync(FileOwner.PracticeCase, caseId, ct);

    /// <summary>The bank: published cases of everyone, plus the drafts of the user's own organizations (staff); filtered and
    /// searched — Russian full-text search on PostgreSQL (ranked), word stems on SQLite.</summary>
    public async Task<List<CaseRow>> BankAsync(UserScope? scope, CaseFilter filter, int take = 200, CancellationToken ct = default)
    {
        var query = db.Cases.AsNoTracking().Where(c => c.Status == CaseStatus.Published);
        if (scope is { CanEditRegistries: true } && !filter.PublishedOnly)
        {
            var organizations = db.Organizations.InScope(scope).Select(o => o.Id);
            query = db.Cases.AsNoTracking().Where(c => c.Status == CaseStatus.Published || organizations.Contains(c.OrganizationId));
        }
        if (filter.Form is { } form) query = query.Where(c => c.Form == form);
        if (filter.Format is { } format) query = query.Where(c => c.Format == format);
        if (filter.Level is { } level) query = query.Where(c => c.Level == level);
        if (filter.DeficitId is { } deficit) query = query.Where(c => c.Deficits.Any(d => d.Id == deficit));
        if (!string.IsNullOrWhiteSpace(filter.Subject)) query = query.Where(c => c.Subject == filter.Subject.Trim());
        var search = filter.Search?.Trim();
        IQueryable<PracticeCase> ordered;
        if (string.IsNullOrEmpty(search)) ordered = query.OrderBy(c => c.Status).ThenByDescending(c => c.PublishedOn).ThenByDescending(c => c.Id);
        else if (db.IsPostgres)
            ordered = query.Where(c => EF.Functions.ToTsVector("russian", c.Title + " " + (c.Problem ?? "") + " " + (c.Solution ?? "") + " " + (c.Results ?? "") + " " + (c.Subject ?? ""))
                    .Matches(EF.Functions.PlainToTsQuery("russian", search)))
                .OrderByDescending(c => EF.Functions.ToTsVector("russian", c.Title + " " + (c.Problem ?? "") + " " + (c.Solution ?? "") + " " + (c.Results ?? "") + " " + (c.Subject ?? ""))
                    .Rank(EF.Functions.PlainToTsQuery("russian", search))).ThenByDescending(c => c.Id);
        else
        {
            var stems = search.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(SearchText.Stem).ToList();
            var texts = await query.Select(c => new { c.Id, Text = c.Title + " " + c.Problem + " " + c.Solution + " " + c.Results + " " + c.Subject }).ToListAsync(ct);
            var found = texts.Where(t => stems.All(SearchText.Normalize(t.Text).Contains)).Select(t => t.Id).ToList();
            ordered = query.Where(c => found.Contains(c.Id)).OrderByDescending(c => c.Id);
        }
        return await ordered.Take(take).Select(c => new CaseRow(c.Id, c.Title,
            db.Organizations.Where(o => o.Id == c.OrganizationId).Select(o => o.ShortName ?? o.Name).First(),
            db.Programs.Where(p => p.Id == c.ProgramId).Select(p => p.Name).FirstOrDefault(), c.PublishedOn, c.Status, c.Form, c.Format, c.Level, c.Subject)).ToListAsync(ct);
    }

    /// <summary>Published cases with everything the electronic collection prints.</summary>
    public Task<List<PracticeCase>> PublishedAsync(IReadOnlyCollection<int> ids, CancellationToken ct = default) =>
        db.Cases.AsNoTracking().Include(c => c.Deficits).Where(c => ids.Contains(c.Id) && c.Status == CaseStatus.Published).ToListAsync(ct);
}
