using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nastavnik.Web.Features.Shared;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.Training;

/// <summary>A course program's form: a new one at the user's own level, or one of his level or below.</summary>
[Authorize(Policy = Policies.EditRegistries)]
public class EditModel(TrainingService training) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Id { get; set; }
    [BindProperty] public CourseInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is not { } id) return Page();
        if (!await training.CanEditAsync(this.Scope(), id, ct) || await training.FindVisibleAsync(this.Scope(), id, ct) is not { } course) return NotFound();
        Input = CourseInput.From(course);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var course = await this.SaveOrShowErrorAsync(() => Id is { } id ? training.UpdateAsync(this.Scope(), id, Input, ct) : training.CreateAsync(this.Scope(), Input, ct));
        if (course is null) return Page();
        TempData["Message"] = "Программа обучения сохранена.";
        return Redirect($"/Training/Details/{course.Id}");
    }
}
