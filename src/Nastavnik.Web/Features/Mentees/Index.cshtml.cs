using Microsoft.AspNetCore.Authorization;
using Nastavnik.Web.Features.Registries;
using Nastavnik.Web.Features.Shared;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.Mentees;

[Authorize(Policy = Policies.EditRegistries)]
public class IndexModel(MenteeQueries queries, Lookups lookups, SearchTerms terms) : RegistryListPage<MenteeRow>(lookups, terms)
{
    protected override Task<PagedResult<MenteeRow>> ListAsync(UserScope scope, RegistryFilter filter, CancellationToken ct) => queries.ListAsync(scope, filter, ct);
}
