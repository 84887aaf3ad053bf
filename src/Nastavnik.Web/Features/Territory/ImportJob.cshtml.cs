using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nastavnik.Web.Infrastructure.Auth;
using Nastavnik.Web.Infrastructure.Jobs;

namespace Nastavnik.Web.Features.Territory;

/// <summary>The organization import's progress bar and, when it ends, its result or every error with row and column.</summary>
[Authorize(Policy = Policies.EditTerritory)]
public class ImportJobModel(JobQueue jobs) : PageModel
{
    public BackgroundJob Job { get; private set; } = null!;
    public OrganizationImportJobResult? Result { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var job = await jobs.FindAsync(id, User.FindFirstValue(ClaimTypes.NameIdentifier)!);
        if (job is null || job.Kind != OrganizationImportJobHandler.JobKind) return NotFound();
        Job = job;
        if (job.Result is not null) Result = JsonSerializer.Deserialize<OrganizationImportJobResult>(job.Result);
        return Page();
    }
}
