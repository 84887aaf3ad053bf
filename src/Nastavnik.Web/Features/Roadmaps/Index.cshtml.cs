using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Web.Features.Shared;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.Roadmaps;

/// <summary>Дорожные карты the user sees: the region's, his municipality's, his organizations'.</summary>
[Authorize(Policy = Policies.EditRegistries)]
public class IndexModel(RoadmapService roadmaps) : PageModel
{
    public List<RoadmapSummary> Rows { get; private set; } = [];
    public List<(int ParentId, string Title, int OwnerId)> Owed { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Rows = await roadmaps.ListQuery(this.Scope()).ToListAsync(ct);
        Owed = await roadmaps.OwedAsync(this.Scope(), ct);
    }
}
