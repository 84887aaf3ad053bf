using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Common;
using Nastavnik.Domain.Monitoring;
using Nastavnik.Web.Data;
using Nastavnik.Web.Features.Shared;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.Monitoring.Campaigns;

/// <summary>An organization's answers: its form (pre-filled with its computed figures) while it may fill it, and for the
/// municipality and the region the answers with the reasons of changed figures and the return for rework.</summary>
[Authorize(Policy = Policies.EditRegistries)]
public class ResponseModel(CampaignService campaigns, AppDbContext db) : PageModel
{
    public MonitoringCampaign Campaign { get; private set; } = null!;
    public CampaignResponse Answers { get; private set; } = null!;
    public string Organization { get; private set; } = "";
    public string? Error { get; private set; }
    public bool CanFill => this.Scope().Level == ScopeLevel.Organization && Answers.Status != ResponseStatus.Submitted && !Campaign.IsClosed;
    public bool CanReturn => (this.Scope().Level, Answers.Status) is (ScopeLevel.Municipality, ResponseStatus.Filled) or (ScopeLevel.Region, ResponseStatus.Filled or ResponseStatus.Submitted);
    public Dictionary<string, string?> Posted { get; private set; } = [];
    public Dictionary<string, string?> PostedReasons { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (CanFill) await campaigns.PrefillAsync(Campaign, Answers, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostFillAsync(int id, Dictionary<string, string?> answers, Dictionary<string, string?> reasons, bool ready, Guid? stamp, CancellationToken ct)
    {
        try
        {
            if (await campaigns.FillAsync(this.Scope(), id, answers, reasons, ready, ct, stamp) is null) return NotFound();
            TempData["Message"] = ready ? "Ответы отправлены на проверку в муниципалитет." : "Черновик сохранён.";
            return Redirect($"/Monitoring/Campaigns/Response/{id}");
        }
        catch (DomainException ex)
        {
            db.ChangeTracker.Clear();
            (Error, Posted, PostedReasons) = (ex.Message, answers, reasons);
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ConflictAsync(id, ct);
        }
    }

    public async Task<IActionResult> OnPostReturnAsync(int id, string reason, Guid? stamp, CancellationToken ct)
    {
        try
        {
            if (await campaigns.ReturnAsync(this.Scope(), id, reason, ct, stamp) is null) return NotFound();
            TempData["Message"] = "Ответы возвращены организации на доработку.";
            return Redirect($"/Monitoring/Campaigns/Response/{id}");
        }
        catch (DomainException ex)
        {
            db.ChangeTracker.Clear();
            Error = ex.Message;
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ConflictAsync(id, ct);
        }
    }

    /// <summary>Someone saved the response since the form was opened: nothing is written; the current answers are shown.</summary>
    private async Task<IActionResult> ConflictAsync(int id, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        Error = ConcurrencyStamps.ConflictMessage;
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public string? Value(string key) => Posted.Count > 0 ? Posted.GetValueOrDefault(key) : Answers.Answers.GetValueOrDefault(key);

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (await campaigns.FindResponseAsync(this.Scope(), id, ct) is not var (campaign, response)) return false;
        (Campaign, Answers) = (campaign, response);
        Organization = await db.Organizations.Where(o => o.Id == response.OrganizationId).Select(o => o.Name).SingleAsync(ct);
        return true;
    }
}
