using Microsoft.EntityFrameworkCore;
using Nastavnik.Web.Data;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.Shared;

public sealed record Option(int Id, string Name);

/// <summary>Choices for filters and forms, limited to the user's scope.</summary>
public class Lookups(AppDbContext db)
{
    public Task<List<Option>> OrganizationsAsync(UserScope scope) =>
        db.Organizations.AsNoTracking().InScope(scope).OrderBy(o => o.Name).Select(o => new Option(o.Id, o.Name)).ToListAsync();

    public Task<List<Option>> MunicipalitiesAsync(UserScope scope) =>
        db.Organizations.AsNoTracking().InScope(scope).Select(o => o.Municipality!).Distinct()
            .OrderBy(m => m.Name).Select(m => new Option(m.Id, m.Name)).ToListAsync();

    public Task<List<Option>> DeficitsAsync() =>
        db.Deficits.AsNoTracking().OrderBy(d => d.Group).ThenBy(d => d.Name).Select(d => new Option(d.Id, d.Name)).ToListAsync();
}
