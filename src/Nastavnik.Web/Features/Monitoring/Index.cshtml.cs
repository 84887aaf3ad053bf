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
using Nastavnik.Web.Infrastructure.Time;

namespace Nastavnik.Web.Features.Monitoring;

/// <summary>The monitoring dashboard of the user's level — region, municipality or organization — with a drill-down into
/// the children inside his scope: the indicators against the documents' targets for a year, trends, the children's
/// breakdown as a table and a chart, pairs by form and format, and the deficits' demand against the mentors who cover them.</summary>
[Authorize(Policy = Policies.EditRegistries)]
public class IndexModel(MonitoringCalculator calculator, MonitoringTerritories territories, TerritoryClock clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public MentoringForms? Form { get; set; }
    [BindProperty(SupportsGet = true, Name = "type")] public OrganizationType? OrganizationType { get; set; }
    [BindProperty(SupportsGet = true)] public int? Municipality { get; set; }
    [BindProperty(SupportsGet = true)] public int? Organization { get; set; }

    public MonitoringFigures Figures { get; private set; } = null!;
    public int CurrentYear => clock.Today.Year;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    /// <summary>The figures for upper-level reporting as Excel (layout: docs/monitoring-export.md).</summary>
    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        var buffer = new MemoryStream();
        await Export.XlsxWriter.WriteAsync(buffer, "Показатели", FiguresExport.Headers, FiguresExport.Rows(Figures).Select(FiguresExport.Cells).ToAsyncEnumerable(), ct);
        buffer.Position = 0;
        return File(buffer, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"monitoring-{Figures.Filter.Year}.xlsx");
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct) =>
        await LoadAsync(ct)
            ? File(await FiguresExport.CsvAsync(FiguresExport.Rows(Figures), ct), "text/csv; charset=utf-8", $"monitoring-{Figures.Filter.Year}.csv")
            : NotFound();

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await territories.ResolveAsync(this.Scope(), Municipality, Organization, ct) is not { } territory) return false;
        var year = Year is { } y && y >= 2000 && y <= CurrentYear ? y : CurrentYear;
        Figures = await calculator.ComputeAsync(territory, new MonitoringFilter(year, Form, OrganizationType), ct);
        return true;
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

    /// <summary>How a value stands against the territory's target for the year (a count or a share at least as high meets it).</summary>
    public static string State(ResolvedTarget? target, MetricValue? value) =>
        target is null || value?.Value is not { } v ? "" : v >= target.Value ? "достигнут" : "не достигнут";
}
