using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Monitoring;
using Nastavnik.Web.Data;
using Nastavnik.Web.Features.Shared;
using Nastavnik.Web.Infrastructure.Auth;
using Nastavnik.Web.Infrastructure.Time;

namespace Nastavnik.Web.Features.Monitoring;

/// <summary>Оценка эффективности: the methodology applied to the children of the user's territory (the municipalities of a
/// region, the organizations of a municipality) — score, rank and the points of each criterion.</summary>
[Authorize(Policy = Policies.EditRegistries)]
public class EffectivenessModel(MonitoringCalculator calculator, MonitoringTerritories territories, AppDbContext db, TerritoryClock clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public int? Municipality { get; set; }
    public EffectivenessMethodology Methodology { get; private set; } = EffectivenessMethodology.Default;
    public bool IsDefault { get; private set; } = true;
    /// <summary>The version of the region's methodology the form shows; empty while the default applies.</summary>
    public Guid Stamp { get; private set; }
    public bool CanEdit => this.Scope().Level == ScopeLevel.Region;
    public string? Error { get; private set; }
    public IReadOnlyList<EffectivenessScore> Ranking { get; private set; } = [];
    public Territory Territory { get; private set; } = null!;
    public int ShownYear { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    /// <summary>The regional operator sets the region's methodology: the criteria included, their weights and scales.</summary>
    /// <param name="stamp">The version the form was filled against (<see cref="Guid.Empty"/>: the default, when the region had none yet).</param>
    public async Task<IActionResult> OnPostAsync(Dictionary<string, string?> include, Dictionary<string, int> weight, Dictionary<string, string?> scale, Guid? stamp, CancellationToken ct)
    {
        if (!CanEdit) return NotFound();
        try
        {
            var criteria = Enum.GetValues<MetricCode>().Where(m => include.GetValueOrDefault(m.ToString()) == "true")
                .Select(m => new EffectivenessCriterion(m, weight.GetValueOrDefault(m.ToString()), RegionMethodology.ParseScale(m, scale.GetValueOrDefault(m.ToString())))).ToList();
            new EffectivenessMethodology(criteria).Validate();
            var regionId = this.Scope().RegionId!.Value;
            var stored = await db.Methodologies.SingleOrDefaultAsync(m => m.RegionId == regionId, ct);
            if (stored is null) db.Methodologies.Add(stored = new RegionMethodology { RegionId = regionId });
            else db.ExpectVersion(stored, stamp);
            stored.Criteria = criteria;
            stored.UpdatedAt = clock.GetUtcNow();
            await db.SaveChangesAsync(ct);
            TempData["Message"] = "Методика оценки эффективности сохранена.";
            return Redirect($"/Monitoring/Effectiveness?year={Year}");
        }
        catch (Nastavnik.Domain.Common.DomainException ex)
        {
            Error = ex.Message;
            return await LoadAsync(ct) ? Page() : NotFound();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            Error = ConcurrencyStamps.ConflictMessage;
            return await LoadAsync(ct) ? Page() : NotFound();
        }
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await territories.ResolveAsync(this.Scope(), Municipality, null, ct) is not { } territory || territory.ChildLevel is null) return false;
        var regionId = this.Scope().RegionId;
        if (await db.Methodologies.AsNoTracking().SingleOrDefaultAsync(m => m.RegionId == regionId, ct) is { } own) (Methodology, IsDefault, Stamp) = (own.Methodology, false, own.ConcurrencyStamp);
        Territory = territory;
        ShownYear = Year is { } y && y >= 2000 && y <= clock.Today.Year ? y : clock.Today.Year;
        var figures = await calculator.ComputeAsync(territory, new MonitoringFilter(ShownYear), ct);
        Ranking = Methodology.Rank(figures.Children.Select(c => (c.Id, c.Name,
            (IReadOnlyDictionary<MetricCode, decimal?>)Methodology.Criteria.ToDictionary(k => k.Metric, k => c.Values.TryGetValue(k.Metric, out var v) ? v.Value : null))));
        return true;
    }
}
