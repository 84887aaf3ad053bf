using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Common;
using Nastavnik.Domain.Registries;
using Nastavnik.Web.Features.People;
using Nastavnik.Web.Features.Shared;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.Mentors;

[Authorize(Policy = Policies.EditRegistries)]
public class EditModel(MentorQueries queries, MentorEditor editor, Lookups lookups) : PageModel
{
    [BindProperty] public MentorInput Input { get; set; } = new();
    public int? Id { get; private set; }
    public List<Option> Organizations { get; private set; } = [];
    public List<Option> Deficits { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        var scope = this.Scope();
        if (id is { } existing)
        {
            var mentor = await queries.FindAsync(scope, existing, ct);
            if (mentor is null) return NotFound();
            Id = existing;
            Input = new MentorInput
            {
                Person = PersonInput.From(mentor.Person!),
                Competences = mentor.Competences,
                Forms = Enum.GetValues<MentoringForms>().Where(x => x != MentoringForms.None && mentor.Forms.HasFlag(x)).ToList(),
                Formats = Enum.GetValues<MentoringFormats>().Where(x => x != MentoringFormats.None && mentor.Formats.HasFlag(x)).ToList(),
                Capacity = mentor.Capacity,
                TrainingStatus = mentor.TrainingStatus,
                InterviewStatus = mentor.InterviewStatus,
                IsExpert = mentor.IsExpert,
                Notes = mentor.Notes,
                DeficitIds = mentor.CoveredDeficits.Select(d => d.Id).ToList(),
                ConcurrencyStamp = mentor.ConcurrencyStamp,
            };
        }
        else if (scope.OrganizationId is { } org) Input.Person.OrganizationId = org;
        await LoadListsAsync(scope);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct)
    {
        var scope = this.Scope();
        Id = id;
        if (ModelState.IsValid)
        {
            try
            {
                var saved = id is { } existing ? await editor.UpdateAsync(scope, existing, Input, ct) : await editor.CreateAsync(scope, Input, ct);
                if (saved is null) return NotFound();
                TempData["Message"] = "Сведения о наставнике сохранены.";
                return Redirect($"/Mentors/Details/{saved.Id}");
            }
            catch (DomainException ex)
            {
                ModelState.AddModelError(ex.Field is null ? string.Empty : $"Input.{ex.Field}", ex.Message);
            }
            catch (DbUpdateConcurrencyException)
            {
                ModelState.AddModelError(string.Empty, "Эту запись уже изменил другой пользователь, пока вы её редактировали. Откройте запись заново и внесите правки ещё раз.");
            }
        }
        await LoadListsAsync(scope);
        return Page();
    }

    private async Task LoadListsAsync(UserScope scope)
    {
        Organizations = await lookups.OrganizationsAsync(scope);
        Deficits = await lookups.DeficitsAsync();
    }
}
