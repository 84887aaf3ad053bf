using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nastavnik.Domain.Practices;
using Nastavnik.Web.Features.Programs;
using Nastavnik.Web.Features.Shared;

namespace Nastavnik.Web.Features.Practices;

[Authorize]
public class ViewModel(CaseService cases) : PageModel
{
    public PracticeCase Case { get; private set; } = null!;
    public List<FileRow> Files { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await cases.FindReadableAsync(this.Scope(), id, ct) is not { } c) return NotFound();
        Case = c;
        Files = await cases.FilesAsync(id, ct);
        return Page();
    }
}
