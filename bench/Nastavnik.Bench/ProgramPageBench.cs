using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nastavnik.Domain.Programs;
using Nastavnik.Domain.Registries;
using Nastavnik.Domain.Territory;
using Nastavnik.Web.Data;
using Nastavnik.Web.Data.Seeding;
using Nastavnik.Web.Features.Programs;
using Nastavnik.Web.Infrastructure.Auth;
using Npgsql;

namespace Nastavnik.Bench;

/// <summary>A program with 500 pairs and 20 000 meetings: the curator's «Мои программы» page and the program page,
/// each against the SQL statements it runs, executed directly through Npgsql in the same run.</summary>
public static class ProgramPageBench
{
    public static async Task<int> RunAsync(string connection, int pairTotal, int meetingsPerPair)
    {
        const string url = "http://127.0.0.1:5198";
        var recorder = new SqlRecorder();
        await using var app = BenchApp.Build(connection, url, recorder);
        var (programId, _) = await SeedAsync(app, pairTotal, meetingsPerPair);
        await app.StartAsync();
        var client = await BenchHttp.LoginAsync(url, "bench-curator");
        Console.WriteLine($"Программа: {pairTotal} пар, {pairTotal * meetingsPerPair:N0} встреч");
        Console.WriteLine($"{"page",-24} {"page, ms",10} {"SQL, ms",10} {"ratio",7} {"statements",10}");
        await using var raw = new NpgsqlConnection(connection);
        await raw.OpenAsync();

        foreach (var (key, title, path, mustContain) in new[]
        {
            ("programs", "«Мои программы»", "/Programs", "Программы наставничества"),
            ("program", "страница программы", $"/Programs/Details/{programId}", "Наставнические пары"),
        })
        {
            await BenchHttp.PageAsync(client, path, mustContain);
            var statements = await recorder.RecordAsync(() => BenchHttp.PageAsync(client, path, mustContain));
            var (page, sql) = await BenchHttp.TimeInterleavedAsync(() => BenchHttp.PageAsync(client, path, mustContain), () => SqlRecorder.ReplayAsync(raw, statements));
            Report(key, title, page, sql, statements.Count);
        }
        await app.StopAsync();
        return 0;
    }

    private static void Report(string key, string title, double page, double sql, int statements)
    {
        Console.WriteLine($"{title,-24} {page,10:F1} {sql,10:F1} {page / sql,7:F2} {statements,10}");
        Console.WriteLine($"RESULT {key}_page_ms={page:F1} {key}_sql_ms={sql:F1} {key}_ratio={page / sql:F2} {key}_statements={statements}");
    }

    public static async Task<(int ProgramId, UserScope Scope)> SeedAsync(Microsoft.AspNetCore.Builder.WebApplication app, int pairCount, int meetingsPerPair)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.MigrateAsync();
        await DemoSeeder.SeedCatalogAsync(db);
        var region = new Region { Name = $"Регион замера программы {Guid.NewGuid():N}" };
        var org = new Organization { Name = "МБОУ «СОШ для замера программы»", Type = OrganizationType.School };
        region.Municipalities.Add(new Municipality { Name = "Район", Organizations = { org } });
        db.Regions.Add(region);
        await db.SaveChangesAsync();

        db.AuditEnabled = false;
        await new RegistryGenerator(db, scope.ServiceProvider.GetRequiredService<Web.Infrastructure.Time.TerritoryClock>().TodayIn(region.Id), seed: 11).GenerateAsync([org], mentees: pairCount, mentors: pairCount);
        var mentorIds = await db.Mentors.Where(m => m.Person!.OrganizationId == org.Id).OrderBy(m => m.Id).Select(m => m.Id).ToListAsync();
        var menteeIds = await db.Mentees.Where(m => m.Person!.OrganizationId == org.Id).OrderBy(m => m.Id).Select(m => m.Id).ToListAsync();

        var today = DateOnly.FromDateTime(DateTime.Today);
        var program = new MentorshipProgram { OrganizationId = org.Id, Name = "Программа для замера", StartsOn = today.AddMonths(-8), EndsOn = today.AddMonths(2), Status = ProgramStatus.Active };
        program.GenerateRoadmap();
        db.Programs.Add(program);
        await db.SaveChangesAsync();
        var pairs = Enumerable.Range(0, pairCount).Select(i => new MentoringPair
        {
            ProgramId = program.Id, MentorId = mentorIds[i], MenteeId = menteeIds[i], Status = PairStatus.Active,
            FormedOn = program.StartsOn, OrderNumber = "1-о", OrderDate = program.StartsOn,
        }).ToList();
        db.Pairs.AddRange(pairs);
        await db.SaveChangesAsync();
        var rnd = new Random(5);
        foreach (var chunk in pairs.Chunk(100))
        {
            foreach (var pair in chunk)
                for (var m = 0; m < meetingsPerPair; m++)
                    db.Meetings.Add(new PairMeeting { PairId = pair.Id, Kind = m == 0 ? MeetingKind.Organizational : MeetingKind.Regular, HeldOn = program.StartsOn.AddDays(1 + m * 5 + rnd.Next(3)), DurationMinutes = 45 });
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var curator = new AppUser { UserName = "bench-curator", FullName = "Куратор замера", Role = UserRole.Curator, RegionId = region.Id, OrganizationId = org.Id };
        var created = await users.CreateAsync(curator, DemoSeeder.DemoPassword);
        if (!created.Succeeded) throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
        await db.Database.ExecuteSqlRawAsync("ANALYZE");
        return (program.Id, curator.Scope);
    }
}
