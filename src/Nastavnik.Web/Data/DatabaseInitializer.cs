using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Nastavnik.Web.Data.Seeding;
using Nastavnik.Web.Infrastructure.Configuration;

namespace Nastavnik.Web.Data;

/// <summary>Applies migrations (and, on an empty database, the demo seed) when the app starts, before it
/// accepts requests: hosted services start before the web server.</summary>
public class DatabaseInitializer(IServiceProvider services, IOptions<DemoOptions> demo, ILogger<DatabaseInitializer> log) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
        // WAL lets pages read while a long import writes (SQLite has one writer at a time).
        if (!db.IsPostgres) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        log.LogInformation("Database migrated ({Provider})", db.Database.ProviderName);
        if (!demo.Value.Seed)
        {
            if (!await db.Regions.AnyAsync(cancellationToken)) Console.WriteLine(Infrastructure.Cli.Bootstrap.EmptyDatabaseHint);
            return;
        }
        var accounts = await ActivatorUtilities.CreateInstance<DemoSeeder>(scope.ServiceProvider).SeedIfEmptyAsync();
        if (accounts.Count > 0) DemoSeeder.PrintAccounts(accounts, Console.Out);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
