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
using Nastavnik.Web.Infrastructure.Time;

namespace Nastavnik.Web.Features.Roadmaps;

/// <summary>A roadmap as it runs: each activity with its deadline text and due dates (overdue in red), responsible
/// parties, indicators per year — target, actual, deviation within the allowed one — and the forms to report.</summary>
[Authorize(Policy = Policies.EditRegistries)]
public class DetailsModel(RoadmapService roadmaps, RoadmapFigures figures, AppDbContext db, TerritoryClock clock) : PageModel
{
    public Roadmap Roadmap { get; private set; } = null!;
    public string Owner { get; private set; } = "";
    public bool CanEdit { get; private set; }
    public DateOnly Today => clock.Today;
    public string? Error { get; private set; }
    public List<ChildRow> Children { get; private set; } = [];
    public Dictionary<(int Indicator, int Year), decimal> Computed { get; private set; } = [];
    public int? SuccessorId { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostReportAsync(int id, ReportInput report, IFormFile? file, CancellationToken ct) =>
        ActAsync(id, ct, async () => await roadmaps.ReportAsync(this.Scope(), User.FindFirstValue(ClaimTypes.Name) ?? "пользователь", id, report, ct,
            await UploadedFileReader.ReadAsync(file, ct)), "Фактическое значение записано.");

    public Task<IActionResult> OnPostActivityAsync(int id, int activityId, ActivityStatus status, string? comment, Guid? stamp, CancellationToken ct) =>
        ActAsync(id, ct, () => roadmaps.UpdateActivityAsync(this.Scope(), id, activityId, status, comment, ct, stamp), "Состояние мероприятия сохранено.");

    /// <summary>Evidence files of the roadmap's indicator years: year id → files.</summary>
    public ILookup<int, (int Id, string Name)> EvidenceFiles { get; private set; } = Array.Empty<(int, string)>().ToLookup(f => 0);

    public Task<IActionResult> OnPostDueAsync(int id, int dueId, bool done, CancellationToken ct) =>
        ActAsync(id, ct, () => roadmaps.MarkDueAsync(this.Scope(), id, dueId, done, ct), done ? "Срок отмечен выполненным." : "Отметка о выполнении снята.");

    public Task<IActionResult> OnPostRequireAsync(int id, ChildRequirement requirement, ChildTemplate template, Guid? stamp, CancellationToken ct) =>
        ActAsync(id, ct, () => roadmaps.RequireChildrenAsync(this.Scope(), id, requirement, template, ct, stamp),
            requirement == ChildRequirement.None ? "Дорожные карты нижнего уровня больше не требуются." : "Требование сохранено: ниже видно, у кого дорожная карта уже есть.");

    public async Task<IActionResult> OnPostChildAsync(int id, int ownerId, CancellationToken ct)
    {
        try
        {
            if (await roadmaps.CreateChildAsync(this.Scope(), id, ownerId, ct) is not { } child) return NotFound();
            TempData["Message"] = "Дорожная карта создана по шаблону; сроки рассчитаны на период.";
            return Redirect($"/Roadmaps/Details/{child.Id}");
        }
        catch (DomainException ex) { Error = ex.Message; return await LoadAsync(id, ct) ? Page() : NotFound(); }
    }

    public Task<IActionResult> OnPostConfigureAsync(int id, int indicatorId, IndicatorSetup setup, Guid? stamp, CancellationToken ct) =>
        ActAsync(id, ct, () => roadmaps.ConfigureIndicatorAsync(this.Scope(), id, indicatorId, setup, ct, stamp), "Источник факта и связь с показателем каталога сохранены.");

    public async Task<IActionResult> OnPostSuccessorAsync(int id, CancellationToken ct)
    {
        try
        {
            if (await roadmaps.CreateSuccessorAsync(this.Scope(), id, ct) is not { } next) return NotFound();
            TempData["Message"] = "Проект дорожной карты на следующий период создан: проверьте сроки и целевые значения.";
            return Redirect($"/Roadmaps/Details/{next.Id}");
        }
        catch (DomainException ex) { Error = ex.Message; return await LoadAsync(id, ct) ? Page() : NotFound(); }
    }

    public async Task<IActionResult> OnGetDocxAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, ct)
            ? File(RoadmapExport.Docx(Roadmap, Owner, ActualOf), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"Дорожная карта {Roadmap.Id}.docx")
            : NotFound();

    public async Task<IActionResult> OnGetXlsxAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var buffer = new MemoryStream();
        await Export.XlsxWriter.WriteAsync(buffer, "Дорожная карта", RoadmapExport.XlsxHeaders(Roadmap), RoadmapExport.XlsxRows(Roadmap, ActualOf), ct);
        buffer.Position = 0;
        return File(buffer, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"Дорожная карта {Roadmap.Id}.xlsx");
    }

    public decimal? ActualOf(ActivityIndicator indicator, int year) =>
        indicator.Source.IsComputed() ? Computed.TryGetValue((indicator.Id, year), out var v) ? v : null : indicator.Years.FirstOrDefault(y => y.Year == year)?.Actual;

    public IndicatorResult Result(ActivityIndicator indicator, int year)
    {
        var due = year == Roadmap.PeriodEnd.Year ? Roadmap.PeriodEnd : new DateOnly(year, 12, 31);
        return IndicatorResult.Evaluate(year, indicator.TargetFor(year), ActualOf(indicator, year),
            indicator.AllowedDeviationPercent ?? Roadmap.AllowedDeviationPercent, Today, due);
    }

    public Forecast? ForecastOf(ActivityIndicator indicator) =>
        Forecast.Next(Roadmap.Years.Where(y => y <= Today.Year).Select(y => (y, ActualOf(indicator, y))).Where(x => x.Item2 is not null).Select(x => (x.y, x.Item2!.Value)));

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
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            Error = ConcurrencyStamps.ConflictMessage;
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var roadmap = await roadmaps.FindAsync(this.Scope(), id, ct);
        if (roadmap is null) return false;
        Roadmap = roadmap;
        CanEdit = RoadmapService.CanEdit(this.Scope(), roadmap);
        Children = await figures.ChildrenAsync(roadmap, ct);
        Computed = await figures.ComputedAsync(roadmap, ct);
        SuccessorId = await db.Roadmaps.Where(r => r.PreviousId == id).Select(r => (int?)r.Id).FirstOrDefaultAsync(ct);
        var yearIds = roadmap.Activities.SelectMany(a => a.Indicators).SelectMany(i => i.Years).Select(y => y.Id).ToList();
        EvidenceFiles = (await db.Files.AsNoTracking().Where(f => f.Owner == Domain.Files.FileOwner.IndicatorYear && yearIds.Contains(f.OwnerId))
            .Select(f => new { f.Id, f.OwnerId, f.FileName }).ToListAsync(ct)).ToLookup(f => f.OwnerId, f => (f.Id, f.FileName));
        Owner = roadmap.Level switch
        {
            RoadmapLevel.Region => await db.Regions.Where(r => r.Id == roadmap.RegionId).Select(r => r.Name).SingleAsync(ct),
            RoadmapLevel.Municipality => await db.Municipalities.Where(m => m.Id == roadmap.MunicipalityId).Select(m => m.Name).SingleAsync(ct),
            _ => await db.Organizations.Where(o => o.Id == roadmap.OrganizationId).Select(o => o.Name).SingleAsync(ct),
        };
        return true;
    }
}
