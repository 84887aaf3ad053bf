using Microsoft.AspNetCore.Authorization;
using Nastavnik.Domain.Registries;
using Nastavnik.Web.Features.People;
using Nastavnik.Web.Features.Registries;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.Mentees;

[Authorize(Policy = Policies.EditRegistries)]
public class DetailsModel(MenteeQueries queries, MenteeEditor editor, PersonConsents consents, Data.AppDbContext db)
    : RegistryDetailsPage<Mentee, MenteeInput>(editor, consents)
{
    protected override Task<Mentee?> FindAsync(UserScope scope, int id, CancellationToken ct) => queries.FindAsync(scope, id, ct);
    protected override Task<ParticipationHistory> HistoryAsync(int id, CancellationToken ct) => ParticipationHistory.ForMenteeAsync(db, id, ct);
}
