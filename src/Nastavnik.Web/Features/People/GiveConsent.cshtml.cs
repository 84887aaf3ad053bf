using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Nastavnik.Domain.Common;

namespace Nastavnik.Web.Features.People;

/// <summary>The public consent form behind a personal link: the person, or a minor's parent, gives the consent from a phone.</summary>
[AllowAnonymous]
[EnableRateLimiting(AppBuilder.LoginRateLimit)]
public class GiveConsentModel(PersonConsents consents, Infrastructure.Time.TerritoryClock clock) : PageModel
{
    public string PersonName { get; private set; } = "";
    public string Organization { get; private set; } = "";
    public string Purpose { get; private set; } = "";
    public bool IsMinor { get; private set; }
    public bool Done { get; private set; }
    public string? Error { get; private set; }
    /// <summary>Why the link can no longer be used (revoked by a withdrawal or an anonymization, or expired).</summary>
    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken ct) => await LoadAsync(token, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string token, string? representativeName, string? representativeRelation, bool agreed, CancellationToken ct)
    {
        try
        {
            await consents.AcceptLinkAsync(token, representativeName, representativeRelation, agreed, ct);
        }
        catch (DomainException ex) { Error = ex.Message; }
        return await LoadAsync(token, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(string token, CancellationToken ct)
    {
        if (await consents.ByTokenAsync(token, ct) is not { } found) return false;
        // Only the first name and the initial of the surname: the link may be forwarded.
        PersonName = $"{found.Person.FirstName} {found.Person.LastName[..1]}.";
        Organization = found.Organization;
        Purpose = found.Request.Purpose;
        clock.UseRegion(found.RegionId); // an anonymous visitor: the person's region's date
        IsMinor = found.Person.IsMinorOn(clock.Today);
        Done = found.Request.UsedAt is not null;
        Refusal = found.Person.IsAnonymized ? OneTimeLinks.NoLongerValid : OneTimeLinks.Refusal(found.Request, clock.GetUtcNow(), usedMessage: null);
        if (found.Person.IsAnonymized) PersonName = "—";
        return true;
    }
}
