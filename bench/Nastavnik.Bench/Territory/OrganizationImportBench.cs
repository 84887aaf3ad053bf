using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nastavnik.Domain.Imports;
using Nastavnik.Domain.Territory;
using Nastavnik.Web.Data;
using Nastavnik.Web.Data.Seeding;
using Nastavnik.Web.Features.Export;
using Nastavnik.Web.Features.Import;
using Nastavnik.Web.Features.Territory;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Bench.Territory;

/// <summary>The organization list import of an N-row XLSX against the registry import of an N-row XLSX of mentees, per
/// row, in the same process and the same way: read the file, recognise the headers, check every row, write all rows in
/// one transaction (what the background jobs do, without the job). Each run takes a fresh region; the two imports
/// alternate; median and best of the runs, and the median of each run's own ratio (the two halves of a run are
/// back to back, so a burst of load from elsewhere on the machine hits both).</summary>
public static class OrganizationImportBench
{
    public static async Task<int> RunAsync(string connection, int rows, int runs)
    {
        await using var app = BenchApp.Build(connection);
        using (var setup = app.Services.CreateScope())
        {
            var db = setup.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.Database.MigrateAsync();
            await DemoSeeder.SeedCatalogAsync(db);
        }
        var organizations = await OrganizationsXlsxAsync(rows);
        var mentees = await ImportBench.MakeXlsxAsync(rows);
        var org = new List<double>();
        var registry = new List<double>();
        for (var run = 0; run <= runs; run++) // run 0 warms up both paths (JIT, connection pool) and is not counted
        {
            var o = await OrganizationImportAsync(app.Services, organizations);
            var r = await RegistryImportAsync(app.Services, mentees);
            if (run == 0) continue;
            org.Add(o * 1000 / rows);
            registry.Add(r * 1000 / rows);
            Console.WriteLine($"прогон {run}: организации {o:F3} с, база наставляемых {r:F3} с");
        }
        double Median(List<double> v) { var s = v.Order().ToList(); return s.Count % 2 == 1 ? s[s.Count / 2] : (s[s.Count / 2 - 1] + s[s.Count / 2]) / 2; }
        Console.WriteLine($"RESULT org_import_ms_per_row_median={Median(org):F3} org_import_ms_per_row_best={org.Min():F3} " +
            $"registry_import_ms_per_row_median={Median(registry):F3} registry_import_ms_per_row_best={registry.Min():F3} " +
            $"ratio_median={Median(org) / Median(registry):F2} ratio_best={org.Min() / registry.Min():F2} " +
            $"ratio_of_paired_runs_median={Median(org.Zip(registry, (o, r) => o / r).ToList()):F2} rows={rows} runs={runs}");
        return 0;
    }

    private static async Task<(AppDbContext Db, IServiceProvider Services, UserScope Scope, int OrganizationId)> FreshRegionAsync(IServiceProvider root)
    {
        var services = root.CreateScope().ServiceProvider;
        var db = services.GetRequiredService<AppDbContext>();
        var region = new Region { Name = $"Регион замера {Guid.NewGuid():N}" };
        var school = new Organization { Name = "МБОУ «СОШ для замера»", Type = OrganizationType.School };
        region.Municipalities.Add(new Municipality { Name = "Район замера", Organizations = { school } });
        db.Regions.Add(region);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        return (db, services, new UserScope(UserRole.RegionalOperator, region.Id, null, null, null), school.Id);
    }

    private static async Task<double> OrganizationImportAsync(IServiceProvider root, byte[] file)
    {
        var (_, services, scope, _) = await FreshRegionAsync(root);
        var import = services.GetRequiredService<OrganizationImport>();
        var clock = Stopwatch.StartNew();
        var table = SheetReader.Read("organizations.xlsx", file, OrganizationImportFields.All);
        var plan = await import.ValidateAsync(table, OrganizationImportFields.Suggest(table), scope);
        if (!plan.IsValid) throw new InvalidOperationException($"{plan.Errors[0].Row}: {plan.Errors[0].Message}");
        await import.ExecuteAsync(plan, null);
        return clock.Elapsed.TotalSeconds;
    }

    private static async Task<double> RegistryImportAsync(IServiceProvider root, byte[] file)
    {
        var (db, services, scope, school) = await FreshRegionAsync(root);
        var clock = Stopwatch.StartNew();
        var table = SheetReader.Read("mentees.xlsx", file);
        var mapping = await services.GetRequiredService<ImportMappings>().SuggestAsync(table, ImportTarget.Mentees, school);
        var plan = await services.GetRequiredService<ImportValidator>().ValidateAsync(table, mapping, ImportTarget.Mentees, school, scope,
            services.GetRequiredService<Web.Infrastructure.Time.TerritoryClock>().TodayIn(scope.RegionId));
        if (!plan.IsValid) throw new InvalidOperationException($"{plan.Errors[0].Row}: {plan.Errors[0].Message}");
        await services.GetRequiredService<ImportExecutor>().ExecuteAsync(plan, null);
        return clock.Elapsed.TotalSeconds;
    }

    /// <summary>A ministry's list: two title rows, then № п/п, municipality (20 of them), names, type in words, ИНН and ОГРН
    /// with valid check digits, address, site, head.</summary>
    private static async Task<byte[]> OrganizationsXlsxAsync(int rows)
    {
        string[] types = ["общеобразовательная организация", "дошкольная образовательная организация", "организация дополнительного образования", "колледж"];
        async IAsyncEnumerable<object?[]> Rows()
        {
            yield return ["Реестр образовательных организаций", null, null, null, null, null, null, null, null, null];
            yield return ["по состоянию на 01.09.2026", null, null, null, null, null, null, null, null, null];
            yield return ["№ п/п", "Муниципальное образование", "Полное наименование организации", "Краткое наименование", "Тип организации", "ИНН", "ОГРН", "Юридический адрес", "Официальный сайт", "Ф.И.О. руководителя"];
            for (var i = 0; i < rows; i++)
            {
                var inn = CheckedInn(700000000 + i);
                var ogrn = (102700000000L + i).ToString() + (102700000000L + i) % 11 % 10;
                yield return [i + 1, $"Район № {i % 20 + 1}", $"Муниципальное бюджетное учреждение «Организация № {i + 1}»", $"МБУ № {i + 1}", types[i % types.Length],
                    inn, ogrn, $"ул. Ленина, д. {i % 150 + 1}", $"https://org{i + 1}.bench.example", "Иванова Мария Петровна"];
            }
            await Task.CompletedTask;
        }
        using var buffer = new MemoryStream();
        await XlsxWriter.WriteAsync(buffer, "Организации", ["Реестр"], Rows());
        return buffer.ToArray();
    }

    private static string CheckedInn(long nine)
    {
        var d = nine.ToString("D9");
        int[] w = [2, 4, 10, 3, 5, 9, 4, 6, 8];
        return d + Enumerable.Range(0, 9).Sum(i => (d[i] - '0') * w[i]) % 11 % 10;
    }
}
