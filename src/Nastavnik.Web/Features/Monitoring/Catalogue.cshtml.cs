using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nastavnik.Domain.Monitoring;
using Nastavnik.Web.Features.Monitoring.Targets;
using Nastavnik.Web.Features.Shared;
using Nastavnik.Web.Infrastructure.Auth;
using Nastavnik.Web.Infrastructure.Time;

namespace Nastavnik.Web.Features.Monitoring;

/// <summary>Каталог показателей мониторинга: each indicator's formula, unit, levels and source, and the user's territory's
/// targets — from its approved roadmap, set here with the document they come from, or (for shares) its parents'.</summary>
[Authorize(Policy = Policies.EditRegistries)]
public class CatalogueModel(MonitoringTerritories territories, TargetResolver resolver, TargetService targets, TerritoryClock clock) : PageModel
{
    public Territory? Territory { get; private set; }
    public TerritoryTargets? Targets { get; private set; }
    public List<TerritoryTarget> Own { get; private set; } = [];
    public bool CanSet => TargetService.CanSet(this.Scope());

    [BindProperty] public MetricCode Metric { get; set; }
    [BindProperty] public int Year { get; set; }
    [BindProperty] public decimal Value { get; set; }
    [BindProperty] public string? Document { get; set; }
    [BindProperty] public Guid? Stamp { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Year = clock.Today.Year;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostSetAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }
        var saved = await this.SaveOrShowErrorAsync(() => targets.SetAsync(this.Scope(), User.Identity!.Name!, Metric, Year, Value, Document, Stamp, ct));
        if (saved is null)
        {
            await LoadAsync(ct);
            return Page();
        }
        TempData["Message"] = $"Цель на {Year} год сохранена.";
        return RedirectToPage();
    }

    public Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct) =>
        this.RunAsync(() => targets.DeleteAsync(this.Scope(), id, ct), "Цель удалена.");

    private async Task LoadAsync(CancellationToken ct)
    {
        Territory = await territories.ResolveAsync(this.Scope(), null, null, ct);
        if (Territory is null) return;
        Targets = await resolver.ForAsync(Territory, ct);
        Own = await targets.OwnAsync(Territory, ct);
    }
}
