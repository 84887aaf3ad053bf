using Microsoft.AspNetCore.Http.HttpResults;
using Nastavnik.Domain.Programs;
using Nastavnik.Web.Data;
using Nastavnik.Web.Features.Api;
using Nastavnik.Web.Infrastructure.Auth;
using Nastavnik.Web.Infrastructure.Time;
using static Nastavnik.Web.Features.Api.ApiResults;

namespace Nastavnik.Web.Features.Programs;

public sealed record ProgramStepDto(int Id, int Number, string Title, ProgramStage Stage, DateOnly DueOn, DateOnly? DoneOn, bool Overdue,
    string? Evidence, string? EvidenceLink);
public sealed record ProgramDto(int Id, int OrganizationId, string Name, ProgramStatus Status, ProgramStage CurrentStage, int ProgressPercent,
    DateOnly StartsOn, DateOnly EndsOn, IReadOnlyList<ProgramStepDto> Steps)
{
    public static ProgramDto From(MentorshipProgram p, DateOnly today) => new(p.Id, p.OrganizationId, p.Name, p.Status, p.CurrentStage,
        p.ProgressPercent, p.StartsOn, p.EndsOn, p.Steps.OrderBy(s => s.Stage).ThenBy(s => s.Number)
            .Select(s => new ProgramStepDto(s.Id, s.Number, s.Title, s.Stage, s.DueOn, s.DoneOn, s.IsOverdueOn(today), s.Evidence, s.EvidenceLink))
            .ToList());
}

/// <summary>Programs, their roadmaps and pairs, in the caller's scope: the same service methods as the program pages.</summary>
public static class ProgramEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var programs = api.MapGroup("/programs").WithTags("Программы наставничества").RequireAuthorization(Policies.EditRegistries);
        programs.MapGet("/", async (ProgramService s, ClaimsPrincipalAccessor who, CancellationToken ct) =>
            TypedResults.Ok(await s.ListAsync(who.Scope, ct)));
        programs.MapGet("/{id:int}", async Task<Results<Ok<ProgramDto>, NotFound>> (int id, ProgramService s, TerritoryClock clock,
                ClaimsPrincipalAccessor who, CancellationToken ct) =>
            OkOrNotFound(await s.FindAsync(who.Scope, id, ct) is { } p ? ProgramDto.From(p, clock.Today) : null));
        programs.MapPost("/", async (ProgramInput input, ProgramService s, TerritoryClock clock, ClaimsPrincipalAccessor who, CancellationToken ct) =>
        {
            var p = await s.CreateAsync(who.Scope, input, ct);
            return TypedResults.Created($"/api/v1/programs/{p.Id}", ProgramDto.From(p, clock.Today));
        });
        // The page's own method: the step's evidence (a file only from the page) and the program's stage move the same way.
        programs.MapPost("/{id:int}/steps/{stepId:int}/complete", async Task<Results<Ok<ProgramDto>, NotFound>> (int id, int stepId,
                StepDoneInput input, ProgramLifecycle lifecycle, TerritoryClock clock, ClaimsPrincipalAccessor who, CancellationToken ct) =>
            OkOrNotFound(await lifecycle.CompleteStepAsync(who.Scope, id, stepId, input, file: null, ct) is { } p ? ProgramDto.From(p, clock.Today) : null));

        programs.MapGet("/{id:int}/pairs", async Task<Results<Ok<List<PairRow>>, NotFound>> (int id, ProgramService s, PairService pairs,
                ClaimsPrincipalAccessor who, CancellationToken ct) =>
            await s.FindAsync(who.Scope, id, ct) is null ? TypedResults.NotFound() : TypedResults.Ok(await pairs.ListAsync(id, ct)));
        programs.MapPost("/{id:int}/pairs", async Task<Results<Created, NotFound>> (int id, ProposePairInput input, PairService pairs,
                ClaimsPrincipalAccessor who, CancellationToken ct) =>
            await pairs.ProposeAsync(who.Scope, id, input, ct) is { } pair
                ? TypedResults.Created($"/api/v1/programs/{id}/pairs/{pair.Id}")
                : TypedResults.NotFound());
        programs.MapPost("/{id:int}/pairs/order", async Task<Results<Ok<int>, NotFound>> (int id, FixOrderInput input, PairService pairs,
                ClaimsPrincipalAccessor who, CancellationToken ct) =>
            await pairs.FixByOrderAsync(who.Scope, id, input, ct) is { } count ? TypedResults.Ok(count) : TypedResults.NotFound());
    }
}
