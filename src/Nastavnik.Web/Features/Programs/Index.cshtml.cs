using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nastavnik.Web.Features.Shared;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.Programs;

/// <summary>«Мои программы»: every program of the scope with its stage, progress, overdue steps and the next action.</summary>
[Authorize(Policy = Policies.EditRegistries)]
public class IndexModel(ProgramService programs, Reminders reminders) : PageModel
{
    public List<ProgramSummary> Programs { get; private set; } = [];
    public ReminderCounts Reminders { get; private set; } = new(0, 0, 0);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Programs = await programs.ListAsync(this.Scope(), ct);
        Reminders = await reminders.ForAsync(this.Scope(), ct);
    }
}
