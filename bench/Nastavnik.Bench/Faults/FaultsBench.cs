using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Nastavnik.Bench.Faults;

/// <summary>Kills the app (SIGKILL) in the middle of an import, a matching run and a report, and restarts PostgreSQL
/// under load. Each job is held mid-way by a table lock taken from outside, so the kill always lands inside the
/// job's open transaction. Prints what was written, how the job ended, and the answers during the restart.</summary>
public static class FaultsBench
{
    private const int ImportRows = 20_000;

    public static async Task<int> RunAsync(FaultSetup setup, string restartPostgresCommand)
    {
        var db = new Db(setup.Connection);
        var failures = new List<string>();
        void Check(bool ok, string what) { Console.WriteLine((ok ? "  ✓ " : "  ✗ ") + what); if (!ok) failures.Add(what); }

        var app = await AppProcess.StartAsync(setup, 5401, "app-1", "--Demo:Seed=true");
        var org = await db.ScalarAsync<int>("SELECT \"Id\" FROM \"Organizations\" WHERE \"Name\" LIKE '%СОШ № 76%'");

        Console.WriteLine($"== 1. Импорт {ImportRows:N0} строк: процесс убит (SIGKILL) во время записи");
        var curator = await WebSession.LoginAsync(app.Url, "curator76");
        var (mapUrl, mapping) = await curator.UploadImportAsync(WebSession.PeopleCsv(ImportRows, "Сбоева"), org);
        var peopleBefore = await db.ScalarAsync<long>("SELECT count(*) FROM \"People\"");
        Guid importJob;
        await using (await db.LockAsync("People", "SHARE ROW EXCLUSIVE"))
        {
            importJob = await curator.StartImportAsync(mapUrl, mapping);
            await db.WaitForLockWaiterAsync("People", TimeSpan.FromMinutes(2));
            var progress = await db.ScalarAsync<int>("SELECT \"ProgressPercent\" FROM \"Jobs\" WHERE \"Id\" = $1", importJob);
            app.Kill();
            Console.WriteLine($"  процесс {app.Pid} убит на {progress} % (запись в базу начата)");
        }
        await Task.Delay(1000);
        Check(await db.ScalarAsync<long>("SELECT count(*) FROM \"People\"") == peopleBefore, "после убийства в базе ни одной строки файла");
        Check(await db.ScalarAsync<int>("SELECT \"Status\" FROM \"Jobs\" WHERE \"Id\" = $1", importJob) == 1, "задача осталась «выполняется» у погибшего процесса");
        var watch = Stopwatch.StartNew();
        app = await AppProcess.StartAsync(setup, 5402, "app-2");
        var (status, attempts, _) = (await db.FinishedJobsAsync([importJob])).Single();
        var importTakenOver = watch.Elapsed.TotalSeconds;
        Console.WriteLine($"  после перезапуска задача подхвачена и завершена за {importTakenOver:0.0} с (аренда 6 с)");
        Check(status == 2 && attempts == 2, $"задача выполнена со второй попытки (статус {status}, попыток {attempts})");
        Check(await db.ScalarAsync<long>("SELECT count(*) FROM \"People\"") == peopleBefore + ImportRows, $"записано ровно {ImportRows:N0} строк, без повторов");

        Console.WriteLine("== 2. Подбор пар: процесс убит во время сохранения черновика");
        curator = await WebSession.LoginAsync(app.Url, "curator76");
        var created = await curator.Client.PostAsJsonAsync("/api/v1/programs", new
        {
            organizationId = org, name = "Программа для проверки сбоев", startsOn = "2026-09-01", endsOn = "2027-05-31", template = "School",
            requiresMentorPreparation = false,
        });
        var program = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var proposalsBefore = await db.ScalarAsync<long>("SELECT count(*) FROM \"MatchingProposals\"");
        Guid matchingJob;
        await using (await db.LockAsync("MatchingProposals", "SHARE ROW EXCLUSIVE"))
        {
            var run = await curator.PostFormAsync($"/Programs/{program}/Matching", $"/Programs/{program}/Matching?handler=Run", new() { ["mode"] = "Optimal" });
            Check(run.StatusCode == HttpStatusCode.Redirect, $"подбор запущен (ответ {(int)run.StatusCode})");
            matchingJob = await db.ScalarAsync<Guid>("SELECT \"JobId\" FROM \"MatchingRuns\" WHERE \"ProgramId\" = $1 ORDER BY \"Id\" DESC LIMIT 1", program);
            await db.WaitForLockWaiterAsync("MatchingProposals", TimeSpan.FromMinutes(2));
            var progress = await db.ScalarAsync<int>("SELECT \"ProgressPercent\" FROM \"Jobs\" WHERE \"Id\" = $1", matchingJob);
            app.Kill();
            Console.WriteLine($"  процесс {app.Pid} убит на {progress} % (пары подобраны, сохранение начато)");
        }
        await Task.Delay(1000);
        Check(await db.ScalarAsync<long>("SELECT count(*) FROM \"MatchingProposals\"") == proposalsBefore, "после убийства черновик подбора не записан наполовину");
        watch.Restart();
        app = await AppProcess.StartAsync(setup, 5403, "app-3");
        (status, attempts, _) = (await db.FinishedJobsAsync([matchingJob])).Single();
        Console.WriteLine($"  после перезапуска подбор завершён за {watch.Elapsed.TotalSeconds:0.0} с");
        Check(status == 2 && attempts == 2, $"подбор выполнен со второй попытки (статус {status}, попыток {attempts})");
        Check(await db.ScalarAsync<long>("SELECT count(*) FROM \"MatchingProposals\"") > proposalsBefore, "черновик подбора записан");

        Console.WriteLine("== 3. Аналитический отчёт региона: процесс убит во время построения");
        var region = await WebSession.LoginAsync(app.Url, "region");
        var countsBefore = await db.TableCountsAsync();
        await using (await db.LockAsync("Mentees", "ACCESS EXCLUSIVE"))
        {
            var report = region.Client.GetAsync("/Monitoring/Report?handler=Docx");
            await db.WaitForLockWaiterAsync("Mentees", TimeSpan.FromMinutes(1));
            app.Kill();
            Console.WriteLine($"  процесс {app.Pid} убит во время запроса отчёта");
            try { await report; } catch (HttpRequestException) { }
        }
        await Task.Delay(1000);
        var changed = (await db.TableCountsAsync()).Where(t => countsBefore.GetValueOrDefault(t.Key) != t.Value).Select(t => t.Key).ToList();
        Check(changed.Count == 0, "после убийства ни одна таблица не изменилась" + (changed.Count > 0 ? ": " + string.Join(", ", changed) : ""));
        app = await AppProcess.StartAsync(setup, 5404, "app-4");
        region = await WebSession.LoginAsync(app.Url, "region");
        var again = await region.Client.GetAsync("/Monitoring/Report?handler=Docx");
        var bytes = await again.Content.ReadAsByteArrayAsync();
        Check(again.StatusCode == HttpStatusCode.OK && bytes.Length > 1000 && bytes[0] == 'P' && bytes[1] == 'K', $"после перезапуска отчёт строится ({bytes.Length:N0} байт, DOCX)");

        Console.WriteLine("== 4. PostgreSQL перезапущен под нагрузкой (16 клиентов, 20 с)");
        var load = await PostgresRestartUnderLoad.RunAsync(app, restartPostgresCommand);
        Console.WriteLine($"  запросов: {load.Total:N0}; ошибок: {load.Errors:N0} ({load.ErrorAnswers}), перезапуск занял {load.RestartSeconds:0.0} с");
        Console.WriteLine($"  первый успешный ответ через {load.RecoverySeconds:0.00} с после того, как PostgreSQL снова принимает соединения");
        Check(!app.HasExited, $"процесс приложения тот же (pid {app.Pid}), не перезапускался");
        Check(load.ErrorsOutsideRestart == 0, "вне окна перезапуска ошибок нет");
        Check(load.ErrorAnswers.Split(", ").All(a => a.StartsWith("503")), "пока базы нет, ответ — 503 «База данных временно недоступна» с Retry-After, не 500");
        Check(load.SucceededAfter > 0 && load.ErrorsAfterRecovery == 0, $"после восстановления все запросы успешны ({load.SucceededAfter:N0})");
        Console.WriteLine($"RESULT faults_import_taken_over_s={importTakenOver:0.0} pg_restart_errors={load.Errors} pg_restart_recovery_s={load.RecoverySeconds:0.00} pg_restart_requests={load.Total}");
        await app.DisposeAsync();

        Console.WriteLine(failures.Count == 0 ? "СБОИ ПРОВЕРЕНЫ: всё согласовано" : $"НЕ ПРОЙДЕНО: {failures.Count}");
        return failures.Count == 0 ? 0 : 1;
    }
}
