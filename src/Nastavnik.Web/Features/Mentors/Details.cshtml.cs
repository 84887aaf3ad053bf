using Microsoft.AspNetCore.Authorization;
using Nastavnik.Domain.Registries;
using Nastavnik.Web.Features.People;
using Nastavnik.Web.Features.Registries;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.Mentors;

[Authorize(Policy = Policies.EditRegistries)]
public class DetailsModel(MentorQueries queries, MentorEditor editor, PersonConsents consents)
    : RegistryDetailsPage<Mentor, MentorInput>(editor, consents)
{
    protected override Task<Mentor?> FindAsync(UserScope scope, int id, CancellationToken ct) => queries.FindAsync(scope, id, ct);
}
