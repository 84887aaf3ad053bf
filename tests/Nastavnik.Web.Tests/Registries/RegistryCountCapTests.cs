using Microsoft.EntityFrameworkCore;
using Nastavnik.Web.Features.Registries;
using Nastavnik.Web.Tests.Infrastructure;
using Shouldly;

namespace Nastavnik.Web.Tests.Registries;

/// <summary>Lists count matching rows only up to a cap: beyond it the page says «более N» and still pages on.</summary>
public abstract class RegistryCountCapTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Fact]
    public async Task TheCountStopsAtTheCapAndSaysThereAreMore()
    {
        await using var db = app.NewDbContext();
        var all = await db.Mentees.CountAsync();
        all.ShouldBeGreaterThan(3);

        (await db.Mentees.CountCappedAsync(default, cap: 3)).ShouldBe((3, true));
        (await db.Mentees.CountCappedAsync(default, cap: all)).ShouldBe((all, false));
        (await db.Mentees.CountCappedAsync(default)).ShouldBe((all, false));
    }

    [Fact]
    public void ACappedTotalReadsAsMoreAndKeepsTheNextPageReachable()
    {
        var full = Enumerable.Range(1, 50).ToList();
        var capped = new PagedResult<int>(full, 10_000, Page: 200, PageSize: 50, TotalIsLowerBound: true);
        capped.TotalText.ShouldBe($"более {10_000:N0}");
        capped.PageCount.ShouldBe(201, "a full page at the cap: the next one exists");
        new PagedResult<int>(full[..10], 10_000, Page: 230, PageSize: 50, TotalIsLowerBound: true).PageCount.ShouldBe(230, "a short page is the last");
        new PagedResult<int>(full, 120, Page: 1, PageSize: 50).PageCount.ShouldBe(3);
        new PagedResult<int>(full, 120, Page: 1, PageSize: 50).TotalText.ShouldBe("120");
    }
}

public sealed class RegistryCountCapOnPostgres(PostgresApp app) : RegistryCountCapTests<PostgresApp>(app);
public sealed class RegistryCountCapOnSqlite(SqliteApp app) : RegistryCountCapTests<SqliteApp>(app);
