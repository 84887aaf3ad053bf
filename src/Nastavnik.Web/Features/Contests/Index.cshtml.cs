using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nastavnik.Domain.Common;
using Nastavnik.Web.Data;
using Nastavnik.Web.Features.Shared;
using Nastavnik.Web.Infrastructure.Time;

namespace Nastavnik.Web.Features.Contests;

/// <summary>Конкурсы of the user's levels and those he judges; announcing a new contest.</summary>
[Authorize]
public class IndexModel(ContestService contests, TerritoryClock clock) : PageModel
{
    public List<ContestRow> Rows { get; private set; } = [];
    public bool CanCreate => this.Scope().CanEditRegistries;
    public string? Error { get; private set; }
    public int Year => clock.Today.Year;
    public DateOnly Today => clock.Today;

    public async Task OnGetAsync(CancellationToken ct) => Rows = await contests.ListAsync(this.Scope(), User.FindFirstValue(ClaimTypes.NameIdentifier)!, ct);

    public async Task<IActionResult> OnPostAsync(string title, int year, DateOnly applicationsUntil, string? description, string? nominations, string? criteria, CancellationToken ct)
    {
        try
        {
            var contest = await contests.CreateAsync(this.Scope(), title, year, applicationsUntil, description, nominations, criteria, ct);
            TempData["Message"] = "Конкурс объявлен: приём заявок открыт.";
            return Redirect($"/Contests/Details/{contest.Id}");
        }
        catch (DomainException ex)
        {
            Error = ex.Message;
            await OnGetAsync(ct);
            return Page();
        }
    }
}
