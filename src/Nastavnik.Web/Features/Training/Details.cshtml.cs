using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nastavnik.Domain.Common;
using Nastavnik.Domain.Training;
using Nastavnik.Web.Data;
using Nastavnik.Web.Features.Export;
using Nastavnik.Web.Features.Shared;
using Nastavnik.Web.Infrastructure.Auth;
using Nastavnik.Web.Infrastructure.Time;

namespace Nastavnik.Web.Features.Training;

/// <summary>A course program's card: its people of the user's scope with their orders and documents, enrolment by an
/// order, removal of one not yet finished; editing and deleting the course for its level and those above.</summary>
[Authorize(Policy = Policies.EditRegistries)]
public class DetailsModel(TrainingService training, EnrolmentService enrolments, AppDbContext db, TerritoryClock clock) : PageModel
{
    public TrainingCourse Course { get; private set; } = null!;
    public bool CanEdit { get; private set; }
    public List<EnrolmentRow> People { get; private set; } = [];
    public List<(int Id, string Name)> Candidates { get; private set; } = [];
    [BindProperty(SupportsGet = true)] public TraineeRole Role { get; set; }
    [BindProperty(SupportsGet = true)] public string? Search { get; set; }
    [BindProperty] public string? OrderNumber { get; set; }
    [BindProperty] public DateOnly? OrderDate { get; set; }
    public string? EnrolError { get; private set; }
    public DateOnly Today => clock.Today;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (await training.FindVisibleAsync(this.Scope(), id, ct) is not { } course) return false;
        Course = course;
        CanEdit = await training.CanEditAsync(this.Scope(), id, ct);
        People = await enrolments.ListAsync(this.Scope(), id, ct);
        Candidates = await enrolments.CandidatesAsync(this.Scope(), course, Role, Search, ct);
        return true;
    }

    /// <summary>The course's people of the user's scope with their orders and documents.</summary>
    public async Task<IActionResult> OnGetXlsxAsync(int id, CancellationToken ct)
    {
        if (await training.FindVisibleAsync(this.Scope(), id, ct) is not { } course) return NotFound();
        var rows = await enrolments.ListAsync(this.Scope(), id, ct);
        using var buffer = new MemoryStream();
        await XlsxWriter.WriteAsync(buffer, "Слушатели", ["ФИО", "Организация", "Обучается как", "Приказ о зачислении", "Дата приказа", "Документ", "Номер документа", "Дата документа"],
            rows.Select(r => new object?[] { r.FullName, r.Organization, r.Role.Ru(), r.OrderNumber, r.OrderDate, r.DocumentKind?.Ru(), r.DocumentNumber, r.DocumentDate })
                .ToAsyncEnumerable(), ct);
        return File(buffer.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"slushateli-{course.Id}.xlsx");
    }

    /// <summary>Enrols the chosen people by one order; on an error the page shows it with what the user typed.</summary>
    public async Task<IActionResult> OnPostEnrolAsync(int id, int[] personIds, CancellationToken ct)
    {
        try
        {
            var count = await enrolments.EnrolAsync(this.Scope(), id, Role, personIds, OrderNumber, OrderDate, ct);
            TempData["Message"] = $"Зачислено слушателей: {count}.";
            return Redirect($"/Training/Details/{id}?role={Role}");
        }
        catch (DomainException ex)
        {
            db.ChangeTracker.Clear();
            EnrolError = ex.Message;
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }
    }

    public Task<IActionResult> OnPostRemoveAsync(int id, int enrolmentId, CancellationToken ct) =>
        this.RunAsync(() => enrolments.RemoveAsync(this.Scope(), enrolmentId, ct), "Слушатель убран из программы.", $"/Training/Details/{id}");

    public async Task<IActionResult> OnPostDeleteAsync(int id, Guid? stamp, CancellationToken ct)
    {
        try
        {
            await training.DeleteAsync(this.Scope(), id, stamp, ct);
            TempData["Message"] = "Программа обучения удалена.";
            return Redirect("/Training");
        }
        catch (Exception ex) when (ex is DomainException or Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException)
        {
            TempData["Error"] = ex is DomainException ? ex.Message : ConcurrencyStamps.ConflictMessage;
            return Redirect($"/Training/Details/{id}");
        }
    }
}
