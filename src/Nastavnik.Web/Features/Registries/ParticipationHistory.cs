using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Programs;
using Nastavnik.Domain.Registries;
using Nastavnik.Web.Data;

namespace Nastavnik.Web.Features.Registries;

public sealed record HistoryPair(int PairId, string Program, string Partner, DateOnly FormedOn, DateOnly? EndedOn, PairStatus Status, PairOutcome Outcome);

/// <summary>What the registries learn from the programs: a mentor's pairs and count of mentees, a mentee's pairs and closed deficits,
/// a mentor's training and interviews.</summary>
public sealed class ParticipationHistory
{
    public List<HistoryPair> Pairs { get; init; } = [];
    public List<string> ClosedDeficits { get; init; } = [];
    public List<MentorPreparation> Preparations { get; init; } = [];
    public int MenteesTotal => Pairs.Count(p => p.Outcome != PairOutcome.Replaced);
    public int MenteesCompleted => Pairs.Count(p => p.Outcome == PairOutcome.Completed);

    public static async Task<ParticipationHistory> ForMentorAsync(AppDbContext db, int mentorId, CancellationToken ct) => new()
    {
        Pairs = await db.Pairs.AsNoTracking().Where(p => p.MentorId == mentorId).OrderByDescending(p => p.FormedOn)
            .Select(p => new HistoryPair(p.Id, db.Programs.Where(x => x.Id == p.ProgramId).Select(x => x.Name).First(),
                db.Mentees.Where(m => m.Id == p.MenteeId).Select(m => m.Person!.FullName).First(), p.FormedOn, p.EndedOn, p.Status, p.Outcome)).ToListAsync(ct),
        Preparations = await db.MentorPreparations.AsNoTracking().Where(x => x.MentorId == mentorId).OrderByDescending(x => x.HeldOn).ThenByDescending(x => x.Id).ToListAsync(ct),
    };

    public static async Task<ParticipationHistory> ForMenteeAsync(AppDbContext db, int menteeId, CancellationToken ct)
    {
        var completed = db.Pairs.Where(p => p.MenteeId == menteeId && p.Outcome == PairOutcome.Completed).Select(p => p.Id);
        return new()
        {
            Pairs = await db.Pairs.AsNoTracking().Where(p => p.MenteeId == menteeId).OrderByDescending(p => p.FormedOn)
                .Select(p => new HistoryPair(p.Id, db.Programs.Where(x => x.Id == p.ProgramId).Select(x => x.Name).First(),
                    db.Mentors.Where(m => m.Id == p.MentorId).Select(m => m.Person!.FullName).First(), p.FormedOn, p.EndedOn, p.Status, p.Outcome)).ToListAsync(ct),
            ClosedDeficits = await db.PlanTasks.AsNoTracking().Where(t => completed.Contains(t.PairId) && t.DoneOn != null && t.DeficitId != null)
                .Select(t => db.Deficits.Where(d => d.Id == t.DeficitId).Select(d => d.Name).First()).Distinct().ToListAsync(ct),
        };
    }
}
