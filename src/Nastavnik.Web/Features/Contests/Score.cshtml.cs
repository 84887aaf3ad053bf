using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nastavnik.Domain.Contests;
using Nastavnik.Web.Features.Programs;
using Nastavnik.Web.Features.Shared;

namespace Nastavnik.Web.Features.Contests;

/// <summary>A juror scores an application assigned to him, criterion by criterion; nobody else's assignment opens (404).</summary>
[Authorize]
public class ScoreModel(ContestService contests) : PageModel
{
    public Contest Contest { get; private set; } = null!;
    public ContestAssignment Assignment { get; private set; } = null!;
    public ContestApplication Application { get; private set; } = null!;
    public List<FileRow> Files { get; private set; } = [];
    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await contests.AssignmentAsync(UserId, id, ct) is not { } found) return NotFound();
        (Contest, Assignment, Application) = found;
        Files = await contests.FilesAsync(Application.Id, ct);
        return Page();
    }

    public Task<IActionResult> OnPostAsync(int id, decimal?[] scores, string? comment, Guid stamp, CancellationToken ct) =>
        this.RunAsync(() => contests.ScoreAsync(UserId, id, scores, comment, stamp, ct), "Оценка сохранена.");
}
