using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Common;
using Nastavnik.Domain.People;
using Nastavnik.Web.Data;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.People;

/// <summary>Checks shared by every form that creates or changes a person.</summary>
public class PersonRules(AppDbContext db)
{
    public async Task EnsureOrganizationInScopeAsync(UserScope scope, int organizationId, CancellationToken ct)
    {
        if (!await db.Organizations.InScope(scope).AnyAsync(o => o.Id == organizationId, ct))
            throw new DomainException("Организация не найдена в вашей области видимости.", "OrganizationId");
    }

    public async Task EnsureNotDuplicateAsync(PersonInput input, int? exceptPersonId, CancellationToken ct)
    {
        var last = input.LastName.Trim();
        var first = input.FirstName.Trim();
        var middle = string.IsNullOrWhiteSpace(input.MiddleName) ? null : input.MiddleName.Trim();
        var exists = await db.People.AnyAsync(p => p.OrganizationId == input.OrganizationId && p.Id != exceptPersonId
            && p.LastName == last && p.FirstName == first && p.MiddleName == middle && p.BirthDate == input.BirthDate, ct);
        if (exists)
            throw new DomainException($"{last} {first} {middle} с той же датой рождения уже есть в базе этой организации.", "LastName");
    }

    public static void EnsureBirthDatePlausible(PersonInput input, DateOnly today)
    {
        if (input.BirthDate is { } b && (b > today || b < today.AddYears(-100)))
            throw new DomainException("Дата рождения указана неверно.", "BirthDate");
    }
}
