using Microsoft.AspNetCore.Authorization;
using Nastavnik.Web.Features.Registries;
using Nastavnik.Web.Features.Shared;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.Mentors;

[Authorize(Policy = Policies.EditRegistries)]
public class IndexModel(MentorQueries queries, Lookups lookups, SearchTerms terms) : RegistryListPage<MentorRow>(lookups, terms)
{
    protected override Task<PagedResult<MentorRow>> ListAsync(UserScope scope, RegistryFilter filter, CancellationToken ct) => queries.ListAsync(scope, filter, ct);
}
