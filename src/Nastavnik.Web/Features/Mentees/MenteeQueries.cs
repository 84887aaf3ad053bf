using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.People;
using Nastavnik.Domain.Registries;
using Nastavnik.Web.Data;
using Nastavnik.Web.Features.Registries;
using Nastavnik.Web.Infrastructure.Auth;
using Nastavnik.Web.Infrastructure.Time;

namespace Nastavnik.Web.Features.Mentees;

/// <summary>Reads of the base of mentees, always inside the user's scope.</summary>
public class MenteeQueries(AppDbContext db, TerritoryClock clock)
{
    public IQueryable<Mentee> Filtered(UserScope scope, RegistryFilter f)
    {
        var today = clock.Today;
        var q = db.Mentees.AsNoTracking().InScope(scope).ApplyCommonFilters(f, today);
        if (f.Category is { } c) q = q.Where(m => m.Category == (MenteeCategory)c);
        if (f.DeficitId is { } d) q = q.Where(m => m.Deficits.Any(x => x.Id == d));
        return q;
    }

    public IQueryable<MenteeRow> Rows(UserScope scope, RegistryFilter f)
    {
        var today = clock.Today;
        var q = Filtered(scope, f);
        var sorted = f.Sort == "category"
            ? (f.Desc ? q.OrderByDescending(m => m.Category) : q.OrderBy(m => m.Category)).ThenBy(m => m.Person!.LastName).ThenBy(m => m.Id)
            : q.ApplyCommonSort(f);
        return sorted.Select(m => new MenteeRow(m.Id, m.PersonId, m.Person!.LastName, m.Person.FirstName, m.Person.MiddleName,
            m.Person.BirthDate, m.Person.Organization!.Name, m.Person.Organization.Municipality!.Name, m.Category, m.Person.Subjects,
            m.Person.HasValidConsentOn(today),
            m.IsArchived));
    }

    public async Task<PagedResult<MenteeRow>> ListAsync(UserScope scope, RegistryFilter f, CancellationToken ct = default)
    {
        var total = await Filtered(scope, f).CountCappedAsync(ct);
        return await Rows(scope, f).PageAsync(total, f, ct);
    }

    public Task<Mentee?> FindAsync(UserScope scope, int id, CancellationToken ct = default) =>
        db.Mentees.AsNoTracking().InScope(scope)
            .Include(m => m.Person!).ThenInclude(p => p.Organization!).ThenInclude(o => o.Municipality)
            .Include(m => m.Person!).ThenInclude(p => p.Consents)
            .Include(m => m.Deficits)
            .AsSplitQuery()
            .SingleOrDefaultAsync(m => m.Id == id, ct);
}
