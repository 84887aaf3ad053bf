using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Contests;
using Nastavnik.Web.Data;
using Nastavnik.Web.Features.Programs;
using Nastavnik.Web.Features.Shared;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.Contests;

/// <summary>A contest: applying, the jury and its assignments, the jurors' own list to score, the ranking and the results.</summary>
[Authorize]
public class DetailsModel(ContestService contests, AppDbContext db) : PageModel
{
    public Contest Contest { get; private set; } = null!;
    public bool CanManage { get; private set; }
    public List<ApplicationRow> Applications { get; private set; } = [];
    public ILookup<int, FileRow> Files { get; private set; } = Array.Empty<FileRow>().ToLookup(_ => 0);
    public List<ContestExpert> Experts { get; private set; } = [];
    public List<AssignmentRow> Assignments { get; private set; } = [];
    public List<AssignmentRow> MyAssignments { get; private set; } = [];
    public IReadOnlyList<ContestScoring.Result> Ranking { get; private set; } = [];
    public List<(int PersonId, string Name)> Mentors { get; private set; } = [];
    public bool CanApply => Contest.Stage == ContestStage.Applications && this.Scope().OrganizationId is not null && this.Scope().Level is ScopeLevel.Organization or ScopeLevel.Own;
    public int? MyOrganizationId => this.Scope().OrganizationId;
    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await contests.FindAsync(this.Scope(), UserId, id, ct) is not { } contest) return NotFound();
        Contest = contest;
        CanManage = await contests.CanManageAsync(this.Scope(), id, ct);
        Applications = await contests.ApplicationsAsync(this.Scope(), UserId, contest, ct);
        Files = await contests.FilesAsync(Applications.Select(a => a.Id).ToList(), ct);
        MyAssignments = await contests.AssignmentsAsync(id, UserId, contest, ct);
        if (CanManage)
        {
            Experts = await contests.ExpertsAsync(id, ct);
            Assignments = await contests.AssignmentsAsync(id, null, contest, ct);
            Ranking = await contests.RankingAsync(contest, ct);
        }
        if (CanApply && this.Scope().Level == ScopeLevel.Organization)
            Mentors = (await db.Mentors.AsNoTracking().InScope(this.Scope()).Where(m => !m.IsArchived).OrderBy(m => m.Person!.LastName)
                .Select(m => new { m.PersonId, Name = m.Person!.FullName })
                .ToListAsync(ct)).Select(m => (m.PersonId, m.Name)).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostApplyAsync(int id, string nomination, string title, string? summary, int? mentorPersonId, IFormFile? file, CancellationToken ct) =>
        await this.RunAsync(async () => await contests.ApplyAsync(this.Scope(), id, nomination, title, summary, mentorPersonId,
            await UploadedFileReader.ReadAsync(file, ct), UserId, ct), "Заявка подана.");

    public async Task<IActionResult> OnPostAttachAsync(int id, int applicationId, IFormFile? file, CancellationToken ct) =>
        await this.RunAsync(async () => await contests.AttachAsync(this.Scope(), UserId, id, applicationId,
            await UploadedFileReader.ReadAsync(file, ct) ?? throw new Domain.Common.DomainException("Выберите файл.", "File"), ct), "Файл добавлен к заявке.");

    public Task<IActionResult> OnPostExpertAsync(int id, string? login, CancellationToken ct) =>
        this.RunAsync(() => contests.AddExpertAsync(this.Scope(), id, login, ct), "Эксперт добавлен в жюри.");

    public async Task<IActionResult> OnPostAssignAllAsync(int id, CancellationToken ct)
    {
        var conflicts = 0;
        var result = await this.RunAsync(async () => conflicts = await contests.AssignAllAsync(this.Scope(), id, ct), "Заявки распределены между экспертами.");
        if (conflicts > 0) TempData["Message"] = $"Заявки распределены между экспертами; исключено по конфликту интересов (заявки своей организации): {conflicts}.";
        return result;
    }

    public Task<IActionResult> OnPostAssignAsync(int id, int applicationId, int expertId, CancellationToken ct) =>
        this.RunAsync(() => contests.AssignAsync(this.Scope(), id, applicationId, expertId, ct), "Заявка передана эксперту.");

    public Task<IActionResult> OnPostReviewAsync(int id, CancellationToken ct) =>
        this.RunAsync(() => contests.StartReviewAsync(this.Scope(), id, ct), "Приём заявок закрыт, началась экспертиза.");

    public Task<IActionResult> OnPostResultsAsync(int id, string? resultDocument, CancellationToken ct) =>
        this.RunAsync(() => contests.PublishResultsAsync(this.Scope(), id, resultDocument, ct), "Итоги конкурса подведены.");
}
