using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Common;
using Nastavnik.Domain.Programs;
using Nastavnik.Web.Data;
using Nastavnik.Web.Infrastructure.Auth;
using Nastavnik.Web.Infrastructure.Time;

namespace Nastavnik.Web.Features.Programs;

/// <summary>Programs of the organizations in the user's scope, and the work on their roadmaps.</summary>
public class ProgramService(AppDbContext db, TerritoryClock clock)
{
    private IQueryable<MentorshipProgram> InScope(UserScope scope)
    {
        var organizations = db.Organizations.InScope(scope).Select(o => o.Id);
        return db.Programs.Where(p => organizations.Contains(p.OrganizationId));
    }

    /// <summary>The program steps not yet done, every overdue one however old and the coming ones up to <paramref name="to"/>,
    /// for the calendar of deadlines.</summary>
    public IQueryable<Roadmaps.CalendarItem> OpenStepsQuery(UserScope scope, DateOnly to) =>
        db.ProgramSteps.AsNoTracking().Where(s => s.DoneOn == null && s.DueOn <= to)
            .Join(InScope(scope), s => s.ProgramId, p => p.Id, (s, p) => new { s, p })
            .OrderBy(x => x.s.DueOn).ThenBy(x => x.p.Id).ThenBy(x => x.s.Number)
            .Select(x => new Roadmaps.CalendarItem(x.s.DueOn, "/Programs/Details/" + x.p.Id, "Программа «" + x.p.Name + "»",
                x.s.Number.ToString(), x.s.Title, x.s.Responsible, "step-" + x.s.Id));

    public Task<List<ProgramSummary>> ListAsync(UserScope scope, CancellationToken ct = default) => ListQuery(scope).ToListAsync(ct);

    public IQueryable<ProgramSummary> ListQuery(UserScope scope)
    {
        var today = clock.Today;
        var quietSince = today.AddDays(-PairMeeting.InactiveAfterDays);
        return InScope(scope).AsNoTracking()
            .OrderBy(p => p.Status).ThenBy(p => p.Name)
            .Select(p => new ProgramSummary(p.Id, p.Name,
                db.Organizations.Where(o => o.Id == p.OrganizationId).Select(o => o.Name).First(),
                p.Status, p.StartsOn, p.EndsOn,
                p.Steps.Count, p.Steps.Count(s => s.DoneOn != null), p.Steps.Count(s => s.DoneOn == null && s.DueOn < today),
                p.Steps.Where(s => s.DoneOn == null).OrderBy(s => s.Stage).Select(s => (ProgramStage?)s.Stage).FirstOrDefault(),
                p.Steps.Where(s => s.DoneOn == null).OrderBy(s => s.Stage).ThenBy(s => s.DueOn).ThenBy(s => s.Number).Select(s => s.Title).FirstOrDefault(),
                p.Steps.Where(s => s.DoneOn == null).OrderBy(s => s.Stage).ThenBy(s => s.DueOn).ThenBy(s => s.Number).Select(s => (DateOnly?)s.DueOn).FirstOrDefault(),
                db.Pairs.Count(x => x.ProgramId == p.Id && x.Status == PairStatus.Active),
                db.Pairs.Count(x => x.ProgramId == p.Id && x.Status == PairStatus.Active
                    && (db.Meetings.Where(m => m.PairId == x.Id).Max(m => (DateOnly?)m.HeldOn) ?? x.OrderDate ?? x.FormedOn) < quietSince),
                db.Pairs.Where(x => x.ProgramId == p.Id && x.Status != PairStatus.Ended).Select(x => x.MentorId).Distinct().Count(),
                db.Pairs.Count(x => x.ProgramId == p.Id && x.Status != PairStatus.Ended),
                db.Pairs.Count(x => x.ProgramId == p.Id && x.Status == PairStatus.Active && p.FeedbackEveryWeeks > 0
                    && (db.Feedback.Where(f => f.PairId == x.Id).Max(f => (DateOnly?)f.GivenOn) ?? x.OrderDate ?? x.FormedOn) < today.AddDays(-7 * p.FeedbackEveryWeeks))));
    }

    public Task<MentorshipProgram?> FindAsync(UserScope scope, int id, CancellationToken ct = default) =>
        FindQuery(scope, id).SingleOrDefaultAsync(ct);

    public IQueryable<MentorshipProgram> FindQuery(UserScope scope, int id) => InScope(scope).Include(p => p.Steps).Where(p => p.Id == id);

    public async Task<MentorshipProgram> CreateAsync(UserScope scope, ProgramInput input, CancellationToken ct = default)
    {
        if (!await db.Organizations.InScope(scope).AnyAsync(o => o.Id == input.OrganizationId, ct))
            throw new DomainException("Организация не найдена в вашей области видимости.", "OrganizationId");
        var startsOn = input.StartsOn ?? clock.Today;
        var program = new MentorshipProgram
        {
            OrganizationId = input.OrganizationId, Name = input.Name.Trim(), Form = input.Form, Format = input.Format,
            ModelElement = input.ModelElement, StartsOn = startsOn, EndsOn = input.EndsOn ?? startsOn.AddMonths(9), CuratorName = input.CuratorName,
            Goals = input.Goals, Template = input.Template, RequiresMentorPreparation = input.RequiresMentorPreparation,
            FeedbackEveryWeeks = input.FeedbackEveryWeeks,
        };
        program.Validate();
        program.GenerateRoadmap();
        db.Programs.Add(program);
        await db.SaveChangesAsync(ct);
        return program;
    }

    /// <returns>null when the program or step is outside the scope.</returns>
    public async Task<MentorshipProgram?> ReopenStepAsync(UserScope scope, int programId, int stepId, CancellationToken ct = default)
    {
        var program = await FindAsync(scope, programId, ct);
        var step = program?.Steps.SingleOrDefault(s => s.Id == stepId);
        if (program is null || step is null) return null;
        program.ReopenStep(step);
        await db.SaveChangesAsync(ct);
        return program;
    }

    /// <param name="dueOn">null when the form's date is empty or not a date: a Russian error, not 0001-01-01.</param>
    /// <param name="stamp">The version of the program the form was filled against: a stale form is a conflict, not an overwrite.</param>
    public async Task<MentorshipProgram?> RescheduleStepAsync(UserScope scope, int programId, int stepId, DateOnly? dueOn, Guid? stamp,
        CancellationToken ct = default)
    {
        var program = await FindAsync(scope, programId, ct);
        var step = program?.Steps.SingleOrDefault(s => s.Id == stepId);
        if (program is null || step is null) return null;
        db.ExpectVersion(program, stamp);
        program.RescheduleStep(step, dueOn);
        await db.SaveChangesAsync(ct);
        return program;
    }
}
