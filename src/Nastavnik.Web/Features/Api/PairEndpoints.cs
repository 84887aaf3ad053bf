using Microsoft.AspNetCore.Http.HttpResults;
using Nastavnik.Domain.Programs;
using Nastavnik.Web.Features.Pairs;
using Nastavnik.Web.Features.Programs;

namespace Nastavnik.Web.Features.Api;

/// <summary>The work of one pair: open to the program's staff, the pair's mentor and its mentee (each with his own rights).</summary>
public static class PairEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var pairs = api.MapGroup("/pairs/{pairId:int}").WithTags("Наставнические пары").RequireAuthorization();
        pairs.MapPost("/meetings", async Task<Results<Created, NotFound>> (int pairId, MeetingInput input, PairWorkService work, ClaimsPrincipalAccessor who) =>
            await work.RecordMeetingAsync(who.Scope, pairId, input) is { } m ? TypedResults.Created($"/api/v1/pairs/{pairId}/meetings/{m[0].Id}") : TypedResults.NotFound());
        pairs.MapPost("/tasks", async Task<Results<Ok<DevelopmentPlanTask>, NotFound>> (int pairId, PlanTaskInput input, PairWorkService work, ClaimsPrincipalAccessor who) =>
            await work.AddTaskAsync(who.Scope, pairId, input) is { } t ? TypedResults.Ok(t) : TypedResults.NotFound());
        pairs.MapPost("/tasks/{taskId:int}/done", async Task<Results<Ok<DevelopmentPlanTask>, NotFound>> (int pairId, int taskId, PlanTaskDoneInput input, PairWorkService work, ClaimsPrincipalAccessor who) =>
            await work.CompleteTaskAsync(who.Scope, pairId, taskId, input) is { } t ? TypedResults.Ok(t) : TypedResults.NotFound());
        pairs.MapPost("/feedback", async Task<Results<Ok<PairFeedback>, NotFound>> (int pairId, FeedbackInput input, PairWorkService work, ClaimsPrincipalAccessor who) =>
            await work.GiveFeedbackAsync(who.Scope, pairId, input) is { } f ? TypedResults.Ok(f) : TypedResults.NotFound());
        pairs.MapPost("/end", async Task<Results<NoContent, NotFound>> (int pairId, EndPairInput input, PairWorkService work, ClaimsPrincipalAccessor who) =>
            await work.EndEarlyAsync(who.Scope, pairId, input.Reason) is not null ? TypedResults.NoContent() : TypedResults.NotFound());
        pairs.MapPost("/complete", async Task<Results<Ok<MentoringPair>, NotFound>> (int pairId, PairWorkService work, ClaimsPrincipalAccessor who) =>
            await work.CompleteAsync(who.Scope, pairId) is { } p ? TypedResults.Ok(p) : TypedResults.NotFound());
        pairs.MapPost("/replace", async Task<Results<Ok<MentoringPair>, NotFound>> (int pairId, ReplaceMentorInput input, PairWorkService work, ClaimsPrincipalAccessor who) =>
            await work.ReplaceMentorAsync(who.Scope, pairId, input) is { } p ? TypedResults.Ok(p) : TypedResults.NotFound());
        pairs.MapPost("/extend", async Task<Results<Ok<MentoringPair>, NotFound>> (int pairId, ExtendPairInput input, PairWorkService work, ClaimsPrincipalAccessor who) =>
            await work.ExtendAsync(who.Scope, pairId, input) is { } p ? TypedResults.Ok(p) : TypedResults.NotFound());
    }
}
