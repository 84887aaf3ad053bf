using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.People;
using Nastavnik.Domain.Programs;
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
        if (!person.HasValidConsentOn(db.Today)) await EndPairsAsync(person.Id, ct);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Without consent a person cannot stay in a pair: his proposed and active pairs end, with the reason recorded.</summary>
    private async Task EndPairsAsync(int personId, CancellationToken ct)
    {
        var mentorIds = db.Mentors.Where(m => m.PersonId == personId).Select(m => m.Id);
        var menteeIds = db.Mentees.Where(m => m.PersonId == personId).Select(m => m.Id);
        var pairs = await db.Pairs.Where(p => p.Status != PairStatus.Ended && (mentorIds.Contains(p.MentorId) || menteeIds.Contains(p.MenteeId))).ToListAsync(ct);
        foreach (var pair in pairs) PairRules.End(pair, PairRules.ConsentWithdrawnReason, db.Today);
    }
}
