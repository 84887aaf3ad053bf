using System.Net;
using System.Net.Http.Json;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Web.Tests.Infrastructure;
using Shouldly;

namespace Nastavnik.Web.Tests.Monitoring;

/// <summary>The dashboard of each level shows the computed indicators, its children and a drill-down inside the scope only.</summary>
public abstract class DashboardTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Fact]
    public async Task TheRegionSeesItsFiguresAndItsMunicipalitiesAndDrillsDown()
    {
        var region = await app.LoginAsync("region");
        var page = new HtmlParser().ParseDocument(await region.GetStringAsync("/Monitoring"));
        int mentors, municipalities, seversk;
        await using (var db = app.NewDbContext())
        {
            var today = DateOnly.FromDateTime(DemoToday.Day);
            mentors = await db.Mentors.CountAsync(m => !m.IsArchived && !m.Person!.IsArchived && m.IncludedOn <= today && m.Person!.Organization!.Municipality!.Region!.Name == "Томская область");
            municipalities = await db.Municipalities.CountAsync(m => m.Region!.Name == "Томская область");
            seversk = await db.Municipalities.Where(m => m.Name == "ЗАТО Северск").Select(m => m.Id).SingleAsync();
        }
        page.QuerySelector("[data-metric=Mentors] [data-role=value]")!.TextContent.Replace("\u00a0", " ").ShouldBe(mentors.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("ru-RU")).Replace("\u00a0", " "));
        page.QuerySelectorAll("#children tbody tr").Length.ShouldBe(municipalities);
        page.QuerySelector("[data-metric=YoungTeachersCovered] [data-role=share]").ShouldNotBeNull();
        page.QuerySelector("#chart-data").ShouldNotBeNull();
        page.QuerySelectorAll("#deficit-map tbody tr").Length.ShouldBe(municipalities, "the deficits map has a row per municipality");

        var drill = new HtmlParser().ParseDocument(await region.GetStringAsync($"/Monitoring?municipality={seversk}"));
        drill.QuerySelector("h1")!.TextContent.ShouldContain("ЗАТО Северск");
        drill.QuerySelectorAll("#children tbody tr").Select(r => r.TextContent).ShouldContain(t => t.Contains("СОШ № 76"));
        (await region.GetStringAsync($"/Monitoring?municipality={seversk}&year=2025&type=Preschool")).ShouldContain("Мониторинг: ЗАТО Северск");
        (await region.GetStringAsync("/Monitoring/Catalogue")).ShouldContain("Доля молодых педагогов (до 35 лет, стаж до 3 лет), охваченных наставничеством");

        // The methodology ranks the municipalities; ranks ascend with the score.
        var ranking = new HtmlParser().ParseDocument(await region.GetStringAsync("/Monitoring/Effectiveness?year=2026")).QuerySelectorAll("#ranking tbody tr").ToList();
        ranking.Count.ShouldBe(municipalities);
        var scores = ranking.Select(r => decimal.Parse(r.QuerySelector("[data-role=score]")!.TextContent, System.Globalization.CultureInfo.GetCultureInfo("ru-RU"))).ToList();
        scores.ShouldBe(scores.OrderByDescending(s => s).ToList());
        ranking[0].QuerySelector("[data-role=rank]")!.TextContent.ShouldBe("1");
    }

    [Fact]
    public async Task TheFiguresGoUpAsExcelCsvAndThroughTheApiInTheDocumentedLayout()
    {
        var region = await app.LoginAsync("region");
        int municipalities;
        await using (var db = app.NewDbContext()) municipalities = await db.Municipalities.CountAsync(m => m.Region!.Name == "Томская область");
        var computed = Domain.Monitoring.IndicatorCatalogue.Metrics.Where(m => m.Source == Domain.Monitoring.MetricSource.Computed).ToList();
        var expectedRows = computed.Count(m => m.Levels.Contains(Domain.Monitoring.MonitoringLevel.Region))
            + municipalities * computed.Count(m => m.Levels.Contains(Domain.Monitoring.MonitoringLevel.Municipality));

        var api = await region.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/monitoring?year=2026");
        api.GetArrayLength().ShouldBe(expectedRows);
        var total = api.EnumerateArray().Single(r => r.GetProperty("isTotal").GetBoolean() && r.GetProperty("code").GetString() == "Mentors");
        var page = new HtmlParser().ParseDocument(await region.GetStringAsync("/Monitoring?year=2026"));
        total.GetProperty("value").GetDecimal().ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("ru-RU"))
            .ShouldBe(page.QuerySelector("[data-metric=Mentors] [data-role=value]")!.TextContent);

        var csv = await region.GetStringAsync("/Monitoring?handler=Csv&year=2026");
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe("Уровень;Код территории;Территория;Итог по территории;Год;На дату;Код показателя;Показатель;Единица;Значение;Числитель;Знаменатель;Цель;Основание цели;Источник");
        lines.Length.ShouldBe(1 + expectedRows);
        lines.ShouldContain(l => l.StartsWith("муниципалитет;") && l.Contains(";ЗАТО Северск;нет;2026;"), "the level in Russian words");
        api.EnumerateArray().Select(r => r.GetProperty("level").GetString()).Distinct().ShouldBe(["Region", "Municipality"], ignoreOrder: true, "the API keeps its codes");

        var xlsx = await region.GetByteArrayAsync("/Monitoring?handler=Xlsx&year=2026");
        var inLibreOffice = await LibreOffice.ReadXlsxAsync(xlsx);
        inLibreOffice.ShouldContain("Код показателя");
        inLibreOffice.ShouldContain("ЗАТО Северск");
        (await (await app.LoginAsync("curator76")).GetAsync("/api/v1/monitoring?municipality=1")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task TheRegionSetsItsOwnMethodologyAndTheRankingFollowsIt()
    {
        var region = await app.LoginAsync("region");
        const string url = "/Monitoring/Effectiveness?year=2026";
        var bad = await region.PostFormAsync(url, url, new() { ["include[YoungTeachersCovered]"] = "true", ["weight[YoungTeachersCovered]"] = "2", ["scale[YoungTeachersCovered]"] = "много" });
        (await bad.Content.ReadAsStringAsync()).ShouldContain("Критерий «Доля молодых педагогов (до 35 лет, стаж до 3 лет), охваченных наставничеством»: шкала записывается как «от:баллы; от:баллы»");
        var saved = await region.PostFormAsync(url, url, new() { ["include[YoungTeachersCovered]"] = "true", ["weight[YoungTeachersCovered]"] = "2", ["scale[YoungTeachersCovered]"] = "0:1" });
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = new HtmlParser().ParseDocument(await region.GetStringAsync(url));
        page.Body!.TextContent.ShouldContain("Применяется методика, заданная регионом.");
        var scores = page.QuerySelectorAll("#ranking tbody tr [data-role=score]").Select(s => s.TextContent).ToList();
        scores.ShouldContain("100", "any municipality with young teachers earns the one point of «from 0»");
        scores.ShouldAllBe(s => s == "100" || s == "0");
        var seversk = await app.LoginAsync("seversk");
        (await seversk.PostFormAsync(url, url, new() { ["include[Mentors]"] = "true", ["weight[Mentors]"] = "1", ["scale[Mentors]"] = "0:1" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ASchoolSeesOnlyItselfAndNothingAboveIt()
    {
        var school = await app.LoginAsync("curator76");
        (await school.GetStringAsync("/Monitoring")).ShouldContain("Уровень: образовательная организация");
        int seversk, otherSchool;
        await using (var db = app.NewDbContext())
        {
            seversk = await db.Municipalities.Where(m => m.Name == "ЗАТО Северск").Select(m => m.Id).SingleAsync();
            otherSchool = await db.Organizations.Where(o => o.Name.Contains(DemoData.School2Tomsk)).Select(o => o.Id).SingleAsync();
        }
        (await school.GetAsync($"/Monitoring?municipality={seversk}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await school.GetAsync($"/Monitoring?organization={otherSchool}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var mentor = await app.LoginAsync("mentor76");
        (await mentor.GetAsync("/Monitoring")).StatusCode.ShouldBe(HttpStatusCode.Redirect, "a mentor has no monitoring");
    }
}

public sealed class DashboardTestsOnPostgres(PostgresApp app) : DashboardTests<PostgresApp>(app);
public sealed class DashboardTestsOnSqlite(SqliteApp app) : DashboardTests<SqliteApp>(app);
