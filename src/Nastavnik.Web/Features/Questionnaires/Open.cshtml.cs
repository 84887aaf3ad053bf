using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nastavnik.Web.Features.Shared;

namespace Nastavnik.Web.Features.Questionnaires;

/// <summary>A participant opens a questionnaire about himself from his home page: a fresh personal link, then the form.</summary>
public class OpenModel(QuestionnaireService questionnaires) : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync(int id) =>
        await questionnaires.OpenOwnAsync(this.Scope(), id) is { } path ? Redirect(path) : NotFound();
}
