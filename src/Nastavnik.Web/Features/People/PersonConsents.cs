using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.People;
using Nastavnik.Web.Data;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.People;

/// <summary>Records and withdraws consents of a person inside the user's scope.</summary>
public class PersonConsents(AppDbContext db)
{
    /// <returns>false if the person is outside the scope (the caller answers 404).</returns>
    public async Task<bool> GiveAsync(UserScope scope, int personId, ConsentInput input, CancellationToken ct = default)
    {
        var person = await db.People.InScope(scope).Include(p => p.Consents).SingleOrDefaultAsync(p => p.Id == personId, ct);
        if (person is null) return false;
        person.GiveConsent(input.GivenOn, string.IsNullOrWhiteSpace(input.Purpose) ? Consent.DefaultPurpose : input.Purpose.Trim(),
            input.RepresentativeName, input.RepresentativeRelation, input.ValidUntil, db.Today);
        await db.SaveChangesAsync(ct);
        return true;
    }

    public async Task<bool> WithdrawAsync(UserScope scope, int personId, int consentId, CancellationToken ct = default)
    {
        var person = await db.People.InScope(scope).Include(p => p.Consents).SingleOrDefaultAsync(p => p.Id == personId, ct);
        var consent = person?.Consents.SingleOrDefault(c => c.Id == consentId && c.WithdrawnOn == null);
        if (person is null || consent is null) return false;
        person.WithdrawConsent(consent, db.Today);
        await db.SaveChangesAsync(ct);
        return true;
    }
}
