using Nastavnik.Domain.Roadmaps;
using Nastavnik.Web.Data;

namespace Nastavnik.Web.Features.Roadmaps;

/// <summary>What lies within a roadmap's territory.</summary>
public static class RoadmapTerritory
{
    /// <summary>The organizations of the roadmap's region, municipality, or the organization itself.</summary>
    public static IQueryable<int> Organizations(AppDbContext db, Roadmap r) => r.Level switch
    {
        RoadmapLevel.Region => db.Organizations.Where(o => o.Municipality!.RegionId == r.RegionId).Select(o => o.Id),
        RoadmapLevel.Municipality => db.Organizations.Where(o => o.MunicipalityId == r.MunicipalityId).Select(o => o.Id),
        _ => db.Organizations.Where(o => o.Id == r.OrganizationId).Select(o => o.Id),
    };
}
