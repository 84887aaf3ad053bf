using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Nastavnik.Domain.Audit;
using Nastavnik.Domain.Common;
using Nastavnik.Web.Data;
using Nastavnik.Web.Infrastructure.Audit;
using Npgsql;
using NpgsqlTypes;

namespace Nastavnik.Web.Features.Import;

/// <summary>
/// Writes many new rows with PostgreSQL's binary COPY inside the caller's transaction: ids are taken from the tables'
/// identity sequences first, so rows can reference each other; columns come from the EF model, so the writer follows
/// the schema. Each created record gets its audit entry ("Создание", all fields), as the EF path would write.
/// </summary>
public sealed class PostgresBulkWriter(AppDbContext db)
{
    private readonly List<AuditEntry> _audit = [];

    public async Task AssignIdsAsync<T>(IReadOnlyList<T> entities, Action<T, int> setId, CancellationToken ct) where T : class
    {
        if (entities.Count == 0) return;
        var type = db.Model.FindEntityType(typeof(T))!;
        var sql = $"SELECT nextval(pg_get_serial_sequence('\"{type.GetTableName()}\"', 'Id'))::int FROM generate_series(1, {entities.Count})";
        await using var cmd = new NpgsqlCommand(sql, Connection);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var i = 0;
        while (await reader.ReadAsync(ct)) setId(entities[i++], reader.GetInt32(0));
    }

    public async Task CopyAsync<T>(IReadOnlyList<T> entities, Func<T, int?> organizationOf, CancellationToken ct) where T : class
    {
        if (entities.Count == 0) return;
        var type = db.Model.FindEntityType(typeof(T))!;
        var properties = type.GetProperties().Where(p => p.PropertyInfo is not null).ToList();
        var columns = string.Join(", ", properties.Select(p => $"\"{p.GetColumnName()}\""));
        await using (var importer = await Connection.BeginBinaryImportAsync($"COPY \"{type.GetTableName()}\" ({columns}) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var entity in entities)
            {
                await importer.StartRowAsync(ct);
                foreach (var p in properties) await WriteAsync(importer, p, p.PropertyInfo!.GetValue(entity), ct);
            }
            await importer.CompleteAsync(ct);
        }
        if (db.AuditEnabled && typeof(IPersonalData).IsAssignableFrom(typeof(T)))
            foreach (var entity in entities) _audit.Add(CreationAudit(type, properties, entity, organizationOf(entity)));
    }

    public async Task CopyLinksAsync(string table, string left, string right, IEnumerable<(int Left, int Right)> links, CancellationToken ct)
    {
        await using var importer = await Connection.BeginBinaryImportAsync($"COPY \"{table}\" (\"{left}\", \"{right}\") FROM STDIN (FORMAT BINARY)", ct);
        foreach (var (l, r) in links)
        {
            await importer.StartRowAsync(ct);
            await importer.WriteAsync(l, NpgsqlDbType.Integer, ct);
            await importer.WriteAsync(r, NpgsqlDbType.Integer, ct);
        }
        await importer.CompleteAsync(ct);
    }

    public async Task FlushAuditAsync(CancellationToken ct)
    {
        if (_audit.Count == 0) return;
        var type = db.Model.FindEntityType(typeof(AuditEntry))!;
        var properties = type.GetProperties().Where(p => !p.IsPrimaryKey()).ToList(); // ids come from the identity default
        var columns = string.Join(", ", properties.Select(p => $"\"{p.GetColumnName()}\""));
        await using var importer = await Connection.BeginBinaryImportAsync($"COPY \"AuditEntries\" ({columns}) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var entry in _audit)
        {
            await importer.StartRowAsync(ct);
            foreach (var p in properties) await WriteAsync(importer, p, p.PropertyInfo!.GetValue(entry), ct);
        }
        await importer.CompleteAsync(ct);
        _audit.Clear();
    }

    private NpgsqlConnection Connection => (NpgsqlConnection)db.Database.GetDbConnection();

    private AuditEntry CreationAudit(IEntityType type, List<IProperty> properties, object entity, int? organizationId)
    {
        var changes = properties.Where(p => !p.IsPrimaryKey() && !AuditRecorder.IsIgnored(p.Name))
            .Select(p => (p.Name, Value: p.PropertyInfo!.GetValue(entity)))
            .Where(x => x.Value is not null)
            .ToDictionary(x => x.Name, x => new[] { null, x.Value });
        return new AuditEntry
        {
            At = db.Clock.GetUtcNow(), UserId = db.Actor.UserId, UserName = db.Actor.UserName, EntityType = type.ClrType.Name,
            EntityId = ((IPersonalData)entity).Id, Action = "Создание", Changes = JsonSerializer.Serialize(changes), OrganizationId = organizationId,
        };
    }

    private static Task WriteAsync(NpgsqlBinaryImporter importer, IProperty property, object? value, CancellationToken ct)
    {
        if (value is not null && property.GetValueConverter() is { } converter) value = converter.ConvertToProvider(value); // e.g. a time stored as a number
        if (value is null) return importer.WriteNullAsync(ct);
        if (value is Enum) value = Convert.ToInt32(value);
        return value switch
        {
            int i => importer.WriteAsync(i, NpgsqlDbType.Integer, ct),
            long l => importer.WriteAsync(l, NpgsqlDbType.Bigint, ct),
            string s => importer.WriteAsync(s, NpgsqlDbType.Text, ct),
            bool b => importer.WriteAsync(b, NpgsqlDbType.Boolean, ct),
            DateOnly d => importer.WriteAsync(d, NpgsqlDbType.Date, ct),
            DateTimeOffset t => importer.WriteAsync(t.ToUniversalTime(), NpgsqlDbType.TimestampTz, ct),
            Guid g => importer.WriteAsync(g, NpgsqlDbType.Uuid, ct),
            _ => throw new NotSupportedException($"COPY of {property.DeclaringType.ClrType.Name}.{property.Name} ({value.GetType().Name})"),
        };
    }
}
