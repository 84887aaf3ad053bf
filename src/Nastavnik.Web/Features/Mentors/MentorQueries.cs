using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.People;
using Nastavnik.Domain.Registries;
using Nastavnik.Web.Data;
using Nastavnik.Web.Features.Registries;
using Nastavnik.Web.Infrastructure.Auth;
using Nastavnik.Web.Infrastructure.Time;

namespace Nastavnik.Web.Features.Mentors;

/// <summary>Reads of the base of mentors, always inside the user's scope.</summary>
public class MentorQueries(AppDbContext db, TerritoryClock clock)
{
    public IQueryable<Mentor> Filtered(UserScope scope, RegistryFilter f)
    {
        var q = db.Mentors.AsNoTracking().InScope(scope).ApplyCommonFilters(f, clock.Today);
        if (f.DeficitId is { } d) q = q.Where(m => m.CoveredDeficits.Any(x => x.Id == d));
        return q;
    }

    public IQueryable<MentorRow> Rows(UserScope scope, RegistryFilter f)
    {
        var today = clock.Today;
        var q = Filtered(scope, f);
        var sorted = f.Sort == "experience"
            ? (f.Desc ? q.OrderByDescending(m => m.Person!.TeachingExperienceYears) : q.OrderBy(m => m.Person!.TeachingExperienceYears)).ThenBy(m => m.Id)
            : q.ApplyCommonSort(f);
        return sorted.Select(m => new MentorRow(m.Id, m.PersonId, m.Person!.LastName, m.Person.FirstName, m.Person.MiddleName,
            m.Person.Organization!.Name, m.Person.Organization.Municipality!.Name, m.Person.Subjects, m.Person.TeachingExperienceYears,
            m.Capacity, m.TrainingStatus, m.InterviewStatus, m.IsExpert,
            m.Person.HasValidConsentOn(today)));
    }

    public async Task<PagedResult<MentorRow>> ListAsync(UserScope scope, RegistryFilter f, CancellationToken ct = default)
    {
        var total = await Filtered(scope, f).CountCappedAsync(ct);
        return await Rows(scope, f).PageAsync(total, f, ct);
    }

    public Task<Mentor?> FindAsync(UserScope scope, int id, CancellationToken ct = default) =>
        db.Mentors.AsNoTracking().InScope(scope)
            .Include(m => m.Person!).ThenInclude(p => p.Organization!).ThenInclude(o => o.Municipality)
            .Include(m => m.Person!).ThenInclude(p => p.Consents)
            .Include(m => m.CoveredDeficits)
            .AsSplitQuery()
            .SingleOrDefaultAsync(m => m.Id == id, ct);
}
