using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nastavnik.Domain.Common;
using Nastavnik.Domain.Registries;
using Nastavnik.Web.Features.People;
using Nastavnik.Web.Features.Shared;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.Registries;

/// <summary>The record page of either base: show, archive, record and withdraw consents.</summary>
public abstract class RegistryDetailsPage<TEntry, TInput>(RegistryEditor<TEntry, TInput> editor, PersonConsents consents) : PageModel
    where TEntry : class, IRegistryEntry where TInput : IRegistryInput
{
    public TEntry Entry { get; private set; } = null!;
    [BindProperty] public ConsentInput Consent { get; set; } = new();
    public string? Error { get; private set; }

    protected abstract Task<TEntry?> FindAsync(UserScope scope, int id, CancellationToken ct);

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
            await consents.GiveAsync(this.Scope(), Entry.PersonId, Consent, ct);
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
        if (!await consents.WithdrawAsync(this.Scope(), Entry.PersonId, consentId, ct)) return NotFound();
        TempData["Message"] = "Согласие отозвано.";
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var entry = await FindAsync(this.Scope(), id, ct);
        if (entry is null) return false;
        Entry = entry;
        return true;
    }
}
