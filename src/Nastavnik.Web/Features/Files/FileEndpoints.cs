using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Files;
using Nastavnik.Domain.Practices;
using Nastavnik.Web.Data;
using Nastavnik.Web.Features.Api;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.Files;

/// <summary>Downloads a stored document (access decided from its description, then the content streamed): evidence of a step for the program's staff; a case's material for its staff,
/// or for every signed-in user once the case is published in the practice bank.</summary>
public static class FileEndpoints
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/files/{id:int}", async (int id, AppDbContext db, Roadmaps.RoadmapService roadmaps, ClaimsPrincipalAccessor who, System.Security.Claims.ClaimsPrincipal user, CancellationToken ct) =>
        {
            var file = await db.Files.Where(f => f.Id == id).Describe().SingleOrDefaultAsync(ct);
            var userId = user.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value ?? "";
            if (file is null || !(await MayReadAsync(db, roadmaps, who.Scope, file, ct) || await MayReadPublishedAsync(db, who.Scope, userId, file, ct))) return Results.NotFound();
            return FileContent.Stream(db, file, ct);
        }).RequireAuthorization();

    private static async Task<bool> MayReadAsync(AppDbContext db, Roadmaps.RoadmapService roadmaps, UserScope scope, StoredFileInfo file, CancellationToken ct)
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

    /// <summary>Files of events, contest applications, local acts, news and course documents: by the rules of their records.</summary>
    private static async Task<bool> MayReadPublishedAsync(AppDbContext db, UserScope scope, string userId, StoredFileInfo file, CancellationToken ct) => file.Owner switch
    {
        FileOwner.Event => await db.Events.VisibleTo(scope).AnyAsync(e => e.Id == file.OwnerId, ct),
        FileOwner.ContestApplication => await db.ContestApplications.AnyAsync(a => a.Id == file.OwnerId
            && (db.Contests.EditableBy(scope).Any(c => c.Id == a.ContestId)
                || (scope.Level != ScopeLevel.Own && a.OrganizationId == scope.OrganizationId) || (scope.PersonId != null && a.PersonId == scope.PersonId)
                || db.ContestAssignments.Any(x => x.ApplicationId == a.Id && db.ContestExperts.Any(e => e.Id == x.ExpertId && e.UserId == userId))), ct),
        FileOwner.LocalActVersion => await db.LocalActVersions.AnyAsync(v => v.FileId == file.Id
            && (v.PublishedAt != null || (scope.CanEditRegistries && db.LocalActs.VisibleTo(scope).Any(a => a.Id == v.ActId))), ct),
        FileOwner.NewsImage => await db.News.AnyAsync(n => n.ImageFileId == file.Id && (n.PublishedAt != null || db.News.EditableBy(scope).Any(e => e.Id == n.Id)), ct),
        // A course document's scan: for those who see the person (his organization's staff and above, and he himself).
        FileOwner.CourseCompletion => await db.CourseEnrolments.AnyAsync(e => e.Id == file.OwnerId && db.People.InScope(scope).Any(p => p.Id == e.PersonId), ct),
        _ => false,
    };
}
