using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Common;
using Nastavnik.Domain.People;
using Nastavnik.Web.Data;
using Nastavnik.Web.Features.Api;
using Nastavnik.Web.Features.Registries;
using Nastavnik.Web.Infrastructure.Auth;
using Nastavnik.Web.Infrastructure.Time;
using static Nastavnik.Web.Features.Api.ApiResults;

namespace Nastavnik.Web.Features.People;

public sealed record PersonDto(int Id, int OrganizationId, string LastName, string FirstName, string? MiddleName, DateOnly? BirthDate,
    int? Age, string Role, string? Position, string? Subjects, int? TeachingExperienceYears, string? Grade, bool HasValidConsent, bool IsMinor)
{
    public static PersonDto From(Person p, DateOnly today) => new(p.Id, p.OrganizationId, p.LastName, p.FirstName, p.MiddleName,
        p.BirthDate, p.AgeOn(today), p.Role.ToString(), p.Position, p.Subjects, p.TeachingExperienceYears, p.Grade,
        p.HasValidConsentOn(today), p.IsMinorOn(today));
}

/// <summary>People of the caller's scope, and their consents (the same methods as the consent forms).</summary>
public static class PeopleEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var people = api.MapGroup("/people").WithTags("Люди");
        people.MapGet("/", async (AppDbContext db, TerritoryClock clock, ClaimsPrincipalAccessor who, string? q, CancellationToken ct, int page = 1, int pageSize = 50) =>
        {
            var query = db.People.AsNoTracking().InScope(who.Scope).Where(p => !p.IsArchived);
            if (!string.IsNullOrWhiteSpace(q))
            {
                var pattern = "%" + SearchText.Normalize(q) + "%";
                query = query.Where(p => EF.Functions.Like(p.SearchText, pattern));
            }
            var f = new RegistryFilter { Page = page, PageSize = pageSize };
            var total = await query.CountAsync(ct);
            var items = await query.OrderBy(p => p.LastName).ThenBy(p => p.Id).Skip((f.SafePage - 1) * f.SafePageSize).Take(f.SafePageSize)
                .ToListAsync(ct);
            return TypedResults.Ok(new PagedResult<PersonDto>(items.Select(p => PersonDto.From(p, clock.Today)).ToList(), total, f.SafePage,
                f.SafePageSize));
        });
        people.MapGet("/{id:int}", async Task<Results<Ok<PersonDto>, NotFound>> (int id, AppDbContext db, TerritoryClock clock, ClaimsPrincipalAccessor who,
                CancellationToken ct) =>
            OkOrNotFound(await db.People.AsNoTracking().InScope(who.Scope).SingleOrDefaultAsync(p => p.Id == id, ct) is { } p
                ? PersonDto.From(p, clock.Today) : null));
        people.MapPost("/{id:int}/consents", async Task<Results<NoContent, NotFound>> (int id, ConsentInput input, PersonConsents consents,
                ClaimsPrincipalAccessor who, CancellationToken ct) =>
            NoContentOrNotFound(await consents.GiveAsync(who.Scope, id, input, ct)))
            .RequireAuthorization(Policies.EditRegistries);
        people.MapPost("/{id:int}/consents/{consentId:int}/withdraw", async Task<Results<NoContent, NotFound>> (int id, int consentId,
                PersonConsents consents, ClaimsPrincipalAccessor who, CancellationToken ct) =>
            NoContentOrNotFound(await consents.WithdrawAsync(who.Scope, id, consentId, ct)))
            .RequireAuthorization(Policies.EditRegistries);
    }
}
