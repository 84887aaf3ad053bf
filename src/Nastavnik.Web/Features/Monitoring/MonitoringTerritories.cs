using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Monitoring;
using Nastavnik.Web.Data;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.Monitoring;

/// <summary>Which territory a user's monitoring is about: his own, or a child of it he asked for (a municipality of his
/// region, an organization inside his scope); null for anything outside his scope.</summary>
public class MonitoringTerritories(AppDbContext db)
{
    public async Task<Territory?> ResolveAsync(UserScope scope, int? municipality, int? organization, CancellationToken ct)
    {
        if (organization is { } orgId)
            return await db.Organizations.InScope(scope).Where(o => o.Id == orgId).Select(o => new Territory(MonitoringLevel.Organization, o.Id, o.Name)).SingleOrDefaultAsync(ct);
        if (municipality is { } municipalityId)
            return scope.Level is not (ScopeLevel.Region or ScopeLevel.Municipality) ? null
                : await db.Municipalities.Where(m => m.Id == municipalityId && m.RegionId == scope.RegionId && (scope.Level == ScopeLevel.Region || m.Id == scope.MunicipalityId))
                    .Select(m => new Territory(MonitoringLevel.Municipality, m.Id, m.Name)).SingleOrDefaultAsync(ct);
        return scope.Level switch
        {
            ScopeLevel.Region => await db.Regions.Where(r => r.Id == scope.RegionId).Select(r => new Territory(MonitoringLevel.Region, r.Id, r.Name)).SingleOrDefaultAsync(ct),
            ScopeLevel.Municipality => await db.Municipalities.Where(m => m.Id == scope.MunicipalityId).Select(m => new Territory(MonitoringLevel.Municipality, m.Id, m.Name)).SingleOrDefaultAsync(ct),
            ScopeLevel.Organization => await db.Organizations.Where(o => o.Id == scope.OrganizationId).Select(o => new Territory(MonitoringLevel.Organization, o.Id, o.Name)).SingleOrDefaultAsync(ct),
            _ => null,
        };
    }
}
