using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Files;
using Nastavnik.Domain.Practices;
using Nastavnik.Web.Data;
using Nastavnik.Web.Features.Api;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.Files;

/// <summary>Downloads a stored document: evidence of a step for the program's staff; a case's material for its staff,
/// or for every signed-in user once the case is published in the practice bank.</summary>
public static class FileEndpoints
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/files/{id:int}", async (int id, AppDbContext db, Roadmaps.RoadmapService roadmaps, ClaimsPrincipalAccessor who, CancellationToken ct) =>
        {
            var file = await db.Files.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id, ct);
            if (file is null || !await MayReadAsync(db, roadmaps, who.Scope, file, ct)) return Results.NotFound();
            return Results.File(file.Content, file.ContentType, file.FileName);
        }).RequireAuthorization();

    private static async Task<bool> MayReadAsync(AppDbContext db, Roadmaps.RoadmapService roadmaps, UserScope scope, StoredFile file, CancellationToken ct)
    {
        var organizations = db.Organizations.InScope(scope).Select(o => o.Id);
        return file.Owner switch
        {
            FileOwner.ProgramStep => scope.CanEditRegistries && await db.ProgramSteps.AnyAsync(s => s.Id == file.OwnerId
                && db.Programs.Any(p => p.Id == s.ProgramId && organizations.Contains(p.OrganizationId)), ct),
            FileOwner.PracticeCase => await db.Cases.AnyAsync(c => c.Id == file.OwnerId
                && (c.Status == CaseStatus.Published || (scope.CanEditRegistries && organizations.Contains(c.OrganizationId))), ct),
            FileOwner.IndicatorYear => scope.CanEditRegistries && await db.IndicatorYears.AnyAsync(y => y.Id == file.OwnerId
                && db.ActivityIndicators.Any(i => i.Id == y.IndicatorId && db.RoadmapActivities.Any(a => a.Id == i.ActivityId && roadmaps.Visible(scope).Any(r => r.Id == a.RoadmapId))), ct),
            _ => false,
        };
    }
}
