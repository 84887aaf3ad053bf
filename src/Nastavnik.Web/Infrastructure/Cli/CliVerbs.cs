using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Territory;
using Nastavnik.Web.Data;
using Nastavnik.Web.Data.Seeding;

namespace Nastavnik.Web.Infrastructure.Cli;

/// <summary>
/// Command-line verbs of the app:
///   migrate                                  apply migrations and exit
///   seed-demo                                migrate, seed the demo region if empty, print the accounts
///   generate --mentees N --mentors M [--organizations K] [--time-zone Asia/Tomsk]   add a synthetic region for benchmarks
///   bootstrap --region "…" --login L --email E [--name "ФИО"] [--time-zone Asia/Tomsk]   create the region (its time
///                                            zone, Moscow by default) and its first operator on an empty database
///   send-email                               deliver what waits in the e-mail outbox, then exit
///   print-migration                          draft MigrationBuilder code for the whole model (developers)
/// The database comes from the same configuration as the web app (Database:Provider, ConnectionStrings:Nastavnik).
/// </summary>
public static class CliVerbs
{
    private static readonly string[] Verbs = ["migrate", "seed-demo", "generate", "print-migration", "bootstrap", "send-email"];

    public static bool IsVerb(string arg) => Verbs.Contains(arg);

    public static async Task<int> RunAsync(string[] args)
    {
        var app = AppBuilder.Build(args[1..], b =>
        {
            b.Configuration["Jobs:Enabled"] = "false";
            b.Configuration["Email:SenderEnabled"] = "false";
        });
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var clock = scope.ServiceProvider.GetRequiredService<Time.TerritoryClock>();
        switch (args[0])
        {
            case "migrate":
                await db.Database.MigrateAsync();
                Console.WriteLine("Миграции применены.");
                return 0;
            case "seed-demo":
                await db.Database.MigrateAsync();
                var accounts = await ActivatorUtilities.CreateInstance<DemoSeeder>(scope.ServiceProvider).SeedIfEmptyAsync();
                DemoSeeder.PrintAccounts(accounts, Console.Out);
                return 0;
            case "generate":
                await db.Database.MigrateAsync();
                var region = await GenerateAsync(db, clock, Text(args, "--time-zone"), Option(args, "--mentees", 100_000), Option(args, "--mentors", 30_000), Option(args, "--organizations", 500));
                if (Text(args, "--operator") is { } login)
                    await CreateOperatorAsync(scope.ServiceProvider, login, region, clock.GetUtcNow());
                return 0;
            case "bootstrap":
                var code = await Bootstrap.RunAsync(scope.ServiceProvider, Text(args, "--region"), Text(args, "--login"), Text(args, "--email"), Console.Out, Text(args, "--name"), Text(args, "--time-zone"));
                if (code == 0) await DeliverOutboxAsync(scope.ServiceProvider);
                return code;
            case "send-email":
                await DeliverOutboxAsync(scope.ServiceProvider);
                return 0;
            case "print-migration":
                Console.WriteLine(MigrationCodePrinter.Print(db));
                return 0;
        }
        return 2;
    }

    /// <summary>The web app's sender does not run in the CLI: the CLI delivers what is due once, so the bootstrap e-mail
    /// leaves at once when the SMTP server is up (otherwise the app sends it later).</summary>
    private static async Task DeliverOutboxAsync(IServiceProvider services)
    {
        var sent = await services.GetRequiredService<Email.OutboxSender>().SendBatchAsync(CancellationToken.None);
        Console.WriteLine(sent > 0 ? $"Писем отправлено: {sent}." : "Письмо ждёт в очереди: SMTP-сервер недоступен, приложение отправит его позже.");
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var v) ? v : fallback;
    }

    private static string? Text(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    /// <summary>A regional operator of the generated region, so benchmarks can sign in and see all of it.</summary>
    private static async Task CreateOperatorAsync(IServiceProvider services, string login, Region region, DateTimeOffset now)
    {
        var users = services.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Auth.AppUser>>();
        var user = new Auth.AppUser { UserName = login, FullName = "Оператор " + region.Name, Role = Auth.UserRole.RegionalOperator, RegionId = region.Id };
        user.Grants.Add(Auth.RoleGrant.For(user.Id, user.Scope, now, null));
        var result = await users.CreateAsync(user, DemoSeeder.DemoPassword);
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        Console.WriteLine($"Учётная запись {login} / {DemoSeeder.DemoPassword}: региональный оператор «{region.Name}».");
    }

    private static async Task<Region> GenerateAsync(AppDbContext db, Time.TerritoryClock clock, string? timeZone, int mentees, int mentors, int organizations)
    {
        var watch = Stopwatch.StartNew();
        await DemoSeeder.SeedCatalogAsync(db);
        var region = new Region { Name = $"Синтетическая область {clock.GetUtcNow():yyyyMMddHHmmss}" };
        if (timeZone is not null) region.ChangeTimeZone(timeZone);
        const int perMunicipality = 25;
        for (var m = 0; m * perMunicipality < organizations; m++)
        {
            var municipality = new Municipality { Name = $"Муниципальный район № {m + 1}", Kind = MunicipalityKind.District };
            for (var o = 0; o < perMunicipality && m * perMunicipality + o < organizations; o++)
                municipality.Organizations.Add(new Organization { Name = $"МБОУ «СОШ № {o + 1}» района № {m + 1}", Type = o % 5 == 4 ? OrganizationType.Preschool : OrganizationType.School });
            region.Municipalities.Add(municipality);
        }
        db.Regions.Add(region);
        await db.SaveChangesAsync();
        var orgs = region.Municipalities.SelectMany(x => x.Organizations).ToList();
        db.ChangeTracker.Clear();
        clock.UseRegion(region.Id);
        await new RegistryGenerator(db, clock.Today).GenerateAsync(orgs, mentees, mentors,
            (done, total) => Console.Write($"\rСоздано записей: {done:N0} из {total:N0}"));
        Console.WriteLine($"\nРегион «{region.Name}» (id {region.Id}) создан за {watch.Elapsed.TotalSeconds:F0} с.");
        return region;
    }
}
