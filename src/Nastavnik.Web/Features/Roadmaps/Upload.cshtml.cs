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
    /// <summary>The programs the roadmap can be attached to (a sample roadmap without years takes the program's period).</summary>
    public List<ProgramChoice> Programs { get; private set; } = [];

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
            Programs = await roadmaps.ProgramsAsync(this.Scope(), ct);
        }
        catch (DomainException ex) { Error = ex.Message; }
        ModelState.Clear();
        return Page();
    }

    public async Task<IActionResult> OnPostCheckAsync(CancellationToken ct)
    {
        await ReadFormAsync(ct);
        ModelState.Clear();
        return Page();
    }

    /// <summary>The corrected draft over the attached program's period, if one is chosen.</summary>
    private async Task ReadFormAsync(CancellationToken ct)
    {
        Programs = await roadmaps.ProgramsAsync(this.Scope(), ct);
        try
        {
            Draft = Form.ToDraft(await roadmaps.ProgramPeriodAsync(this.Scope(), Form.ProgramId, ct));
        }
        catch (DomainException ex)
        {
            (Error, Form.ProgramId) = (ex.Message, null);
            Draft = Form.ToDraft();
        }
        (Form.StartYear, Form.EndYear, Form.SchoolYear) = (Draft.StartYear, Draft.EndYear, Draft.SchoolYear);
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        await ReadFormAsync(ct);
        if (Error is not null) return Page();
        try
        {
            var roadmap = await roadmaps.ImportAsync(this.Scope(), Draft!, Form.SourceFileName, ct);
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
