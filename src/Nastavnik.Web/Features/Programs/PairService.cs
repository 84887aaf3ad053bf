using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Programs;
using Nastavnik.Web.Data;
using Nastavnik.Web.Infrastructure.Auth;
using Nastavnik.Web.Infrastructure.Time;
using Nastavnik.Web.Infrastructure.Validation;

namespace Nastavnik.Web.Features.Programs;

public sealed record PairRow(int Id, int MentorId, string Mentor, int MenteeId, string Mentee, string? GroupName, PairStatus Status,
    DateOnly FormedOn, string? OrderNumber, DateOnly? OrderDate, int Meetings = 0, DateOnly? LastMeeting = null)
{
    /// <summary>An active pair that has not met for three weeks (or since its order): the curator's first worry.</summary>
    public bool IsInactiveOn(DateOnly today) =>
        Status == PairStatus.Active && (LastMeeting ?? OrderDate ?? FormedOn).AddDays(PairMeeting.InactiveAfterDays) < today;
}

public sealed record MeetingInput(
    [KnownValue][Display(Name = "Вид встречи")] MeetingKind Kind, DateOnly HeldOn, int DurationMinutes, bool Online,
    [StringLength(4000, ErrorMessage = FieldMessages.TooLong)][Display(Name = "О чём говорили")] string? Notes);

public sealed record ProposePairInput(
    int MentorId, int MenteeId, [StringLength(200, ErrorMessage = FieldMessages.TooLong)][Display(Name = "Группа")] string? GroupName);
public sealed record FixOrderInput(
    [StringLength(50, ErrorMessage = FieldMessages.TooLong)][Display(Name = "Номер приказа")] string OrderNumber, DateOnly OrderDate);

/// <summary>Pairs and groups of a program: proposed by hand (or by matching later), fixed by the head's order.</summary>
public class PairService(AppDbContext db, ProgramService programs, TerritoryClock clock)
{
    public Task<List<PairRow>> ListAsync(int programId, CancellationToken ct = default) => ListQuery(programId).ToListAsync(ct);

    /// <summary>Who can still be chosen for a new pair of the program: mentors with a free place, mentees not yet in a pair,
    /// both of the kinds the program's form admits (FormRules).</summary>
    public (IQueryable<Shared.Option> Mentors, IQueryable<Shared.Option> Mentees) CandidateQueries(MentorshipProgram program)
    {
        var live = db.Pairs.Where(p => p.ProgramId == program.Id && p.Status != PairStatus.Ended);
        var organizationId = program.OrganizationId;
        return (
            db.Mentors.AsNoTracking().AdmittedBy(program.Form).Where(m => m.Person!.OrganizationId == organizationId && !m.IsArchived && live.Count(p => p.MentorId == m.Id) < m.Capacity)
                .OrderBy(m => m.Person!.LastName).Select(m => new Shared.Option(m.Id, m.Person!.FullName)),
            db.Mentees.AsNoTracking().AdmittedBy(program.Form).Where(m => m.Person!.OrganizationId == organizationId && !m.IsArchived && !live.Any(p => p.MenteeId == m.Id))
                .OrderBy(m => m.Person!.LastName).Select(m => new Shared.Option(m.Id, m.Person!.FullName)));
    }

    public const int PageSize = 50;

    /// <summary>One page of the program's pairs (they can be hundreds).</summary>
    public IQueryable<PairRow> PageQuery(int programId, int page) => ListQuery(programId).Skip((Math.Max(1, page) - 1) * PageSize).Take(PageSize);

    public IQueryable<PairRow> ListQuery(int programId) =>
        db.Pairs.AsNoTracking().Where(p => p.ProgramId == programId)
            .Join(db.Mentors, p => p.MentorId, m => m.Id, (p, m) => new { p, Mentor = m.Person! })
            .Join(db.Mentees, x => x.p.MenteeId, m => m.Id, (x, m) => new { x.p, x.Mentor, Mentee = m.Person! })
            .OrderBy(x => x.p.Status).ThenBy(x => x.Mentor.LastName).ThenBy(x => x.p.Id)
            .Select(x => new PairRow(x.p.Id, x.p.MentorId, x.Mentor.FullName,
                x.p.MenteeId, x.Mentee.FullName,
                x.p.GroupName, x.p.Status, x.p.FormedOn, x.p.OrderNumber, x.p.OrderDate,
                db.Meetings.Count(m => m.PairId == x.p.Id), db.Meetings.Where(m => m.PairId == x.p.Id).Max(m => (DateOnly?)m.HeldOn)));

    /// <returns>null when the program, the mentor or the mentee is outside the scope.</returns>
    public async Task<MentoringPair?> ProposeAsync(UserScope scope, int programId, ProposePairInput input, CancellationToken ct = default)
    {
        var program = await programs.FindAsync(scope, programId, ct);
        var mentor = await db.Mentors.InScope(scope).Include(m => m.Person!).ThenInclude(p => p.Consents).SingleOrDefaultAsync(m => m.Id == input.MentorId, ct);
        var mentee = await db.Mentees.InScope(scope).Include(m => m.Person!).ThenInclude(p => p.Consents).SingleOrDefaultAsync(m => m.Id == input.MenteeId, ct);
        if (program is null || mentor is null || mentee is null) return null;
        var existing = await db.Pairs.Where(p => p.ProgramId == programId).ToListAsync(ct);
        var pair = PairRules.Propose(program, mentor, mentee, existing, input.GroupName, clock.Today);
        db.Pairs.Add(pair);
        await db.SaveChangesAsync(ct);
        return pair;
    }

    /// <returns>the number of pairs fixed, or null outside the scope.</returns>
    public async Task<int?> FixByOrderAsync(UserScope scope, int programId, FixOrderInput input, CancellationToken ct = default)
    {
        if (await programs.FindAsync(scope, programId, ct) is null) return null;
        var pairs = await db.Pairs.Where(p => p.ProgramId == programId).ToListAsync(ct);
        var count = PairRules.FixByOrder(pairs, input.OrderNumber, input.OrderDate, clock.Today);
        await db.SaveChangesAsync(ct);
        return count;
    }
}
