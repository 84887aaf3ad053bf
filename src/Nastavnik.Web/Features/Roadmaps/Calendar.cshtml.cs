using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Web.Data;
using Nastavnik.Web.Features.Shared;
using Nastavnik.Web.Infrastructure.Auth;
using Nastavnik.Web.Infrastructure.Time;

namespace Nastavnik.Web.Features.Roadmaps;

/// <summary>Календарь сроков: the deadlines not yet met in the roadmaps the user runs and in his programs' steps — every
/// overdue one however old, then the coming months — and the same as an .ics file for a phone's calendar.</summary>
[Authorize(Policy = Policies.EditRegistries)]
public class CalendarModel(RoadmapService roadmaps, Programs.ProgramService programs, TerritoryClock clock) : PageModel
{
    public const int DaysAhead = 120, MaxItems = 2000;
    public List<CalendarItem> Items { get; private set; } = [];
    public DateOnly Today => clock.Today;

    /// <summary>More open deadlines than <see cref="MaxItems"/> of one kind: the page says the list is cut.</summary>
    public bool Cut { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var to = Today.AddDays(DaysAhead);
        var activities = await roadmaps.CalendarQuery(this.Scope(), to).Take(MaxItems + 1).ToListAsync(ct);
        var steps = await programs.OpenStepsQuery(this.Scope(), to).Take(MaxItems + 1).ToListAsync(ct);
        Cut = activities.Count > MaxItems || steps.Count > MaxItems;
        Items = activities.Take(MaxItems).Concat(steps.Take(MaxItems)).OrderBy(i => i.DueOn).ToList();
    }

    public async Task<IActionResult> OnGetIcsAsync(CancellationToken ct)
    {
        await OnGetAsync(ct);
        var entries = Items.Where(i => i.DueOn >= Today).Select(i => new Export.IcsCalendar.Entry(i.Uid, i.DueOn, null,
            (i.Number is null ? "" : i.Number + " ") + i.Activity, i.Source + (i.Responsible is null ? "" : ". Ответственные: " + i.Responsible)));
        return File(Export.IcsCalendar.Write("Roadmaps", entries, clock.GetUtcNow()), "text/calendar", "sroki-dorozhnykh-kart.ics");
    }
}
