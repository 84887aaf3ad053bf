using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Common;
using Nastavnik.Domain.Matching;
using Nastavnik.Domain.Programs;
using Nastavnik.Matching.Engine;
using Nastavnik.Matching.Scoring;
using Nastavnik.Web.Data;
using Nastavnik.Web.Features.Programs;
using Nastavnik.Web.Infrastructure.Auth;
using Nastavnik.Web.Infrastructure.Jobs;
using Nastavnik.Web.Infrastructure.Logging;
using Nastavnik.Web.Infrastructure.Time;

namespace Nastavnik.Web.Features.Matching;

public sealed record MatchingJobPayload(int RunId);

/// <summary>A program's matching draft: run it (as a background job), lock, reassign or remove proposals, re-run the
/// rest, approve. Every change carries the draft's stamp, so two curators cannot silently overwrite each other.</summary>
public class MatchingRunService(AppDbContext db, ProgramService programs, MatchingPool pool, JobQueue jobs, TerritoryClock clock,
    ILogger<MatchingRunService> log)
{
    public const string StaleDraft = "Черновик подбора уже изменён (другим пользователем или пересчётом). Обновите страницу и повторите действие.";

    public Task<MatchingRun?> DraftAsync(int programId, CancellationToken ct) =>
        db.MatchingRuns.Include(r => r.Proposals).SingleOrDefaultAsync(r => r.ProgramId == programId && r.Status == MatchingRunStatus.Draft, ct);

    /// <summary>Saves the weights and the mode and queues the run; locked proposals and removed pairs of the draft are kept.</summary>
    /// <returns>null when the program is outside the scope.</returns>
    public async Task<MatchingRun?> StartAsync(UserScope scope, string userId, int programId, CriterionWeights weights, MatchingMode mode, Guid? stamp, CancellationToken ct)
    {
        var program = await programs.FindAsync(scope, programId, ct);
        if (program is null) return null;
        if (program.Status is ProgramStatus.Completed or ProgramStatus.Cancelled)
            throw new DomainException("Программа завершена или отменена: подбор пар не проводится.");
        if (weights.Validate() is { } bad) throw new DomainException(bad, "Weights");
        var run = await DraftAsync(programId, ct);
        if (run is null)
        {
            run = new MatchingRun { ProgramId = programId, Weights = "", CreatedByUserId = userId, CreatedAt = clock.GetUtcNow() };
            db.MatchingRuns.Add(run);
        }
        else
        {
            await EnsureIdleAsync(run, ct);
            Expect(run, stamp);
        }
        run.Weights = weights.ToString();
        run.Mode = mode;
        await db.SaveChangesAsync(ct);
        // The job and the run's link to it land in one save: a runner cannot start (and change the run) in between.
        run.JobId = jobs.Add(MatchingJobHandler.JobKind, new MatchingJobPayload(run.Id), userId, program.OrganizationId).Id;
        await db.SaveChangesAsync(ct);
        return run;
    }

    /// <summary>The job's work: solve the draft and replace its unlocked proposals with the result, in one save.</summary>
    public async Task<MatchingResult> SolveAsync(UserScope scope, int runId, Func<int, string, Task> report, CancellationToken ct)
    {
        var run = await db.MatchingRuns.Include(r => r.Proposals).SingleOrDefaultAsync(r => r.Id == runId, ct)
            ?? throw new DomainException("Черновик подбора не найден: запустите подбор заново.");
        if (run.Status != MatchingRunStatus.Draft) throw new DomainException("Подбор уже утверждён.");
        var program = await programs.FindAsync(scope, run.ProgramId, ct) ?? throw new DomainException("Программа недоступна.");
        await report(5, "Чтение баз наставников и наставляемых");
        var data = await pool.LoadAsync(scope, program, CriterionWeights.Parse(run.Weights), ct);
        var scorer = new PairScorer(data.Rules);
        var locked = run.Proposals.Where(p => p.IsLocked && p.MentorId is not null)
            .Select(p => (Mentee: data.Mentee(p.MenteeId), Mentor: data.Mentor(p.MentorId!.Value)))
            .Where(p => p.Mentee is not null && p.Mentor is not null && scorer.Excluded(p.Mentee, p.Mentor) is null or Exclusion.CapacityFull)
            .Select(p => (p.Mentee!.Key, p.Mentor!.Key)).ToList();
        var input = new MatchingInput
        {
            Mentees = data.Mentees, Mentors = data.Mentors, Rules = data.Rules, Mode = run.Mode,
            NotWith = run.NotWithPairs().ToList(), Locked = locked,
        };
        var progress = new SyncProgress(p => report(10 + (int)(85 * (p.Phase == "Подбор пар" ? 0.5 + p.Share / 2 : p.Share / 2)), p.Phase));
        var result = await Task.Run(() => MatchingEngine.Run(input, progress, ct), ct);
        await report(96, "Сохранение черновика");

        db.MatchingProposals.RemoveRange(run.Proposals);
        run.Proposals = [
            .. result.Pairs.Select(p => new MatchingProposal { MenteeId = p.Mentee, MentorId = p.Mentor, Score = p.Score, IsLocked = p.Locked, Explanation = Serialize(p.Lines) }),
            .. result.Unmatched.Select(u => new MatchingProposal { MenteeId = u.Mentee, UnmatchedReason = $"{MatchingNames.Of(u.Reason)}: {u.Detail}" }),
        ];
        run.TotalScore = result.TotalScore;
        run.MenteesConsidered = data.Mentees.Count;
        run.MentorsConsidered = data.Mentors.Count;
        run.UsedCandidates = result.UsedCandidates;
        run.SolvedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return result;
    }

    public async Task<MatchingRun?> ToggleLockAsync(UserScope scope, int programId, int proposalId, Guid stamp, CancellationToken ct) =>
        await ChangeAsync(scope, programId, proposalId, stamp, ct, (run, proposal, _) =>
        {
            if (proposal.MentorId is null) throw new DomainException("Закрепить можно только пару с наставником.");
            proposal.IsLocked = !proposal.IsLocked;
            return Task.CompletedTask;
        });

    /// <summary>The curator puts the mentee with another mentor (or gives a mentor to a mentee left without one); the pair is locked.
    /// When the chosen mentor's seats are all taken in the draft, this is a swap: one of his unlocked mentees (the one who fits
    /// the freed mentor best) takes the freed mentor, or waits for a re-run if he may not.</summary>
    public async Task<MatchingRun?> AssignAsync(UserScope scope, int programId, int proposalId, int mentorId, Guid stamp, CancellationToken ct) =>
        await ChangeAsync(scope, programId, proposalId, stamp, ct, async (run, proposal, program) =>
        {
            if (proposal.MentorId == mentorId) throw new DomainException("Этот наставник уже предложен.", "MentorId");
            var data = await pool.LoadAsync(scope, program, CriterionWeights.Parse(run.Weights), ct);
            var mentee = data.Mentee(proposal.MenteeId) ?? throw new DomainException("Наставляемый уже не участвует в подборе: пересчитайте подбор.");
            var mentor = data.Mentor(mentorId) ?? throw new DomainException("Наставник не найден в пуле программы.", "MentorId");
            var scorer = new PairScorer(data.Rules);
            var notWith = run.NotWithPairs().ToHashSet();
            if ((scorer.Excluded(mentee, mentor) ?? (notWith.Contains((mentee.Key, mentor.Key)) ? Exclusion.NotWith : null)) is { } why)
                throw new DomainException($"{mentor.Name} и {mentee.Name}: пару составить нельзя — {MatchingNames.Of(why)}.", "MentorId");
            var his = run.Proposals.Where(p => p.MentorId == mentorId && p.Id != proposal.Id).ToList();
            if (his.Count >= mentor.FreeSeats)
                GiveSeatBack(his, proposal.MentorId is { } old ? data.Mentor(old) : null, data, scorer, notWith, mentor.Name);
            Place(proposal, mentee, mentor, scorer);
            proposal.IsLocked = true;
        });

    /// <summary>The swap: the displaced mentee gets the freed mentor when he may, otherwise waits for a re-run.</summary>
    private static void GiveSeatBack(List<MatchingProposal> seated, MentorProfile? freed, MatchingPoolData data, PairScorer scorer, HashSet<(int, int)> notWith, string mentorName)
    {
        var movable = seated.Where(p => !p.IsLocked).Select(p => (Proposal: p, Mentee: data.Mentee(p.MenteeId))).ToList();
        if (movable.Count == 0) throw new DomainException($"У наставника {mentorName} все места заняты закреплёнными парами: открепите одну из них.", "MentorId");
        int Fit(MenteeProfile? m) => freed is null || m is null || notWith.Contains((m.Key, freed.Key)) || scorer.Excluded(m, freed) is not null ? -1 : scorer.Score(m, freed);
        var (displaced, displacedMentee) = movable.OrderByDescending(x => Fit(x.Mentee)).ThenBy(x => x.Proposal.Score).First();
        if (Fit(displacedMentee) >= 0) Place(displaced, displacedMentee!, freed!, scorer);
        else
        {
            displaced.MentorId = null;
            displaced.Score = 0;
            displaced.Explanation = "[]";
            displaced.UnmatchedReason = "Место у наставника отдано куратором другому наставляемому: пересчитайте подбор";
        }
    }

    private static void Place(MatchingProposal proposal, MenteeProfile mentee, MentorProfile mentor, PairScorer scorer)
    {
        proposal.MentorId = mentor.Key;
        proposal.Score = scorer.Score(mentee, mentor);
        proposal.Explanation = Serialize(scorer.Explain(mentee, mentor));
        proposal.UnmatchedReason = null;
    }

    /// <summary>Removes a proposed pair: the two are never proposed together again in this draft; the mentee waits for a re-run.</summary>
    public async Task<MatchingRun?> RemoveAsync(UserScope scope, int programId, int proposalId, Guid stamp, CancellationToken ct) =>
        await ChangeAsync(scope, programId, proposalId, stamp, ct, (run, proposal, _) =>
        {
            if (proposal.MentorId is not { } mentorId) throw new DomainException("У этого наставляемого нет предложенного наставника.");
            run.AddNotWith(proposal.MenteeId, mentorId);
            proposal.MentorId = null;
            proposal.Score = 0;
            proposal.Explanation = "[]";
            proposal.IsLocked = false;
            proposal.UnmatchedReason = "Пара убрана куратором: пересчитайте подбор, чтобы предложить другого наставника";
            return Task.CompletedTask;
        });

    /// <summary>All proposed pairs of the draft become pairs of the program (status «предложена», to be fixed by the head's order),
    /// all or none. For a group format a mentor's mentees share a group name.</summary>
    /// <returns>the number of pairs, or null outside the scope.</returns>
    public async Task<int?> ApproveAsync(UserScope scope, int programId, Guid stamp, CancellationToken ct)
    {
        var program = await programs.FindAsync(scope, programId, ct);
        if (program is null) return null;
        var run = await DraftAsync(programId, ct) ?? throw new DomainException("Нет черновика подбора: сначала подберите пары.");
        await EnsureIdleAsync(run, ct);
        Expect(run, stamp);
        var chosen = run.Proposals.Where(p => p.MentorId is not null).ToList();
        if (chosen.Count == 0) throw new DomainException("В черновике нет предложенных пар.");
        var group = program.Format.HasFlag(Domain.Registries.MentoringFormats.Group);
        var mentorIds = chosen.Select(p => p.MentorId!.Value).Distinct().ToList();
        var menteeIds = chosen.Select(p => p.MenteeId).ToList();
        var mentors = await db.Mentors.InScope(scope).Include(m => m.Person!).ThenInclude(p => p.Consents).Where(m => mentorIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, ct);
        var mentees = await db.Mentees.InScope(scope).Include(m => m.Person!).ThenInclude(p => p.Consents).Where(m => menteeIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, ct);
        var existing = await db.Pairs.Where(p => p.ProgramId == programId).ToListAsync(ct);
        var sizes = chosen.GroupBy(p => p.MentorId!.Value).ToDictionary(g => g.Key, g => g.Count());
        foreach (var proposal in chosen)
        {
            var mentor = mentors.GetValueOrDefault(proposal.MentorId!.Value) ?? throw new DomainException("Наставник из черновика недоступен: пересчитайте подбор.");
            var mentee = mentees.GetValueOrDefault(proposal.MenteeId) ?? throw new DomainException("Наставляемый из черновика недоступен: пересчитайте подбор.");
            var groupName = group && sizes[mentor.Id] > 1 ? $"Группа наставника {mentor.Person!.FullName}" : null;
            var pair = PairRules.Propose(program, mentor, mentee, existing, groupName, clock.Today);
            existing.Add(pair);
            db.Pairs.Add(pair);
        }
        run.Status = MatchingRunStatus.Approved;
        run.ApprovedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        log.MatchingApproved(run.Id, programId, chosen.Count);
        return chosen.Count;
    }

    private async Task<MatchingRun?> ChangeAsync(UserScope scope, int programId, int proposalId, Guid stamp, CancellationToken ct,
        Func<MatchingRun, MatchingProposal, MentorshipProgram, Task> change)
    {
        var program = await programs.FindAsync(scope, programId, ct);
        if (program is null) return null;
        var run = await DraftAsync(programId, ct);
        var proposal = run?.Proposals.SingleOrDefault(p => p.Id == proposalId);
        if (run is null || proposal is null) return null;
        await EnsureIdleAsync(run, ct);
        Expect(run, stamp);
        await change(run, proposal, program);
        await db.SaveChangesAsync(ct);
        return run;
    }

    public Task<bool> IsRunningAsync(MatchingRun run, CancellationToken ct) =>
        run.JobId is { } id ? db.Jobs.AnyAsync(j => j.Id == id && (j.Status == JobStatus.Queued || j.Status == JobStatus.Running), ct) : Task.FromResult(false);

    private async Task EnsureIdleAsync(MatchingRun run, CancellationToken ct)
    {
        if (await IsRunningAsync(run, ct)) throw new DomainException("Подбор выполняется: дождитесь его окончания.");
    }

    /// <summary>The form's stamp must be the draft's current one; the UPDATE checks it again against a concurrent save.</summary>
    private void Expect(MatchingRun run, Guid? stamp)
    {
        if (stamp != run.ConcurrencyStamp) throw new DomainException(StaleDraft);
        db.ExpectVersion(run, stamp);
    }

    public static string Serialize(IEnumerable<ScoreLine> lines) =>
        JsonSerializer.Serialize(lines.Select(l => new ProposalLine(MatchingNames.Of(l.Criterion), l.Points, l.MaxPoints, l.Text)));

    public static IReadOnlyList<ProposalLine> Lines(string json) =>
        JsonSerializer.Deserialize<List<ProposalLine>>(json) ?? [];

    /// <summary>Reports the engine's progress synchronously from the solving thread.</summary>
    private sealed class SyncProgress(Func<MatchingProgress, Task> report) : IProgress<MatchingProgress>
    {
        public void Report(MatchingProgress value) => report(value).GetAwaiter().GetResult();
    }
}
