using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Common;
using Nastavnik.Domain.Files;
using Nastavnik.Domain.Practices;
using Nastavnik.Domain.Programs;
using Nastavnik.Web.Data;
using Nastavnik.Web.Features.Programs;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.Practices;

public sealed record CaseInput(string Title, string? Problem, string? Solution, string? Results, string? Author, Guid ConcurrencyStamp);
public sealed record CaseRow(int Id, string Title, string Organization, string? Program, DateOnly? PublishedOn, CaseStatus Status);

/// <summary>Cases written from programs and the practice bank (банк практик) they go to when published.</summary>
public class CaseService(AppDbContext db, ProgramService programs, ProgramResults results, Files.FileStore files)
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

    public Task<PracticeCase?> FindEditableAsync(UserScope scope, int id, CancellationToken ct = default) =>
        Editable(scope).SingleOrDefaultAsync(c => c.Id == id, ct);

    /// <summary>A published case is open to every signed-in user; a draft only to its organization's staff.</summary>
    public async Task<PracticeCase?> FindReadableAsync(UserScope scope, int id, CancellationToken ct = default) =>
        await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id && c.Status == CaseStatus.Published, ct)
        ?? (scope.CanEditRegistries ? await Editable(scope).AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct) : null);

    public async Task<PracticeCase?> SaveAsync(UserScope scope, int id, CaseInput input, CancellationToken ct = default)
    {
        if (await FindEditableAsync(scope, id, ct) is not { } c) return null;
        if (c.Status == CaseStatus.Published) throw new DomainException("Опубликованный кейс не редактируется.");
        if (string.IsNullOrWhiteSpace(input.Title)) throw new DomainException("Укажите название кейса.", "Title");
        db.Entry(c).Property(x => x.ConcurrencyStamp).OriginalValue = input.ConcurrencyStamp;
        (c.Title, c.Problem, c.Solution, c.Results, c.Author) = (input.Title.Trim(), input.Problem?.Trim(), input.Solution?.Trim(), input.Results?.Trim(), input.Author?.Trim());
        c.ConcurrencyStamp = Guid.NewGuid();
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

    public async Task<PracticeCase?> PublishAsync(UserScope scope, int id, CancellationToken ct = default)
    {
        if (await FindEditableAsync(scope, id, ct) is not { } c) return null;
        var completed = c.ProgramId is { } p && await db.Pairs.AnyAsync(x => x.ProgramId == p && x.Outcome == PairOutcome.Completed, ct);
        c.Publish(completed, db.Today);
        c.ConcurrencyStamp = Guid.NewGuid();
        await db.SaveChangesAsync(ct);
        return c;
    }

    public Task<List<FileRow>> FilesAsync(int caseId, CancellationToken ct = default) => files.ListAsync(FileOwner.PracticeCase, caseId, ct);

    /// <summary>The bank: published cases of everyone, plus the drafts of the user's own organizations; searched in any case of letters.</summary>
    public async Task<List<CaseRow>> BankAsync(UserScope scope, string? search, CancellationToken ct = default)
    {
        var organizations = db.Organizations.InScope(scope).Select(o => o.Id);
        var staff = scope.CanEditRegistries;
        var rows = await db.Cases.AsNoTracking().Where(c => c.Status == CaseStatus.Published || (staff && organizations.Contains(c.OrganizationId)))
            .OrderBy(c => c.Status).ThenByDescending(c => c.PublishedOn).ThenByDescending(c => c.Id)
            .Select(c => new
            {
                Row = new CaseRow(c.Id, c.Title, db.Organizations.Where(o => o.Id == c.OrganizationId).Select(o => o.Name).First(),
                    db.Programs.Where(p => p.Id == c.ProgramId).Select(p => p.Name).FirstOrDefault(), c.PublishedOn, c.Status),
                Text = c.Title + " " + c.Problem + " " + c.Solution + " " + c.Results,
            }).ToListAsync(ct);
        var words = (search ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return rows.Where(r => words.All(w => r.Text.Contains(w, StringComparison.CurrentCultureIgnoreCase))).Select(r => r.Row).ToList();
    }
}
