using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nastavnik.Web.Features.Shared;

namespace Nastavnik.Web.Features.Practices;

/// <summary>Банк практик: published cases from programs of the whole system, and the user's own drafts.</summary>
[Authorize]
public class IndexModel(CaseService cases) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Search { get; set; }
    public List<CaseRow> Cases { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Cases = await cases.BankAsync(this.Scope(), Search, ct);
}
