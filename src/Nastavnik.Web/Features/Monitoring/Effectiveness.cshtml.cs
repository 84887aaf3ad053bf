using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nastavnik.Domain.Monitoring;
using Nastavnik.Web.Data;
using Nastavnik.Web.Features.Shared;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.Monitoring;

/// <summary>Оценка эффективности: the methodology applied to the children of the user's territory (the municipalities of a
/// region, the organizations of a municipality) — score, rank and the points of each criterion.</summary>
[Authorize(Policy = Policies.EditRegistries)]
public class EffectivenessModel(MonitoringCalculator calculator, MonitoringTerritories territories, AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public int? Municipality { get; set; }
    public EffectivenessMethodology Methodology { get; } = EffectivenessMethodology.Default;
    public IReadOnlyList<EffectivenessScore> Ranking { get; private set; } = [];
    public Territory Territory { get; private set; } = null!;
    public int ShownYear { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await territories.ResolveAsync(this.Scope(), Municipality, null, ct) is not { } territory || territory.ChildLevel is null) return NotFound();
        Territory = territory;
        ShownYear = Year is { } y && y >= 2000 && y <= db.Today.Year ? y : db.Today.Year;
        var figures = await calculator.ComputeAsync(territory, new MonitoringFilter(ShownYear), ct);
        Ranking = Methodology.Rank(figures.Children.Select(c => (c.Id, c.Name,
            (IReadOnlyDictionary<MetricCode, decimal?>)Methodology.Criteria.ToDictionary(k => k.Metric, k => c.Values.TryGetValue(k.Metric, out var v) ? v.Value : null))));
        return Page();
    }
}
