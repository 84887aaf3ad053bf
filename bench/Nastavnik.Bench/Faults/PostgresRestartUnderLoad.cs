using System.Collections.Concurrent;
using System.Diagnostics;

namespace Nastavnik.Bench.Faults;

/// <summary>16 clients read the registry list for 20 s; after 5 s PostgreSQL is restarted (fast shutdown, as an
/// administrator or a failover would). Every request's start, end and outcome is kept to see when errors happened.</summary>
public static class PostgresRestartUnderLoad
{
    public sealed record Outcome(int Total, int Errors, int ErrorsOutsideRestart, double RestartSeconds, double RecoverySeconds, int SucceededAfter,
        int ErrorsAfterRecovery, string ErrorAnswers);

    public static async Task<Outcome> RunAsync(AppProcess app, string restartCommand, int clients = 16, int seconds = 20)
    {
        var session = await WebSession.LoginAsync(app.Url, "curator76", TimeSpan.FromSeconds(15));
        var clock = Stopwatch.StartNew();
        var results = new ConcurrentBag<(double Start, double End, bool Ok, string Answer)>();
        var stop = TimeSpan.FromSeconds(seconds);
        var workers = Enumerable.Range(0, clients).Select(async n =>
        {
            var page = 1;
            while (clock.Elapsed < stop)
            {
                var start = clock.Elapsed.TotalSeconds;
                string answer;
                try { answer = ((int)(await session.Client.GetAsync($"/Mentees?page={page++ % 5 + 1}")).StatusCode).ToString(); }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException) { answer = ex.GetType().Name; }
                results.Add((start, clock.Elapsed.TotalSeconds, answer == "200", answer));
            }
        }).ToList();

        await Task.Delay(5000);
        var restartStart = clock.Elapsed.TotalSeconds;
        using (var restart = Process.Start("bash", ["-c", restartCommand]))
            await restart.WaitForExitAsync();
        var restartEnd = clock.Elapsed.TotalSeconds; // the command returns when the server accepts connections again
        await Task.WhenAll(workers);

        var all = results.OrderBy(r => r.Start).ToList();
        var firstOkAfter = all.Where(r => r.Ok && r.Start >= restartEnd).Select(r => r.End).DefaultIfEmpty(double.NaN).Min();
        return new Outcome(
            Total: all.Count,
            Errors: all.Count(r => !r.Ok),
            ErrorsOutsideRestart: all.Count(r => !r.Ok && (r.End < restartStart || r.Start > firstOkAfter)),
            RestartSeconds: restartEnd - restartStart,
            RecoverySeconds: firstOkAfter - restartEnd,
            SucceededAfter: all.Count(r => r.Ok && r.Start > firstOkAfter),
            ErrorsAfterRecovery: all.Count(r => !r.Ok && r.Start > firstOkAfter),
            ErrorAnswers: string.Join(", ", all.Where(r => !r.Ok).GroupBy(r => r.Answer).Select(g => $"{g.Key} × {g.Count()}")));
    }
}
