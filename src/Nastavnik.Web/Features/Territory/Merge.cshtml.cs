using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Web.Data;
using Nastavnik.Web.Features.Shared;
using Nastavnik.Web.Infrastructure.Auth;
using Nastavnik.Web.Infrastructure.Time;

namespace Nastavnik.Web.Features.Territory;

/// <summary>Merging organization A into B in two steps: choose B and see what will move (the confirmation), then merge.</summary>
[Authorize(Policy = Policies.EditTerritory)]
public class MergeModel(TerritoryService territory, AppDbContext db, TerritoryClock clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty(SupportsGet = true)] public int? IntoId { get; set; }
    public Domain.Territory.Organization From { get; private set; } = null!;
    public Domain.Territory.Organization? Into { get; private set; }
    public List<Option> Candidates { get; private set; } = [];
    public List<(string Table, int Count)> Moving { get; private set; } = [];
    public DateOnly Today => clock.Today;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var scope = this.Scope();
        if (await territory.FindOrganizationAsync(scope, Id, ct) is not { } from) return NotFound();
        From = from;
        Candidates = await db.Organizations.AsNoTracking().InScope(scope).Where(o => o.Id != Id && o.ClosedOn == null)
            .OrderBy(o => o.Municipality!.Name).ThenBy(o => o.Name).Select(o => new Option(o.Id, o.Municipality!.Name + " — " + o.Name)).ToListAsync(ct);
        if (IntoId is { } into)
        {
            Into = await territory.FindOrganizationAsync(scope, into, ct);
            if (Into is null) return NotFound();
            Moving = await territory.ReferencesToAsync(Id, ct);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(DateOnly? mergedOn, Guid? stamp) =>
        await this.RunAsync(() => territory.MergeAsync(this.Scope(), Id, IntoId ?? 0, mergedOn ?? clock.Today, stamp),
            "Организации объединены: записи перенесены, присоединённая организация закрыта.", $"/Territory/Organization/{IntoId}");
}
