using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Common;
using Nastavnik.Web.Features.Mentees;
using Nastavnik.Web.Features.Mentors;
using Nastavnik.Web.Features.Registries;
using Nastavnik.Web.Features.Shared;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.Accounts;

/// <summary>Invites the people chosen in a registry list (or everyone its filter finds) and shows what became of each.</summary>
public class BulkModel(BulkInvitations bulk, MentorQueries mentors, MenteeQueries mentees, SearchTerms terms) : PageModel
{
    public List<BulkRow> Rows { get; private set; } = [];
    public string Target { get; private set; } = "Mentors";
    public string? Error { get; private set; }

    public IActionResult OnGet() => Redirect("/Accounts");

    public async Task<IActionResult> OnPostAsync(string target, int[]? ids, bool all, bool includeUnder14, [FromForm] RegistryFilter filter, CancellationToken ct)
    {
        var scope = this.Scope();
        Target = target == "Mentees" ? "Mentees" : "Mentors";
        var role = Target == "Mentees" ? UserRole.Mentee : UserRole.Mentor;
        filter.WithSearchTerm(terms);
        var chosen = (ids ?? []).ToList();
        var used = all ? filter : new RegistryFilter();
        var people = Target == "Mentees"
            ? await (all ? mentees.Filtered(scope, used) : mentees.Filtered(scope, used).Where(m => chosen.Contains(m.Id))).Select(m => m.PersonId).ToListAsync(ct)
            : await (all ? mentors.Filtered(scope, used) : mentors.Filtered(scope, used).Where(m => chosen.Contains(m.Id))).Select(m => m.PersonId).ToListAsync(ct);
        if (people.Count == 0)
        {
            Error = "Никто не выбран: отметьте людей в списке или пригласите всех найденных.";
            return Page();
        }
        try
        {
            Rows = await bulk.InviteAsync(scope, User.FindFirstValue(ClaimTypes.NameIdentifier), role, people, includeUnder14, ct);
        }
        catch (DomainException ex) { Error = ex.Message; }
        return Page();
    }
}
