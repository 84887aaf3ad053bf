using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Common;
using Nastavnik.Domain.Programs;
using Nastavnik.Domain.Questionnaires;
using Nastavnik.Domain.Territory;
using Nastavnik.Web.Data;
using Nastavnik.Web.Features.Shared;
using Nastavnik.Web.Infrastructure.Auth;
using Nastavnik.Web.Infrastructure.Time;

namespace Nastavnik.Web.Features.Programs;

/// <summary>A program's roadmap: every step by stage with its deadline, status and evidence; overdue steps in red.</summary>
[Authorize(Policy = Policies.EditRegistries)]
public class DetailsModel(ProgramService programs, PairService pairs, ProgramLifecycle lifecycle, ProgramResults results, AppDbContext db, TerritoryClock clock) : PageModel
{
    public MentorshipProgram Program { get; private set; } = null!;
    public string Organization { get; private set; } = "";
    [BindProperty] public StepDoneInput Done { get; set; } = new();
    public string? Error { get; private set; }
    public DateOnly Today => clock.Today;
    public List<PairRow> Pairs { get; private set; } = [];
    public int PairsTotal { get; private set; }
    [BindProperty(SupportsGet = true, Name = "pairsPage")] public int PairsPage { get; set; } = 1;
    public List<Option> Mentors { get; private set; } = [];
    public List<Option> Mentees { get; private set; } = [];
    public List<ProgramPartner> Partners { get; private set; } = [];
    public List<Option> Organizations { get; private set; } = [];
    public ILookup<int, FileRow> StepFiles { get; private set; } = Array.Empty<FileRow>().ToLookup(f => 0);
    public List<(int Id, string Title, QuestionnaireKind Kind, int Sent, int Answered)> Questionnaires { get; private set; } = [];
    public ProgramResultsView Results { get; private set; } = new();
    public List<AwardRow> Awards { get; private set; } = [];
    public List<Participant> Participants { get; private set; } = [];
    public int? CaseId { get; private set; }
    /// <summary>Results, awards and the case belong to the last stage; before it the page stays light.</summary>
    public bool ShowsCompletion => Program.CurrentStage >= ProgramStage.Work || Program.Status == ProgramStatus.Completed
        || Questionnaires.Any(q => q.Kind is QuestionnaireKind.Assessment or QuestionnaireKind.Satisfaction);

    public async Task<IActionResult> OnPostPartnerAsync(int id, PartnerInput partner, CancellationToken ct) =>
        await RunAsync(id, ct, async () => await lifecycle.AddPartnerAsync(this.Scope(), id, partner, ct) is null ? null : Program, "Партнёр добавлен.");

    public async Task<IActionResult> OnPostAddStepAsync(int id, StepInput step, CancellationToken ct) =>
        await RunAsync(id, ct, async () => await lifecycle.AddStepAsync(this.Scope(), id, step, ct) is null ? null : Program, "Шаг добавлен в дорожную карту.");

    public async Task<IActionResult> OnPostAwardAsync(int id, AwardInput award, CancellationToken ct) =>
        await RunAsync(id, ct, async () => await lifecycle.GrantAwardAsync(this.Scope(), id, award, ct) is null ? null : Program, "Поощрение записано.");

    public async Task<IActionResult> OnPostQuestionnaireAsync(int id, QuestionnaireKind kind, [FromServices] Questionnaires.QuestionnaireService questionnaires, CancellationToken ct) =>
        await questionnaires.CreateForProgramAsync(this.Scope(), id, kind) is { } q ? Redirect($"/Questionnaires/Details/{q.Id}") : NotFound();

    public async Task<IActionResult> OnPostProposePairAsync(int id, int mentorId, int menteeId, string? groupName, CancellationToken ct) =>
        await RunAsync(id, ct, async () => await pairs.ProposeAsync(this.Scope(), id, new ProposePairInput(mentorId, menteeId, groupName), ct) is null ? null : Program, "Пара добавлена. Закрепите пары приказом руководителя.");

    public async Task<IActionResult> OnPostFixOrderAsync(int id, string orderNumber, DateOnly orderDate, CancellationToken ct) =>
        await RunAsync(id, ct, async () => await pairs.FixByOrderAsync(this.Scope(), id, new FixOrderInput(orderNumber, orderDate), ct) is null ? null : Program, "Пары закреплены приказом.");

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostCompleteAsync(int id, int stepId, IFormFile? file, CancellationToken ct) =>
        await RunAsync(id, ct, async () => await lifecycle.CompleteStepAsync(this.Scope(), id, stepId, Done, await UploadedFileReader.ReadAsync(file, ct), ct), "Шаг отмечен выполненным.");

    public async Task<IActionResult> OnPostReopenAsync(int id, int stepId, CancellationToken ct) =>
        await RunAsync(id, ct, () => programs.ReopenStepAsync(this.Scope(), id, stepId, ct), "Шаг возвращён в работу.");

    public async Task<IActionResult> OnPostRescheduleAsync(int id, int stepId, DateOnly? dueOn, Guid stamp, CancellationToken ct)
    {
        // An unreadable date arrives as null: the domain's message names the step («Укажите новый срок шага N …»).
        ModelState.Remove(nameof(dueOn));
        return await RunAsync(id, ct, () => programs.RescheduleStepAsync(this.Scope(), id, stepId, dueOn, stamp, ct), "Срок шага изменён.");
    }

    private async Task<IActionResult> RunAsync(int id, CancellationToken ct, Func<Task<MentorshipProgram?>> action, string message)
    {
        try
        {
            if (ModelState.FirstError() is { } invalid) throw new DomainException(invalid);
            if (!await LoadAsync(id, ct) || await action() is null) return NotFound();
            TempData["Message"] = message;
            return RedirectToPage(new { id });
        }
        catch (DomainException ex)
        {
            Error = ex.Message;
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }
        catch (DbUpdateConcurrencyException)
        {
            Error = ConcurrencyStamps.ConflictMessage;
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var program = await programs.FindQuery(this.Scope(), id).AsNoTracking().SingleOrDefaultAsync(ct);
        if (program is null) return false;
        Program = program;
        var organization = await db.Organizations.Where(o => o.Id == program.OrganizationId).Select(o => new { o.Name, o.Municipality!.RegionId }).SingleAsync(ct);
        Organization = organization.Name;
        PairsTotal = await db.Pairs.CountAsync(x => x.ProgramId == id, ct);
        Pairs = await pairs.PageQuery(id, PairsPage).ToListAsync(ct);
        var (mentors, mentees) = pairs.CandidateQueries(program);
        Mentors = await mentors.ToListAsync(ct);
        Mentees = await mentees.ToListAsync(ct);
        Partners = await db.ProgramPartners.AsNoTracking().Where(x => x.ProgramId == id).OrderBy(x => x.Id).ToListAsync(ct);
        // Partners come from the whole region's catalogue (universities, enterprises, culture, NGOs), not only the user's scope.
        Organizations = await db.Organizations.AsNoTracking().Where(o => o.Municipality!.RegionId == organization.RegionId && o.Type >= OrganizationType.University && o.Type < OrganizationType.Authority && !o.IsArchived)
            .OrderBy(o => o.Name).Select(o => new Option(o.Id, o.Name)).ToListAsync(ct);
        StepFiles = await lifecycle.StepFilesAsync(program, ct);
        Questionnaires = (await db.Questionnaires.AsNoTracking().Where(q => q.ProgramId == id).OrderBy(q => q.Id)
            .Select(q => new { q.Id, q.Title, q.Kind, Sent = db.Invitations.Count(i => i.QuestionnaireId == q.Id), Answered = db.Invitations.Count(i => i.QuestionnaireId == q.Id && i.AnsweredAt != null) })
            .ToListAsync(ct)).Select(q => (q.Id, q.Title, q.Kind, q.Sent, q.Answered)).ToList();
        CaseId = await db.Cases.Where(c => c.ProgramId == id).Select(c => (int?)c.Id).FirstOrDefaultAsync(ct);
        if (ShowsCompletion)
        {
            Results = await results.ForAsync(id, ct);
            Awards = await lifecycle.AwardsAsync(id, ct);
            Participants = await lifecycle.ParticipantsAsync(id, ct);
        }
        return true;
    }
}
