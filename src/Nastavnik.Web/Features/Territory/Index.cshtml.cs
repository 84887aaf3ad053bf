using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nastavnik.Domain.Common;
using Nastavnik.Web.Features.Export;
using Nastavnik.Web.Features.Registries;
using Nastavnik.Web.Features.Shared;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.Territory;

/// <summary>The region's municipalities and their organizations: search, filters, sorting, paging, Excel. The regional
/// operator edits from here; a coordinator and an organization's staff read their part.</summary>
[Authorize(Policy = Policies.ViewTerritory)]
public class IndexModel(TerritoryService territory) : PageModel
{
    [BindProperty(SupportsGet = true)] public TerritoryFilter Filter { get; set; } = new();
    public List<MunicipalityRow> Municipalities { get; private set; } = [];
    public PagedResult<OrganizationRow> Result { get; private set; } = new([], 0, 1, 50);
    public bool CanEdit => this.Scope().CanEditTerritory;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Municipalities = await territory.MunicipalitiesAsync(this.Scope(), ct);
        Result = await territory.ListAsync(this.Scope(), Filter, ct);
    }

    public string ListUrl(int? page = null, string? sort = null, bool? desc = null) =>
        "/Territory" + QueryString.Create(Filter.ToRoute(page, sort, desc).Where(kv => kv.Value is not null));

    public string SortUrl(string key) => ListUrl(1, key, Filter.Sort == key && !Filter.Desc);

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await XlsxWriter.WriteAsync(buffer, "Организации",
            ["Муниципальное образование", "Полное наименование", "Краткое наименование", "Тип организации", "ИНН", "ОГРН", "Адрес", "Сайт", "Руководитель", "Закрыта", "Присоединена к"],
            (await territory.AllAsync(this.Scope(), Filter, ct)).Select(r => new object?[]
                { r.Municipality, r.Name, r.ShortName, r.Type.Ru(), r.Inn, r.Ogrn, r.Address, r.Site, r.HeadName, r.ClosedOn, r.MergedInto }), ct);
        return File(buffer.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "organizacii.xlsx");
    }
}
