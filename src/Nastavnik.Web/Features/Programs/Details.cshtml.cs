using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nastavnik.Domain.Common;
using Nastavnik.Domain.Programs;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Web.Data;
using Nastavnik.Web.Features.Shared;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.Programs;

/// <summary>A program's roadmap: every step by stage with its deadline, status and evidence; overdue steps in red.</summary>
[Authorize(Policy = Policies.EditRegistries)]
public class DetailsModel(ProgramService programs, PairService pairs, AppDbContext db) : PageModel
{
    public MentorshipProgram Program { get; private set; } = null!;
    public string Organization { get; private set; } = "";
    [BindProperty] public StepDoneInput Done { get; set; } = new();
    public string? Error { get; private set; }
    public DateOnly Today => db.Today;
    public List<PairRow> Pairs { get; private set; } = [];
    public int PairsTotal { get; private set; }
    [BindProperty(SupportsGet = true, Name = "pairsPage")] public int PairsPage { get; set; } = 1;
    public List<Option> Mentors { get; private set; } = [];
    public List<Option> Mentees { get; private set; } = [];

    public async Task<IActionResult> OnPostProposePairAsync(int id, int mentorId, int menteeId, string? groupName, CancellationToken ct) =>
        await RunAsync(id, ct, async () => await pairs.ProposeAsync(this.Scope(), id, new ProposePairInput(mentorId, menteeId, groupName), ct) is null ? null : Program, "Пара добавлена. Закрепите пары приказом руководителя.");

    public async Task<IActionResult> OnPostFixOrderAsync(int id, string orderNumber, DateOnly orderDate, CancellationToken ct) =>
        await RunAsync(id, ct, async () => await pairs.FixByOrderAsync(this.Scope(), id, new FixOrderInput(orderNumber, orderDate), ct) is null ? null : Program, "Пары закреплены приказом.");

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostCompleteAsync(int id, int stepId, CancellationToken ct) =>
        await RunAsync(id, ct, () => programs.CompleteStepAsync(this.Scope(), id, stepId, Done, ct), "Шаг отмечен выполненным.");

    public async Task<IActionResult> OnPostReopenAsync(int id, int stepId, CancellationToken ct) =>
        await RunAsync(id, ct, () => programs.ReopenStepAsync(this.Scope(), id, stepId, ct), "Шаг возвращён в работу.");

    public async Task<IActionResult> OnPostRescheduleAsync(int id, int stepId, DateOnly dueOn, CancellationToken ct) =>
        await RunAsync(id, ct, () => programs.RescheduleStepAsync(this.Scope(), id, stepId, dueOn, ct), "Срок шага изменён.");

    private async Task<IActionResult> RunAsync(int id, CancellationToken ct, Func<Task<MentorshipProgram?>> action, string message)
    {
        try
        {
            if (!await LoadAsync(id, ct) || await action() is null) return NotFound();
            TempData["Message"] = message;
            return RedirectToPage(new { id });
        }
        catch (DomainException ex)
        {
            Error = ex.Message;
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var program = await programs.FindAsync(this.Scope(), id, ct);
        if (program is null) return false;
        Program = program;
        Organization = db.Organizations.Where(o => o.Id == program.OrganizationId).Select(o => o.Name).Single();
        PairsTotal = await db.Pairs.CountAsync(x => x.ProgramId == id, ct);
        Pairs = await pairs.PageQuery(id, PairsPage).ToListAsync(ct);
        var (mentors, mentees) = pairs.CandidateQueries(program.OrganizationId, id);
        Mentors = await mentors.ToListAsync(ct);
        Mentees = await mentees.ToListAsync(ct);
        return true;
    }
}
