using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Nastavnik.Web.Data;

public enum DatabaseProvider { Sqlite, Postgres }

/// <summary>One model, two providers: SQLite is the embedded default, PostgreSQL is production.</summary>
public static class DatabaseSetup
{
    public const string DefaultSqlite = "Data Source=nastavnik.db";

    public static (DatabaseProvider Provider, string ConnectionString) Resolve(IConfiguration config)
    {
        var provider = Enum.TryParse<DatabaseProvider>(config["Database:Provider"], ignoreCase: true, out var p) ? p : DatabaseProvider.Sqlite;
        var connection = config.GetConnectionString("Nastavnik");
        return (provider, string.IsNullOrWhiteSpace(connection) ? DefaultSqlite : connection);
    }

    public static void Configure(DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString)
    {
        if (provider == DatabaseProvider.Postgres)
            options.UseNpgsql(connectionString, o => o.MigrationsHistoryTable("__migrations"));
        else
            options.UseSqlite(connectionString, o => o.MigrationsHistoryTable("__migrations"));
        // Migrations are written by hand without a model snapshot (docs/decisions/0002); the
        // MigrationsMatchModel tests are what proves the migrated schema equals the model.
        options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
    }

    public static IServiceCollection AddNastavnikDatabase(this IServiceCollection services, IConfiguration config)
    {
        var (provider, connection) = Resolve(config);
        services.AddDbContext<AppDbContext>(o => Configure(o, provider, connection));
        return services;
    }
}
