using Microsoft.AspNetCore.Mvc;

namespace Nastavnik.Web.Features.Public;

/// <summary>The «Наставничество» page of a region, a municipality or an organization.</summary>
public class TerritoryModel(PublicQueries queries) : PublicPageModel
{
    public PublicPage Data { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string level, int id, CancellationToken ct)
    {
        var page = level switch
        {
            "region" => await queries.RegionAsync(id, ct),
            "municipality" => await queries.MunicipalityAsync(id, ct),
            "organization" => await queries.OrganizationAsync(id, ct),
            _ => null,
        };
        if (page is null) return NotFound();
        Data = page;
        return Page();
    }
}
