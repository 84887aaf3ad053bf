using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Common;
using Nastavnik.Domain.Files;
using Nastavnik.Domain.Training;
using Nastavnik.Web.Data;
using Nastavnik.Web.Features.Shared;
using Nastavnik.Web.Infrastructure.Auth;
using Nastavnik.Web.Infrastructure.Time;

namespace Nastavnik.Web.Features.Training;

/// <summary>Finishing a course: the document (удостоверение, диплом, сертификат) with its number and date and its scan;
/// for a finished one, the scan is added or replaced.</summary>
[Authorize(Policy = Policies.EditRegistries)]
public class CompleteModel(EnrolmentService enrolments, AppDbContext db, TerritoryClock clock) : PageModel
{
    [BindProperty] public CompletionInput Input { get; set; } = new();
    public CourseEnrolment Enrolment { get; private set; } = null!;
    public TrainingCourse Course { get; private set; } = null!;
    public string Person { get; private set; } = "";
    public int? FileId { get; private set; }
    public DateOnly Today => clock.Today;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Input.DocumentKind = Course.Kind == CourseKind.Retraining ? TrainingDocumentKind.Diploma : TrainingDocumentKind.Certificate;
        Input.DocumentDate = Course.EndsOn <= Today ? Course.EndsOn : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, IFormFile? file, CancellationToken ct)
    {
        var course = await this.SaveOrShowErrorAsync(async () =>
            await enrolments.CompleteAsync(this.Scope(), id, Input, await UploadedFileReader.ReadAsync(file, ct), ct));
        if (course is not null)
        {
            TempData["Message"] = "Обучение завершено, документ записан.";
            return Redirect($"/Training/Details/{course.Id}");
        }
        db.ChangeTracker.Clear();
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAttachAsync(int id, IFormFile? file, CancellationToken ct) =>
        await this.RunAsync(async () =>
        {
            var upload = await UploadedFileReader.ReadAsync(file, ct) ?? throw new DomainException("Выберите файл.", "File");
            await enrolments.AttachAsync(this.Scope(), id, upload, ct);
        }, "Скан документа сохранён.");

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (await enrolments.FindAsync(this.Scope(), id, ct) is not { } found) return false;
        (Enrolment, Course, Person) = found;
        FileId = await db.Files.Where(f => f.Owner == FileOwner.CourseCompletion && f.OwnerId == id).MaxAsync(f => (int?)f.Id, ct);
        return true;
    }
}
