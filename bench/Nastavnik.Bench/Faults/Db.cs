using Npgsql;

namespace Nastavnik.Bench.Faults;

/// <summary>Direct SQL for the drivers: facts to check, rows to arrange, and table locks that hold a job mid-way.</summary>
public sealed class Db(string connection)
{
    public async Task<T> ScalarAsync<T>(string sql, params object[] args)
    {
        await using var c = new NpgsqlConnection(connection);
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, c);
        foreach (var a in args) cmd.Parameters.Add(new NpgsqlParameter { Value = a });
        var value = await cmd.ExecuteScalarAsync();
        return value is null or DBNull ? default! : (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T));
    }

    public async Task<List<object?[]>> RowsAsync(string sql, params object[] args)
    {
        await using var c = new NpgsqlConnection(connection);
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, c);
        foreach (var a in args) cmd.Parameters.Add(new NpgsqlParameter { Value = a });
        await using var reader = await cmd.ExecuteReaderAsync();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }

    public async Task<int> NewSchoolAsync(string name) => await ScalarAsync<int>(
        "INSERT INTO \"Organizations\" (\"Name\", \"MunicipalityId\", \"Type\", \"IsArchived\") SELECT $1, \"Id\", 0, false FROM \"Municipalities\" WHERE \"Name\" = 'ЗАТО Северск' RETURNING \"Id\"", name);

    /// <summary>Every table's row count: what a crash must not change.</summary>
    public async Task<Dictionary<string, long>> TableCountsAsync()
    {
        var tables = await RowsAsync("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1");
        var counts = new Dictionary<string, long>();
        foreach (var t in tables) counts[(string)t[0]!] = await ScalarAsync<long>($"SELECT count(*) FROM \"{t[0]}\"");
        return counts;
    }

    /// <summary>Holds a table lock in an open transaction until disposed: whoever needs a conflicting lock waits there.</summary>
    public async Task<IAsyncDisposable> LockAsync(string table, string mode)
    {
        var c = new NpgsqlConnection(connection);
        await c.OpenAsync();
        var tx = await c.BeginTransactionAsync();
        await using (var cmd = new NpgsqlCommand($"LOCK TABLE \"{table}\" IN {mode} MODE", c, tx)) await cmd.ExecuteNonQueryAsync();
        return new Held(c, tx);
    }

    /// <summary>Waits until some session waits for a lock on <paramref name="table"/> (the work under test is stuck mid-way).</summary>
    public async Task WaitForLockWaiterAsync(string table, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (await ScalarAsync<long>("SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation WHERE NOT l.granted AND c.relname = $1", table) == 0)
        {
            if (DateTime.UtcNow > until) throw new TimeoutException($"nobody waited for {table}");
            await Task.Delay(100);
        }
    }

    /// <summary>Waits (up to 5 minutes) until every job has ended; their status, claims and last claimant.</summary>
    public async Task<List<(int Status, int Attempts, string ClaimedBy)>> FinishedJobsAsync(IReadOnlyList<Guid> jobs)
    {
        for (var i = 0; i < 1200; i++)
        {
            var rows = await RowsAsync("SELECT \"Status\", \"Attempts\", \"ClaimedBy\" FROM \"Jobs\" WHERE \"Id\" = ANY($1)", jobs.ToArray());
            if (rows.Count == jobs.Count && rows.All(r => (int)r[0]! >= 2))
                return rows.Select(r => ((int)r[0]!, (int)r[1]!, (string)r[2]!)).ToList();
            await Task.Delay(250);
        }
        throw new TimeoutException("the jobs did not finish in 5 minutes");
    }

    private sealed class Held(NpgsqlConnection c, NpgsqlTransaction tx) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await tx.CommitAsync();
            await c.DisposeAsync();
        }
    }
}
