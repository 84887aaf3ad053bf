using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Web.Data;
using Nastavnik.Web.Features.Shared;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.Roadmaps;

/// <summary>Календарь сроков: the deadlines not yet met in the roadmaps the user runs — overdue first, then the coming
/// months — and the same as an .ics file for a phone's calendar.</summary>
[Authorize(Policy = Policies.EditRegistries)]
public class CalendarModel(RoadmapService roadmaps, AppDbContext db) : PageModel
{
    public const int DaysBack = 365, DaysAhead = 120;
    public List<CalendarItem> Items { get; private set; } = [];
    public DateOnly Today => db.Today;

    public async Task OnGetAsync(CancellationToken ct) =>
        Items = await roadmaps.CalendarQuery(this.Scope(), Today.AddDays(-DaysBack), Today.AddDays(DaysAhead)).Take(1000).ToListAsync(ct);

    public async Task<IActionResult> OnGetIcsAsync(CancellationToken ct)
    {
        await OnGetAsync(ct);
        var entries = Items.Where(i => i.DueOn >= Today).Select(i => new Export.IcsCalendar.Entry($"due-{i.DueId}", i.DueOn, null,
            (i.Number is null ? "" : i.Number + " ") + i.Activity, i.Roadmap + (i.Responsible is null ? "" : ". Ответственные: " + i.Responsible)));
        return File(Export.IcsCalendar.Write("Roadmaps", entries), "text/calendar", "sroki-dorozhnykh-kart.ics");
    }
}
