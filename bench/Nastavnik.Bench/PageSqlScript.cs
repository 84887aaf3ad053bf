using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Nastavnik.Bench;

/// <summary>For load tests: the SQL statements a page runs, recorded from the real app on the given database with
/// their parameter values, written as a pgbench script (values inlined). pgbench then replays the page's own SQL
/// with the same concurrency as wrk puts on the page — the baseline of bench/load.sh. Also seeds the program whose
/// page is loaded.</summary>
public static partial class PageSqlScript
{
    public static async Task<int> WriteAsync(string connection, string login, string path, string outFile)
    {
        const string url = "http://127.0.0.1:5196";
        var recorder = new SqlRecorder();
        await using var app = BenchApp.Build(connection, url, recorder);
        await app.StartAsync();
        var client = await BenchHttp.LoginAsync(url, login);
        await client.GetStringAsync(path); // warm: lookups cached, nothing lazily loaded on the recorded run
        var statements = await recorder.RecordAsync(() => client.GetStringAsync(path));
        await app.StopAsync();
        var script = new StringBuilder();
        foreach (var (sql, parameters) in statements)
        {
            var text = sql;
            foreach (var (name, value) in parameters.OrderByDescending(p => p.Name.Length))
                text = Regex.Replace(text, Regex.Escape(name.StartsWith('@') ? name : "@" + name) + @"\b", _ => Literal(value));
            script.Append(WhitespaceRegex().Replace(text, " ").Trim().TrimEnd(';')).Append(";\n");
        }
        await File.WriteAllTextAsync(outFile, script.ToString());
        Console.WriteLine($"{path}: {statements.Count} SQL statements → {outFile}");
        return 0;
    }

    public static async Task<int> SeedProgramAsync(string connection, int pairs, int meetingsPerPair)
    {
        await using var app = BenchApp.Build(connection);
        var (programId, _) = await ProgramPageBench.SeedAsync(app, pairs, meetingsPerPair);
        Console.WriteLine($"PROGRAM {programId}");
        return 0;
    }

    private static string Literal(object? value) => value switch
    {
        null or DBNull => "NULL",
        bool b => b ? "TRUE" : "FALSE",
        string s => "'" + s.Replace("'", "''") + "'",
        DateOnly d => $"DATE '{d:yyyy-MM-dd}'",
        DateTime t => $"TIMESTAMP '{t:yyyy-MM-dd HH:mm:ss.ffffff}'",
        DateTimeOffset t => $"TIMESTAMPTZ '{t.UtcDateTime:yyyy-MM-dd HH:mm:ss.ffffff}+00'",
        Guid g => $"'{g}'::uuid",
        Enum e => Convert.ToInt64(e, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        IEnumerable<int> a => a.Any() ? "ARRAY[" + string.Join(",", a) + "]" : "'{}'::int[]",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => throw new NotSupportedException($"no SQL literal for {value.GetType().Name}"),
    };

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRegex();
}
