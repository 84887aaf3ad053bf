using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nastavnik.Domain.Common;
using Nastavnik.Domain.Monitoring;
using Nastavnik.Web.Data;
using Nastavnik.Web.Features.Shared;
using Nastavnik.Web.Infrastructure.Auth;
using Nastavnik.Web.Infrastructure.Time;

namespace Nastavnik.Web.Features.Monitoring.Campaigns;

/// <summary>Мониторинги: the campaigns the user takes part in, and opening a new one (coordinators).</summary>
[Authorize(Policy = Policies.EditRegistries)]
public class IndexModel(CampaignService campaigns, TerritoryClock clock) : PageModel
{
    public List<CampaignRow> Rows { get; private set; } = [];
    public bool CanOpen => this.Scope().Level is ScopeLevel.Region or ScopeLevel.Municipality;
    public DateOnly Today => clock.Today;
    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Rows = await campaigns.ListAsync(this.Scope(), ct);

    public async Task<IActionResult> OnPostAsync(CampaignKind kind, string title, int year, DateOnly deadline, string? extraQuestions, CancellationToken ct)
    {
        try
        {
            var campaign = await campaigns.OpenAsync(this.Scope(), kind, title, year, deadline, ct, extraQuestions);
            TempData["Message"] = "Мониторинг открыт: организации видят форму в разделе «Мониторинги».";
            return Redirect($"/Monitoring/Campaigns/Details/{campaign.Id}");
        }
        catch (DomainException ex)
        {
            Error = ex.Message;
            await OnGetAsync(ct);
            return Page();
        }
    }
}
