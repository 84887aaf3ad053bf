using Microsoft.AspNetCore.Authorization;
using Nastavnik.Domain.Registries;
using Nastavnik.Web.Features.People;
using Nastavnik.Web.Features.Registries;
using Nastavnik.Web.Features.Shared;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.Mentors;

[Authorize(Policy = Policies.EditRegistries)]
public class EditModel(MentorQueries queries, MentorEditor editor, Lookups lookups) : RegistryEditPage<Mentor, MentorInput>(editor, lookups)
{
    protected override string BasePath => "/Mentors";
    protected override string SavedMessage => "Сведения о наставнике сохранены.";

    protected override async Task<MentorInput?> LoadInputAsync(UserScope scope, int id, CancellationToken ct) =>
        await queries.FindAsync(scope, id, ct) is { } m
            ? new MentorInput
            {
                Person = PersonInput.From(m.Person!),
                Competences = m.Competences,
                Forms = Enum.GetValues<MentoringForms>().Where(x => x != MentoringForms.None && m.Forms.HasFlag(x)).ToList(),
                Formats = Enum.GetValues<MentoringFormats>().Where(x => x != MentoringFormats.None && m.Formats.HasFlag(x)).ToList(),
                Capacity = m.Capacity,
                InterviewStatus = m.InterviewStatus,
                IsExpert = m.IsExpert,
                Notes = m.Notes,
                DeficitIds = m.CoveredDeficits.Select(d => d.Id).ToList(),
                ConcurrencyStamp = m.ConcurrencyStamp,
            }
            : null;
}
