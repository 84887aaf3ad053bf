using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Monitoring;
using Nastavnik.Domain.Registries;
using Nastavnik.Domain.Territory;
using Nastavnik.Web.Data;
using Nastavnik.Web.Features.Shared;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.Monitoring;

/// <summary>The monitoring dashboard of the user's level — region, municipality or organization — with a drill-down into
/// the children inside his scope: the indicators against the documents' targets for a year, trends, the children's
/// breakdown as a table and a chart, pairs by form and format, and the deficits' demand against the mentors who cover them.</summary>
[Authorize(Policy = Policies.EditRegistries)]
public class IndexModel(MonitoringCalculator calculator, AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public MentoringForms? Form { get; set; }
    [BindProperty(SupportsGet = true, Name = "type")] public OrganizationType? OrganizationType { get; set; }
    [BindProperty(SupportsGet = true)] public int? Municipality { get; set; }
    [BindProperty(SupportsGet = true)] public int? Organization { get; set; }

    public MonitoringFigures Figures { get; private set; } = null!;
    public int CurrentYear => db.Today.Year;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await TerritoryAsync(this.Scope(), ct) is not { } territory) return NotFound();
        var year = Year is { } y && y >= 2000 && y <= CurrentYear ? y : CurrentYear;
        Figures = await calculator.ComputeAsync(territory, new MonitoringFilter(year, Form, OrganizationType), ct);
        return Page();
    }

    /// <summary>The user's own territory, or a child of it he asked for (a municipality of his region, an organization of his municipality).</summary>
    private async Task<Territory?> TerritoryAsync(UserScope scope, CancellationToken ct)
    {
        if (Organization is { } orgId)
            return await db.Organizations.InScope(scope).Where(o => o.Id == orgId).Select(o => new Territory(MonitoringLevel.Organization, o.Id, o.Name)).SingleOrDefaultAsync(ct);
        if (Municipality is { } municipalityId)
            return scope.Level is not (ScopeLevel.Region or ScopeLevel.Municipality) ? null : await db.Municipalities.Where(m => m.Id == municipalityId && m.RegionId == scope.RegionId && (scope.Level == ScopeLevel.Region || m.Id == scope.MunicipalityId))
                .Select(m => new Territory(MonitoringLevel.Municipality, m.Id, m.Name)).SingleOrDefaultAsync(ct);
        return scope.Level switch
        {
            ScopeLevel.Region => await db.Regions.Where(r => r.Id == scope.RegionId).Select(r => new Territory(MonitoringLevel.Region, r.Id, r.Name)).SingleOrDefaultAsync(ct),
            ScopeLevel.Municipality => await db.Municipalities.Where(m => m.Id == scope.MunicipalityId).Select(m => new Territory(MonitoringLevel.Municipality, m.Id, m.Name)).SingleOrDefaultAsync(ct),
            _ => await db.Organizations.Where(o => o.Id == scope.OrganizationId).Select(o => new Territory(MonitoringLevel.Organization, o.Id, o.Name)).SingleOrDefaultAsync(ct),
        };
    }

    public string ChildLink(int id) => Figures.Territory.Level switch
    {
        MonitoringLevel.Region => Query(municipality: id),
        MonitoringLevel.Municipality => Query(organization: id),
        _ => "",
    };

    public string Query(int? municipality = null, int? organization = null)
    {
        var parts = new List<string> { $"year={Figures.Filter.Year}" };
        if (Form is { } f) parts.Add($"form={f}");
        if (OrganizationType is { } t) parts.Add($"type={t}");
        if (municipality is { } m) parts.Add($"municipality={m}");
        if (organization is { } o) parts.Add($"organization={o}");
        return "/Monitoring?" + string.Join("&", parts);
    }

    /// <summary>How a value stands against the documents' target for the year (a count or a share at least as high meets it).</summary>
    public static string State(MetricDefinition metric, MetricValue? value, int year) =>
        metric.TargetFor(year) is not { } target || value?.Value is not { } v ? "" : v >= target ? "достигнут" : "не достигнут";
}
