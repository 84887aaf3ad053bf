using Microsoft.AspNetCore.Mvc;
using Nastavnik.Domain.Publications;

namespace Nastavnik.Web.Features.Public;

/// <summary>A published news post; an unpublished one is 404.</summary>
public class NewsModel(PublicQueries queries) : PublicPageModel
{
    public NewsPost Post { get; private set; } = null!;
    public string BackUrl => Post.OrganizationId is { } o ? $"/nastavnichestvo/organization/{o}"
        : Post.MunicipalityId is { } m ? $"/nastavnichestvo/municipality/{m}" : $"/nastavnichestvo/region/{Post.RegionId}";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await queries.NewsPostAsync(id, ct) is not { } post) return NotFound();
        Post = post;
        return Page();
    }
}
