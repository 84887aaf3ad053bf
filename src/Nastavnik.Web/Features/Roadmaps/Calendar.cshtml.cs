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
        var ics = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Nastavnik//Roadmaps//RU\r\nCALSCALE:GREGORIAN\r\n");
        foreach (var i in Items.Where(i => i.DueOn >= Today))
            ics.Append("BEGIN:VEVENT\r\n")
                .Append($"UID:due-{i.DueId}@nastavnik\r\n")
                .Append($"DTSTAMP:{DateTime.UtcNow:yyyyMMddTHHmmssZ}\r\n")
                .Append($"DTSTART;VALUE=DATE:{i.DueOn:yyyyMMdd}\r\n")
                .Append($"SUMMARY:{Escape((i.Number is null ? "" : i.Number + " ") + i.Activity)}\r\n")
                .Append($"DESCRIPTION:{Escape(i.Roadmap + (i.Responsible is null ? "" : ". Ответственные: " + i.Responsible))}\r\n")
                .Append("END:VEVENT\r\n");
        ics.Append("END:VCALENDAR\r\n");
        return File(Encoding.UTF8.GetBytes(ics.ToString()), "text/calendar", "sroki-dorozhnykh-kart.ics");
    }

    private static string Escape(string s) => s.Replace("\\", "\\\\").Replace(";", "\\;").Replace(",", "\\,").Replace("\r", "").Replace("\n", "\\n");
}
