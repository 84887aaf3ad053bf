using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nastavnik.Web.Features.Shared;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.Registries;

/// <summary>The list page of either base: filters from the query string, one page of rows, and the filter choices.
/// The search form is posted (its term is personal data) and answered with the list under an address whose term is
/// encrypted: pushed into the address bar for htmx, a redirect without JavaScript.</summary>
public abstract class RegistryListPage<TRow>(Lookups lookups, SearchTerms terms) : PageModel
{
    [BindProperty(SupportsGet = true)] public RegistryFilter Filter { get; set; } = new();
    public PagedResult<TRow> Result { get; private set; } = new([], 0, 1, 50);
    public List<Option> Organizations { get; private set; } = [];
    public List<Option> Municipalities { get; private set; } = [];
    public List<Option> Deficits { get; private set; } = [];

    protected abstract Task<PagedResult<TRow>> ListAsync(UserScope scope, RegistryFilter filter, CancellationToken ct);

    public Task OnGetAsync(CancellationToken ct)
    {
        Filter.WithSearchTerm(terms);
        return LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Filter.Page = 1;
        Filter.WithSearchTerm(terms);
        var address = Request.Path + QueryString.Create(Filter.ToRoute().Where(kv => kv.Value is not null));
        if (!Request.Headers.ContainsKey("HX-Request")) return Redirect(address);
        Response.Headers["HX-Push-Url"] = address;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var scope = this.Scope();
        Result = await ListAsync(scope, Filter, ct);
        Organizations = await lookups.OrganizationsAsync(scope);
        Municipalities = scope.Level is ScopeLevel.Region ? await lookups.MunicipalitiesAsync(scope) : [];
        Deficits = await lookups.DeficitsAsync();
    }
}
