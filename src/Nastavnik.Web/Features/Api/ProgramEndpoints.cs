using Microsoft.AspNetCore.Http.HttpResults;
using Nastavnik.Domain.Programs;
using Nastavnik.Web.Data;
using Nastavnik.Web.Features.Programs;
using Nastavnik.Web.Infrastructure.Auth;
using Nastavnik.Web.Infrastructure.Time;
using System.ComponentModel.DataAnnotations;
using Nastavnik.Web.Infrastructure.Validation;

namespace Nastavnik.Web.Features.Api;

public sealed record EndPairInput([StringLength(1000, ErrorMessage = FieldMessages.TooLong)] [Display(Name = "Причина")] string Reason);
public sealed record ProgramStepDto(int Id, int Number, string Title, ProgramStage Stage, DateOnly DueOn, DateOnly? DoneOn, bool Overdue, string? Evidence, string? EvidenceLink);
public sealed record ProgramDto(int Id, int OrganizationId, string Name, ProgramStatus Status, ProgramStage CurrentStage, int ProgressPercent,
    DateOnly StartsOn, DateOnly EndsOn, IReadOnlyList<ProgramStepDto> Steps)
{
    public static ProgramDto From(MentorshipProgram p, DateOnly today) => new(p.Id, p.OrganizationId, p.Name, p.Status, p.CurrentStage, p.ProgressPercent,
        p.StartsOn, p.EndsOn, p.Steps.OrderBy(s => s.Stage).ThenBy(s => s.Number)
            .Select(s => new ProgramStepDto(s.Id, s.Number, s.Title, s.Stage, s.DueOn, s.DoneOn, s.IsOverdueOn(today), s.Evidence, s.EvidenceLink)).ToList());
}

/// <summary>Programs and their roadmaps, in the caller's scope.</summary>
public static class ProgramEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var programs = api.MapGroup("/programs").WithTags("Программы наставничества").RequireAuthorization(Policies.EditRegistries);
        programs.MapGet("/", (ProgramService s, ClaimsPrincipalAccessor who, CancellationToken ct) => s.ListAsync(who.Scope, ct));
        programs.MapGet("/{id:int}", async Task<Results<Ok<ProgramDto>, NotFound>> (int id, ProgramService s, TerritoryClock clock, ClaimsPrincipalAccessor who) =>
            await s.FindAsync(who.Scope, id) is { } p ? TypedResults.Ok(ProgramDto.From(p, clock.Today)) : TypedResults.NotFound());
        programs.MapPost("/", async (ProgramInput input, ProgramService s, TerritoryClock clock, ClaimsPrincipalAccessor who) =>
        {
            var p = await s.CreateAsync(who.Scope, input);
            return TypedResults.Created($"/api/v1/programs/{p.Id}", ProgramDto.From(p, clock.Today));
        });
        programs.MapPost("/{id:int}/steps/{stepId:int}/complete", async Task<Results<Ok<ProgramDto>, NotFound>> (int id, int stepId, StepDoneInput input, ProgramService s, TerritoryClock clock, ClaimsPrincipalAccessor who) =>
            await s.CompleteStepAsync(who.Scope, id, stepId, input) is { } p ? TypedResults.Ok(ProgramDto.From(p, clock.Today)) : TypedResults.NotFound());

        programs.MapGet("/{id:int}/pairs", async Task<Results<Ok<List<PairRow>>, NotFound>> (int id, ProgramService s, PairService pairs, ClaimsPrincipalAccessor who) =>
            await s.FindAsync(who.Scope, id) is null ? TypedResults.NotFound() : TypedResults.Ok(await pairs.ListAsync(id)));
        programs.MapPost("/{id:int}/pairs", async Task<Results<Created, NotFound>> (int id, ProposePairInput input, PairService pairs, ClaimsPrincipalAccessor who) =>
            await pairs.ProposeAsync(who.Scope, id, input) is { } pair ? TypedResults.Created($"/api/v1/programs/{id}/pairs/{pair.Id}") : TypedResults.NotFound());
        programs.MapPost("/{id:int}/pairs/order", async Task<Results<Ok<int>, NotFound>> (int id, FixOrderInput input, PairService pairs, ClaimsPrincipalAccessor who) =>
            await pairs.FixByOrderAsync(who.Scope, id, input) is { } count ? TypedResults.Ok(count) : TypedResults.NotFound());
    }
}
