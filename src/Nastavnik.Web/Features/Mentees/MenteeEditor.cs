using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.People;
using Nastavnik.Domain.Registries;
using Nastavnik.Web.Data;
using Nastavnik.Web.Features.People;
using Nastavnik.Web.Features.Registries;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.Mentees;

/// <summary>Creates, edits and archives records of the base of mentees. Used by the pages and the API.</summary>
public class MenteeEditor(AppDbContext db, PersonRules rules)
{
    public async Task<Mentee> CreateAsync(UserScope scope, MenteeInput input, CancellationToken ct = default)
    {
        await rules.EnsureOrganizationInScopeAsync(scope, input.Person.OrganizationId, ct);
        PersonRules.EnsureBirthDatePlausible(input.Person, db.Today);
        await rules.EnsureNotDuplicateAsync(input.Person, null, ct);
        var person = new Person { LastName = "", FirstName = "" };
        input.Person.ApplyTo(person);
        var mentee = new Mentee { Person = person, IncludedOn = db.Today };
        await ApplyAsync(mentee, input, ct);
        db.Mentees.Add(mentee);
        await db.SaveChangesAsync(ct);
        return mentee;
    }

    /// <returns>null when the record is outside the scope.</returns>
    public async Task<Mentee?> UpdateAsync(UserScope scope, int id, MenteeInput input, CancellationToken ct = default)
    {
        var mentee = await Load(scope, id, ct);
        if (mentee is null) return null;
        await rules.EnsureOrganizationInScopeAsync(scope, input.Person.OrganizationId, ct);
        PersonRules.EnsureBirthDatePlausible(input.Person, db.Today);
        await rules.EnsureNotDuplicateAsync(input.Person, mentee.PersonId, ct);
        RegistryVersion.Expect(db, mentee, input.ConcurrencyStamp);
        input.Person.ApplyTo(mentee.Person!);
        await ApplyAsync(mentee, input, ct);
        await db.SaveChangesAsync(ct);
        return mentee;
    }

    public async Task<Mentee?> SetArchivedAsync(UserScope scope, int id, bool archived, Guid? stamp, CancellationToken ct = default)
    {
        var mentee = await Load(scope, id, ct);
        if (mentee is null) return null;
        RegistryVersion.Expect(db, mentee, stamp);
        mentee.IsArchived = archived;
        await db.SaveChangesAsync(ct);
        return mentee;
    }

    private Task<Mentee?> Load(UserScope scope, int id, CancellationToken ct) =>
        db.Mentees.InScope(scope).Include(m => m.Person!).ThenInclude(p => p.Consents).Include(m => m.Deficits)
            .SingleOrDefaultAsync(m => m.Id == id, ct);

    private async Task ApplyAsync(Mentee mentee, MenteeInput input, CancellationToken ct)
    {
        mentee.Category = input.Category;
        mentee.PriorityGroups = input.PriorityGroups.Aggregate(PriorityGroups.None, (a, g) => a | g);
        mentee.Request = input.Request;
        mentee.Notes = input.Notes;
        mentee.Validate();
        var ids = input.DeficitIds.Distinct().ToList();
        var deficits = await db.Deficits.Where(d => ids.Contains(d.Id)).ToListAsync(ct);
        mentee.Deficits.RemoveAll(d => !ids.Contains(d.Id));
        mentee.Deficits.AddRange(deficits.Where(d => mentee.Deficits.All(x => x.Id != d.Id)));
    }
}
