using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Common;
using Nastavnik.Domain.Programs;
using Nastavnik.Web.Data;
using Nastavnik.Web.Features.Programs;
using Nastavnik.Web.Infrastructure.Auth;
using Nastavnik.Web.Infrastructure.Time;
using Nastavnik.Web.Infrastructure.Validation;

namespace Nastavnik.Web.Features.Pairs;

public sealed record PlanTaskInput(
    [StringLength(1000, ErrorMessage = FieldMessages.TooLong)][Display(Name = "Задача")] string Title, int? DeficitId, DateOnly DueOn);
public sealed record PlanTaskDoneInput(
    DateOnly DoneOn, [StringLength(4000, ErrorMessage = FieldMessages.TooLong)][Display(Name = "Результат")] string Result);
public sealed record FeedbackInput(
    int Rating,
    [StringLength(4000, ErrorMessage = FieldMessages.TooLong)][Display(Name = "Отзыв")] string? Text,
    [KnownValue][Display(Name = "От кого")] FeedbackAuthor? Author = null);
public sealed record ReplaceMentorInput(
    int MentorId, [StringLength(1000, ErrorMessage = FieldMessages.TooLong)][Display(Name = "Причина замены")] string Reason);
public sealed record ExtendPairInput(DateOnly PlannedEndOn);
public sealed record EndPairInput([StringLength(1000, ErrorMessage = FieldMessages.TooLong)][Display(Name = "Причина")] string Reason);

/// <summary>The work of one pair: meetings (a group meets together), the development plan, feedback, and how the pair ends.
/// Every method returns null when the pair is not the user's to see.</summary>
public class PairWorkService(AppDbContext db, PairAccess access, TerritoryClock clock)
{
    public async Task<List<PairMeeting>?> RecordMeetingAsync(UserScope scope, int pairId, MeetingInput input, IReadOnlyCollection<int>? absentPairIds = null, CancellationToken ct = default)
    {
        if (await access.FindAsync(scope, pairId, ct) is not { } ctx) return null;
        ctx.EnsureCanKeepWork();
        // A group meets together: one row per mentee of the group, with his attendance.
        var pairs = ctx.Pair.GroupName is null
            ? [ctx.Pair]
            : await db.Pairs.Where(p => p.ProgramId == ctx.Pair.ProgramId && p.MentorId == ctx.Pair.MentorId && p.GroupName == ctx.Pair.GroupName && p.Status == PairStatus.Active).ToListAsync(ct);
        var ids = pairs.Select(p => p.Id).ToList();
        var earlier = (await db.Meetings.AsNoTracking().Where(m => ids.Contains(m.PairId)).ToListAsync(ct)).ToLookup(m => m.PairId);
        var recorded = pairs.Select(p => PairMeeting.Record(p, earlier[p.Id].ToList(), input.Kind, input.HeldOn, input.DurationMinutes, input.Online, input.Notes, clock.Today,
            attended: absentPairIds?.Contains(p.Id) != true)).ToList();
        db.Meetings.AddRange(recorded);
        await db.SaveChangesAsync(ct);
        return recorded;
    }

    public async Task<DevelopmentPlanTask?> AddTaskAsync(UserScope scope, int pairId, PlanTaskInput input, CancellationToken ct = default)
    {
        if (await access.FindAsync(scope, pairId, ct) is not { } ctx) return null;
        ctx.EnsureCanKeepWork();
        var deficits = await MenteeDeficitIdsAsync(ctx.Pair.MenteeId, ct);
        var task = DevelopmentPlanTask.Create(ctx.Pair, input.Title, input.DeficitId, deficits, input.DueOn);
        db.PlanTasks.Add(task);
        await db.SaveChangesAsync(ct);
        return task;
    }

    public async Task<DevelopmentPlanTask?> CompleteTaskAsync(UserScope scope, int pairId, int taskId, PlanTaskDoneInput input, CancellationToken ct = default)
    {
        if (await access.FindAsync(scope, pairId, ct) is not { } ctx) return null;
        ctx.EnsureCanKeepWork();
        var task = await db.PlanTasks.SingleOrDefaultAsync(t => t.Id == taskId && t.PairId == pairId, ct);
        if (task is null) return null;
        task.Complete(input.DoneOn, input.Result, clock.Today);
        await db.SaveChangesAsync(ct);
        return task;
    }

    /// <summary>The mentor and the mentee give their own feedback; the curator records it for either of them.</summary>
    public async Task<PairFeedback?> GiveFeedbackAsync(UserScope scope, int pairId, FeedbackInput input, CancellationToken ct = default)
    {
        if (await access.FindAsync(scope, pairId, ct) is not { } ctx) return null;
        var author = ctx.Role switch
        {
            PairRole.Mentor => FeedbackAuthor.Mentor,
            PairRole.Mentee => FeedbackAuthor.Mentee,
            _ => input.Author ?? throw new DomainException("Укажите, от кого обратная связь: наставник или наставляемый.", "Author"),
        };
        var feedback = PairFeedback.Give(ctx.Pair, author, input.Rating, input.Text, clock.Today);
        db.Feedback.Add(feedback);
        await db.SaveChangesAsync(ct);
        return feedback;
    }

    public async Task<MentoringPair?> EndEarlyAsync(UserScope scope, int pairId, string reason, CancellationToken ct = default)
    {
        if (await access.FindAsync(scope, pairId, ct) is not { } ctx) return null;
        ctx.EnsureStaff();
        PairRules.End(ctx.Pair, reason, clock.Today);
        await db.SaveChangesAsync(ct);
        return ctx.Pair;
    }

    /// <summary>The pair finished its work after the final meeting; the mentee's deficits worked off in the plan are closed in the base.</summary>
    public async Task<MentoringPair?> CompleteAsync(UserScope scope, int pairId, CancellationToken ct = default)
    {
        if (await access.FindAsync(scope, pairId, ct) is not { } ctx) return null;
        ctx.EnsureStaff();
        var meetings = await db.Meetings.AsNoTracking().Where(m => m.PairId == pairId).ToListAsync(ct);
        PairRules.Complete(ctx.Pair, meetings, clock.Today);
        var closed = await db.PlanTasks.Where(t => t.PairId == pairId && t.DoneOn != null && t.DeficitId != null).Select(t => t.DeficitId!.Value).ToListAsync(ct);
        if (closed.Count > 0)
        {
            var mentee = await db.Mentees.Include(m => m.Deficits).SingleAsync(m => m.Id == ctx.Pair.MenteeId, ct);
            mentee.Deficits.RemoveAll(d => closed.Contains(d.Id));
        }
        await db.SaveChangesAsync(ct);
        return ctx.Pair;
    }

    public async Task<MentoringPair?> ReplaceMentorAsync(UserScope scope, int pairId, ReplaceMentorInput input, CancellationToken ct = default)
    {
        if (await access.FindAsync(scope, pairId, ct) is not { } ctx) return null;
        ctx.EnsureStaff();
        var mentor = await db.Mentors.InScope(scope).Include(m => m.Person!).ThenInclude(p => p.Consents).SingleOrDefaultAsync(m => m.Id == input.MentorId, ct)
            ?? throw new DomainException("Наставник не найден в вашей области видимости.", "MentorId");
        var mentee = await db.Mentees.Include(m => m.Person!).ThenInclude(p => p.Consents).SingleAsync(m => m.Id == ctx.Pair.MenteeId, ct);
        var existing = await db.Pairs.Where(p => p.ProgramId == ctx.Pair.ProgramId).ToListAsync(ct);
        var replacement = PairRules.Replace(ctx.Program, ctx.Pair, mentor, mentee, existing, input.Reason, clock.Today);
        db.Pairs.Add(replacement);
        await db.SaveChangesAsync(ct);
        return replacement;
    }

    public async Task<MentoringPair?> ExtendAsync(UserScope scope, int pairId, ExtendPairInput input, CancellationToken ct = default)
    {
        if (await access.FindAsync(scope, pairId, ct) is not { } ctx) return null;
        ctx.EnsureStaff();
        PairRules.Extend(ctx.Program, ctx.Pair, input.PlannedEndOn, clock.Today);
        await db.SaveChangesAsync(ct);
        return ctx.Pair;
    }

    private Task<List<int>> MenteeDeficitIdsAsync(int menteeId, CancellationToken ct) =>
        db.Mentees.Where(m => m.Id == menteeId).SelectMany(m => m.Deficits).Select(d => d.Id).ToListAsync(ct);
}
