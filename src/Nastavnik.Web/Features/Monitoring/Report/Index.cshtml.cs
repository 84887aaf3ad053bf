using System.Diagnostics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Monitoring;
using Nastavnik.Domain.Reports;
using Nastavnik.Web.Data;
using Nastavnik.Web.Features.Shared;
using Nastavnik.Web.Infrastructure.Auth;
using Nastavnik.Web.Infrastructure.Time;

namespace Nastavnik.Web.Features.Monitoring.Report;

/// <summary>Аналитический отчёт for the user's territory (or a child of it) and a year: a print-friendly page where the
/// conclusions and recommendations are edited before download, and the same as Word (with the chart as an image) and
/// Excel (all figures).</summary>
[Authorize(Policy = Policies.EditRegistries)]
public class IndexModel(MonitoringCalculator calculator, MonitoringTerritories territories, ReportTextService texts, ILogger<IndexModel> log, TerritoryClock clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public int? Municipality { get; set; }
    [BindProperty(SupportsGet = true)] public int? Organization { get; set; }
    public MonitoringFigures Figures { get; private set; } = null!;
    public ReportContent Report { get; private set; } = null!;
    public ReportHeadings Headings { get; private set; } = null!;
    public ReportText? Text { get; private set; }
    /// <summary>When the text was edited, in the region's time.</summary>
    public DateTime? EditedAt { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnGetDocxAsync(CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        if (!await LoadAsync(ct)) return NotFound();
        var chart = ReportChart.Draw(Figures.Children.Select(c => (c.Name, c.Values.TryGetValue(MetricCode.YoungTeachersCovered, out var v) ? v.Value : null)).ToList(),
            Figures.Targets.For(MetricCode.YoungTeachersCovered, Figures.Filter.Year)?.Value, "Охват молодых педагогов наставничеством, %");
        var bytes = ReportDocument.Create(Report, Headings, Figures, chart);
        log.LogInformation("Analytic report {Level} {Year}: {Bytes} bytes in {Ms} ms", Figures.Territory.Level, Figures.Filter.Year, bytes.Length, watch.ElapsedMilliseconds);
        return File(bytes, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"analiticheskiy-otchet-{Figures.Filter.Year}.docx");
    }

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        var buffer = new MemoryStream();
        await Export.XlsxWriter.WriteAsync(buffer, "Показатели", FiguresExport.Headers, FiguresExport.Rows(Figures).Select(FiguresExport.Cells).ToAsyncEnumerable(), ct);
        buffer.Position = 0;
        return File(buffer, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"analiticheskiy-otchet-{Figures.Filter.Year}.xlsx");
    }

    /// <summary>Saves the edited conclusions and recommendations (one item a line) for this territory and year.</summary>
    public async Task<IActionResult> OnPostTextAsync(string? conclusions, string? recommendations, Guid? stamp, CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        return await this.RunAsync(() => texts.SaveAsync(Figures.Territory, Figures.Filter.Year, User.Identity!.Name!, conclusions, recommendations, stamp, ct),
            "Выводы и рекомендации сохранены: они войдут в отчёт.", Link(null));
    }

    /// <summary>Drops the edited text: the report goes back to the draft drawn from the figures.</summary>
    public async Task<IActionResult> OnPostResetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        return await this.RunAsync(() => texts.ResetAsync(Figures.Territory, Figures.Filter.Year, ct), "Выводы и рекомендации возвращены к проекту из данных.", Link(null));
    }

    public string Link(string? handler) => $"/Monitoring/Report?{(handler is null ? "" : $"handler={handler}&")}year={Figures.Filter.Year}"
        + (Municipality is { } m ? $"&municipality={m}" : "") + (Organization is { } o ? $"&organization={o}" : "");

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await territories.ResolveAsync(this.Scope(), Municipality, Organization, ct) is not { } territory) return false;
        var year = Year is { } y && y >= 2000 && y <= clock.Today.Year ? y : clock.Today.Year;
        Figures = await calculator.ComputeAsync(territory, new MonitoringFilter(year), ct);
        Text = await texts.FindAsync(territory, year, ct);
        Report = ReportContent.From(Figures).With(Text);
        Headings = ReportHeadings.For(Figures, Report.IsEdited);
        if (Text is not null) EditedAt = clock.Local(Text.EditedAt, Text.RegionId);
        return true;
    }
}
