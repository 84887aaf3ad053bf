using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.People;
using Nastavnik.Domain.Territory;
using Nastavnik.Web.Data;
using Nastavnik.Web.Tests.Infrastructure;
using Shouldly;

namespace Nastavnik.Web.Tests.Data;

/// <summary>A person's full name and "has a valid consent on a date" are written once in the domain and run in SQL:
/// queries using them translate (no client evaluation) and give what the in-memory members give.</summary>
public abstract class QueryableMembersTests(DatabaseProvider provider)
{
    private static readonly DateOnly Today = new(2026, 3, 31);

    [Fact]
    public async Task FullNameAndConsentRunInTheDatabaseAsInMemory()
    {
        var cs = TestDatabases.Create(provider);
        try
        {
            await using (var db = TestDatabases.NewContext(provider, cs))
            {
                await db.Database.MigrateAsync();
                var org = new Organization { Name = "Школа", Type = OrganizationType.School };
                db.Regions.Add(new Region { Name = "Область", Municipalities = { new Municipality { Name = "Район", Organizations = { org } } } });
                db.People.AddRange(
                    Person(org, "Иванова", "Анна", "Петровна", ConsentState.Valid, null),
                    Person(org, "Петров", "Олег", null, ConsentState.Valid, Today),
                    Person(org, "Сидоров", "Илья", "Ильич", ConsentState.Valid, Today.AddDays(-1)),
                    Person(org, "Кузнецова", "Вера", null, ConsentState.Withdrawn, null));
                await db.SaveChangesAsync();
            }
            await using (var db = TestDatabases.NewContext(provider, cs))
            {
                var inSql = await db.People.Where(p => p.HasValidConsentOn(Today)).OrderBy(p => p.FullName).Select(p => p.FullName).ToListAsync();
                inSql.ShouldBe(["Иванова Анна Петровна", "Петров Олег"]);
                var inMemory = (await db.People.ToListAsync()).Where(p => p.HasValidConsentOn(Today)).Select(p => p.FullName).Order();
                inSql.ShouldBe(inMemory);
                // Translated, not evaluated on the client: the name is compared inside the database.
                (await db.People.CountAsync(p => p.FullName == "Петров Олег")).ShouldBe(1);
                db.People.Where(p => p.FullName == "Петров Олег").ToQueryString().ShouldContain("LastName");
            }
        }
        finally { TestDatabases.Drop(provider, cs); }
    }

    private static Person Person(Organization org, string last, string first, string? middle, ConsentState state, DateOnly? until) =>
        new() { Organization = org, LastName = last, FirstName = first, MiddleName = middle, ConsentState = state, ConsentValidUntil = until };
}

public sealed class QueryableMembersOnPostgres() : QueryableMembersTests(DatabaseProvider.Postgres);
public sealed class QueryableMembersOnSqlite() : QueryableMembersTests(DatabaseProvider.Sqlite);
