using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Common;
using Nastavnik.Domain.Matching;
using Nastavnik.Domain.Programs;
using Nastavnik.Matching.Engine;
using Nastavnik.Matching.Scoring;
using Nastavnik.Web.Data;
using Nastavnik.Web.Features.Programs;
using Nastavnik.Web.Features.Shared;
using Nastavnik.Web.Infrastructure.Auth;
using Nastavnik.Web.Infrastructure.Jobs;

namespace Nastavnik.Web.Features.Matching;

public sealed record ProposalRow(int Id, int MenteeId, string Mentee, string MenteeOrganization, int? MentorId, string? Mentor, string? MentorOrganization,
    int Score, bool IsLocked, string? UnmatchedReason, IReadOnlyList<ProposalLine> Lines, IReadOnlyList<Alternative> Alternatives);

/// <summary>Another mentor for a row; <paramref name="Swap"/> when his seats are taken in the draft (choosing him swaps the pairs).</summary>
public sealed record Alternative(int Id, string Name, int Score, bool Swap);

/// <summary>Подбор пар of a program: weights and mode, the background run with its progress bar, the draft with the score
/// of every pair by criterion, lock / another mentor / remove, re-run the rest, approve into the program's pairs.</summary>
[Authorize(Policy = Policies.EditRegistries)]
public class ProgramModel(ProgramService programs, MatchingRunService runs, MatchingPool pool, AppDbContext db) : PageModel
{
    public const int PageSize = 100;
    private const int AlternativesShown = 8;

    public MentorshipProgram Program { get; private set; } = null!;
    public MatchingRun? Run { get; private set; }
    public BackgroundJob? Job { get; private set; }
    public bool JobIsMine { get; private set; }
    public CriterionWeights Weights { get; private set; } = CriterionWeights.Default;
    public MatchingMode Mode { get; private set; }
    public List<ProposalRow> Rows { get; private set; } = [];
    public int Paired { get; private set; }
    public int Unpaired { get; private set; }
    public int Locked { get; private set; }
    public int MaxScore { get; private set; }
    public int AlreadyPaired { get; private set; }
    public string? Error { get; private set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;
    /// <summary>all / paired / unpaired.</summary>
    [BindProperty(SupportsGet = true)] public string Show { get; set; } = "all";

    public bool IsRunning => Job is { Status: JobStatus.Queued or JobStatus.Running };
    public int PageCount => Math.Max(1, ((Show == "paired" ? Paired : Show == "unpaired" ? Unpaired : Paired + Unpaired) + PageSize - 1) / PageSize);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRunAsync(int id, Dictionary<string, string> weights, MatchingMode mode, Guid? stamp, CancellationToken ct) =>
        await ActAsync(id, ct, async () => await runs.StartAsync(this.Scope(), User.FindFirstValue(ClaimTypes.NameIdentifier)!, id, ParseWeights(weights), mode, stamp, ct),
            "Подбор запущен.");

    public async Task<IActionResult> OnPostLockAsync(int id, int proposalId, Guid stamp, CancellationToken ct) =>
        await ActAsync(id, ct, () => runs.ToggleLockAsync(this.Scope(), id, proposalId, stamp, ct), "Пара закреплена (или откреплена) в черновике.");

    public async Task<IActionResult> OnPostAssignAsync(int id, int proposalId, int mentorId, Guid stamp, CancellationToken ct) =>
        await ActAsync(id, ct, () => runs.AssignAsync(this.Scope(), id, proposalId, mentorId, stamp, ct), "Наставник заменён; пара закреплена в черновике.");

    public async Task<IActionResult> OnPostRemoveAsync(int id, int proposalId, Guid stamp, CancellationToken ct) =>
        await ActAsync(id, ct, () => runs.RemoveAsync(this.Scope(), id, proposalId, stamp, ct), "Пара убрана из черновика; эти двое больше не будут предложены вместе.");

    public async Task<IActionResult> OnPostApproveAsync(int id, Guid stamp, CancellationToken ct)
    {
        try
        {
            if (await runs.ApproveAsync(this.Scope(), id, stamp, ct) is not { } count) return NotFound();
            TempData["Message"] = $"Пары из подбора добавлены в программу: {count}. Закрепите их приказом руководителя.";
            return Redirect($"/Programs/Details/{id}#pairs-title");
        }
        catch (DomainException ex) { return await ShowErrorAsync(id, ex.Message, ct); }
        catch (DbUpdateConcurrencyException) { return await ShowErrorAsync(id, MatchingRunService.StaleDraft, ct); }
    }

    private async Task<IActionResult> ActAsync(int id, CancellationToken ct, Func<Task<MatchingRun?>> action, string message)
    {
        try
        {
            if (await action() is null) return NotFound();
            TempData["Message"] = message;
            return Redirect($"/Programs/{id}/Matching?show={Uri.EscapeDataString(Show)}&page={PageNumber}");
        }
        catch (DomainException ex) { return await ShowErrorAsync(id, ex.Message, ct); }
        catch (DbUpdateConcurrencyException) { return await ShowErrorAsync(id, MatchingRunService.StaleDraft, ct); }
    }

    private async Task<IActionResult> ShowErrorAsync(int id, string message, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        Error = message;
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    /// <summary>The weights form: one whole number per criterion; anything else names the criterion.</summary>
    private static CriterionWeights ParseWeights(Dictionary<string, string> form)
    {
        var weights = CriterionWeights.Default;
        foreach (var criterion in Enum.GetValues<Criterion>())
        {
            if (!form.TryGetValue(criterion.ToString(), out var text) || string.IsNullOrWhiteSpace(text)) continue;
            if (!int.TryParse(text.Trim(), out var value))
                throw new DomainException($"Вес «{MatchingNames.Of(criterion)}» должен быть целым числом от 0 до {CriterionWeights.MaxWeight}.", $"weights[{criterion}]");
            weights = weights.With(criterion, value);
        }
        return weights;
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var program = await programs.FindQuery(this.Scope(), id).AsNoTracking().SingleOrDefaultAsync(ct);
        if (program is null) return false;
        Program = program;
        Run = await db.MatchingRuns.AsNoTracking().Where(r => r.ProgramId == id && r.Status == MatchingRunStatus.Draft).SingleOrDefaultAsync(ct);
        if (Run is null)
        {
            AlreadyPaired = await db.Pairs.Where(p => p.ProgramId == id && p.Status != PairStatus.Ended).Select(p => p.MenteeId).Distinct().CountAsync(ct);
            return true;
        }
        Weights = CriterionWeights.Parse(Run.Weights);
        Mode = Run.Mode;
        MaxScore = new PairScorer(new MatchingRules { Weights = Weights }).MaxScore;
        if (Run.JobId is { } jobId)
        {
            Job = await db.Jobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == jobId, ct);
            JobIsMine = Job?.CreatedByUserId == User.FindFirstValue(ClaimTypes.NameIdentifier);
            if (Job is { Status: JobStatus.Failed }) Error ??= "Подбор не выполнен: " + Job.Error;
        }
        if (IsRunning) return true;

        var proposals = db.MatchingProposals.AsNoTracking().Where(p => p.RunId == Run.Id);
        Paired = await proposals.CountAsync(p => p.MentorId != null, ct);
        Unpaired = await proposals.CountAsync(p => p.MentorId == null, ct);
        Locked = await proposals.CountAsync(p => p.IsLocked, ct);
        var shown = Show switch { "paired" => proposals.Where(p => p.MentorId != null), "unpaired" => proposals.Where(p => p.MentorId == null), _ => proposals };
        var page = await shown
            .Join(db.Mentees, p => p.MenteeId, m => m.Id, (p, m) => new { p, Mentee = m.Person! })
            .OrderBy(x => x.p.MentorId == null ? 1 : 0).ThenBy(x => x.Mentee.LastName).ThenBy(x => x.Mentee.FirstName).ThenBy(x => x.p.Id)
            .Skip((Math.Clamp(PageNumber, 1, PageCount) - 1) * PageSize).Take(PageSize)
            .Select(x => new
            {
                x.p.Id, x.p.MenteeId, Mentee = x.Mentee.FullName, MenteeOrganization = x.Mentee.Organization!.Name,
                x.p.MentorId, Mentor = db.Mentors.Where(m => m.Id == x.p.MentorId).Select(m => m.Person!.FullName).FirstOrDefault(),
                MentorOrganization = db.Mentors.Where(m => m.Id == x.p.MentorId).Select(m => m.Person!.Organization!.Name).FirstOrDefault(),
                x.p.Score, x.p.IsLocked, x.p.UnmatchedReason, x.p.Explanation,
            }).ToListAsync(ct);

        // Who else could take each mentee on the page, best first: the "another mentor" choice (a swap when his seats are taken).
        var data = await pool.LoadAsync(this.Scope(), program, Weights, ct);
        var scorer = new PairScorer(data.Rules);
        var seated = await proposals.Where(p => p.MentorId != null).GroupBy(p => p.MentorId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var notWith = Run.NotWithPairs().ToHashSet();
        var open = data.Mentors.Where(m => scorer.MentorExcluded(m) is null).ToList();
        Rows = page.Select(r =>
        {
            var mentee = data.Mentee(r.MenteeId);
            var alternatives = mentee is null ? [] : open
                .Where(m => m.Key != r.MentorId && !notWith.Contains((mentee.Key, m.Key)) && scorer.Excluded(mentee, m) is null)
                .Select(m => new Alternative(m.Key, m.Name, scorer.Score(mentee, m), seated.GetValueOrDefault(m.Key) >= m.FreeSeats))
                .OrderByDescending(m => m.Score).ThenBy(m => m.Name).Take(AlternativesShown).ToList();
            return new ProposalRow(r.Id, r.MenteeId, r.Mentee.Trim(), r.MenteeOrganization, r.MentorId, r.Mentor?.Trim(), r.MentorOrganization, r.Score, r.IsLocked,
                r.UnmatchedReason, MatchingRunService.Lines(r.Explanation), alternatives);
        }).ToList();
        AlreadyPaired = data.AlreadyPaired;
        return true;
    }
}
