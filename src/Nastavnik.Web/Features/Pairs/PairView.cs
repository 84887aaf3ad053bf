using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Programs;
using Nastavnik.Web.Data;
using Nastavnik.Web.Features.Programs;
using Nastavnik.Web.Features.Shared;

namespace Nastavnik.Web.Features.Pairs;

public sealed record PlanTaskRow(int Id, string Title, string? Deficit, DateOnly DueOn, DateOnly? DoneOn, string? Result);
public sealed record GroupMate(int PairId, string Mentee);

/// <summary>Everything the pair page shows, read in a few small queries.</summary>
public sealed class PairView
{
    public required PairContext Context { get; init; }
    public required string Mentor { get; init; }
    public required string Mentee { get; init; }
    public required string Organization { get; init; }
    public List<PairMeeting> Meetings { get; init; } = [];
    public List<PlanTaskRow> Tasks { get; init; } = [];
    public List<PairFeedback> Feedback { get; init; } = [];
    public List<Option> MenteeDeficits { get; init; } = [];
    public List<GroupMate> Group { get; init; } = [];
    public List<Option> ReplacementMentors { get; init; } = [];
    public bool FeedbackDue { get; init; }

    public MentoringPair Pair => Context.Pair;
    public MentorshipProgram Program => Context.Program;
    public DateOnly PlannedEnd => Pair.PlannedEndOn ?? Program.EndsOn;

    public static async Task<PairView> LoadAsync(AppDbContext db, DateOnly today, PairContext ctx, CancellationToken ct)
    {
        var pair = ctx.Pair;
        static string Name(Domain.People.Person p) => $"{p.LastName} {p.FirstName} {p.MiddleName}".Trim();
        var mentor = await db.Mentors.AsNoTracking().Where(m => m.Id == pair.MentorId).Select(m => m.Person!).SingleAsync(ct);
        var mentee = await db.Mentees.AsNoTracking().Where(m => m.Id == pair.MenteeId).Select(m => m.Person!).SingleAsync(ct);
        var feedback = await db.Feedback.AsNoTracking().Where(f => f.PairId == pair.Id).OrderByDescending(f => f.Id).ToListAsync(ct);
        var group = pair.GroupName is null ? [] : await db.Pairs.AsNoTracking()
            .Where(p => p.ProgramId == pair.ProgramId && p.MentorId == pair.MentorId && p.GroupName == pair.GroupName && p.Status == PairStatus.Active)
            .Join(db.Mentees, p => p.MenteeId, m => m.Id, (p, m) => new GroupMate(p.Id, m.Person!.FullName))
            .ToListAsync(ct);
        var busy = db.Pairs.Where(p => p.ProgramId == pair.ProgramId && p.Status != PairStatus.Ended);
        return new PairView
        {
            Context = ctx,
            Mentor = Name(mentor),
            Mentee = Name(mentee),
            Organization = await db.Organizations.Where(o => o.Id == ctx.Program.OrganizationId).Select(o => o.Name).SingleAsync(ct),
            Meetings = await db.Meetings.AsNoTracking().Where(m => m.PairId == pair.Id).OrderByDescending(m => m.HeldOn).ThenByDescending(m => m.Id).ToListAsync(ct),
            Tasks = await db.PlanTasks.AsNoTracking().Where(t => t.PairId == pair.Id).OrderBy(t => t.DueOn).ThenBy(t => t.Id)
                .Select(t => new PlanTaskRow(t.Id, t.Title, db.Deficits.Where(d => d.Id == t.DeficitId).Select(d => d.Name).FirstOrDefault(), t.DueOn, t.DoneOn, t.Result)).ToListAsync(ct),
            Feedback = feedback,
            FeedbackDue = PairFeedback.IsDue(pair, feedback.Select(f => (DateOnly?)f.GivenOn).Max(), ctx.Program.FeedbackEveryWeeks, today),
            MenteeDeficits = await db.Mentees.Where(m => m.Id == pair.MenteeId).SelectMany(m => m.Deficits).OrderBy(d => d.Name).Select(d => new Option(d.Id, d.Name)).ToListAsync(ct),
            Group = group,
            ReplacementMentors = ctx.Role != PairRole.Staff || pair.Status == PairStatus.Ended ? [] : await db.Mentors.AsNoTracking().AdmittedBy(ctx.Program.Form)
                .Where(m => m.Person!.OrganizationId == ctx.Program.OrganizationId && !m.IsArchived && m.Id != pair.MentorId && busy.Count(p => p.MentorId == m.Id) < m.Capacity)
                .OrderBy(m => m.Person!.LastName).Select(m => new Option(m.Id, m.Person!.FullName)).ToListAsync(ct),
        };
    }
}
