using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using static Nastavnik.Web.Features.Api.ApiResults;

namespace Nastavnik.Web.Infrastructure.Jobs;

public sealed record JobDto(Guid Id, string Kind, string Status, int ProgressPercent, string? ProgressMessage, string? Error, string? Result);

/// <summary>The state of the caller's own background jobs (imports, matching, organization lists), for progress bars
/// and API clients.</summary>
public static class JobEndpoints
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/jobs/{id:guid}", async Task<Results<Ok<JobDto>, NotFound>> (Guid id, JobQueue jobs, ClaimsPrincipal user,
                CancellationToken ct) =>
            OkOrNotFound(await jobs.FindAsync(id, user.FindFirstValue(ClaimTypes.NameIdentifier)!, ct) is { } j
                ? new JobDto(j.Id, j.Kind, j.Status.ToString(), j.ProgressPercent, j.ProgressMessage, j.Error, j.Result)
                : null)).WithTags("Задачи");
}
