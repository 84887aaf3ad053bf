using Microsoft.AspNetCore.Http.HttpResults;
using Nastavnik.Domain.Programs;
using Nastavnik.Web.Features.Api;
using Nastavnik.Web.Features.Programs;
using static Nastavnik.Web.Features.Api.ApiResults;

namespace Nastavnik.Web.Features.Pairs;

/// <summary>The work of one pair: open to the program's staff, the pair's mentor and its mentee (each with his own rights).
/// The same service methods as the pair's page.</summary>
public static class PairEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var pairs = api.MapGroup("/pairs/{pairId:int}").WithTags("Наставнические пары").RequireAuthorization();
        pairs.MapPost("/meetings", async Task<Results<Created, NotFound>> (int pairId, MeetingInput input,
                PairWorkService work, ClaimsPrincipalAccessor who, CancellationToken ct) =>
            await work.RecordMeetingAsync(who.Scope, pairId, input, ct: ct) is { } m
                ? TypedResults.Created($"/api/v1/pairs/{pairId}/meetings/{m[0].Id}")
                : TypedResults.NotFound());
        pairs.MapPost("/tasks", async Task<Results<Ok<DevelopmentPlanTask>, NotFound>> (int pairId, PlanTaskInput input,
                PairWorkService work, ClaimsPrincipalAccessor who, CancellationToken ct) =>
            OkOrNotFound(await work.AddTaskAsync(who.Scope, pairId, input, ct)));
        pairs.MapPost("/tasks/{taskId:int}/done", async Task<Results<Ok<DevelopmentPlanTask>, NotFound>> (int pairId, int taskId,
                PlanTaskDoneInput input, PairWorkService work, ClaimsPrincipalAccessor who, CancellationToken ct) =>
            OkOrNotFound(await work.CompleteTaskAsync(who.Scope, pairId, taskId, input, ct)));
        pairs.MapPost("/feedback", async Task<Results<Ok<PairFeedback>, NotFound>> (int pairId, FeedbackInput input,
                PairWorkService work, ClaimsPrincipalAccessor who, CancellationToken ct) =>
            OkOrNotFound(await work.GiveFeedbackAsync(who.Scope, pairId, input, ct)));
        pairs.MapPost("/end", async Task<Results<NoContent, NotFound>> (int pairId, EndPairInput input,
                PairWorkService work, ClaimsPrincipalAccessor who, CancellationToken ct) =>
            NoContentOrNotFound(await work.EndEarlyAsync(who.Scope, pairId, input.Reason, ct) is not null));
        pairs.MapPost("/complete", async Task<Results<Ok<MentoringPair>, NotFound>> (int pairId,
                PairWorkService work, ClaimsPrincipalAccessor who, CancellationToken ct) =>
            OkOrNotFound(await work.CompleteAsync(who.Scope, pairId, ct)));
        pairs.MapPost("/replace", async Task<Results<Ok<MentoringPair>, NotFound>> (int pairId, ReplaceMentorInput input,
                PairWorkService work, ClaimsPrincipalAccessor who, CancellationToken ct) =>
            OkOrNotFound(await work.ReplaceMentorAsync(who.Scope, pairId, input, ct)));
        pairs.MapPost("/extend", async Task<Results<Ok<MentoringPair>, NotFound>> (int pairId, ExtendPairInput input,
                PairWorkService work, ClaimsPrincipalAccessor who, CancellationToken ct) =>
            OkOrNotFound(await work.ExtendAsync(who.Scope, pairId, input, ct)));
    }
}
