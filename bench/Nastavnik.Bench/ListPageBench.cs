using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Nastavnik.Bench;

/// <summary>Server time of the mentee list page (search + filter + sort, 50 rows) against the SQL statements the page
/// itself runs (recorded while it renders, replayed through plain Npgsql), interleaved in the same run.</summary>
public static class ListPageBench
{
    public static async Task<int> RunAsync(string connection, string login)
    {
        const string url = "http://127.0.0.1:5199";
        var recorder = new SqlRecorder();
        await using var app = BenchApp.Build(connection, url, recorder);
        await app.StartAsync();
        var client = await BenchHttp.LoginAsync(url, login);

        var db = BenchApp.Db(app);
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == login);
        var total = await db.Mentees.CountAsync();
        Console.WriteLine($"Наставляемых в базе: {total:N0}; пользователь {login} ({user.Role})");
        Console.WriteLine($"{"case",-34} {"page, ms",10} {"SQL, ms",10} {"ratio",7} {"statements",10}");
        await using var raw = new NpgsqlConnection(connection);
        await raw.OpenAsync();
        var worst = 0.0;
        foreach (var page in new[] { 1, 1000 })
        {
            var path = $"/Mentees?q={Uri.EscapeDataString("ов")}&consent=1&sort=name&page={page}";
            Task Page() => BenchHttp.PageAsync(client, path, "/Mentees/Details/");
            await Page();
            var statements = await recorder.RecordAsync(Page);
            var (pageMs, sqlMs) = await BenchHttp.TimeInterleavedAsync(Page, () => SqlRecorder.ReplayAsync(raw, statements));
            var ratio = pageMs / sqlMs;
            worst = Math.Max(worst, ratio);
            Console.WriteLine($"{"q=ов, согласие есть, по ФИО, стр. " + page,-34} {pageMs,10:F1} {sqlMs,10:F1} {ratio,7:F2} {statements.Count,10}");
            Console.WriteLine($"RESULT list_page_{page}_ms={pageMs:F1} sql_{page}_ms={sqlMs:F1} ratio_{page}={ratio:F2} statements_{page}={statements.Count}");
        }
        Console.WriteLine(worst <= 2 ? $"OK: страница не медленнее своего SQL более чем в 2 раза (худшее {worst:F2})" : $"ВНИМАНИЕ: отношение {worst:F2} > 2");
        await app.StopAsync();
        return 0;
    }
}
