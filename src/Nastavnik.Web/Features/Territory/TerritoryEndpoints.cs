using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Common;
using Nastavnik.Domain.Territory;
using Nastavnik.Web.Data;
using Nastavnik.Web.Features.Api;
using Nastavnik.Web.Infrastructure.Auth;
using static Nastavnik.Web.Features.Api.ApiResults;

namespace Nastavnik.Web.Features.Territory;

public sealed record RegionDto(int Id, string Name);
public sealed record MunicipalityDto(int Id, int RegionId, string Name, string Kind, DateOnly? ClosedOn = null, Guid? ConcurrencyStamp = null);
public sealed record OrganizationDto(int Id, int MunicipalityId, string Municipality, string Name, string? ShortName, string Type,
    string TypeName, bool IsPartner, string? Inn = null, string? Ogrn = null, string? Address = null, string? Site = null,
    string? HeadName = null, DateOnly? ClosedOn = null, int? MergedIntoId = null, Guid? ConcurrencyStamp = null);

/// <summary>Territory and organizations, limited to what the caller's scope covers; the regional operator creates and
/// updates municipalities and organizations of his region (403 for everyone else, 409 on a stale ConcurrencyStamp),
/// through the same service as the territory pages.</summary>
public static class TerritoryEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/regions", async (AppDbContext db, ClaimsPrincipalAccessor who, CancellationToken ct) =>
            TypedResults.Ok(await db.Regions.AsNoTracking().Where(r => r.Id == who.Scope.RegionId)
                .Select(r => new RegionDto(r.Id, r.Name)).ToListAsync(ct))).WithTags("Территория");

        var municipalities = api.MapGroup("/municipalities").WithTags("Территория");
        municipalities.MapGet("", async (TerritoryService territory, ClaimsPrincipalAccessor who, CancellationToken ct) =>
            TypedResults.Ok((await territory.VisibleMunicipalities(who.Scope).AsNoTracking().OrderBy(m => m.Name).ToListAsync(ct))
                .Select(ToDto)));
        municipalities.MapGet("/{id:int}", async Task<Results<Ok<MunicipalityDto>, NotFound>> (int id, TerritoryService territory,
                ClaimsPrincipalAccessor who, CancellationToken ct) =>
            OkOrNotFound(await territory.FindMunicipalityAsync(who.Scope, id, ct) is { } m ? ToDto(m) : null));
        municipalities.MapPost("", async (MunicipalityInput input, TerritoryService territory, ClaimsPrincipalAccessor who,
            CancellationToken ct) =>
        {
            var m = await territory.CreateMunicipalityAsync(who.Scope, input, ct);
            return TypedResults.Created($"/api/v1/municipalities/{m.Id}", ToDto(m));
        }).RequireAuthorization(Policies.EditTerritory);
        municipalities.MapPut("/{id:int}", async (int id, MunicipalityInput input, TerritoryService territory, ClaimsPrincipalAccessor who,
                CancellationToken ct) =>
            TypedResults.Ok(ToDto(await territory.UpdateMunicipalityAsync(who.Scope, id, input, ct)))).RequireAuthorization(Policies.EditTerritory);

        var organizations = api.MapGroup("/organizations").WithTags("Территория");
        organizations.MapGet("", async (AppDbContext db, ClaimsPrincipalAccessor who, CancellationToken ct) =>
            TypedResults.Ok((await db.Organizations.AsNoTracking().InScope(who.Scope).Include(o => o.Municipality).OrderBy(o => o.Name)
                .ToListAsync(ct)).Select(ToDto)));
        organizations.MapGet("/{id:int}", async Task<Results<Ok<OrganizationDto>, NotFound>> (int id, TerritoryService territory,
                ClaimsPrincipalAccessor who, CancellationToken ct) =>
            OkOrNotFound(await territory.FindOrganizationAsync(who.Scope, id, ct) is { } o ? ToDto(o) : null));
        organizations.MapPost("", async (OrganizationInput input, TerritoryService territory, ClaimsPrincipalAccessor who,
            CancellationToken ct) =>
        {
            var o = await territory.CreateOrganizationAsync(who.Scope, input, ct);
            return TypedResults.Created($"/api/v1/organizations/{o.Id}", ToDto((await territory.FindOrganizationAsync(who.Scope, o.Id, ct))!));
        }).RequireAuthorization(Policies.EditTerritory);
        organizations.MapPut("/{id:int}", async (int id, OrganizationInput input, TerritoryService territory, ClaimsPrincipalAccessor who,
            CancellationToken ct) =>
        {
            await territory.UpdateOrganizationAsync(who.Scope, id, input, ct);
            return TypedResults.Ok(ToDto((await territory.FindOrganizationAsync(who.Scope, id, ct))!));
        }).RequireAuthorization(Policies.EditTerritory);
    }

    private static MunicipalityDto ToDto(Municipality m) => new(m.Id, m.RegionId, m.Name, m.Kind.Ru(), m.ClosedOn, m.ConcurrencyStamp);

    private static OrganizationDto ToDto(Organization o) =>
        new(o.Id, o.MunicipalityId, o.Municipality?.Name ?? "", o.Name, o.ShortName, o.Type.ToString(), o.Type.Ru(), o.IsPartner,
            o.Inn, o.Ogrn, o.Address, o.Site, o.HeadName, o.ClosedOn, o.MergedIntoId, o.ConcurrencyStamp);
}
