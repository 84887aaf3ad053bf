using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Common;
using Nastavnik.Domain.People;
using Nastavnik.Domain.Programs;
using Nastavnik.Web.Data;
using Nastavnik.Web.Infrastructure.Auth;
using Nastavnik.Web.Infrastructure.Email;
using Nastavnik.Web.Infrastructure.Logging;
using Nastavnik.Web.Infrastructure.Time;

namespace Nastavnik.Web.Features.People;

/// <summary>Records and withdraws consents of a person inside the user's scope.</summary>
public class PersonConsents(AppDbContext db, SiteLinks links, TerritoryClock clock, ILogger<PersonConsents> log)
{
    /// <returns>false if the person is outside the scope (the caller answers 404).</returns>
    public async Task<bool> GiveAsync(UserScope scope, int personId, ConsentInput input, CancellationToken ct = default)
    {
        var person = await db.People.InScope(scope).Include(p => p.Consents).SingleOrDefaultAsync(p => p.Id == personId, ct);
        if (person is null) return false;
        person.GiveConsent(input.GivenOn ?? clock.Today, string.IsNullOrWhiteSpace(input.Purpose) ? Consent.DefaultPurpose : input.Purpose.Trim(),
            input.RepresentativeName, input.RepresentativeRelation, input.ValidUntil, clock.Today);
        await db.SaveChangesAsync(ct);
        log.ConsentGiven(person.Id);
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
        person.WithdrawConsent(consent, clock.Today);
        await RevokeLinksAsync(person.Id, ct);
        if (!person.HasValidConsentOn(clock.Today)) await EndPairsAsync(person.Id, ct);
        if (anonymize)
        {
            if (person.HasValidConsentOn(clock.Today)) throw new Domain.Common.DomainException("У человека есть другое действующее согласие: обезличивать данные нельзя.");
            await AnonymizeAsync(person, ct);
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        log.ConsentWithdrawn(consent.Id, person.Id, anonymize);
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

    /// <summary>A personal link for the person (or a minor's parent) to give the consent himself; with an address, the
    /// link is also e-mailed (written to the outbox with the link, in one transaction).</summary>
    /// <returns>The absolute link (shown once: only its hash is stored), or null if the person is outside the scope.</returns>
    public async Task<string?> CreateLinkAsync(UserScope scope, int personId, string? purpose, string? email = null, CancellationToken ct = default)
    {
        var person = await db.People.InScope(scope).Include(p => p.Organization).SingleOrDefaultAsync(p => p.Id == personId, ct);
        if (person is null) return null;
        if (person.IsAnonymized) throw new Domain.Common.DomainException("Данные человека обезличены: ссылку для согласия создать нельзя.");
        email = EmailAddresses.Normalize(email, "email");
        var now = db.Clock.GetUtcNow();
        var (plain, hash) = OneTimeLinks.NewToken();
        var request = new ConsentRequest { PersonId = personId, Purpose = string.IsNullOrWhiteSpace(purpose) ? Consent.DefaultPurpose : purpose.Trim(), SentTo = email };
        OneTimeLinks.Start(request, hash, now, ConsentRequest.Lifetime);
        db.ConsentRequests.Add(request);
        var link = links.Consent(plain);
        if (email is not null)
        {
            var (subject, body) = EmailTemplates.ConsentRequest($"{person.FirstName} {person.LastName[..1]}.", person.Organization!.Name,
                request.Purpose, link, request.ExpiresAt, person.IsMinorOn(clock.Today));
            db.Enqueue(new Email(email, subject, body, scope.RegionId, person.Organization.MunicipalityId, person.OrganizationId), now);
        }
        await db.SaveChangesAsync(ct);
        return link;
    }

    /// <summary>The link's request and person, the person's organization and region (whose date is today for the link).</summary>
    public async Task<(ConsentRequest Request, Person Person, string Organization, int RegionId)?> ByTokenAsync(string token, CancellationToken ct = default)
    {
        var hash = OneTimeLinks.Hash(token);
        var request = await db.ConsentRequests.SingleOrDefaultAsync(r => r.TokenHash == hash, ct);
        if (request is null) return null;
        var person = await db.People.Include(p => p.Consents).Include(p => p.Organization!.Municipality).SingleAsync(p => p.Id == request.PersonId, ct);
        return (request, person, person.Organization!.Name, person.Organization.Municipality!.RegionId);
    }

    public async Task AcceptLinkAsync(string token, string? representativeName, string? representativeRelation, bool agreed, CancellationToken ct = default)
    {
        var found = await ByTokenAsync(token, ct) ?? throw new Domain.Common.DomainException("Ссылка недействительна.");
        clock.UseRegion(found.RegionId); // an anonymous visitor: the person's region's date and time
        found.Request.Accept(found.Person, representativeName, representativeRelation, agreed, clock.GetUtcNow(), clock.Today, clock.Zone);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A withdrawal or an anonymization makes the person's open consent and questionnaire links pointless: they are revoked.</summary>
    private async Task RevokeLinksAsync(int personId, CancellationToken ct)
    {
        var now = db.Clock.GetUtcNow();
        foreach (var request in await db.ConsentRequests.Where(r => r.PersonId == personId && r.UsedAt == null && r.RevokedAt == null).ToListAsync(ct))
            OneTimeLinks.Revoke(request, now);
        foreach (var invitation in await db.Invitations.Where(i => i.PersonId == personId && i.AnsweredAt == null && i.RevokedAt == null).ToListAsync(ct))
            OneTimeLinks.Revoke(invitation, now);
    }

    /// <summary>Without consent a person cannot stay in a pair: his proposed and active pairs end, with the reason recorded.</summary>
    private async Task EndPairsAsync(int personId, CancellationToken ct)
    {
        var mentorIds = db.Mentors.Where(m => m.PersonId == personId).Select(m => m.Id);
        var menteeIds = db.Mentees.Where(m => m.PersonId == personId).Select(m => m.Id);
        var pairs = await db.Pairs.Where(p => p.Status != PairStatus.Ended && (mentorIds.Contains(p.MentorId) || menteeIds.Contains(p.MenteeId))).ToListAsync(ct);
        foreach (var pair in pairs) PairRules.End(pair, PairRules.ConsentWithdrawnReason, clock.Today);
    }
}
