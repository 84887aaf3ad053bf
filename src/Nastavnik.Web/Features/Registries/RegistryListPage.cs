using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nastavnik.Web.Features.Shared;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.Registries;

/// <summary>The list page of either base: filters from the query string, one page of rows, and the filter choices.</summary>
public abstract class RegistryListPage<TRow>(Lookups lookups) : PageModel
{
    [BindProperty(SupportsGet = true)] public RegistryFilter Filter { get; set; } = new();
    public PagedResult<TRow> Result { get; private set; } = new([], 0, 1, 50);
    public List<Option> Organizations { get; private set; } = [];
    public List<Option> Municipalities { get; private set; } = [];
    public List<Option> Deficits { get; private set; } = [];

    protected abstract Task<PagedResult<TRow>> ListAsync(UserScope scope, RegistryFilter filter, CancellationToken ct);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var scope = this.Scope();
        Result = await ListAsync(scope, Filter, ct);
        Organizations = await lookups.OrganizationsAsync(scope);
        Municipalities = scope.Level is ScopeLevel.Region ? await lookups.MunicipalitiesAsync(scope) : [];
        Deficits = await lookups.DeficitsAsync();
    }
}
