using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Web.Tests.Infrastructure;
using Shouldly;

namespace Nastavnik.Web.Tests.Publications;

/// <summary>A regional contest end to end: schools apply with files, the jury is formed (no juror scores his own school),
/// jurors score only their assignments, results rank the applications; the region's share of municipalities taking part.</summary>
public abstract class ContestHttpTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Fact]
    public async Task SchoolsApplyJurorsScoreTheirOwnAssignmentsAndTheResultsRankTheApplications()
    {
        var region = await app.LoginAsync("region");
        var invalid = await region.PostFormAsync("/Contests", "/Contests", new()
        {
            ["title"] = "Наставник года", ["year"] = "2026", ["applicationsUntil"] = DemoToday.Day.AddDays(20).ToString("yyyy-MM-dd"),
            ["nominations"] = "Лучший педагог-наставник", ["criteria"] = "Уникальность; десять; 1",
        });
        (await invalid.Content.ReadAsStringAsync()).ShouldContain("Критерии, строка 1: ожидается «Название; максимальный балл; вес»");
        var created = await region.PostFormAsync("/Contests", "/Contests", new()
        {
            ["title"] = "Наставник года", ["year"] = DemoToday.Day.Year.ToString(), ["applicationsUntil"] = DemoToday.Day.AddDays(20).ToString("yyyy-MM-dd"),
            ["nominations"] = "Лучший педагог-наставник\nСвежий ветер", ["criteria"] = "Уникальность; 10; 1\nРезультативность и практическая значимость; 10; 2\nВозможность тиражирования; 10; 1",
        });
        var url = created.Headers.Location!.ToString();
        var contestId = int.Parse(url.Split('/').Last());

        var school76 = await app.LoginAsync("curator76");
        var school2 = await app.LoginAsync("curator2");
        (await school76.PostMultipartAsync(url, url + "?handler=Apply", new() { ["nomination"] = "Лучший педагог-наставник", ["title"] = "Открытые уроки для молодых", ["summary"] = "Кратко" },
            ("file", "prezentaciya.pdf", "%PDF-1.4 76"u8.ToArray()))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await school2.PostFormAsync(url, url + "?handler=Apply", new() { ["nomination"] = "Лучший педагог-наставник", ["title"] = "Клуб молодого учителя" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await school2.PostFormAsync(url, url + "?handler=Apply", new() { ["nomination"] = "Нет такой", ["title"] = "Ошибка" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await school2.GetStringAsync(url)).ShouldContain("Выберите номинацию конкурса.");
        // Each school sees its own application, not the other's.
        var own = new HtmlParser().ParseDocument(await school2.GetStringAsync(url)).QuerySelector("#applications tbody")!.TextContent;
        own.ShouldContain("Клуб молодого учителя");
        own.ShouldNotContain("Открытые уроки для молодых");

        // The jury: the head of school 76 and the Tomsk curator; «distribute» skips each juror's own school.
        foreach (var login in new[] { "head76", "curator2" })
            (await region.PostFormAsync(url, url + "?handler=Expert", new() { ["login"] = login })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await region.PostFormAsync(url, url + "?handler=Expert", new() { ["login"] = "nobody" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await region.GetStringAsync(url)).ShouldContain("Пользователь с логином «nobody» не найден.");
        (await region.PostFormAsync(url, url + "?handler=AssignAll", [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await region.GetStringAsync(url)).ShouldContain("исключено по конфликту интересов (заявки своей организации): 2.");
        int ownApplication, headExpert;
        await using (var db = app.NewDbContext())
        {
            var organization76 = await app.OrganizationIdAsync(DemoData.School76);
            ownApplication = await db.ContestApplications.Where(a => a.OrganizationId == organization76).Select(a => a.Id).SingleAsync();
            var headUser = await db.Users.Where(u => u.UserName == "head76").Select(u => u.Id).SingleAsync();
            headExpert = await db.ContestExperts.Where(e => e.UserId == headUser).Select(e => e.Id).SingleAsync();
            (await db.ContestAssignments.CountAsync(a => a.ContestId == contestId)).ShouldBe(2);
        }
        (await region.PostFormAsync(url, url + "?handler=Assign", new() { ["applicationId"] = ownApplication.ToString(), ["expertId"] = headExpert.ToString() })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await region.GetStringAsync(url)).ShouldContain("Конфликт интересов: эксперт Директор СОШ № 76 работает в организации участника заявки «Открытые уроки для молодых»");

        // Scoring waits for the review stage; a juror opens only his own assignments.
        var head = await app.LoginAsync("head76");
        var mine = new HtmlParser().ParseDocument(await head.GetStringAsync(url)).QuerySelectorAll("#my-assignments a").Select(a => a.GetAttribute("href")!).ToList();
        mine.Count.ShouldBe(1);
        (await head.GetStringAsync(mine[0])).ShouldContain("Клуб молодого учителя");
        (await school76.GetAsync(mine[0])).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var tomskScore = new HtmlParser().ParseDocument(await school2.GetStringAsync(url)).QuerySelector("#my-assignments a")!.GetAttribute("href")!;
        (await head.GetAsync(tomskScore)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        // The Tomsk juror downloads the application's file; the other school cannot.
        var fileHref = new HtmlParser().ParseDocument(await school2.GetStringAsync(tomskScore)).QuerySelector("a[href^='/files/']")!.GetAttribute("href")!;
        (await school2.GetStringAsync(fileHref)).ShouldBe("%PDF-1.4 76");
        (await (await app.LoginAsync("mentee76")).GetAsync(fileHref)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        async Task<HttpResponseMessage> Score(HttpClient juror, string scoreUrl, params string[] values)
        {
            var stamp = new HtmlParser().ParseDocument(await juror.GetStringAsync(scoreUrl)).QuerySelector("input[name=stamp]")!.GetAttribute("value")!;
            var fields = new Dictionary<string, string> { ["stamp"] = stamp, ["comment"] = "Оценено" };
            for (var i = 0; i < values.Length; i++) fields[$"scores[{i}]"] = values[i];
            return await juror.PostFormAsync(scoreUrl, scoreUrl, fields);
        }
        await Score(head, mine[0], "8", "9", "7");
        (await head.GetStringAsync(mine[0])).ShouldContain("Оценивать заявки можно на этапе «экспертиза»");
        (await region.PostFormAsync(url, url + "?handler=Results", new() { ["resultDocument"] = "№ 1" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await region.GetStringAsync(url)).ShouldContain("Подвести итоги можно на этапе «экспертиза»");
        (await region.PostFormAsync(url, url + "?handler=Review", [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        await Score(head, mine[0], "8", "11", "7");
        (await head.GetStringAsync(mine[0])).ShouldContain("Критерий «Результативность и практическая значимость»: балл 11 вне шкалы — целое число от 0 до 10.");
        (await Score(head, mine[0], "8", "9", "7")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await head.GetStringAsync(mine[0])).ShouldContain("Итого с весами: <strong>33</strong> из 40");

        // Results wait for every application to have a score.
        (await region.PostFormAsync(url, url + "?handler=Results", new() { ["resultDocument"] = "распоряжение № 40 от 15.05" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await region.GetStringAsync(url)).ShouldContain("Не оценены ни одним экспертом: «Открытые уроки для молодых».");
        (await Score(school2, tomskScore, "10", "10", "10")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var ranking = new HtmlParser().ParseDocument(await region.GetStringAsync(url)).QuerySelectorAll("#ranking tbody tr").Select(r => r.TextContent).ToList();
        ranking[0].ShouldContain("Открытые уроки для молодых");
        ranking[0].ShouldContain("40");
        ranking[1].ShouldContain("33");
        (await region.PostFormAsync(url, url + "?handler=Results", new() { ["resultDocument"] = "распоряжение № 40 от 15.05" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var results = new HtmlParser().ParseDocument(await school2.GetStringAsync(url)).QuerySelectorAll("#applications tbody tr").Select(r => r.TextContent).ToList();
        results.Count.ShouldBe(2); // after the results everyone sees every application with its place
        results[0].ShouldContain("Победитель");
        results[1].ShouldContain("Призёр");

        // Two of the region's municipalities took part.
        int municipalities;
        await using (var db = app.NewDbContext()) municipalities = await db.Municipalities.CountAsync();
        var dashboard = new HtmlParser().ParseDocument(await region.GetStringAsync($"/Monitoring?year={DemoToday.Day.Year}"));
        dashboard.QuerySelector("[data-metric=MunicipalitiesInContests] [data-role=share]")!.TextContent.ShouldBe($"2 из {municipalities}");
    }
}

public sealed class ContestHttpTestsOnPostgres(PostgresApp app) : ContestHttpTests<PostgresApp>(app);
public sealed class ContestHttpTestsOnSqlite(SqliteApp app) : ContestHttpTests<SqliteApp>(app);
