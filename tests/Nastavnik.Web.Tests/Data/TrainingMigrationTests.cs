using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Nastavnik.Domain.Registries;
using Nastavnik.Web.Data;
using Nastavnik.Web.Infrastructure.Audit;
using Nastavnik.Web.Tests.Infrastructure;
using Shouldly;

namespace Nastavnik.Web.Tests.Data;

/// <summary>Migration 0018 gives a mentor whose «обучение пройдено» was typed on the form before it the training record
/// it lacked (once), so the base of mentors and the figure «наставников, прошедших обучение» read the same records.</summary>
public abstract class TrainingMigrationTests(DatabaseProvider provider)
{
    [Fact]
    public async Task ATypedTrainingStatusGetsItsRecordOnce()
    {
        var cs = TestDatabases.Create(provider);
        try
        {
            await using var db = NewContext(cs);
            await db.GetService<IMigrator>().MigrateAsync("20261202000017_TerritoryTargets");
            var now = DateTimeOffset.UtcNow;
            await db.Database.ExecuteSqlRawAsync("""INSERT INTO "Regions" ("Id", "Name") VALUES (1, 'Область')""");
            await db.Database.ExecuteSqlRawAsync("""INSERT INTO "Municipalities" ("Id", "RegionId", "Name", "Kind") VALUES (1, 1, 'Район', 0)""");
            await db.Database.ExecuteSqlRawAsync("""INSERT INTO "Organizations" ("Id", "MunicipalityId", "Name", "Type", "IsArchived") VALUES (1, 1, 'Школа', 0, FALSE)""");
            foreach (var (id, status) in new[] { (1, 2), (2, 2), (3, 0) })
            {
                await db.Database.ExecuteSqlInterpolatedAsync($"""
                    INSERT INTO "People" ("Id", "OrganizationId", "LastName", "FirstName", "Sex", "Role", "ConsentState", "SearchText", "IsArchived", "CreatedAt", "UpdatedAt", "ConcurrencyStamp")
                    VALUES ({id}, 1, {"Наставник" + id}, 'Анна', 0, 0, 0, '', FALSE, {now}, {now}, {Guid.NewGuid()})
                    """);
                await db.Database.ExecuteSqlInterpolatedAsync($"""
                    INSERT INTO "Mentors" ("Id", "PersonId", "Forms", "Formats", "Capacity", "TrainingStatus", "InterviewStatus", "IsExpert", "IsArchived", "IncludedOn", "CreatedAt", "UpdatedAt", "ConcurrencyStamp")
                    VALUES ({id}, {id}, 0, 1, 1, {status}, 0, FALSE, FALSE, {new DateOnly(2025, 9, 1)}, {now}, {now}, {Guid.NewGuid()})
                    """);
            }
            // Mentor 2's training is already recorded: he gets no second record.
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO "MentorPreparations" ("MentorId", "Kind", "HeldOn", "Passed", "Outcome") VALUES (2, 0, {new DateOnly(2025, 10, 1)}, TRUE, 'КПК, 36 ч')
                """);

            await db.Database.MigrateAsync();
            var records = await db.MentorPreparations.OrderBy(r => r.MentorId).Select(r => new { r.MentorId, r.Kind, r.HeldOn, r.Passed }).ToListAsync();
            records.Select(r => (r.MentorId, r.Kind, r.HeldOn, r.Passed)).ShouldBe(
                [(1, PreparationKind.Training, new DateOnly(2025, 9, 1), true), (2, PreparationKind.Training, new DateOnly(2025, 10, 1), true)]);
        }
        finally { TestDatabases.Drop(provider, cs); }
    }

    private AppDbContext NewContext(string cs) => TestDatabases.NewContext(provider, cs);
}

public sealed class TrainingMigrationTestsOnPostgres() : TrainingMigrationTests(DatabaseProvider.Postgres);
public sealed class TrainingMigrationTestsOnSqlite() : TrainingMigrationTests(DatabaseProvider.Sqlite);
