using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nastavnik.Web.Features.Mentees;
using Nastavnik.Web.Features.Registries;
using Npgsql;

namespace Nastavnik.Bench;

/// <summary>Server time of the mentee list page (search + filter + sort, 50 rows) against the same two SQL
/// statements (count and page) run directly through Npgsql, in the same process and the same run.</summary>
public static class ListPageBench
{
    public static async Task<int> RunAsync(string connection, string login)
    {
        const string url = "http://127.0.0.1:5199";
        await using var app = BenchApp.Build(connection, url);
        await app.StartAsync();
        var client = await BenchHttp.LoginAsync(url, login);

        var db = BenchApp.Db(app);
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == login);
        var total = await db.Mentees.CountAsync();
        Console.WriteLine($"Наставляемых в базе: {total:N0}; пользователь {login} ({user.Role})");
        Console.WriteLine($"{"case",-34} {"page, ms",10} {"SQL, ms",10} {"ratio",7}");
        var worst = 0.0;
        foreach (var page in new[] { 1, 1000 })
        {
            var filter = new RegistryFilter { Q = "ов", Consent = ConsentFilter.Valid, Sort = "name", Page = page, PageSize = 50 };
            var path = $"/Mentees?q={Uri.EscapeDataString(filter.Q)}&consent=1&sort=name&page={page}";
            var pageMs = await BenchHttp.TimeAsync(() => BenchHttp.PageAsync(client, path, "/Mentees/Details/"));
            var queries = app.Services.CreateScope().ServiceProvider.GetRequiredService<MenteeQueries>();
            var rows = queries.Rows(user.Scope, filter).Skip((page - 1) * 50).Take(50).CreateDbCommand();
            var count = queries.Filtered(user.Scope, filter).Select(m => m.Id).CreateDbCommand();
            await using var raw = new NpgsqlConnection(connection);
            await raw.OpenAsync();
            var sqlMs = await BenchHttp.TimeAsync(async () =>
            {
                await BenchHttp.CountAsync(raw, count);
                await BenchHttp.ExecuteAsync(raw, rows);
            });
            var ratio = pageMs / sqlMs;
            worst = Math.Max(worst, ratio);
            Console.WriteLine($"{"q=ов, согласие есть, по ФИО, стр. " + page,-34} {pageMs,10:F1} {sqlMs,10:F1} {ratio,7:F2}");
            Console.WriteLine($"RESULT list_page_{page}_ms={pageMs:F1} sql_{page}_ms={sqlMs:F1} ratio_{page}={ratio:F2}");
        }
        Console.WriteLine(worst <= 2 ? $"OK: страница не медленнее SQL более чем в 2 раза (худшее {worst:F2})" : $"ВНИМАНИЕ: отношение {worst:F2} > 2");
        await app.StopAsync();
        return 0;
    }
}
