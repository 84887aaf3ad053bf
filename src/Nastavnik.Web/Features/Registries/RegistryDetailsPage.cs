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
    public string? Error { get; protected set; }

    public ParticipationHistory History { get; private set; } = new();

    protected abstract Task<TEntry?> FindAsync(UserScope scope, int id, CancellationToken ct);
    protected abstract Task<ParticipationHistory> HistoryAsync(int id, CancellationToken ct);

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

    public async Task<IActionResult> OnPostWithdrawConsentAsync(int id, int consentId, bool anonymize, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        try
        {
            if (!await consents.WithdrawAsync(this.Scope(), Entry.PersonId, consentId, ct, anonymize)) return NotFound();
        }
        catch (DomainException ex)
        {
            Error = ex.Message;
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }
        TempData["Message"] = anonymize ? "Согласие отозвано, персональные данные обезличены." : "Согласие отозвано.";
        return RedirectToPage(new { id });
    }

    /// <summary>A personal link for the person, or for a minor's legal representative, to give the consent himself.</summary>
    public async Task<IActionResult> OnPostConsentLinkAsync(int id, string? purpose, string? email, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        string? link;
        try { link = await consents.CreateLinkAsync(this.Scope(), Entry.PersonId, purpose, email, ct); }
        catch (DomainException ex)
        {
            Error = ex.Message;
            return Page();
        }
        if (link is null) return NotFound();
        TempData["ConsentLink"] = link;
        if (!string.IsNullOrWhiteSpace(email)) TempData["Message"] = $"Ссылка для согласия отправлена на {email.Trim()}.";
        return RedirectToPage(new { id });
    }

    protected async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var entry = await FindAsync(this.Scope(), id, ct);
        if (entry is null) return false;
        Entry = entry;
        History = await HistoryAsync(id, ct);
        return true;
    }
}
