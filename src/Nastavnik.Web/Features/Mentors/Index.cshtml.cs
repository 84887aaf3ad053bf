using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nastavnik.Web.Features.Registries;
using Nastavnik.Web.Features.Shared;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.Mentors;

[Authorize(Policy = Policies.EditRegistries)]
public class IndexModel(MentorQueries queries, Lookups lookups) : PageModel
{
    [BindProperty(SupportsGet = true)] public RegistryFilter Filter { get; set; } = new();
    public PagedResult<MentorRow> Result { get; private set; } = new([], 0, 1, 50);
    public List<Option> Organizations { get; private set; } = [];
    public List<Option> Municipalities { get; private set; } = [];
    public List<Option> Deficits { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var scope = this.Scope();
        Result = await queries.ListAsync(scope, Filter, ct);
        Organizations = await lookups.OrganizationsAsync(scope);
        Municipalities = scope.Level is ScopeLevel.Region ? await lookups.MunicipalitiesAsync(scope) : [];
        Deficits = await lookups.DeficitsAsync();
    }
}
