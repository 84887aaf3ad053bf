using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Common;
using Nastavnik.Domain.Registries;
using Nastavnik.Web.Features.People;
using Nastavnik.Web.Features.Shared;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.Mentees;

[Authorize(Policy = Policies.EditRegistries)]
public class EditModel(MenteeQueries queries, MenteeEditor editor, Lookups lookups) : PageModel
{
    [BindProperty] public MenteeInput Input { get; set; } = new();
    public int? Id { get; private set; }
    public List<Option> Organizations { get; private set; } = [];
    public List<Option> Deficits { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        var scope = this.Scope();
        if (id is { } existing)
        {
            var mentee = await queries.FindAsync(scope, existing, ct);
            if (mentee is null) return NotFound();
            Id = existing;
            Input = new MenteeInput
            {
                Person = PersonInput.From(mentee.Person!),
                Category = mentee.Category,
                PriorityGroups = Enum.GetValues<PriorityGroups>().Where(g => g != PriorityGroups.None && mentee.PriorityGroups.HasFlag(g)).ToList(),
                Request = mentee.Request,
                Notes = mentee.Notes,
                DeficitIds = mentee.Deficits.Select(d => d.Id).ToList(),
                ConcurrencyStamp = mentee.ConcurrencyStamp,
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
                TempData["Message"] = "Сведения о наставляемом сохранены.";
                return Redirect($"/Mentees/Details/{saved.Id}");
            }
            catch (DomainException ex)
            {
                ModelState.AddModelError(ex.Field is null ? string.Empty : $"Input.Person.{ex.Field}", ex.Message);
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
