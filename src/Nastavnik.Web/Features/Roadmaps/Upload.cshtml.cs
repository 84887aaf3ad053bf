using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nastavnik.Domain.Common;
using Nastavnik.Domain.Roadmaps.Import;
using Nastavnik.Web.Features.Roadmaps.Import;
using Nastavnik.Web.Features.Shared;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.Roadmaps;

/// <summary>Загрузка дорожной карты: the file (DOCX, XLSX or text), then a preview of what was understood per column and
/// per row — targets per year, due dates, responsible parties — to correct, re-check and save in one transaction.</summary>
[Authorize(Policy = Policies.EditRegistries)]
[RequestSizeLimit(RoadmapFileReader.MaxBytes + 64 * 1024)]
public class UploadModel(RoadmapService roadmaps) : PageModel
{
    [BindProperty] public RoadmapForm Form { get; set; } = new();
    public RoadmapDraft? Draft { get; private set; }
    public string? Error { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostFileAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0) { Error = "Выберите файл дорожной карты (DOCX, XLSX или TXT)."; return Page(); }
        if (file.Length > RoadmapFileReader.MaxBytes) { Error = "Файл больше 10 МБ."; return Page(); }
        try
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            Draft = RoadmapFileReader.Read(file.FileName, buffer.ToArray());
            Form = RoadmapForm.From(Draft, Path.GetFileName(file.FileName));
        }
        catch (DomainException ex) { Error = ex.Message; }
        ModelState.Clear();
        return Page();
    }

    public IActionResult OnPostCheck()
    {
        Draft = Form.ToDraft();
        ModelState.Clear();
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        Draft = Form.ToDraft();
        try
        {
            var roadmap = await roadmaps.ImportAsync(this.Scope(), Draft, Form.SourceFileName, ct);
            TempData["Message"] = $"Дорожная карта сохранена: разделов — {roadmap.Sections.Count}, мероприятий — {roadmap.Sections.Sum(s => s.Activities.Count)}.";
            return Redirect($"/Roadmaps/Details/{roadmap.Id}");
        }
        catch (DomainException ex)
        {
            Error = ex.Message;
            ModelState.Clear();
            return Page();
        }
    }
}
