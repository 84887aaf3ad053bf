using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Common;
using Nastavnik.Domain.Practices;
using Nastavnik.Web.Features.Programs;
using Nastavnik.Web.Features.Shared;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.Practices;

/// <summary>Writing a case: its sections, its materials, and publishing it to the bank.</summary>
[Authorize(Policy = Policies.EditRegistries)]
public class EditModel(CaseService cases, Data.AppDbContext db) : PageModel
{
    public PracticeCase Case { get; private set; } = null!;
    public List<FileRow> Files { get; private set; } = [];
    public List<Domain.Registries.Deficit> Deficits { get; private set; } = [];
    public string? Error { get; private set; }
    public bool CanPublish => this.Scope().CanPublish;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    /// <summary>From the program page: opens the program's case, creating the draft the first time.</summary>
    public async Task<IActionResult> OnPostStartAsync(int programId, CancellationToken ct) =>
        await cases.StartFromProgramAsync(this.Scope(), programId, ct) is { } c ? RedirectToPage(new { id = c.Id }) : NotFound();

    public Task<IActionResult> OnPostSaveAsync(int id, CaseInput input, CancellationToken ct) =>
        RunAsync(id, ct, async () => await cases.SaveAsync(this.Scope(), id, input, ct), "Кейс сохранён.");

    public Task<IActionResult> OnPostAttachAsync(int id, IFormFile? file, CancellationToken ct) =>
        RunAsync(id, ct, async () => await cases.AttachAsync(this.Scope(), id, await UploadedFileReader.ReadAsync(file, ct)
            ?? throw new DomainException("Выберите файл.", "File"), ct), "Материал добавлен.");

    public async Task<IActionResult> OnPostPublishAsync(int id, CancellationToken ct)
    {
        try
        {
            if (await cases.PublishAsync(this.Scope(), id, ct) is null) return NotFound();
            TempData["Message"] = "Кейс опубликован в банке практик.";
            return RedirectToPage("View", new { id });
        }
        catch (DomainException ex) { Error = ex.Message; return await LoadAsync(id, ct) ? Page() : NotFound(); }
    }

    public Task<IActionResult> OnPostSubmitAsync(int id, CancellationToken ct) =>
        RunAsync(id, ct, async () => await cases.SubmitAsync(this.Scope(), id, ct), "Кейс отправлен на проверку руководителю.");

    public Task<IActionResult> OnPostReturnAsync(int id, string? reviewComment, CancellationToken ct) =>
        RunAsync(id, ct, async () => await cases.ReturnAsync(this.Scope(), id, reviewComment, ct), "Кейс возвращён на доработку.");

    public Task<IActionResult> OnPostUnpublishAsync(int id, CancellationToken ct) =>
        RunAsync(id, ct, async () => await cases.UnpublishAsync(this.Scope(), id, ct), "Кейс снят с публикации и снова стал черновиком.");

    private async Task<IActionResult> RunAsync(int id, CancellationToken ct, Func<Task<object?>> action, string message)
    {
        try
        {
            if (await action() is null) return NotFound();
            TempData["Message"] = message;
            return RedirectToPage(new { id });
        }
        catch (DomainException ex) { Error = ex.Message; }
        catch (DbUpdateConcurrencyException) { Error = "Кейс уже изменил другой пользователь. Обновите страницу и внесите правки ещё раз."; }
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (await cases.FindEditableAsync(this.Scope(), id, ct, withDeficits: true) is not { } c) return false;
        Case = c;
        Files = await cases.FilesAsync(id, ct);
        Deficits = await db.Deficits.AsNoTracking().OrderBy(d => d.Name).ToListAsync(ct);
        return true;
    }
}
