using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Common;
using Nastavnik.Domain.Roadmaps;
using Nastavnik.Web.Data;
using Nastavnik.Web.Features.Shared;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.Roadmaps;

/// <summary>A roadmap as it runs: each activity with its deadline text and due dates (overdue in red), responsible
/// parties, indicators per year — target, actual, deviation within the allowed one — and the forms to report.</summary>
[Authorize(Policy = Policies.EditRegistries)]
public class DetailsModel(RoadmapService roadmaps, AppDbContext db) : PageModel
{
    public Roadmap Roadmap { get; private set; } = null!;
    public string Owner { get; private set; } = "";
    public bool CanEdit { get; private set; }
    public DateOnly Today => db.Today;
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostReportAsync(int id, ReportInput report, CancellationToken ct) =>
        ActAsync(id, ct, () => roadmaps.ReportAsync(this.Scope(), User.FindFirstValue(ClaimTypes.Name) ?? "пользователь", id, report, ct), "Фактическое значение записано.");

    public Task<IActionResult> OnPostDueAsync(int id, int dueId, bool done, CancellationToken ct) =>
        ActAsync(id, ct, () => roadmaps.MarkDueAsync(this.Scope(), id, dueId, done, ct), done ? "Срок отмечен выполненным." : "Отметка о выполнении снята.");

    public IndicatorResult Result(ActivityIndicator indicator, int year)
    {
        var row = indicator.Years.FirstOrDefault(y => y.Year == year);
        var due = year == Roadmap.PeriodEnd.Year ? Roadmap.PeriodEnd : new DateOnly(year, 12, 31);
        return IndicatorResult.Evaluate(year, row?.Target ?? indicator.EveryYearTarget, row?.Actual,
            indicator.AllowedDeviationPercent ?? Roadmap.AllowedDeviationPercent, Today, due);
    }

    private async Task<IActionResult> ActAsync(int id, CancellationToken ct, Func<Task<Roadmap?>> action, string message)
    {
        try
        {
            if (await action() is null) return NotFound();
            TempData["Message"] = message;
            return Redirect($"/Roadmaps/Details/{id}");
        }
        catch (DomainException ex)
        {
            db.ChangeTracker.Clear();
            Error = ex.Message;
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var roadmap = await roadmaps.FindAsync(this.Scope(), id, ct);
        if (roadmap is null) return false;
        Roadmap = roadmap;
        CanEdit = RoadmapService.CanEdit(this.Scope(), roadmap);
        Owner = roadmap.Level switch
        {
            RoadmapLevel.Region => await db.Regions.Where(r => r.Id == roadmap.RegionId).Select(r => r.Name).SingleAsync(ct),
            RoadmapLevel.Municipality => await db.Municipalities.Where(m => m.Id == roadmap.MunicipalityId).Select(m => m.Name).SingleAsync(ct),
            _ => await db.Organizations.Where(o => o.Id == roadmap.OrganizationId).Select(o => o.Name).SingleAsync(ct),
        };
        return true;
    }
}
