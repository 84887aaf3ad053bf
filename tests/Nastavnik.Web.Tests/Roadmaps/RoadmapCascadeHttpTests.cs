using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using ExcelDataReader;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Roadmaps;
using Nastavnik.Web.Tests.Infrastructure;
using Shouldly;

namespace Nastavnik.Web.Tests.Roadmaps;

/// <summary>The region requires roadmaps of its municipalities, a municipality of its schools; children are made from
/// the documents' samples and rolled up on the parent's page; indicators fill themselves from the registries and from the
/// children; the next period's copy, the calendar of deadlines and the Word and Excel exports.</summary>
public abstract class RoadmapCascadeHttpTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    private static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>The Tomsk regional roadmap imported by the regional operator, over 2026–2027 (as if adopted now) or its own 2020–2024.</summary>
    private async Task<(HttpClient Region, int Id)> RegionalRoadmapAsync(bool current = true)
    {
        var client = await app.LoginAsync("region");
        var preview = await RoadmapHttp.UploadAsync(client, "Томская область.docx", RoadmapHttp.Fixture("roadmap-000_86a2010b6c35da95.docx"));
        var fields = RoadmapHttp.Fields(preview);
        if (current) (fields["Form.StartYear"], fields["Form.EndYear"]) = ("2026", "2027");
        var save = await RoadmapHttp.PostPreviewAsync(client, "Save", fields);
        save.StatusCode.ShouldBe(HttpStatusCode.Redirect, await save.Content.ReadAsStringAsync());
        return (client, RoadmapHttp.IdOf(save));
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, int id, string handler, Dictionary<string, string> fields) =>
        client.PostFormAsync($"/Roadmaps/Details/{id}", $"/Roadmaps/Details/{id}?handler={handler}", fields);

    private async Task<int> MunicipalityIdAsync(string name)
    {
        await using var db = app.NewDbContext();
        return await db.Municipalities.Where(m => m.Name == name).Select(m => m.Id).SingleAsync();
    }

    [Fact]
    public async Task TheRegionRequiresMunicipalRoadmapsAndTheMunicipalityRequiresSchoolRoadmapsRolledUpOnTheParent()
    {
        var (region, regionalId) = await RegionalRoadmapAsync();
        (await PostAsync(region, regionalId, "Require", new() { ["requirement"] = "Municipalities", ["template"] = "Municipal" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = Parse(await region.GetStringAsync($"/Roadmaps/Details/{regionalId}"));
        await using (var db = app.NewDbContext())
            page.QuerySelectorAll("#children-table tbody tr").Length.ShouldBe(await db.Municipalities.CountAsync(m => m.Region!.Name == "Томская область"));
        page.QuerySelector("#children-summary")!.TextContent.ShouldStartWith("Дорожных карт: 0 из");

        // ZATO Seversk makes its own from the Seversk sample; the dates are moved to the region's period.
        var seversk = await app.LoginAsync("seversk");
        var owed = Parse(await seversk.GetStringAsync("/Roadmaps"));
        owed.QuerySelector(".owed")!.TextContent.ShouldContain("требует вашу дорожную карту");
        var create = await PostAsync(seversk, regionalId, "Child", new() { ["ownerId"] = (await MunicipalityIdAsync("ЗАТО Северск")).ToString() });
        create.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var municipalId = RoadmapHttp.IdOf(create);
        await using (var db = app.NewDbContext())
        {
            var municipal = await db.Roadmaps.Include(r => r.Sections).ThenInclude(s => s.Activities).ThenInclude(a => a.DueDates).SingleAsync(r => r.Id == municipalId);
            (municipal.Level, municipal.ParentId).ShouldBe((RoadmapLevel.Municipality, regionalId));
            municipal.Activities.Count().ShouldBe(19);
            municipal.Activities.First().ScheduleText.ShouldBe("Июль 2026 г.");
        }
        (await PostAsync(seversk, regionalId, "Child", new() { ["ownerId"] = (await MunicipalityIdAsync("ЗАТО Северск")).ToString() })).StatusCode
            .ShouldBe(HttpStatusCode.OK, "a second roadmap for the same municipality is refused");
        (await PostAsync(seversk, regionalId, "Child", new() { ["ownerId"] = (await MunicipalityIdAsync("Город Томск")).ToString() })).StatusCode
            .ShouldBe(HttpStatusCode.NotFound, "a coordinator makes only his own municipality's roadmap");

        // The municipality requires its schools' roadmaps; school No. 76 makes its 34 steps.
        (await PostAsync(seversk, municipalId, "Require", new() { ["requirement"] = "Organizations", ["template"] = "School" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var school = await app.LoginAsync("curator76");
        var schoolOwed = Parse(await school.GetStringAsync("/Roadmaps")).QuerySelector(".owed form")!;
        var ownerId = schoolOwed.QuerySelector("input[name=ownerId]")!.GetAttribute("value")!;
        var made = await PostAsync(school, municipalId, "Child", new() { ["ownerId"] = ownerId });
        made.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var schoolRoadmap = Parse(await school.GetStringAsync(made.Headers.Location!.ToString()));
        schoolRoadmap.QuerySelector("#activity-count")!.TextContent.ShouldBe("34");

        // Both parents see their children rolled up.
        var municipalPage = Parse(await seversk.GetStringAsync($"/Roadmaps/Details/{municipalId}"));
        municipalPage.QuerySelector($"#children-table tr[data-owner='{ownerId}']")!.TextContent.ShouldContain("0 / 34");
        var regional = Parse(await region.GetStringAsync($"/Roadmaps/Details/{regionalId}"));
        regional.QuerySelector("#children-summary")!.TextContent.ShouldContain("мероприятий выполнено: 0 из 19");
        regional.QuerySelector($"#children-table tr[data-owner='{await MunicipalityIdAsync("ЗАТО Северск")}'] [data-role=below]")!.TextContent
            .ShouldBe($"1 карт, 0 из 34 (0 %), просрочено {schoolRoadmap.QuerySelector("#overdue-count")!.TextContent}");
    }

    [Fact]
    public async Task IndicatorsFillThemselvesFromTheRegistriesAndFromTheChildren()
    {
        var (region, regionalId) = await RegionalRoadmapAsync();
        int registryIndicator, sitesIndicator;
        await using (var db = app.NewDbContext())
        {
            var indicators = db.ActivityIndicators.Where(i => db.RoadmapActivities.Any(a => a.Id == i.ActivityId && a.RoadmapId == regionalId));
            registryIndicator = await indicators.Where(i => db.RoadmapActivities.Any(a => a.Id == i.ActivityId && a.Title.StartsWith("Формирование единой информационной базы"))).Select(i => i.Id).SingleAsync();
            sitesIndicator = await indicators.Where(i => db.RoadmapActivities.Any(a => a.Id == i.ActivityId && a.Title.StartsWith("Создание, наполнение"))).Select(i => i.Id).SingleAsync();
        }
        (await PostAsync(region, regionalId, "Configure", new() { ["indicatorId"] = registryIndicator.ToString(), ["source"] = "MentorRegistry", ["code"] = "" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        int mentors;
        await using (var db = app.NewDbContext())
            mentors = await db.Mentors.CountAsync(m => !m.IsArchived && m.IncludedOn.Year <= 2026 && m.Person!.Organization!.Municipality!.Region!.Name == "Томская область");
        mentors.ShouldBeGreaterThan(0);
        var page = Parse(await region.GetStringAsync($"/Roadmaps/Details/{regionalId}"));
        var registry = page.QuerySelector($"[data-indicator='{registryIndicator}']")!;
        registry.QuerySelector("[data-role=source]")!.TextContent.ShouldContain("записей в базе наставников");
        registry.QuerySelector("tr[data-year='2026']")!.Children[2].TextContent.ShouldBe(mentors.ToString());
        registry.QuerySelector("form[action$='handler=Report']").ShouldBeNull("a computed actual is not typed in");

        // Sites: the number of municipalities whose own roadmap has done the activity coded МО-4.
        (await PostAsync(region, regionalId, "Configure", new() { ["indicatorId"] = sitesIndicator.ToString(), ["source"] = "ChildrenDone", ["code"] = "" })).StatusCode
            .ShouldBe(HttpStatusCode.OK, "counting over the children needs the activity's code");
        (await PostAsync(region, regionalId, "Configure", new() { ["indicatorId"] = sitesIndicator.ToString(), ["source"] = "ChildrenDone", ["code"] = "МО-4" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await PostAsync(region, regionalId, "Require", new() { ["requirement"] = "Municipalities", ["template"] = "Municipal" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var child = RoadmapHttp.IdOf(await PostAsync(region, regionalId, "Child", new() { ["ownerId"] = (await MunicipalityIdAsync("ЗАТО Северск")).ToString() }));
        int[] dueIds;
        await using (var db = app.NewDbContext())
            dueIds = await db.ActivityDueDates.Where(d => db.RoadmapActivities.Any(a => a.Id == d.ActivityId && a.RoadmapId == child && a.Code == "МО-4")).Select(d => d.Id).ToArrayAsync();
        dueIds.ShouldNotBeEmpty();
        string SitesIn2026(IHtmlDocument p) => p.QuerySelector($"[data-indicator='{sitesIndicator}'] tr[data-year='2026']")!.Children[2].TextContent;
        SitesIn2026(Parse(await region.GetStringAsync($"/Roadmaps/Details/{regionalId}"))).ShouldBe("0");
        foreach (var due in dueIds) (await PostAsync(region, child, "Due", new() { ["dueId"] = due.ToString(), ["done"] = "true" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        SitesIn2026(Parse(await region.GetStringAsync($"/Roadmaps/Details/{regionalId}"))).ShouldBe("1");
    }

    [Fact]
    public async Task TheNextPeriodIsACopyAndTheCalendarAndExportsShowTheRoadmap()
    {
        var (region, id) = await RegionalRoadmapAsync(current: false);
        var next = await PostAsync(region, id, "Successor", []);
        next.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var nextId = RoadmapHttp.IdOf(next);
        await using (var db = app.NewDbContext())
        {
            var copy = await db.Roadmaps.SingleAsync(r => r.Id == nextId);
            (copy.PreviousId, copy.PeriodStart, copy.PeriodEnd, copy.Status).ShouldBe((id, new DateOnly(2025, 1, 1), new DateOnly(2029, 12, 31), RoadmapStatus.Draft));
            (await db.RoadmapActivities.CountAsync(a => a.RoadmapId == nextId)).ShouldBe(18);
            // Without actuals the last target carries over: 20 municipal roadmaps a year.
            (await db.IndicatorYears.Where(y => y.Year == 2025 && db.ActivityIndicators.Any(i => i.Id == y.IndicatorId
                && db.RoadmapActivities.Any(a => a.Id == i.ActivityId && a.RoadmapId == nextId && a.Title.StartsWith("Разработка муниципальных дорожных карт")))).SingleAsync()).Target.ShouldBe(20m);
        }
        (await PostAsync(region, id, "Successor", [])).StatusCode.ShouldBe(HttpStatusCode.OK, "one successor per roadmap");

        var calendar = Parse(await region.GetStringAsync("/Roadmaps/Calendar"));
        calendar.QuerySelectorAll(".coming li").Select(li => li.TextContent).ShouldContain(t => t.Contains("31.12.2026") && t.Contains("Организация мониторинга наличия пакета локальных актов"));
        (await region.GetStringAsync("/Roadmaps/Calendar?handler=Ics")).ShouldContain("BEGIN:VEVENT");

        var docx = await region.GetByteArrayAsync($"/Roadmaps/Details/{id}?handler=Docx");
        using (var word = WordprocessingDocument.Open(new MemoryStream(docx), false))
        {
            new OpenXmlValidator().Validate(word).ShouldBeEmpty();
            var text = word.MainDocumentPart!.Document.Body!.InnerText;
            text.ShouldContain("Разработка муниципальных дорожных карт и программ по развитию системы наставничества");
            text.ShouldContain("2020 – 20, 2021 – 20, 2022 – 20, 2023 – 20, 2024 – 20");
        }
        (await LibreOffice.ReadDocxAsync(docx)).ShouldContain("Разработка муниципальных дорожных карт и программ по развитию системы наставничества");
        var xlsx = await region.GetByteArrayAsync($"/Roadmaps/Details/{id}?handler=Xlsx");
        var csv = await LibreOffice.ReadXlsxAsync(xlsx);
        csv.ShouldContain("Цель 2024");
        csv.ShouldContain("Разработка муниципальных дорожных карт и программ по развитию системы наставничества");
        using var reader = ExcelReaderFactory.CreateOpenXmlReader(new MemoryStream(xlsx));
        var rows = new List<object[]>();
        while (reader.Read()) rows.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetValue).ToArray());
        rows[0].ShouldContain("Цель 2024");
        rows.Count.ShouldBe(1 + 18);
        rows.Skip(1).ShouldContain(r => (string?)r[2] == "Разработка муниципальных дорожных карт и программ по развитию системы наставничества" && Convert.ToDecimal(r[14]) == 20m);
    }
}

public sealed class RoadmapCascadeHttpTestsOnPostgres(PostgresApp app) : RoadmapCascadeHttpTests<PostgresApp>(app);
public sealed class RoadmapCascadeHttpTestsOnSqlite(SqliteApp app) : RoadmapCascadeHttpTests<SqliteApp>(app);
