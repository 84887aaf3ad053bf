using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.People;
using Nastavnik.Web.Tests.Infrastructure;
using Shouldly;

namespace Nastavnik.Web.Tests.Programs;

/// <summary>On login the curator is reminded of missing consents in his school only.</summary>
public abstract class ReminderTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Fact]
    public async Task TheProgramsPageRemindsOfTheSchoolsMenteesWithoutConsent()
    {
        await using var db = app.NewDbContext();
        var today = DateOnly.FromDateTime(DemoToday.Day);
        var expected = (await db.Mentees.Include(m => m.Person).Where(m => m.Person!.Organization!.Name.Contains(DemoData.School76) && !m.IsArchived).ToListAsync())
            .Count(m => !m.Person!.HasValidConsentOn(today));
        expected.ShouldBeGreaterThan(0, "the demo seed leaves some people without consent");

        var client = await app.LoginAsync("curator76");
        var page = await client.GetStringAsync("/Programs");
        page.ShouldContain($"Наставляемых без согласия на обработку ПДн: {expected}</a>");
    }
}

public sealed class ReminderTestsOnPostgres(PostgresApp app) : ReminderTests<PostgresApp>(app);
public sealed class ReminderTestsOnSqlite(SqliteApp app) : ReminderTests<SqliteApp>(app);
