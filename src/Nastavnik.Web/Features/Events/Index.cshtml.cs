using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Common;
using Nastavnik.Domain.Events;
using Nastavnik.Domain.Monitoring;
using Nastavnik.Domain.Territory;
using Nastavnik.Web.Data;
using Nastavnik.Web.Features.Export;
using Nastavnik.Web.Features.Shared;
using Nastavnik.Web.Infrastructure.Auth;
using Nastavnik.Web.Infrastructure.Time;

namespace Nastavnik.Web.Features.Events;

/// <summary>Календарь мероприятий: a month of the user's levels' events (or only his own), filters by level and kind, .ics; creating an event.</summary>
[Authorize]
public class IndexModel(EventService events, TerritoryClock clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Month { get; set; }
    [BindProperty(SupportsGet = true)] public MonitoringLevel? Level { get; set; }
    [BindProperty(SupportsGet = true)] public EventKind? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public bool Mine { get; set; }
    [BindProperty] public EventForm Form { get; set; } = new();
    public List<EventRow> Rows { get; private set; } = [];
    public DateOnly First { get; private set; }
    public DateOnly Today => clock.Today;
    public bool CanCreate => this.Scope().CanEditRegistries;
    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        First = DateOnly.TryParseExact(Month, "yyyy-MM", out var m) ? m : new DateOnly(Today.Year, Today.Month, 1);
        Rows = await events.ListAsync(this.Scope(), new EventFilter(First, First.AddMonths(1).AddDays(-1), Level, Mine, Kind), ct);
        Form.StartsOn ??= Today.AddDays(7);
    }

    /// <summary>The next twelve months of the filtered calendar as an .ics file; an event with a time is at that time of
    /// the region's zone.</summary>
    public async Task<IActionResult> OnGetIcsAsync(CancellationToken ct)
    {
        var rows = await events.ListAsync(this.Scope(), new EventFilter(Today, Today.AddYears(1), Level, Mine, Kind), ct);
        var zone = clock.Zone;
        var entries = rows.Where(r => r.Status != EventStatus.Cancelled).Select(r =>
        {
            var timed = EventTime.TryParse(r.Time, out var start, out var end);
            return new IcsCalendar.Entry($"event-{r.Id}", r.StartsOn, r.EndsOn, $"{r.Title} ({r.Kind.Ru()})", $"{r.Owner}{(r.Time is null ? "" : ", " + r.Time)}",
                r.Place ?? (r.Online ? "онлайн" : null),
                timed ? IcsCalendar.At(r.StartsOn, start, zone) : null, timed && end is { } e ? IcsCalendar.At(r.EndsOn ?? r.StartsOn, e, zone) : null);
        });
        return File(IcsCalendar.Write("Events", entries, clock.GetUtcNow(), zone.Id), "text/calendar", "meropriyatiya-nastavnichestva.ics");
    }

    /// <summary>The month's filtered calendar as an Excel workbook.</summary>
    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        await OnGetAsync(ct);
        using var buffer = new MemoryStream();
        await XlsxWriter.WriteAsync(buffer, "Мероприятия", ["Дата начала", "Дата окончания", "Время", "Мероприятие", "Вид", "Уровень", "Организатор", "Место", "Статус", "Участников", "Мест"],
            Rows.Select(r => new object?[] { r.StartsOn, r.EndsOn, r.Time, r.Title, r.Kind.Ru(), r.Level.Ru(), r.Owner, r.Place ?? (r.Online ? "онлайн" : null), r.Status.Ru(), r.Registered, r.Capacity })
                .ToAsyncEnumerable(), ct);
        return File(buffer.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"meropriyatiya-{First:yyyy-MM}.xlsx");
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            var e = await events.CreateAsync(this.Scope(), Form.ToDetails(), ct);
            TempData["Message"] = "Мероприятие добавлено в календарь.";
            return Redirect($"/Events/Details/{e.Id}");
        }
        catch (DomainException ex)
        {
            Error = ex.Message;
            await OnGetAsync(ct);
            return Page();
        }
    }
}

/// <summary>The event form's fields.</summary>
public class EventForm
{
    public EventKind Kind { get; set; }
    public string? Title { get; set; }
    public string? Organizer { get; set; }
    public DateOnly? StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    public string? Time { get; set; }
    public string? Place { get; set; }
    public string? OnlineUrl { get; set; }
    public string? Audience { get; set; }
    public int? Capacity { get; set; }
    public string? Description { get; set; }
    public bool IsPublic { get; set; } = true;

    public EventDetails ToDetails() => new(Kind, Title ?? "", Organizer,
        StartsOn ?? throw new DomainException("Укажите дату начала мероприятия.", "StartsOn"), EndsOn, Time, Place, OnlineUrl, Audience, Capacity, Description, IsPublic);

    public static EventForm From(MentoringEvent e) => new()
    {
        Kind = e.Kind, Title = e.Title, Organizer = e.Organizer, StartsOn = e.StartsOn, EndsOn = e.EndsOn, Time = e.Time, Place = e.Place,
        OnlineUrl = e.OnlineUrl, Audience = e.Audience, Capacity = e.Capacity, Description = e.Description, IsPublic = e.IsPublic,
    };
}
