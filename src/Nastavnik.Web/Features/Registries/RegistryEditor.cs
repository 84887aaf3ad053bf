using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.People;
using Nastavnik.Domain.Registries;
using Nastavnik.Web.Data;
using Nastavnik.Web.Features.People;
using Nastavnik.Web.Infrastructure.Auth;
using Nastavnik.Web.Infrastructure.Time;

namespace Nastavnik.Web.Features.Registries;

/// <summary>What both registry forms send: the person and the version the user edited.</summary>
public interface IRegistryInput
{
    PersonInput Person { get; }
    Guid? ConcurrencyStamp { get; }
}

/// <summary>Create, edit and archive of a registry record, with the checks both bases share: the organization is
/// in the user's scope, the person is not a duplicate, and a stale version is a conflict, not an overwrite.</summary>
public abstract class RegistryEditor<TEntry, TInput>(AppDbContext db, PersonRules rules, TerritoryClock clock)
    where TEntry : class, IRegistryEntry where TInput : IRegistryInput
{
    protected AppDbContext Db => db;
    protected TerritoryClock Clock => clock;

    protected abstract TEntry New(Person person, DateOnly today);
    protected abstract IQueryable<TEntry> WithDetails(IQueryable<TEntry> query);
    protected abstract Task ApplyAsync(TEntry entry, TInput input, CancellationToken ct);

    public async Task<TEntry> CreateAsync(UserScope scope, TInput input, CancellationToken ct = default)
    {
        await CheckPersonAsync(scope, input, null, ct);
        var person = new Person { LastName = "", FirstName = "" };
        input.Person.ApplyTo(person);
        var entry = New(person, clock.Today);
        await ApplyAsync(entry, input, ct);
        db.Add(entry);
        await db.SaveChangesAsync(ct);
        return entry;
    }

    /// <returns>null when the record is outside the scope.</returns>
    public async Task<TEntry?> UpdateAsync(UserScope scope, int id, TInput input, CancellationToken ct = default)
    {
        var entry = await LoadAsync(scope, id, ct);
        if (entry is null) return null;
        await CheckPersonAsync(scope, input, entry.PersonId, ct);
        db.ExpectVersion(entry, input.ConcurrencyStamp);
        db.ExpectVersion(entry.Person!, input.Person.ConcurrencyStamp); // the person may be edited through the other base's form too
        input.Person.ApplyTo(entry.Person!);
        await ApplyAsync(entry, input, ct);
        await db.SaveChangesAsync(ct);
        return entry;
    }

    public async Task<TEntry?> SetArchivedAsync(UserScope scope, int id, bool archived, Guid? stamp, CancellationToken ct = default)
    {
        var entry = await LoadAsync(scope, id, ct);
        if (entry is null) return null;
        db.ExpectVersion(entry, stamp);
        entry.IsArchived = archived;
        await db.SaveChangesAsync(ct);
        return entry;
    }

    private async Task CheckPersonAsync(UserScope scope, TInput input, int? personId, CancellationToken ct)
    {
        await rules.EnsureOrganizationInScopeAsync(scope, input.Person.OrganizationId, ct);
        PersonRules.EnsureBirthDatePlausible(input.Person, clock.Today);
        await rules.EnsureNotDuplicateAsync(input.Person, personId, ct);
    }

    private Task<TEntry?> LoadAsync(UserScope scope, int id, CancellationToken ct) =>
        WithDetails(db.Set<TEntry>().Where(ScopeQueries.Via<TEntry>(e => e.Person!, ScopeQueries.PersonPredicate(scope))))
            .SingleOrDefaultAsync(e => e.Id == id, ct);
}
