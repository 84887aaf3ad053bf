using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nastavnik.Domain.Files;
using Nastavnik.Domain.People;
using Nastavnik.Domain.Practices;
using Nastavnik.Domain.Programs;
using Nastavnik.Domain.Publications;
using Nastavnik.Domain.Registries;
using Nastavnik.Domain.Territory;
using Nastavnik.Web.Data;
using Nastavnik.Web.Data.Seeding;
using Npgsql;

namespace Nastavnik.Bench.Publications;

/// <summary>An organization's public «Наставничество» page with 200 items (documents, news, programs, best mentors with
/// consent, practices — 40 of each), requested anonymously, against the SQL statements it runs replayed through Npgsql.</summary>
public static class PublicPageBench
{
    public static async Task<int> RunAsync(string connection, int eachKind)
    {
        const string url = "http://127.0.0.1:5197";
        var recorder = new SqlRecorder();
        await using var app = BenchApp.Build(connection, url, recorder);
        var organizationId = await SeedAsync(app, eachKind);
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(url) };
        await using var raw = new NpgsqlConnection(connection);
        await raw.OpenAsync();
        var path = $"/nastavnichestvo/organization/{organizationId}";
        const string mustContain = "Практика для замера 1";
        var html = await BenchHttp.PageAsync(client, path, mustContain);
        var items = CountItems(html);
        var statements = await recorder.RecordAsync(() => BenchHttp.PageAsync(client, path, mustContain));
        var (page, sql) = await BenchHttp.TimeInterleavedAsync(() => BenchHttp.PageAsync(client, path, mustContain), () => SqlRecorder.ReplayAsync(raw, statements));
        Console.WriteLine($"Публичная страница организации ({items} записей, {html.Length / 1024} КБ): {page:F1} мс, её SQL ({statements.Count} запросов): {sql:F1} мс, отношение {page / sql:F2}");
        var queriesOnly = await BenchHttp.TimeAsync(async () =>
        {
            using var scope = app.Services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<Nastavnik.Web.Features.Public.PublicQueries>().OrganizationAsync(organizationId, CancellationToken.None);
        });
        Console.WriteLine($"Из них запросы через EF (без разметки страницы): {queriesOnly:F1} мс");
        Console.WriteLine($"RESULT public_page_ms={page:F1} public_sql_ms={sql:F1} public_ratio={page / sql:F2} public_items={items} public_statements={statements.Count} public_queries_ef_ms={queriesOnly:F1}");
        await app.StopAsync();
        return 0;
    }

    /// <summary>Items as the page lists them: documents, programs, mentors and practices are list items, news are articles.</summary>
    private static int CountItems(string html) => CountOf(html, "<li class=\"mb-2\">") + CountOf(html, "<article class=\"mb-3\">");

    private static int CountOf(string html, string marker)
    {
        var (count, at) = (0, 0);
        while ((at = html.IndexOf(marker, at, StringComparison.Ordinal)) >= 0) { count++; at += marker.Length; }
        return count;
    }

    private static async Task<int> SeedAsync(Microsoft.AspNetCore.Builder.WebApplication app, int n)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.MigrateAsync();
        await DemoSeeder.SeedCatalogAsync(db);
        db.AuditEnabled = false;
        var region = new Region { Name = $"Регион замера публичной страницы {Guid.NewGuid():N}" };
        var municipality = new Municipality { Name = "Муниципалитет замера" };
        var organization = new Organization { Name = "МБОУ «СОШ № 1» для замера публичной страницы", Type = OrganizationType.School };
        municipality.Organizations.Add(organization);
        region.Municipalities.Add(municipality);
        db.Regions.Add(region);
        await db.SaveChangesAsync();
        var now = DateTimeOffset.UtcNow;
        var today = DateOnly.FromDateTime(DateTime.Today);
        var kind = new LocalActKind { RegionId = region.Id, Name = "Положение о наставничестве", Required = true };
        db.LocalActKinds.Add(kind);
        await db.SaveChangesAsync();
        for (var i = 1; i <= n; i++)
        {
            var act = LocalAct.Create(region.Id, municipality.Id, organization.Id, kind.Id, $"Документ для замера {i}", $"{i}-о", today.AddDays(-i), today);
            db.LocalActs.Add(act);
            var file = StoredFile.Create(FileOwner.LocalActVersion, 0, $"dokument-{i}.pdf", "application/pdf", "%PDF-1.4 замер"u8.ToArray(), now);
            db.Files.Add(file);
            await db.SaveChangesAsync();
            db.LocalActVersions.Add(new LocalActVersion { ActId = act.Id, Version = 1, FileId = file.Id, UploadedAt = now, PublishedAt = now, PublishedBy = "bench" });
            var post = new NewsPost { RegionId = region.Id, MunicipalityId = municipality.Id, OrganizationId = organization.Id, Title = "", Body = "", CreatedAt = now, PublishedAt = now.AddMinutes(-i) };
            post.Edit($"Новость для замера {i}", string.Join(' ', Enumerable.Repeat("Неделя наставничества: открытые уроки, мастер-классы и встречи пар.", 5)));
            db.News.Add(post);
            db.Programs.Add(new MentorshipProgram { OrganizationId = organization.Id, Name = $"Программа для замера {i}", StartsOn = today.AddMonths(-3), EndsOn = today.AddMonths(6), Status = ProgramStatus.Active });
            var person = new Person { LastName = $"Наставникова{i}", FirstName = "Анна", MiddleName = "Ивановна", OrganizationId = organization.Id, Role = PersonRole.Teacher };
            db.People.Add(person);
            await db.SaveChangesAsync();
            db.Consents.Add(new Consent { PersonId = person.Id, Purpose = Consent.PublicationPurpose, GivenOn = today.AddDays(-10) });
            db.Mentors.Add(new Mentor { PersonId = person.Id, Forms = MentoringForms.TeacherTeacher, IncludedOn = today.AddYears(-1), Distinction = $"Победитель конкурса «Наставник года — {2020 + i % 6}»" });
            db.Cases.Add(new PracticeCase
            {
                OrganizationId = organization.Id, Title = $"Практика для замера {i}", Problem = "Проблема", Solution = "Решение", Results = "Результаты",
                Status = CaseStatus.Published, PublishedOn = today.AddDays(-i),
            });
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
        await db.Database.ExecuteSqlRawAsync("ANALYZE");
        return organization.Id;
    }
}
