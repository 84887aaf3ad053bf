using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Common;
using Nastavnik.Domain.Monitoring;
using Nastavnik.Web.Features.Shared;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.Monitoring.Campaigns;

/// <summary>A campaign: the region sees which municipalities have submitted, a municipality its organizations' answers and
/// sends the filled ones; an organization goes straight to its own form.</summary>
[Authorize(Policy = Policies.EditRegistries)]
public class DetailsModel(CampaignService campaigns) : PageModel
{
    public MonitoringCampaign Campaign { get; private set; } = null!;
    public List<CompletionRow> Completion { get; private set; } = [];
    public List<ResponseRow> Responses { get; private set; } = [];
    [BindProperty(SupportsGet = true)] public int? Municipality { get; set; }
    public ScopeLevel Level => this.Scope().Level;
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (Level == ScopeLevel.Organization && Responses.Count == 1) return Redirect($"/Monitoring/Campaigns/Response/{Responses[0].Id}");
        return Page();
    }

    public async Task<IActionResult> OnPostSubmitAsync(int id, CancellationToken ct)
    {
        try
        {
            if (await campaigns.SubmitAsync(this.Scope(), id, ct) is not { } count) return NotFound();
            TempData["Message"] = $"Отправлено в регион ответов: {count}.";
            return Redirect($"/Monitoring/Campaigns/Details/{id}");
        }
        catch (DomainException ex)
        {
            Error = ex.Message;
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var campaign = await campaigns.Visible(this.Scope()).AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);
        if (campaign is null) return false;
        Campaign = campaign;
        Completion = await campaigns.CompletionAsync(this.Scope(), campaign, ct);
        if (Level != ScopeLevel.Region || Municipality is not null) Responses = await campaigns.ResponsesAsync(this.Scope(), campaign, Municipality, ct);
        return true;
    }
}
