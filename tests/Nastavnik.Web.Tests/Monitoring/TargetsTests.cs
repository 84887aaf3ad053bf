using System.Net;
using System.Net.Http.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nastavnik.Domain.Monitoring;
using Nastavnik.Domain.Roadmaps;
using Nastavnik.Domain.Territory;
using Nastavnik.Web.Features.Monitoring;
using Nastavnik.Web.Features.Monitoring.Targets;
using Nastavnik.Web.Tests.Infrastructure;
using Shouldly;

namespace Nastavnik.Web.Tests.Monitoring;

/// <summary>Targets belong to a territory: each sees its own documents' targets (and, for shares, its parents'), never
/// another territory's.</summary>
public abstract class TargetsTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    private static readonly string[] Strangers = ["Иркут", "Богучан", "Красноярск"];

    private static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    private static string Card(IHtmlDocument page, MetricCode code) => page.QuerySelector($"#metrics [data-metric={code}]")!.TextContent;

    [Fact]
    public async Task TheDemoRegionItsMunicipalityAndItsSchoolSeeOnlyTheirOwnTargets()
    {
        int year, seversk;
        await using (var db = app.NewDbContext())
        {
            year = db.Today.Year;
            seversk = await db.Municipalities.Where(m => m.Name == "ЗАТО Северск").Select(m => m.Id).SingleAsync();
        }
        var region = Parse(await (await app.LoginAsync("region")).GetStringAsync($"/Monitoring?year={year}"));
        var municipality = Parse(await (await app.LoginAsync("seversk")).GetStringAsync($"/Monitoring?year={year}"));
        var school = Parse(await (await app.LoginAsync("curator76")).GetStringAsync($"/Monitoring?year={year}"));
        foreach (var page in new[] { region, municipality, school })
            foreach (var basis in page.QuerySelectorAll("#metrics [data-role=target-basis]").Select(b => b.TextContent))
                Strangers.ShouldNotContain(s => basis.Contains(s), basis);

        // Томская область: its regional roadmap (seed 000, moved to the demo's period: the third year now) — 5 events, 30 %.
        Card(region, MetricCode.EventsHeld).ShouldContain($"Цель на {year}: 5");
        Card(region, MetricCode.EventsHeld).ShouldContain("Томской области");
        Card(region, MetricCode.MunicipalitiesInContests).ShouldContain($"Цель на {year}: 30 %");
        Card(region, MetricCode.Mentors).ShouldContain("цель не установлена", Case.Sensitive, "Tomsk's roadmap sets no registry target");
        Card(region, MetricCode.OrganizationsWithProgramAndRoadmap).ShouldContain("цель не установлена", Case.Sensitive, "Seversk's target is not the region's");

        // ЗАТО Северск: its municipal program's 40 → 60 → 80 → 100 %, begun the year after the region's roadmap (last year).
        var share = Card(municipality, MetricCode.OrganizationsWithProgramAndRoadmap);
        share.ShouldContain($"Цель на {year}: 60 %", Case.Sensitive, "the program's second year");
        share.ShouldContain("своя цель");
        share.ShouldContain("№ 279");
        Card(municipality, MetricCode.EventsHeld).ShouldContain("цель не установлена", Case.Sensitive, "the region's count of events is not Seversk's");

        // The school has no document of its own: no count target; nobody set a share for young teachers.
        foreach (var card in school.QuerySelectorAll("#metrics [data-metric]"))
            card.QuerySelector("[data-role=target]")!.TextContent.ShouldContain("цель не установлена");

        var rows = await (await app.LoginAsync("region")).GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/monitoring?year={year}");
        foreach (var row in rows.EnumerateArray())
        {
            var basis = row.GetProperty("targetBasis").GetString() ?? "";
            Strangers.ShouldNotContain(s => basis.Contains(s), basis);
            var code = row.GetProperty("code").GetString();
            var isSeversk = row.GetProperty("territoryId").GetInt32() == seversk && !row.GetProperty("isTotal").GetBoolean();
            if (code == nameof(MetricCode.OrganizationsWithProgramAndRoadmap))
                (row.GetProperty("target").ValueKind == System.Text.Json.JsonValueKind.Null).ShouldBe(!isSeversk, $"{row}");
        }
        var catalogue = Parse(await (await app.LoginAsync("region")).GetStringAsync("/Monitoring/Catalogue"));
        foreach (var cell in catalogue.QuerySelectorAll("[data-role=targets]"))
            Strangers.ShouldNotContain(s => cell.TextContent.Contains(s), cell.TextContent);
        catalogue.QuerySelector("[data-metric=EventsHeld] [data-role=targets]")!.TextContent.ShouldContain($"{year}: 5");
    }

    [Fact]
    public async Task TwoRegionsWithDifferentRoadmapsSeeTheirOwnAndARegionWithoutOneSeesNone()
    {
        await using var db = app.NewDbContext();
        Region Region(string name) => new() { Name = name, Municipalities = [new Municipality { Name = name + ": район", Kind = MunicipalityKind.District }] };
        var (a, b, none) = (Region("Регион А"), Region("Регион Б"), Region("Регион без карты"));
        db.Regions.AddRange(a, b, none);
        await db.SaveChangesAsync();
        Roadmap Roadmap(Region r, decimal mentors, decimal? young)
        {
            var roadmap = new Roadmap { Title = "Дорожная карта " + r.Name, Level = RoadmapLevel.Region, RegionId = r.Id, PeriodStart = new(2026, 1, 1), PeriodEnd = new(2027, 12, 31), Status = RoadmapStatus.Approved };
            var section = new RoadmapSection { Position = 1, Number = "4", Title = "Реестры" };
            var activity = new RoadmapActivity { Roadmap = roadmap, Position = 1, Number = "4.4", Title = "Ведение реестра наставников" };
            activity.Indicators.Add(new ActivityIndicator { Description = "Количество записей в реестре", Unit = IndicatorUnit.Count, Metric = MetricCode.Mentors, Years = [new IndicatorYear { Year = 2026, Target = mentors }] });
            if (young is { } y)
                activity.Indicators.Add(new ActivityIndicator { Description = "Доля молодых педагогов", Unit = IndicatorUnit.Percent, Metric = MetricCode.YoungTeachersCovered, EveryYearTarget = y });
            section.Activities.Add(activity);
            roadmap.Sections.Add(section);
            return roadmap;
        }
        db.Roadmaps.AddRange(Roadmap(a, 100, null), Roadmap(b, 200, 50));
        await db.SaveChangesAsync();

        using var scope = app.Services.CreateScope();
        var resolver = scope.ServiceProvider.GetRequiredService<TargetResolver>();
        async Task<ResolvedTarget?> Of(MonitoringLevel level, int id, MetricCode metric) =>
            (await resolver.ForAsync(new Territory(level, id, ""), default)).For(metric, 2026);

        (await Of(MonitoringLevel.Region, a.Id, MetricCode.Mentors))!.Value.ShouldBe(100);
        (await Of(MonitoringLevel.Region, a.Id, MetricCode.Mentors))!.Document.ShouldBe("дорожная карта «Дорожная карта Регион А», п. 4.4");
        (await Of(MonitoringLevel.Region, b.Id, MetricCode.Mentors))!.Value.ShouldBe(200);
        (await Of(MonitoringLevel.Region, none.Id, MetricCode.Mentors)).ShouldBeNull();
        (await Of(MonitoringLevel.Region, a.Id, MetricCode.YoungTeachersCovered)).ShouldBeNull("Регион Б's share is not Регион А's");
        var district = b.Municipalities.Single().Id;
        (await Of(MonitoringLevel.Municipality, district, MetricCode.Mentors)).ShouldBeNull("a region's count is not its district's");
        var inherited = (await Of(MonitoringLevel.Municipality, district, MetricCode.YoungTeachersCovered))!;
        (inherited.Value, inherited.Owner, inherited.Inherited).ShouldBe((50m, "Регион Б", true));

        // A target the region sets in the catalogue wins over its roadmap's; a draft roadmap sets nothing.
        db.TerritoryTargets.Add(new TerritoryTarget
        {
            RegionId = a.Id, Level = MonitoringLevel.Region, TerritoryId = a.Id, Metric = MetricCode.Mentors, Year = 2026, Value = 150,
            Document = "Приказ № 15 от 20.01.2026", SetBy = "тест", SetAt = DateTimeOffset.UtcNow
        });
        var draft = Roadmap(none, 999, null);
        draft.Status = RoadmapStatus.Draft;
        db.Roadmaps.Add(draft);
        await db.SaveChangesAsync();
        (await Of(MonitoringLevel.Region, a.Id, MetricCode.Mentors))!.Document.ShouldBe("Приказ № 15 от 20.01.2026");
        (await Of(MonitoringLevel.Region, none.Id, MetricCode.Mentors)).ShouldBeNull("a draft is not an approved document");
    }

    [Fact]
    public async Task ATerritorySetsItsOwnTargetInTheCatalogueWithItsDocument()
    {
        const string url = "/Monitoring/Catalogue";
        var region = await app.LoginAsync("region");
        Dictionary<string, string> Form(string metric, string value, string document) =>
            new() { ["Metric"] = metric, ["Year"] = "2031", ["Value"] = value, ["Document"] = document };

        var noDocument = await (await region.PostFormAsync(url, url + "?handler=Set", Form("Mentors", "3000", " "))).Content.ReadAsStringAsync();
        noDocument.ShouldContain("Укажите документ, которым установлена цель");
        (await (await region.PostFormAsync(url, url + "?handler=Set", Form("YoungTeachersCovered", "150", "Приказ № 7"))).Content.ReadAsStringAsync())
            .ShouldContain("Доля — число от 0 до 100");
        (await region.PostFormAsync(url, url + "?handler=Set", Form("Mentors", "3000", "Приказ № 7 от 10.01.2026"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await (await region.PostFormAsync(url, url + "?handler=Set", Form("Mentors", "5000", "Приказ № 9"))).Content.ReadAsStringAsync())
            .ShouldContain("уже установлена (3000, Приказ № 7 от 10.01.2026): измените её в строке каталога", Case.Sensitive, "replaced only from its own row, unseen never");
        var dashboard = Parse(await region.GetStringAsync("/Monitoring/Catalogue"));
        var cell = dashboard.QuerySelector("[data-metric=Mentors] [data-role=targets] [data-year='2031']")!.TextContent;
        cell.ShouldContain("2031: 3000");
        cell.ShouldContain("Приказ № 7 от 10.01.2026");

        // Seversk's coordinator sets Seversk's target only: a region-level indicator is refused; his target is not the region's.
        var seversk = await app.LoginAsync("seversk");
        (await (await seversk.PostFormAsync(url, url + "?handler=Set", Form("MunicipalitiesInContests", "50", "Приказ № 1"))).Content.ReadAsStringAsync())
            .ShouldContain("не ведётся на уровне «муниципалитет»");
        (await seversk.PostFormAsync(url, url + "?handler=Set", Form("Mentors", "40", "Приказ УО № 3"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        Parse(await region.GetStringAsync(url)).QuerySelector("[data-metric=Mentors] [data-role=targets] [data-year='2031']")!.TextContent.ShouldContain("3000");
        var mentor = await app.LoginAsync("mentor76");
        (await mentor.GetAsync(url)).StatusCode.ShouldNotBe(HttpStatusCode.OK);

        int id;
        await using (var db = app.NewDbContext())
            id = await db.TerritoryTargets.Where(t => t.Level == MonitoringLevel.Region && t.Year == 2031).Select(t => t.Id).SingleAsync();
        (await seversk.PostFormAsync(url, url + $"?handler=Delete&id={id}", [])).StatusCode.ShouldBe(HttpStatusCode.NotFound, "not his territory's target");
        (await region.PostFormAsync(url, url + $"?handler=Delete&id={id}", [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        Parse(await region.GetStringAsync(url)).QuerySelector("[data-metric=Mentors] [data-role=targets] [data-year='2031']").ShouldBeNull();
    }
}

public sealed class TargetsTestsOnPostgres(PostgresApp app) : TargetsTests<PostgresApp>(app);
public sealed class TargetsTestsOnSqlite(SqliteApp app) : TargetsTests<SqliteApp>(app);
