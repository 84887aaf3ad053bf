using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Common;
using Nastavnik.Web.Data;
using Nastavnik.Web.Features.Shared;
using Nastavnik.Web.Infrastructure.Auth;
using Nastavnik.Web.Infrastructure.Time;

namespace Nastavnik.Web.Features.Territory;

/// <summary>An organization's card: the regional operator creates and edits it, closes it on a date (or reopens it) and
/// merges it into another; everyone else who sees it reads it.</summary>
[Authorize(Policy = Policies.ViewTerritory)]
public class OrganizationModel(TerritoryService territory, TerritoryClock clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Id { get; set; }
    [BindProperty] public OrganizationInput Input { get; set; } = new();
    public Domain.Territory.Organization? Current { get; private set; }
    public List<MunicipalityRow> Municipalities { get; private set; } = [];
    public bool CanEdit => this.Scope().CanEditTerritory;
    public DateOnly Today => clock.Today;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (Current is not null) Input = OrganizationInput.From(Current);
        else if (!CanEdit) return Forbid();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!CanEdit) return Forbid();
        var o = await this.SaveOrShowErrorAsync(() => Id is { } id ? territory.UpdateOrganizationAsync(this.Scope(), id, Input, ct) : territory.CreateOrganizationAsync(this.Scope(), Input, ct));
        if (o is not null)
        {
            TempData["Message"] = "Сведения об организации сохранены.";
            return Redirect($"/Territory/Organization/{o.Id}");
        }
        if (!await LoadAsync(ct)) return NotFound();
        return Page();
    }

    public async Task<IActionResult> OnPostCloseAsync(DateOnly? closedOn, Guid? stamp) =>
        !CanEdit ? Forbid() : await this.RunAsync(() => territory.SetOrganizationClosedAsync(this.Scope(), Id!.Value,
            closedOn ?? throw new DomainException("Дата закрытия: укажите дату.", "ClosedOn"), stamp), "Организация закрыта.");

    public async Task<IActionResult> OnPostReopenAsync(Guid? stamp) =>
        !CanEdit ? Forbid() : await this.RunAsync(() => territory.SetOrganizationClosedAsync(this.Scope(), Id!.Value, null, stamp), "Организация снова действующая.");

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        Municipalities = await territory.MunicipalitiesAsync(this.Scope(), ct);
        if (Id is not { } id) return true;
        Current = await territory.FindOrganizationAsync(this.Scope(), id, ct);
        return Current is not null;
    }
}
