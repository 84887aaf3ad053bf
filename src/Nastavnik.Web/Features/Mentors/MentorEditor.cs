using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.People;
using Nastavnik.Domain.Registries;
using Nastavnik.Web.Data;
using Nastavnik.Web.Features.People;
using Nastavnik.Web.Features.Registries;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.Mentors;

/// <summary>Creates, edits and archives records of the base of mentors. Used by the pages and the API.</summary>
public class MentorEditor(AppDbContext db, PersonRules rules)
{
    public async Task<Mentor> CreateAsync(UserScope scope, MentorInput input, CancellationToken ct = default)
    {
        await rules.EnsureOrganizationInScopeAsync(scope, input.Person.OrganizationId, ct);
        PersonRules.EnsureBirthDatePlausible(input.Person, db.Today);
        await rules.EnsureNotDuplicateAsync(input.Person, null, ct);
        var person = new Person { LastName = "", FirstName = "" };
        input.Person.ApplyTo(person);
        var mentor = new Mentor { Person = person, IncludedOn = db.Today };
        await ApplyAsync(mentor, input, ct);
        db.Mentors.Add(mentor);
        await db.SaveChangesAsync(ct);
        return mentor;
    }

    public async Task<Mentor?> UpdateAsync(UserScope scope, int id, MentorInput input, CancellationToken ct = default)
    {
        var mentor = await Load(scope, id, ct);
        if (mentor is null) return null;
        await rules.EnsureOrganizationInScopeAsync(scope, input.Person.OrganizationId, ct);
        PersonRules.EnsureBirthDatePlausible(input.Person, db.Today);
        await rules.EnsureNotDuplicateAsync(input.Person, mentor.PersonId, ct);
        RegistryVersion.Expect(db, mentor, input.ConcurrencyStamp);
        input.Person.ApplyTo(mentor.Person!);
        await ApplyAsync(mentor, input, ct);
        await db.SaveChangesAsync(ct);
        return mentor;
    }

    public async Task<Mentor?> SetArchivedAsync(UserScope scope, int id, bool archived, Guid? stamp, CancellationToken ct = default)
    {
        var mentor = await Load(scope, id, ct);
        if (mentor is null) return null;
        RegistryVersion.Expect(db, mentor, stamp);
        mentor.IsArchived = archived;
        await db.SaveChangesAsync(ct);
        return mentor;
    }

    private Task<Mentor?> Load(UserScope scope, int id, CancellationToken ct) =>
        db.Mentors.InScope(scope).Include(m => m.Person!).ThenInclude(p => p.Consents).Include(m => m.CoveredDeficits)
            .SingleOrDefaultAsync(m => m.Id == id, ct);

    private async Task ApplyAsync(Mentor mentor, MentorInput input, CancellationToken ct)
    {
        mentor.Competences = input.Competences;
        mentor.Forms = input.Forms.Aggregate(MentoringForms.None, (a, x) => a | x);
        mentor.Formats = input.Formats.Aggregate(MentoringFormats.None, (a, x) => a | x);
        mentor.SetCapacity(input.Capacity);
        mentor.TrainingStatus = input.TrainingStatus;
        mentor.InterviewStatus = input.InterviewStatus;
        mentor.IsExpert = input.IsExpert;
        mentor.Notes = input.Notes;
        var ids = input.DeficitIds.Distinct().ToList();
        var deficits = await db.Deficits.Where(d => ids.Contains(d.Id)).ToListAsync(ct);
        mentor.CoveredDeficits.RemoveAll(d => !ids.Contains(d.Id));
        mentor.CoveredDeficits.AddRange(deficits.Where(d => mentor.CoveredDeficits.All(x => x.Id != d.Id)));
    }
}
