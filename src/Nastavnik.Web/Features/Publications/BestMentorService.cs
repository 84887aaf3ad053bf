using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Common;
using Nastavnik.Domain.People;
using Nastavnik.Web.Data;
using Nastavnik.Web.Infrastructure.Auth;
using Nastavnik.Web.Infrastructure.Errors;
using Nastavnik.Web.Infrastructure.Time;

namespace Nastavnik.Web.Features.Publications;

public sealed record BestMentorRow(int MentorId, string Name, string Organization, string Distinction, bool Consent, Guid Stamp);

/// <summary>Лучшие наставники: the organization names them with a distinction; the public page shows only those who consented to publication.</summary>
public class BestMentorService(AppDbContext db, TerritoryClock clock)
{
    /// <summary>A mentor's consent to publication: given for that purpose, not withdrawn, still valid.</summary>
    public static IQueryable<int> ConsentedPeople(AppDbContext db, DateOnly today) =>
        db.Consents.Where(c => c.Purpose == Consent.PublicationPurpose && c.IsInForceOn(today)).Select(c => c.PersonId);

    public Task<List<BestMentorRow>> ListAsync(UserScope scope, CancellationToken ct = default)
    {
        var consented = ConsentedPeople(db, clock.Today);
        return db.Mentors.AsNoTracking().InScope(scope).Where(m => m.Distinction != null && !m.IsArchived)
            .OrderBy(m => m.Person!.LastName).Select(m => new BestMentorRow(m.Id, m.Person!.FullName,
                m.Person.Organization!.ShortName ?? m.Person.Organization.Name, m.Distinction!, consented.Contains(m.PersonId), m.ConcurrencyStamp)).ToListAsync(ct);
    }

    public async Task<List<(int Id, string Name)>> CandidatesAsync(UserScope scope, CancellationToken ct = default) =>
        (await db.Mentors.AsNoTracking().InScope(scope).Where(m => m.Distinction == null && !m.IsArchived).OrderBy(m => m.Person!.LastName).Take(500)
            .Select(m => new { m.Id, Name = m.Person!.FullName })
            .ToListAsync(ct)).Select(x => (x.Id, x.Name)).ToList();

    /// <summary>Sets (or with an empty text removes) the distinction; only the head of the organization or a coordinator.</summary>
    /// <param name="stamp">The version of the mentor the list was shown with: a distinction changed since is a conflict.
    /// Without it (the form that names a new best mentor) a mentor someone has marked meanwhile is a conflict too.</param>
    public async Task SetAsync(UserScope scope, int mentorId, string? distinction, CancellationToken ct = default, Guid? stamp = null)
    {
        scope.EnsureCanPublish("Лучших наставников отмечает руководитель организации (или координатор).");
        var mentor = await db.Mentors.InScope(scope).SingleOrDefaultAsync(m => m.Id == mentorId, ct) ?? throw new NotFoundException();
        if (stamp is null && !string.IsNullOrWhiteSpace(distinction) && mentor.Distinction is not null) throw new DomainException(ConcurrencyStamps.ConflictMessage);
        db.ExpectVersion(mentor, stamp);
        mentor.Distinction = string.IsNullOrWhiteSpace(distinction) ? null : distinction.Trim();
        await db.SaveChangesAsync(ct);
    }
}
