using Microsoft.AspNetCore.Authorization;
using Nastavnik.Domain.Registries;
using Nastavnik.Web.Features.People;
using Nastavnik.Web.Features.Registries;
using Nastavnik.Web.Features.Shared;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.Mentees;

[Authorize(Policy = Policies.EditRegistries)]
public class EditModel(MenteeQueries queries, MenteeEditor editor, Lookups lookups) : RegistryEditPage<Mentee, MenteeInput>(editor, lookups)
{
    protected override string BasePath => "/Mentees";
    protected override string SavedMessage => "Сведения о наставляемом сохранены.";

    protected override async Task<MenteeInput?> LoadInputAsync(UserScope scope, int id, CancellationToken ct) =>
        await queries.FindAsync(scope, id, ct) is { } m
            ? new MenteeInput
            {
                Person = PersonInput.From(m.Person!),
                Category = m.Category,
                PriorityGroups = Enum.GetValues<PriorityGroups>().Where(g => g != PriorityGroups.None && m.PriorityGroups.HasFlag(g)).ToList(),
                Request = m.Request,
                Notes = m.Notes,
                DeficitIds = m.Deficits.Select(d => d.Id).ToList(),
                ConcurrencyStamp = m.ConcurrencyStamp,
            }
            : null;
}
