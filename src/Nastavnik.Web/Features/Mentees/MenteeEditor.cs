using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.People;
using Nastavnik.Domain.Registries;
using Nastavnik.Web.Data;
using Nastavnik.Web.Features.People;
using Nastavnik.Web.Features.Registries;
using Nastavnik.Web.Infrastructure.Time;

namespace Nastavnik.Web.Features.Mentees;

/// <summary>Creates, edits and archives records of the base of mentees. Used by the pages and the API.</summary>
public class MenteeEditor(AppDbContext db, PersonRules rules, TerritoryClock clock) : RegistryEditor<Mentee, MenteeInput>(db, rules, clock)
{
    protected override Mentee New(Person person, DateOnly today) => new() { Person = person, IncludedOn = today };

    protected override IQueryable<Mentee> WithDetails(IQueryable<Mentee> query) =>
        query.Include(m => m.Person!).ThenInclude(p => p.Consents).Include(m => m.Deficits);

    protected override async Task ApplyAsync(Mentee mentee, MenteeInput input, CancellationToken ct)
    {
        mentee.Category = input.Category;
        mentee.PriorityGroups = input.PriorityGroups.Aggregate(PriorityGroups.None, (a, g) => a | g);
        mentee.Request = input.Request;
        mentee.Notes = input.Notes;
        mentee.Validate();
        await DeficitLinks.SyncAsync(Db, mentee.Deficits, input.DeficitIds, ct);
    }
}
