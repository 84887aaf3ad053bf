using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nastavnik.Domain.Common;
using Nastavnik.Domain.Registries;
using Nastavnik.Web.Features.People;
using Nastavnik.Web.Features.Shared;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.Mentors;

[Authorize(Policy = Policies.EditRegistries)]
public class DetailsModel(MentorQueries queries, MentorEditor editor, PersonConsents consents) : PageModel
{
    public Mentor Mentor { get; private set; } = null!;
    [BindProperty] public ConsentInput Consent { get; set; } = new();
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostArchiveAsync(int id, bool archived, Guid stamp, CancellationToken ct)
    {
        if (await editor.SetArchivedAsync(this.Scope(), id, archived, stamp, ct) is null) return NotFound();
        TempData["Message"] = archived ? "Запись перенесена в архив." : "Запись возвращена из архива.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostGiveConsentAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        try
        {
            await consents.GiveAsync(this.Scope(), Mentor.PersonId, Consent, ct);
            TempData["Message"] = "Согласие записано.";
            return RedirectToPage(new { id });
        }
        catch (DomainException ex)
        {
            Error = ex.Message;
            return Page();
        }
    }

    public async Task<IActionResult> OnPostWithdrawConsentAsync(int id, int consentId, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!await consents.WithdrawAsync(this.Scope(), Mentor.PersonId, consentId, ct)) return NotFound();
        TempData["Message"] = "Согласие отозвано.";
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var mentor = await queries.FindAsync(this.Scope(), id, ct);
        if (mentor is null) return false;
        Mentor = mentor;
        return true;
    }
}
