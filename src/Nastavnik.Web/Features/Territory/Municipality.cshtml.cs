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

/// <summary>A municipality's card: the regional operator creates, renames and closes (or reopens) it.</summary>
[Authorize(Policy = Policies.EditTerritory)]
public class MunicipalityModel(TerritoryService territory, TerritoryClock clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Id { get; set; }
    [BindProperty] public MunicipalityInput Input { get; set; } = new();
    public Domain.Territory.Municipality? Current { get; private set; }
    public DateOnly Today => clock.Today;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is { } id)
        {
            Current = await territory.FindMunicipalityAsync(this.Scope(), id, ct);
            if (Current is null) return NotFound();
            Input = new MunicipalityInput { Name = Current.Name, Kind = Current.Kind, ConcurrencyStamp = Current.ConcurrencyStamp };
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var m = await this.SaveOrShowErrorAsync(() => Id is { } id ? territory.UpdateMunicipalityAsync(this.Scope(), id, Input, ct) : territory.CreateMunicipalityAsync(this.Scope(), Input, ct));
        if (m is not null)
        {
            TempData["Message"] = "Сведения о муниципальном образовании сохранены.";
            return Redirect($"/Territory/Municipality/{m.Id}");
        }
        if (Id is { } current && (Current = await territory.FindMunicipalityAsync(this.Scope(), current, ct)) is null) return NotFound();
        return Page();
    }

    public Task<IActionResult> OnPostCloseAsync(DateOnly? closedOn, Guid? stamp) =>
        this.RunAsync(() => territory.SetMunicipalityClosedAsync(this.Scope(), Id!.Value,
            closedOn ?? throw new DomainException("Дата закрытия: укажите дату.", "ClosedOn"), stamp), "Муниципальное образование закрыто.");

    public Task<IActionResult> OnPostReopenAsync(Guid? stamp) =>
        this.RunAsync(() => territory.SetMunicipalityClosedAsync(this.Scope(), Id!.Value, null, stamp), "Муниципальное образование снова действующее.");
}
