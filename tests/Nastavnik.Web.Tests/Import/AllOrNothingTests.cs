using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nastavnik.Web.Features.Import;
using Nastavnik.Web.Tests.Infrastructure;
using Shouldly;

namespace Nastavnik.Web.Tests.Import;

/// <summary>If the database refuses any row while writing, no row of the file stays written.</summary>
public abstract class AllOrNothingTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Fact]
    public async Task AFailureOnTheLastRowRollsBackEveryRowBeforeIt()
    {
        var org = await app.OrganizationIdAsync(DemoData.School76);
        var plan = new ImportPlan { TotalRows = 2500 };
        for (var i = 0; i < 2500; i++)
        {
            var row = new PlannedRow { RowNumber = i + 2, Participation = i % 2 == 0 ? Participation.Mentee : Participation.Mentor, ConsentDate = new DateOnly(2026, 9, 1) };
            row.Person.LastName = "Откатова";
            row.Person.FirstName = "Строка" + i;
            row.Person.BirthDate = new DateOnly(1990, 1, 1).AddDays(i);
            // The last row points to an organization that does not exist: the database rejects it at the very end.
            row.Person.OrganizationId = i == 2499 ? 987654 : org;
            plan.Rows.Add(row);
        }
        await using var db = app.NewDbContext();
        var before = (await db.People.CountAsync(), await db.Mentees.CountAsync(), await db.Mentors.CountAsync(), await db.AuditEntries.CountAsync());

        using var scope = app.Services.CreateScope();
        var clock = scope.ServiceProvider.GetRequiredService<Web.Infrastructure.Time.TerritoryClock>();
        await Should.ThrowAsync<Exception>(() => new ImportExecutor(db, clock).ExecuteAsync(plan, null));

        await using var check = app.NewDbContext();
        (await check.People.CountAsync(p => p.LastName == "Откатова")).ShouldBe(0);
        (await check.People.CountAsync(), await check.Mentees.CountAsync(), await check.Mentors.CountAsync(), await check.AuditEntries.CountAsync()).ShouldBe(before);
    }
}

public sealed class AllOrNothingOnPostgres(PostgresApp app) : AllOrNothingTests<PostgresApp>(app);
public sealed class AllOrNothingOnSqlite(SqliteApp app) : AllOrNothingTests<SqliteApp>(app);
