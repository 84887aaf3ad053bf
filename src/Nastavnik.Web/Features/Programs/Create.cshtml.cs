using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nastavnik.Domain.Common;
using Nastavnik.Web.Features.Shared;
using Nastavnik.Web.Infrastructure.Auth;
using Nastavnik.Web.Infrastructure.Time;

namespace Nastavnik.Web.Features.Programs;

[Authorize(Policy = Policies.EditRegistries)]
public class CreateModel(ProgramService programs, Lookups lookups, TerritoryClock clock) : PageModel
{
    [BindProperty] public ProgramInput Input { get; set; } = new();
    public List<Option> Organizations { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Organizations = await lookups.OrganizationsAsync(this.Scope());
        Input.OrganizationId = this.Scope().OrganizationId ?? Organizations.FirstOrDefault()?.Id ?? 0;
        Input.StartsOn = clock.Today;
        Input.EndsOn = clock.Today.AddMonths(9);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            try
            {
                var program = await programs.CreateAsync(this.Scope(), Input, ct);
                TempData["Message"] = $"Программа создана, дорожная карта из {program.Steps.Count} шагов построена.";
                return Redirect($"/Programs/Details/{program.Id}");
            }
            catch (DomainException ex)
            {
                ModelState.AddModelError(ex.Field is null ? string.Empty : $"Input.{ex.Field}", ex.Message);
            }
        }
        Organizations = await lookups.OrganizationsAsync(this.Scope());
        return Page();
    }
}
