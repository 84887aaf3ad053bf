using System.Net;

namespace Nastavnik.Bench.Faults;

/// <summary>Two app instances on one PostgreSQL behind a round-robin balancer (nginx, started by the script, which adds
/// the answering instance as X-Upstream): a login through the balancer works on both, a file uploaded through one is
/// read through the other, and queued jobs each run exactly once, spread over both instances.</summary>
public static class TwoInstancesBench
{
    public const int PortA = 5411, PortB = 5412;
    private const int Jobs = 12, RowsEach = 300;

    public static async Task<int> RunAsync(FaultSetup setup, string balancer)
    {
        var db = new Db(setup.Connection);
        var failures = new List<string>();
        void Check(bool ok, string what) { Console.WriteLine((ok ? "  ✓ " : "  ✗ ") + what); if (!ok) failures.Add(what); }

        // The first instance migrates and seeds; the second then starts on the same database.
        await using var a = await AppProcess.StartAsync(setup, PortA, "instance-a", "--Demo:Seed=true");
        await using var b = await AppProcess.StartAsync(setup, PortB, "instance-b");

        Console.WriteLine("== Вход через балансировщик, запросы по очереди на оба экземпляра");
        var coordinator = await WebSession.LoginAsync(balancer, "seversk");
        var upstreams = new Dictionary<string, int>();
        var ok = 0;
        for (var i = 0; i < 20; i++)
        {
            var response = await coordinator.Client.GetAsync("/Mentees");
            if (response.StatusCode == HttpStatusCode.OK) ok++;
            var upstream = response.Headers.TryGetValues("X-Upstream", out var v) ? v.First() : "?";
            upstreams[upstream] = upstreams.GetValueOrDefault(upstream) + 1;
        }
        Console.WriteLine("  ответили: " + string.Join(", ", upstreams.Select(u => $"{u.Key} — {u.Value}")));
        Check(ok == 20, $"все 20 запросов с одним входом успешны ({ok})");
        Check(upstreams.Keys.Count(k => k.EndsWith($":{PortA}") || k.EndsWith($":{PortB}")) == 2, "запросы обслужили оба экземпляра");
        var onA = coordinator.On($"http://127.0.0.1:{PortA}");
        var onB = coordinator.On($"http://127.0.0.1:{PortB}");
        Check((await onA.Client.GetAsync("/Mentees")).StatusCode == HttpStatusCode.OK && (await onB.Client.GetAsync("/Mentees")).StatusCode == HttpStatusCode.OK,
            "вход, сделанный через балансировщик, действует на каждом экземпляре напрямую (ключи защиты данных в базе)");

        Console.WriteLine("== Загруженный файл виден обоим экземплярам");
        var school = await db.NewSchoolAsync("МБОУ «СОШ № 411» (два экземпляра)");
        var (mapUrl, _) = await onA.UploadImportAsync(WebSession.PeopleCsv(5, "Общая"), school);
        var pageA = await onA.Client.GetStringAsync(mapUrl);
        var pageB = await onB.Client.GetStringAsync(mapUrl);
        Check(pageA.Contains("Общаяа") && pageB.Contains("Общаяа"), "файл, загруженный на первый, открывается на втором (файлы хранятся в базе)");

        Console.WriteLine($"== {Jobs} задач импорта по {RowsEach} строк через балансировщик");
        var schools = new List<(int School, Guid Job)>();
        for (var i = 0; i < Jobs; i++)
        {
            var id = await db.NewSchoolAsync($"МБОУ «СОШ № {500 + i}» (очередь двух экземпляров)");
            var (url, mapping) = await coordinator.UploadImportAsync(WebSession.PeopleCsv(RowsEach, "Очередь"), id);
            schools.Add((id, await coordinator.StartImportAsync(url, mapping)));
        }
        var finished = await db.FinishedJobsAsync(schools.Select(s => s.Job).ToList());
        var byInstance = finished.GroupBy(f => f.ClaimedBy.Split(':')[1]).ToDictionary(g => g.Key, g => g.Count());
        Console.WriteLine("  выполнили (pid → задач): " + string.Join(", ", byInstance.Select(x => $"{x.Key} → {x.Value}")));
        Check(finished.All(f => f.Status == 2), "все задачи выполнены");
        Check(finished.All(f => f.Attempts == 1), "каждая задача взята ровно один раз");
        var counts = new List<long>();
        foreach (var (id, _) in schools) counts.Add(await db.ScalarAsync<long>("SELECT count(*) FROM \"People\" WHERE \"OrganizationId\" = $1", id));
        Check(counts.All(c => c == RowsEach), $"в каждой школе ровно {RowsEach} человек (ни одна задача не выполнена дважды)");
        Check(byInstance.Count == 2 && byInstance.Keys.All(pid => pid == a.Pid.ToString() || pid == b.Pid.ToString()), "задачи распределились между обоими экземплярами");
        Console.WriteLine($"RESULT two_instances_jobs={Jobs} two_instances_split={string.Join("/", byInstance.Values)} two_instances_failures={failures.Count}");

        Console.WriteLine(failures.Count == 0 ? "ДВА ЭКЗЕМПЛЯРА ПРОВЕРЕНЫ" : $"НЕ ПРОЙДЕНО: {failures.Count}");
        return failures.Count == 0 ? 0 : 1;
    }
}
