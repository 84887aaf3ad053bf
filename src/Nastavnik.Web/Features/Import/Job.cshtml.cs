using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nastavnik.Web.Infrastructure.Auth;
using Nastavnik.Web.Infrastructure.Jobs;

namespace Nastavnik.Web.Features.Import;

/// <summary>Step 3: the import's progress bar and, when it ends, what happened.</summary>
[Authorize(Policy = Policies.EditRegistries)]
public class JobModel(JobQueue jobs) : JobResultPage<ImportJobResult>(jobs, ImportJobHandler.JobKind);

/// <summary>A page of one of the user's own jobs of one kind: its progress and, when it ends, its result.</summary>
public abstract class JobResultPage<TResult>(JobQueue jobs, string kind) : PageModel where TResult : class
{
    public BackgroundJob Job { get; private set; } = null!;
    public TResult? Result { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var job = await jobs.FindAsync(id, User.FindFirstValue(ClaimTypes.NameIdentifier)!);
        if (job is null || job.Kind != kind) return NotFound();
        Job = job;
        if (job.Result is not null) Result = JsonSerializer.Deserialize<TResult>(job.Result);
        return Page();
    }
}
