using Microsoft.AspNetCore.Mvc;
using Nastavnik.Web.Features.Files;
using Nastavnik.Web.Features.Practices;

namespace Nastavnik.Web.Features.Public;

/// <summary>A published practice, anonymously; a draft or a case on review is 404.</summary>
public class PracticeModel(PublicQueries queries, FileStore files) : PublicPageModel
{
    public CaseArticle Article { get; private set; } = null!;
    public int OrganizationId { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await queries.PracticeAsync(id, ct) is not var (c, organization, organizationId)) return NotFound();
        Article = new CaseArticle(c, organization, await files.ListAsync(Domain.Files.FileOwner.PracticeCase, id, ct), "/nastavnichestvo/files/");
        OrganizationId = organizationId;
        return Page();
    }
}
