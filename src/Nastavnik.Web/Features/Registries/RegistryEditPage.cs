using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Common;
using Nastavnik.Domain.Registries;
using Nastavnik.Web.Features.Shared;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.Registries;

/// <summary>The create/edit form of either base: load, save through the editor, show Russian errors and conflicts.</summary>
public abstract class RegistryEditPage<TEntry, TInput>(RegistryEditor<TEntry, TInput> editor, Lookups lookups) : PageModel
    where TEntry : class, IRegistryEntry where TInput : class, IRegistryInput, new()
{
    [BindProperty] public TInput Input { get; set; } = new();
    public int? Id { get; private set; }
    public List<Option> Organizations { get; private set; } = [];
    public List<Option> Deficits { get; private set; } = [];

    /// <summary>"/Mentees" or "/Mentors".</summary>
    protected abstract string BasePath { get; }
    protected abstract string SavedMessage { get; }
    protected abstract Task<TInput?> LoadInputAsync(UserScope scope, int id, CancellationToken ct);

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        var scope = this.Scope();
        if (id is { } existing)
        {
            var input = await LoadInputAsync(scope, existing, ct);
            if (input is null) return NotFound();
            Id = existing;
            Input = input;
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
                TempData["Message"] = SavedMessage;
                return Redirect($"{BasePath}/Details/{saved.Id}");
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
