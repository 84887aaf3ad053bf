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

    /// <summary>Withdraws a consent; without any valid consent left the person leaves his pairs, and when no other legal ground
    /// remains (<paramref name="anonymize"/>) his data are anonymized — also in the audit log. One transaction.</summary>
    public async Task<bool> WithdrawAsync(UserScope scope, int personId, int consentId, CancellationToken ct = default, bool anonymize = false)
    {
        var person = await db.People.InScope(scope).Include(p => p.Consents).SingleOrDefaultAsync(p => p.Id == personId, ct);
        var consent = person?.Consents.SingleOrDefault(c => c.Id == consentId && c.WithdrawnOn == null);
        if (person is null || consent is null) return false;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        person.WithdrawConsent(consent, db.Today);
        if (!person.HasValidConsentOn(db.Today)) await EndPairsAsync(person.Id, ct);
        if (anonymize)
        {
            if (person.HasValidConsentOn(db.Today)) throw new Domain.Common.DomainException("У человека есть другое действующее согласие: обезличивать данные нельзя.");
            await AnonymizeAsync(person, ct);
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return true;
    }

    private async Task AnonymizeAsync(Person person, CancellationToken ct)
    {
        person.Anonymize();
        foreach (var mentee in await db.Mentees.Where(m => m.PersonId == person.Id).ToListAsync(ct)) { mentee.Request = null; mentee.Notes = null; }
        foreach (var mentor in await db.Mentors.Where(m => m.PersonId == person.Id).ToListAsync(ct)) { mentor.Notes = null; mentor.Competences = null; }
        await db.SaveChangesAsync(ct);
        // The audit log must not keep what was erased: earlier entries about the person keep who changed which field, not the values.
        var consentIds = person.Consents.Select(c => c.Id).ToList();
        var menteeIds = await db.Mentees.Where(m => m.PersonId == person.Id).Select(m => m.Id).ToListAsync(ct);
        var mentorIds = await db.Mentors.Where(m => m.PersonId == person.Id).Select(m => m.Id).ToListAsync(ct);
        var entries = await db.AuditEntries.Where(a => (a.EntityType == nameof(Person) && a.EntityId == person.Id)
            || (a.EntityType == nameof(Consent) && consentIds.Contains(a.EntityId))
            || (a.EntityType == "Mentee" && menteeIds.Contains(a.EntityId)) || (a.EntityType == "Mentor" && mentorIds.Contains(a.EntityId))).ToListAsync(ct);
        foreach (var entry in entries) entry.Changes = Infrastructure.Audit.AuditRecorder.MaskValues(entry.Changes);
    }

    /// <summary>A personal link for the person (or a minor's parent) to give the consent himself.</summary>
    public async Task<string?> CreateLinkAsync(UserScope scope, int personId, string? purpose, CancellationToken ct = default)
    {
        if (!await db.People.InScope(scope).AnyAsync(p => p.Id == personId, ct)) return null;
        var token = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(18)).Replace('+', '-').Replace('/', '_');
        db.ConsentRequests.Add(new ConsentRequest { PersonId = personId, Token = token, Purpose = string.IsNullOrWhiteSpace(purpose) ? Consent.DefaultPurpose : purpose.Trim(), CreatedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync(ct);
        return token;
    }

    public async Task<(ConsentRequest Request, Person Person, string Organization)?> ByTokenAsync(string token, CancellationToken ct = default)
    {
        var request = await db.ConsentRequests.SingleOrDefaultAsync(r => r.Token == token, ct);
        if (request is null) return null;
        var person = await db.People.Include(p => p.Consents).Include(p => p.Organization).SingleAsync(p => p.Id == request.PersonId, ct);
        return (request, person, person.Organization!.Name);
    }

    public async Task AcceptLinkAsync(string token, string? representativeName, string? representativeRelation, bool agreed, CancellationToken ct = default)
    {
        var found = await ByTokenAsync(token, ct) ?? throw new Domain.Common.DomainException("Ссылка недействительна.");
        found.Request.Accept(found.Person, representativeName, representativeRelation, agreed, DateTimeOffset.UtcNow, db.Today);
        await db.SaveChangesAsync(ct);
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
