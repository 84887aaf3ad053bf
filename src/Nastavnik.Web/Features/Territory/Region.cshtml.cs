using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nastavnik.Web.Features.Shared;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.Territory;

/// <summary>Настройки региона: the regional operator sets the region's time zone, in which the region's "today" is
/// counted (steps' and tasks' deadlines, consents' validity, the dates of reports).</summary>
[Authorize(Policy = Policies.EditTerritory)]
public class RegionModel(TerritoryService territory) : PageModel
{
    public Domain.Territory.Region Current { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Current = await territory.RegionAsync(this.Scope(), ct);

    public Task<IActionResult> OnPostAsync(string? timeZoneId, CancellationToken ct) =>
        this.RunAsync(() => territory.SetTimeZoneAsync(this.Scope(), timeZoneId, ct), "Часовой пояс региона сохранён.");
}
