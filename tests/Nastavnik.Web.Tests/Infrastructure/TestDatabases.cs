using Nastavnik.Web.Data;
using Npgsql;

namespace Nastavnik.Web.Tests.Infrastructure;

/// <summary>Throwaway databases: a new PostgreSQL database on the server that scripts/test.sh starts
/// (NASTAVNIK_TEST_PG), or a new SQLite file.</summary>
public static class TestDatabases
{
    public static string PostgresServer =>
        Environment.GetEnvironmentVariable("NASTAVNIK_TEST_PG")
        ?? throw new InvalidOperationException("NASTAVNIK_TEST_PG is not set: run the tests with scripts/test.sh, which starts a throwaway PostgreSQL.");

    public static string CreatePostgres()
    {
        var name = "nst_test_" + Guid.NewGuid().ToString("N")[..12];
        using (var conn = new NpgsqlConnection(PostgresServer))
        {
            conn.Open();
            using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", conn);
            cmd.ExecuteNonQuery();
        }
        return new NpgsqlConnectionStringBuilder(PostgresServer) { Database = name, Pooling = true }.ConnectionString;
    }

    public static void DropPostgres(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        using var conn = new NpgsqlConnection(PostgresServer);
        conn.Open();
        using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", conn);
        cmd.ExecuteNonQuery();
    }

    public static string CreateSqlite() =>
        $"Data Source={Path.Combine(Path.GetTempPath(), "nst_test_" + Guid.NewGuid().ToString("N")[..12] + ".db")}";

    public static void DropSqlite(string connectionString)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var file = connectionString["Data Source=".Length..];
        foreach (var f in new[] { file, file + "-wal", file + "-shm" }) if (File.Exists(f)) File.Delete(f);
    }

    /// <summary>A context on a database of the tests' own, outside the app (no demo seed, no migrations run).</summary>
    public static AppDbContext NewContext(DatabaseProvider provider, string connectionString)
    {
        var options = new Microsoft.EntityFrameworkCore.DbContextOptionsBuilder<AppDbContext>();
        DatabaseSetup.Configure(options, provider, connectionString);
        return new AppDbContext(options.Options, new Web.Infrastructure.Audit.AuditActor(), TimeProvider.System);
    }

    public static string Create(DatabaseProvider provider) => provider == DatabaseProvider.Postgres ? CreatePostgres() : CreateSqlite();

    public static void Drop(DatabaseProvider provider, string connectionString)
    {
        if (provider == DatabaseProvider.Postgres) DropPostgres(connectionString); else DropSqlite(connectionString);
    }
}
