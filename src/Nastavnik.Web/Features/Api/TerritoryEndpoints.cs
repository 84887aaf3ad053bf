using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Common;
using Nastavnik.Web.Data;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.Api;

public sealed record RegionDto(int Id, string Name);
public sealed record MunicipalityDto(int Id, int RegionId, string Name, string Kind);
public sealed record OrganizationDto(int Id, int MunicipalityId, string Municipality, string Name, string? ShortName, string Type, string TypeName, bool IsPartner);

/// <summary>Territory and organizations, limited to what the caller's scope covers.</summary>
public static class TerritoryEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/regions", async (AppDbContext db, ClaimsPrincipalAccessor who) =>
            await db.Regions.AsNoTracking().Where(r => r.Id == who.Scope.RegionId)
                .Select(r => new RegionDto(r.Id, r.Name)).ToListAsync()).WithTags("Территория");

        api.MapGet("/municipalities", async (AppDbContext db, ClaimsPrincipalAccessor who) =>
            (await db.Organizations.AsNoTracking().InScope(who.Scope).Select(o => o.Municipality!).Distinct().OrderBy(m => m.Name).ToListAsync())
                .Select(m => new MunicipalityDto(m.Id, m.RegionId, m.Name, m.Kind.Ru()))).WithTags("Территория");

        api.MapGet("/organizations", async (AppDbContext db, ClaimsPrincipalAccessor who) =>
            (await db.Organizations.AsNoTracking().InScope(who.Scope).Include(o => o.Municipality).OrderBy(o => o.Name).ToListAsync())
                .Select(ToDto)).WithTags("Территория");

        api.MapGet("/organizations/{id:int}", async Task<Results<Ok<OrganizationDto>, NotFound>> (int id, AppDbContext db, ClaimsPrincipalAccessor who) =>
            await db.Organizations.AsNoTracking().InScope(who.Scope).Include(o => o.Municipality).SingleOrDefaultAsync(o => o.Id == id) is { } o
                ? TypedResults.Ok(ToDto(o)) : TypedResults.NotFound()).WithTags("Территория");
    }

    private static OrganizationDto ToDto(Domain.Territory.Organization o) =>
        new(o.Id, o.MunicipalityId, o.Municipality?.Name ?? "", o.Name, o.ShortName, o.Type.ToString(), o.Type.Ru(), o.IsPartner);
}
