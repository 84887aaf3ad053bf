using System.Data.Common;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Nastavnik.Web.Data;
using Nastavnik.Web.Tests.Infrastructure;
using Shouldly;

namespace Nastavnik.Web.Tests.Data;

/// <summary>
/// A database of the previous release (migrated to the second-to-last migration) with a row in every table is
/// upgraded by the current migrations: no row is lost, and every row of every table reads back through the current
/// model (new non-null columns got values, converters accept what is stored). Migrations are forward-only
/// (docs/decisions/0002-migrations.md): this is the path every deployed database takes.
/// </summary>
public abstract class UpgradeFromPreviousReleaseTests(DatabaseProvider provider)
{
    private static readonly Guid SampleGuid = new("00000000-0000-0000-0000-000000000001");

    [Fact]
    public async Task APopulatedDatabaseOfThePreviousReleaseUpgradesWithItsData()
    {
        var cs = TestDatabases.Create(provider);
        try
        {
            await using var db = TestDatabases.NewContext(provider, cs);
            var migrations = db.Database.GetMigrations().ToList();
            var previous = migrations[^2];
            await db.GetService<IMigrator>().MigrateAsync(previous);

            var tables = await TablesAsync(db);
            tables.Count.ShouldBeGreaterThan(30);
            foreach (var table in InsertionOrder(tables)) await InsertSampleRowAsync(db, table, tables[table]);
            var before = new Dictionary<string, long>();
            foreach (var table in tables.Keys) before[table] = await CountAsync(db, table);
            before.Values.ShouldAllBe(n => n == 1, "every table of the previous release holds a row");

            await db.Database.MigrateAsync();

            foreach (var (table, count) in before)
                if (await ExistsAsync(db, table)) (await CountAsync(db, table)).ShouldBe(count, $"rows of {table} after the upgrade");
            db.ChangeTracker.Clear();
            foreach (var entity in db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null && !e.IsOwned()))
            {
                var rows = ReadAll(db, entity);
                if (tables.ContainsKey(entity.GetTableName()!)) rows.ShouldBe(1, $"{entity.ClrType.Name} reads back through the current model");
            }
        }
        finally { TestDatabases.Drop(provider, cs); }
    }

    private sealed record Column(string Name, bool Nullable, string? ReferencedTable, string? ReferencedColumn);

    private async Task<Dictionary<string, List<Column>>> TablesAsync(AppDbContext db)
    {
        var sql = provider == DatabaseProvider.Postgres
            ? """
              select c.table_name, c.column_name, c.is_nullable = 'YES',
                     (select rt.relname from pg_constraint k join pg_class t on t.oid = k.conrelid join pg_class rt on rt.oid = k.confrelid
                      join pg_attribute a on a.attrelid = k.conrelid and a.attnum = k.conkey[1]
                      where k.contype = 'f' and t.relname = c.table_name and a.attname = c.column_name limit 1),
                     (select ra.attname from pg_constraint k join pg_class t on t.oid = k.conrelid
                      join pg_attribute a on a.attrelid = k.conrelid and a.attnum = k.conkey[1]
                      join pg_attribute ra on ra.attrelid = k.confrelid and ra.attnum = k.confkey[1]
                      where k.contype = 'f' and t.relname = c.table_name and a.attname = c.column_name limit 1)
              from information_schema.columns c
              where c.table_schema = 'public' and c.table_name not like '\_\_%' and c.is_generated = 'NEVER'
              order by c.table_name, c.ordinal_position
              """
            : """
              select m.name, c.name, c."notnull" = 0 and c.pk = 0, f."table", f."to"
              from sqlite_master m join pragma_table_info(m.name) c
              left join pragma_foreign_key_list(m.name) f on f."from" = c.name
              where m.type = 'table' and m.name not like 'sqlite_%' and m.name not like '\_\_%' escape '\'
              order by m.name, c.cid
              """;
        var tables = new Dictionary<string, List<Column>>();
        var conn = db.Database.GetDbConnection();
        await conn.OpenAsync();
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var table = reader.GetString(0);
            if (!tables.TryGetValue(table, out var columns)) tables[table] = columns = [];
            columns.Add(new Column(reader.GetString(1), Convert.ToBoolean(reader.GetValue(2)),
                reader.IsDBNull(3) ? null : reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4)));
        }
        return tables;
    }

    /// <summary>Parents before children (only non-null references bind the order: nullable ones are left empty).</summary>
    private static List<string> InsertionOrder(Dictionary<string, List<Column>> tables)
    {
        var order = new List<string>();
        var placed = new HashSet<string>();
        while (order.Count < tables.Count)
        {
            var ready = tables.Keys.Where(t => !placed.Contains(t) && tables[t]
                .All(c => c.Nullable || c.ReferencedTable is null || c.ReferencedTable == t || placed.Contains(c.ReferencedTable))).ToList();
            ready.ShouldNotBeEmpty("the required references of the tables form no cycle");
            foreach (var t in ready.Order()) { order.Add(t); placed.Add(t); }
        }
        return order;
    }

    private static async Task InsertSampleRowAsync(AppDbContext db, string table, List<Column> columns)
    {
        var entity = db.Model.GetEntityTypes().FirstOrDefault(e => e.GetTableName() == table);
        var store = StoreObjectIdentifier.Table(table);
        var conn = db.Database.GetDbConnection();
        await using var cmd = conn.CreateCommand();
        var names = new List<string>();
        foreach (var column in columns.Where(c => !c.Nullable))
        {
            var property = entity?.GetProperties().FirstOrDefault(p => p.GetColumnName(store) == column.Name);
            var referenced = column.ReferencedTable is null ? null : db.Model.GetEntityTypes()
                .FirstOrDefault(e => e.GetTableName() == column.ReferencedTable)?.GetProperties()
                .FirstOrDefault(p => p.GetColumnName(StoreObjectIdentifier.Table(column.ReferencedTable)) == column.ReferencedColumn);
            var typed = referenced ?? property
                ?? throw new InvalidOperationException($"{table}.{column.Name}: not in the current model; give it a sample value here.");
            var parameter = ((IProperty)typed).GetRelationalTypeMapping().CreateParameter(cmd, $"p{names.Count}", Sample(typed.ClrType));
            cmd.Parameters.Add(parameter);
            names.Add(column.Name);
        }
        cmd.CommandText = $"""INSERT INTO "{table}" ({string.Join(", ", names.Select(n => $"\"{n}\""))}) VALUES ({string.Join(", ", names.Select((_, i) => $"@p{i}"))})""";
        await cmd.ExecuteNonQueryAsync();
    }

    /// <summary>One value of a CLR type: 1 for numbers and keys (so every reference finds its parent's row), the first
    /// value of an enum, an empty list or map for JSON columns.</summary>
    private static object Sample(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsEnum) return Enum.GetValues(type).GetValue(0)!;
        return type switch
        {
            _ when type == typeof(string) => "1",
            _ when type == typeof(int) => 1,
            _ when type == typeof(long) => 1L,
            _ when type == typeof(short) => (short)1,
            _ when type == typeof(bool) => false,
            _ when type == typeof(decimal) => 1m,
            _ when type == typeof(double) => 1d,
            _ when type == typeof(Guid) => SampleGuid,
            _ when type == typeof(DateOnly) => new DateOnly(2026, 1, 15),
            _ when type == typeof(DateTime) => new DateTime(2026, 1, 15, 10, 0, 0, DateTimeKind.Utc),
            _ when type == typeof(DateTimeOffset) => new DateTimeOffset(2026, 1, 15, 10, 0, 0, TimeSpan.Zero),
            _ when type == typeof(TimeOnly) => new TimeOnly(10, 0),
            _ when type == typeof(byte[]) => new byte[] { 1 },
            _ when type.GetConstructor(Type.EmptyTypes) is not null => Activator.CreateInstance(type)!,
            _ => throw new InvalidOperationException($"No sample value for {type.Name}."),
        };
    }

    private static async Task<long> CountAsync(AppDbContext db, string table)
    {
        await using var cmd = db.Database.GetDbConnection().CreateCommand();
        cmd.CommandText = $"""SELECT count(*) FROM "{table}" """;
        return Convert.ToInt64(await cmd.ExecuteScalarAsync());
    }

    private async Task<bool> ExistsAsync(AppDbContext db, string table)
    {
        await using var cmd = db.Database.GetDbConnection().CreateCommand();
        cmd.CommandText = provider == DatabaseProvider.Postgres
            ? $"SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public' AND table_name = '{table}'"
            : $"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '{table}'";
        return Convert.ToInt64(await cmd.ExecuteScalarAsync()) > 0;
    }

    private static int ReadAll(AppDbContext db, IEntityType entity)
    {
        // A many-to-many join table is a shared-type entity: its set is named.
        var set = entity.HasSharedClrType
            ? typeof(DbContext).GetMethod(nameof(DbContext.Set), BindingFlags.Public | BindingFlags.Instance, [typeof(string)])!
                .MakeGenericMethod(entity.ClrType).Invoke(db, [entity.Name])!
            : typeof(DbContext).GetMethod(nameof(DbContext.Set), BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes)!
                .MakeGenericMethod(entity.ClrType).Invoke(db, null)!;
        return ((IQueryable)set).Cast<object>().AsEnumerable().Count();
    }
}

public sealed class UpgradeFromPreviousReleaseOnPostgres() : UpgradeFromPreviousReleaseTests(DatabaseProvider.Postgres);
public sealed class UpgradeFromPreviousReleaseOnSqlite() : UpgradeFromPreviousReleaseTests(DatabaseProvider.Sqlite);
