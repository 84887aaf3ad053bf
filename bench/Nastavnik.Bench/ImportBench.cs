using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Nastavnik.Domain.Imports;
using Nastavnik.Domain.People;
using Nastavnik.Domain.Registries;
using Nastavnik.Domain.Territory;
using Nastavnik.Web.Data;
using Nastavnik.Web.Data.Seeding;
using Nastavnik.Web.Features.Export;
using Nastavnik.Web.Features.Import;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Bench;

/// <summary>Imports an N-row XLSX of mentees the way the import job does ("fast"), or saves the same validated rows
/// one by one through EF ("one-by-one", the baseline). Each mode runs in its own process so peak RSS is its own.</summary>
public static class ImportBench
{
    public static async Task<int> RunAsync(string connection, int rows, string mode)
    {
        await using var app = BenchApp.Build(connection);
        var scope = app.Services.CreateScope().ServiceProvider;
        var db = scope.GetRequiredService<AppDbContext>();
        await DemoSeeder.SeedCatalogAsync(db);
        var region = new Region { Name = $"Регион замера импорта {Guid.NewGuid():N}" };
        var org = new Organization { Name = "МБОУ «СОШ для замера»", Type = OrganizationType.School };
        region.Municipalities.Add(new Municipality { Name = "Район замера", Organizations = { org } });
        db.Regions.Add(region);
        await db.SaveChangesAsync();
        var userScope = new UserScope(UserRole.RegionalOperator, region.Id, null, null, null);

        var file = await MakeXlsxAsync(rows);
        var total = Stopwatch.StartNew();
        var table = SheetReader.Read("bench.xlsx", file);
        var mapping = Enumerable.Range(0, table.Headers.Count).ToDictionary(i => i, i => ImportFields.Recognize(table.Headers[i])!);
        var today = scope.GetRequiredService<Web.Infrastructure.Time.TerritoryClock>().TodayIn(region.Id);
        var plan = await scope.GetRequiredService<ImportValidator>().ValidateAsync(table, mapping, ImportTarget.Mentees, org.Id, userScope, today);
        if (!plan.IsValid) throw new InvalidOperationException(plan.Errors[0].Message);
        var readAndValidate = total.Elapsed.TotalSeconds;

        var write = Stopwatch.StartNew();
        if (mode == "fast")
            await scope.GetRequiredService<ImportExecutor>().ExecuteAsync(plan, null);
        else
            await SaveOneByOneAsync(db, plan, today);
        var writeSeconds = write.Elapsed.TotalSeconds;
        Console.WriteLine($"{mode}: строк {rows:N0}; чтение и проверка {readAndValidate:F2} с; запись {writeSeconds:F2} с; пиковая память {BenchApp.PeakRssKb() / 1024} МБ");
        Console.WriteLine($"RESULT {mode}_write_s={writeSeconds:F3} {mode}_total_s={readAndValidate + writeSeconds:F3} {mode}_peak_rss_mb={BenchApp.PeakRssKb() / 1024}");
        return 0;
    }

    /// <summary>The naive way: one SaveChanges (one transaction, one round trip per statement) per row.</summary>
    private static async Task SaveOneByOneAsync(AppDbContext db, ImportPlan plan, DateOnly today)
    {
        foreach (var row in plan.Rows)
        {
            var person = new Person { LastName = "", FirstName = "" };
            row.Person.ApplyTo(person);
            db.Mentees.Add(new Mentee { Person = person, IncludedOn = today, Category = Mentee.SuggestCategory(person) });
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>An N-row XLSX of young teachers (also the registry side of the organization import figure).</summary>
    internal static async Task<byte[]> MakeXlsxAsync(int rows)
    {
        var rnd = new Random(7);
        var today = DateOnly.FromDateTime(DateTime.Today);
        async IAsyncEnumerable<object?[]> Rows()
        {
            for (var i = 0; i < rows; i++)
            {
                var p = NameBank.Teacher(rnd, 0, today, young: true);
                yield return [i + 1, $"{p.LastName} {p.FirstName} {p.MiddleName}", new DateOnly(1995, 1, 1).AddDays(-i), p.Position, p.Subjects, p.TotalExperienceYears, p.TeachingExperienceYears, $"user{i}@bench.example"];
            }
            await Task.CompletedTask;
        }
        using var buffer = new MemoryStream();
        await XlsxWriter.WriteAsync(buffer, "Педагоги", ["№", "ФИО", "Дата рождения", "Должность", "Преподаваемые предметы", "Общий стаж, лет", "Педагогический стаж, лет", "Электронная почта"], Rows());
        return buffer.ToArray();
    }
}
