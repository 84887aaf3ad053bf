using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nastavnik.Domain.Roadmaps;
using Nastavnik.Domain.Roadmaps.Import;
using Nastavnik.Domain.Territory;
using Nastavnik.Web.Data;
using Nastavnik.Web.Data.Seeding;
using Nastavnik.Web.Features.Roadmaps.Import;
using Nastavnik.Web.Infrastructure.Auth;
using Npgsql;

namespace Nastavnik.Bench.Roadmaps;

/// <summary>A region of 20 municipalities × 40 organizations: the regional roadmap (seed 000) requires municipal roadmaps
/// (Seversk sample), each requires its schools' (34 steps). The regional roadmap's page, which rolls up both levels
/// below it, against the SQL statements it runs, replayed through Npgsql in the same run.</summary>
public static class RoadmapRollupBench
{
    public static async Task<int> RunAsync(string connection, string seedFile, int municipalities, int organizationsEach)
    {
        const string url = "http://127.0.0.1:5199";
        var recorder = new SqlRecorder();
        await using var app = BenchApp.Build(connection, url, recorder);
        var (regionalId, activities) = await SeedAsync(app, seedFile, municipalities, organizationsEach);
        await app.StartAsync();
        var client = await BenchHttp.LoginAsync(url, "bench-roadmap-region");
        Console.WriteLine($"Регион: {municipalities} муниципалитетов × {organizationsEach} организаций, мероприятий во всех дорожных картах: {activities:N0}");
        await using var raw = new NpgsqlConnection(connection);
        await raw.OpenAsync();
        var path = $"/Roadmaps/Details/{regionalId}";
        const string mustContain = "Их организации: карт, выполнено, просрочено";
        await BenchHttp.PageAsync(client, path, mustContain);
        var statements = await recorder.RecordAsync(() => BenchHttp.PageAsync(client, path, mustContain));
        var (page, sql) = await BenchHttp.TimeInterleavedAsync(() => BenchHttp.PageAsync(client, path, mustContain), () => SqlRecorder.ReplayAsync(raw, statements));
        Console.WriteLine($"Страница региональной дорожной карты: {page:F1} мс, её SQL ({statements.Count} запросов): {sql:F1} мс, отношение {page / sql:F2}");
        Console.WriteLine($"RESULT rollup_page_ms={page:F1} rollup_sql_ms={sql:F1} rollup_ratio={page / sql:F2} rollup_statements={statements.Count} activities={activities}");
        await app.StopAsync();
        return 0;
    }

    private static async Task<(int RegionalId, int Activities)> SeedAsync(Microsoft.AspNetCore.Builder.WebApplication app, string seedFile, int municipalities, int organizationsEach)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.MigrateAsync();
        await DemoSeeder.SeedCatalogAsync(db);
        db.AuditEnabled = false;
        var region = new Region { Name = $"Регион замера дорожных карт {Guid.NewGuid():N}" };
        for (var m = 0; m < municipalities; m++)
        {
            var municipality = new Municipality { Name = $"Муниципалитет {m + 1:00}" };
            for (var o = 0; o < organizationsEach; o++) municipality.Organizations.Add(new Organization { Name = $"МБОУ «СОШ № {o + 1}» муниципалитета {m + 1:00}", Type = OrganizationType.School });
            region.Municipalities.Add(municipality);
        }
        db.Regions.Add(region);
        await db.SaveChangesAsync();

        var year = DateTime.Today.Year;
        var (start, end) = (new DateOnly(year - 1, 1, 1), new DateOnly(year + 1, 12, 31));
        var draft = RoadmapFileReader.Read(Path.GetFileName(seedFile), File.ReadAllBytes(seedFile));
        (draft.StartYear, draft.EndYear) = (start.Year, end.Year);
        var regional = DraftToRoadmap.Build(draft, RoadmapLevel.Region, region.Id, null, null, Path.GetFileName(seedFile));
        (regional.ChildRequirement, regional.ChildTemplate) = (ChildRequirement.Municipalities, ChildTemplate.Municipal);
        db.Roadmaps.Add(regional);
        await db.SaveChangesAsync();
        var activities = regional.Activities.Count();
        var rnd = new Random(7);
        foreach (var municipality in region.Municipalities)
        {
            var municipal = RoadmapTemplateLibrary.Create(ChildTemplate.Municipal, $"Дорожная карта: {municipality.Name}", RoadmapLevel.Municipality, null, municipality.Id, null, start, end);
            (municipal.ParentId, municipal.ChildRequirement, municipal.ChildTemplate) = (regional.Id, ChildRequirement.Organizations, ChildTemplate.School);
            db.Roadmaps.Add(municipal);
            await db.SaveChangesAsync();
            foreach (var organization in municipality.Organizations)
            {
                var school = RoadmapTemplateLibrary.Create(ChildTemplate.School, $"Дорожная карта: {organization.Name}", RoadmapLevel.Organization, null, null, organization.Id, start, end);
                school.ParentId = municipal.Id;
                foreach (var a in school.Activities.Where(_ => rnd.Next(3) == 0))
                {
                    a.Status = ActivityStatus.Done;
                    foreach (var d in a.DueDates) d.DoneOn = d.DueOn;
                }
                db.Roadmaps.Add(school);
                activities += school.Activities.Count();
            }
            activities += municipal.Activities.Count();
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var created = await users.CreateAsync(new AppUser { UserName = "bench-roadmap-region", FullName = "Региональный оператор замера", Role = UserRole.RegionalOperator, RegionId = region.Id }, DemoSeeder.DemoPassword);
        if (!created.Succeeded) throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
        await db.Database.ExecuteSqlRawAsync("ANALYZE");
        return (regional.Id, activities);
    }
}
