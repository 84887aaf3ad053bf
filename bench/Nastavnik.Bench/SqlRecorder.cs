using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Nastavnik.Bench;

/// <summary>Records the SQL statements a page runs (text and parameter values), so the benchmark can replay exactly
/// those statements through plain Npgsql: the page is measured against its own SQL, not against a hand-picked list.</summary>
public sealed class SqlRecorder : DbCommandInterceptor
{
    private readonly List<(string Sql, (string Name, object? Value)[] Parameters)> _recorded = [];
    private volatile bool _on;

    public IReadOnlyList<(string Sql, (string Name, object? Value)[] Parameters)> Record(Func<Task> request) => RecordAsync(request).GetAwaiter().GetResult();

    public async Task<IReadOnlyList<(string Sql, (string Name, object? Value)[] Parameters)>> RecordAsync(Func<Task> request)
    {
        lock (_recorded) _recorded.Clear();
        _on = true;
        try { await request(); }
        finally { _on = false; }
        lock (_recorded) return _recorded.ToList();
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Capture(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Capture(command);
        return base.ReaderExecuting(command, eventData, result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Capture(command);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    private void Capture(DbCommand command)
    {
        if (!_on) return;
        var parameters = command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value)).ToArray();
        lock (_recorded) _recorded.Add((command.CommandText, parameters));
    }

    /// <summary>Runs the recorded statements one after another on an open connection, reading every value, as the page did.</summary>
    public static async Task ReplayAsync(NpgsqlConnection connection, IReadOnlyList<(string Sql, (string Name, object? Value)[] Parameters)> statements)
    {
        foreach (var (sql, parameters) in statements)
        {
            await using var cmd = new NpgsqlCommand(sql, connection);
            foreach (var (name, value) in parameters) cmd.Parameters.Add(new NpgsqlParameter(name, value ?? DBNull.Value));
            await using var reader = await cmd.ExecuteReaderAsync();
            do { while (await reader.ReadAsync()) for (var i = 0; i < reader.FieldCount; i++) _ = reader.GetValue(i); }
            while (await reader.NextResultAsync());
        }
    }
}
