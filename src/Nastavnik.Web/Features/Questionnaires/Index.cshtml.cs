using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nastavnik.Domain.Common;
using Nastavnik.Domain.Questionnaires;
using Nastavnik.Web.Features.Shared;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.Questionnaires;

[Authorize(Policy = Policies.EditRegistries)]
public class IndexModel(QuestionnaireService questionnaires, Lookups lookups) : PageModel
{
    public List<Questionnaire> Items { get; private set; } = [];
    public List<Option> Organizations { get; private set; } = [];
    public string? Error { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync(QuestionnaireKind kind, int organizationId, string? candidates, QuestionnaireAudience audience = QuestionnaireAudience.Staff)
    {
        try
        {
            var names = (candidates ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var q = await questionnaires.CreateAsync(this.Scope(), kind, organizationId, names, audience);
            TempData["Message"] = "Анкета создана по шаблону. Добавьте свои вопросы или разошлите ссылки.";
            return Redirect($"/Questionnaires/Details/{q.Id}");
        }
        catch (DomainException ex)
        {
            Error = ex.Message;
            await LoadAsync();
            return Page();
        }
    }

    private async Task LoadAsync()
    {
        Items = await questionnaires.ListAsync(this.Scope());
        Organizations = await lookups.OrganizationsAsync(this.Scope());
    }
}
