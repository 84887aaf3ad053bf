using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Web.Data;
using Nastavnik.Web.Features.Shared;

namespace Nastavnik.Web.Features.Practices;

[Authorize]
public class ViewModel(CaseService cases, AppDbContext db) : PageModel
{
    public CaseArticle Article { get; private set; } = null!;
    public bool CanManage { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await cases.FindReadableAsync(this.Scope(), id, ct) is not { } c) return NotFound();
        var organization = await db.Organizations.Where(o => o.Id == c.OrganizationId).Select(o => o.ShortName ?? o.Name).SingleAsync(ct);
        Article = new CaseArticle(c, organization, await cases.FilesAsync(id, ct), "/files/");
        CanManage = this.Scope().CanPublish && await cases.FindEditableAsync(this.Scope(), id, ct) is not null;
        return Page();
    }
}
