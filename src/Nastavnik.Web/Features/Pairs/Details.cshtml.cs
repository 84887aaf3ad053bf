using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nastavnik.Domain.Common;
using Nastavnik.Domain.Programs;
using Nastavnik.Web.Data;
using Nastavnik.Web.Features.Programs;
using Nastavnik.Web.Features.Shared;
using Nastavnik.Web.Infrastructure.Time;

namespace Nastavnik.Web.Features.Pairs;

/// <summary>The page of one pair (or one mentee of a group): meetings, development plan, feedback, and the pair's end.
/// Open to the program's staff, the pair's mentor and its mentee, each with his own actions.</summary>
[Authorize]
public class DetailsModel(PairAccess access, PairWorkService work, AppDbContext db, TerritoryClock clock) : PageModel
{
    public PairView View { get; private set; } = null!;
    public string? Error { get; private set; }
    public DateOnly Today => clock.Today;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostMeetingAsync(int id, MeetingKind kind, DateOnly heldOn, int durationMinutes, bool online, string? notes, int[]? absent, CancellationToken ct) =>
        RunAsync(id, ct, async () => await work.RecordMeetingAsync(this.Scope(), id, new MeetingInput(kind, heldOn, durationMinutes, online, notes), absent, ct), "Встреча записана.");

    public Task<IActionResult> OnPostTaskAsync(int id, string title, int? deficitId, DateOnly dueOn, CancellationToken ct) =>
        RunAsync(id, ct, async () => await work.AddTaskAsync(this.Scope(), id, new PlanTaskInput(title, deficitId, dueOn), ct), "Задача добавлена в план развития.");

    public Task<IActionResult> OnPostTaskDoneAsync(int id, int taskId, DateOnly doneOn, string result, CancellationToken ct) =>
        RunAsync(id, ct, async () => await work.CompleteTaskAsync(this.Scope(), id, taskId, new PlanTaskDoneInput(doneOn, result), ct), "Задача выполнена.");

    public Task<IActionResult> OnPostFeedbackAsync(int id, int rating, string? text, FeedbackAuthor? author, CancellationToken ct) =>
        RunAsync(id, ct, async () => await work.GiveFeedbackAsync(this.Scope(), id, new FeedbackInput(rating, text, author), ct), "Спасибо! Обратная связь сохранена.");

    public Task<IActionResult> OnPostEndAsync(int id, string reason, CancellationToken ct) =>
        RunAsync(id, ct, async () => await work.EndEarlyAsync(this.Scope(), id, reason, ct), "Пара завершена досрочно.");

    public Task<IActionResult> OnPostCompleteAsync(int id, CancellationToken ct) =>
        RunAsync(id, ct, async () => await work.CompleteAsync(this.Scope(), id, ct), "Работа пары завершена. Закрытые дефициты сняты в базе наставляемых.");

    public async Task<IActionResult> OnPostReplaceAsync(int id, int mentorId, string reason, CancellationToken ct)
    {
        try
        {
            if (await work.ReplaceMentorAsync(this.Scope(), id, new ReplaceMentorInput(mentorId, reason), ct) is not { } replacement) return NotFound();
            TempData["Message"] = "Наставник заменён. Новая пара предложена — закрепите её приказом.";
            return RedirectToPage(new { id = replacement.Id });
        }
        catch (DomainException ex) { return await ShowErrorAsync(id, ex, ct); }
    }

    public Task<IActionResult> OnPostExtendAsync(int id, DateOnly plannedEndOn, CancellationToken ct) =>
        RunAsync(id, ct, async () => await work.ExtendAsync(this.Scope(), id, new ExtendPairInput(plannedEndOn), ct), "Срок работы пары продлён.");

    private async Task<IActionResult> RunAsync(int id, CancellationToken ct, Func<Task<object?>> action, string message)
    {
        try
        {
            if (ModelState.FirstError() is { } invalid) throw new DomainException(invalid);
            if (await action() is null) return NotFound();
            TempData["Message"] = message;
            return RedirectToPage(new { id });
        }
        catch (DomainException ex) { return await ShowErrorAsync(id, ex, ct); }
    }

    private async Task<IActionResult> ShowErrorAsync(int id, DomainException ex, CancellationToken ct)
    {
        Error = ex.Message;
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        if (await access.FindAsync(this.Scope(), id, ct) is not { } ctx) return false;
        View = await PairView.LoadAsync(db, clock.Today, ctx, ct);
        return true;
    }
}
