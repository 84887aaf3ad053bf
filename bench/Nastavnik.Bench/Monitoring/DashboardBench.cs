using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Nastavnik.Bench.Monitoring;

/// <summary>The region's monitoring dashboard on a generated region (bench/monitoring.sh: 1 000 000 mentees, 300 000 mentors,
/// 2 000 organizations, a program per organization, pairs, roadmaps) against the same aggregates — the SQL statements
/// the page runs — replayed through Npgsql in the same run.</summary>
public static class DashboardBench
{
    public static async Task<int> RunAsync(string connection, string login)
    {
        const string url = "http://127.0.0.1:5197";
        var recorder = new SqlRecorder();
        await using var app = BenchApp.Build(connection, url, recorder);
        await app.StartAsync();
        var client = await BenchHttp.LoginAsync(url, login);
        var db = BenchApp.Db(app);
        Console.WriteLine($"Наставляемых: {await db.Mentees.CountAsync():N0}, наставников: {await db.Mentors.CountAsync():N0}, организаций: {await db.Organizations.CountAsync():N0}, пар: {await db.Pairs.CountAsync():N0}");
        await using var raw = new NpgsqlConnection(connection);
        await raw.OpenAsync();
        const string path = "/Monitoring";
        const string mustContain = "Карта дефицитов";
        await BenchHttp.PageAsync(client, path, mustContain);
        var statements = await recorder.RecordAsync(() => BenchHttp.PageAsync(client, path, mustContain));
        var (page, sql) = await BenchHttp.TimeInterleavedAsync(() => BenchHttp.PageAsync(client, path, mustContain), () => SqlRecorder.ReplayAsync(raw, statements), warmup: 2, runs: 5);
        Console.WriteLine($"Панель мониторинга региона: {page:F0} мс, те же агрегаты SQL ({statements.Count} запросов): {sql:F0} мс, отношение {page / sql:F2}");
        Console.WriteLine($"RESULT dashboard_page_ms={page:F0} dashboard_sql_ms={sql:F0} dashboard_ratio={page / sql:F2} dashboard_statements={statements.Count} peak_rss_mb={BenchApp.PeakRssKb() / 1024}");

        // The analytic report (Word, with its chart) of the same region: time of a request and the process's peak memory after it.
        var times = new List<double>();
        long size = 0;
        for (var i = 0; i < 3; i++)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var docx = await client.GetByteArrayAsync("/Monitoring/Report?handler=Docx");
            times.Add(watch.Elapsed.TotalMilliseconds);
            size = docx.Length;
        }
        var report = BenchApp.Median(times);
        Console.WriteLine($"Аналитический отчёт региона (Word): {report:F0} мс, {size / 1024} КБ; пиковая память процесса {BenchApp.PeakRssKb() / 1024} МБ");
        Console.WriteLine($"RESULT report_ms={report:F0} report_kb={size / 1024} peak_rss_mb={BenchApp.PeakRssKb() / 1024}");
        await app.StopAsync();
        return 0;
    }
}
