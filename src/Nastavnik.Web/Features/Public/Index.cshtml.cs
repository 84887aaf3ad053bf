using Microsoft.EntityFrameworkCore;
using Nastavnik.Web.Data;

namespace Nastavnik.Web.Features.Public;

/// <summary>The entry to the public pages: the regions, and organizations found by name.</summary>
public class IndexModel(AppDbContext db) : PublicPageModel
{
    public List<PublicLink> Regions { get; private set; } = [];
    public List<PublicLink> Found { get; private set; } = [];
    public string? Search { get; private set; }

    public async Task OnGetAsync(string? search, CancellationToken ct)
    {
        Regions = await db.Regions.AsNoTracking().OrderBy(r => r.Name).Select(r => new PublicLink(r.Name, "/nastavnichestvo/region/" + r.Id)).ToListAsync(ct);
        Search = search?.Trim();
        if (string.IsNullOrEmpty(Search) || Search.Length < 2) return;
        var words = Domain.Common.SearchText.Normalize(Search);
        var organizations = await db.Organizations.AsNoTracking().OrderBy(o => o.Name).Take(5000).Select(o => new { o.Id, o.Name, o.ShortName }).ToListAsync(ct);
        Found = organizations.Where(o => Domain.Common.SearchText.Normalize(o.Name + " " + o.ShortName).Contains(words)).Take(50)
            .Select(o => new PublicLink(o.ShortName ?? o.Name, "/nastavnichestvo/organization/" + o.Id)).ToList();
    }
}
