using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Roadmaps;
using Nastavnik.Web.Tests.Infrastructure;
using Shouldly;

namespace Nastavnik.Web.Tests.Roadmaps;

/// <summary>A municipal coordinator loads a roadmap document, corrects the preview, saves it, and tracks it: actuals with
/// evidence against the targets and the allowed deviation, due dates met; others see it only as their scope allows.</summary>
public abstract class RoadmapImportHttpTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    private static byte[] Fixture(string name) => RoadmapHttp.Fixture(name);
    private static Task<IHtmlDocument> UploadAsync(HttpClient client, string fileName, byte[] content) => RoadmapHttp.UploadAsync(client, fileName, content);
    private static Dictionary<string, string> Fields(IHtmlDocument page) => RoadmapHttp.Fields(page);
    private static Task<HttpResponseMessage> PostPreviewAsync(HttpClient client, string handler, Dictionary<string, string> fields) => RoadmapHttp.PostPreviewAsync(client, handler, fields);

    /// <summary>The name of the field of the activity numbered <paramref name="number"/>.</summary>
    private static string FieldOf(IHtmlDocument page, string number, string field)
    {
        var row = page.QuerySelectorAll("#preview-form tr[data-activity]").First(r => r.GetAttribute("data-activity") == number);
        return row.QuerySelector($"[name$='.{field}']")!.GetAttribute("name")!;
    }

    private async Task<(HttpClient Client, int Id)> ImportIrkutskAsync()
    {
        var client = await app.LoginAsync("seversk");
        var preview = await UploadAsync(client, "Дорожная карта Иркутской области.docx", Fixture("roadmap-004_281dcb6361331b8a.docx"));
        var fields = Fields(preview);
        var save = await PostPreviewAsync(client, "Save", fields);
        save.StatusCode.ShouldBe(HttpStatusCode.Redirect, await save.Content.ReadAsStringAsync());
        return (client, int.Parse(save.Headers.Location!.ToString().Split('/').Last()));
    }

    [Fact]
    public async Task TheDocumentIsPreviewedCorrectedAndSavedWithEveryActivityTargetAndDeadline()
    {
        var client = await app.LoginAsync("seversk");
        var preview = await UploadAsync(client, "Дорожная карта Иркутской области.docx", Fixture("roadmap-004_281dcb6361331b8a.docx"));
        preview.QuerySelector("#layout")!.TextContent.ShouldContain("«ОО» → Исполнители: ОО");
        preview.QuerySelector("#preview-summary")!.TextContent.ShouldContain("мероприятий: 25");
        var mentors = preview.QuerySelectorAll("tr[data-activity]").First(r => r.GetAttribute("data-activity") == "4.4.");
        mentors.QuerySelector("[data-role=targets]")!.TextContent.ShouldContain("2021 — 500; 2022 — 1000; 2023 — 1800; 2024 — 3000");

        // The user corrects a deadline the file leaves vague and re-checks: the preview shows the dates it now reads.
        var fields = Fields(preview);
        fields[FieldOf(preview, "3.4.", "ScheduleText")] = "До 01.12.2021";
        var check = new HtmlParser().ParseDocument(await (await PostPreviewAsync(client, "Check", fields)).Content.ReadAsStringAsync());
        check.QuerySelectorAll("tr[data-activity]").First(r => r.GetAttribute("data-activity") == "3.4.").QuerySelector("[data-role=dates]")!.TextContent.ShouldContain("01.12.2021");

        var save = await PostPreviewAsync(client, "Save", Fields(check));
        save.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var id = int.Parse(save.Headers.Location!.ToString().Split('/').Last());

        await using var db = app.NewDbContext();
        var roadmap = await db.Roadmaps.Include(r => r.Sections).ThenInclude(s => s.Activities).ThenInclude(a => a.Indicators).ThenInclude(i => i.Years)
            .Include(r => r.Sections).ThenInclude(s => s.Activities).ThenInclude(a => a.DueDates).AsSplitQuery().SingleAsync(r => r.Id == id);
        roadmap.Level.ShouldBe(RoadmapLevel.Municipality);
        (roadmap.PeriodStart, roadmap.PeriodEnd).ShouldBe((new DateOnly(2020, 1, 1), new DateOnly(2024, 12, 31)));
        roadmap.Sections.Count.ShouldBe(5);
        roadmap.Sections.Sum(s => s.Activities.Count).ShouldBe(25);
        var bank = roadmap.Activities.Single(a => a.Number == "3.4.");
        bank.ScheduleText.ShouldBe("До 01.12.2021");
        bank.DueDates.Select(d => d.DueOn).ShouldBe([new DateOnly(2021, 12, 1)]);
        var registry = roadmap.Activities.Single(a => a.Number == "4.4.");
        registry.RegionalExecutors.ShouldBe("РИКП");
        // The cell names two parties: stored as a list, joined by «; ».
        registry.OrganizationExecutors.ShouldBe("Руководитель ОО; куратор");
        registry.Indicators.Single().Years.Where(y => y.Target != null).Select(y => (y.Year, y.Target)).OrderBy(y => y.Year)
            .ShouldBe([(2021, 500m), (2022, 1000m), (2023, 1800m), (2024, 3000m)]);
        roadmap.Activities.Single(a => a.Number == "3.1.").Indicators.Single().EveryYearTarget.ShouldBe(200m);
    }

    [Fact]
    public async Task AnActualWithEvidenceShowsItsDeviationAgainstTheTargetAndTheAllowedDeviation()
    {
        var client = await app.LoginAsync("seversk");
        var preview = await UploadAsync(client, "Томская область.docx", Fixture("roadmap-000_86a2010b6c35da95.docx"));
        var save = await PostPreviewAsync(client, "Save", Fields(preview));
        var id = int.Parse(save.Headers.Location!.ToString().Split('/').Last());
        int indicatorId;
        await using (var db = app.NewDbContext())
            indicatorId = await db.ActivityIndicators.Where(i => db.RoadmapActivities.Any(a => a.Id == i.ActivityId && a.RoadmapId == id && a.Title.StartsWith("Создание, наполнение")))
                .Select(i => i.Id).SingleAsync();
        var url = $"/Roadmaps/Details/{id}";
        string Shown(IHtmlDocument page) => page.QuerySelector($"[data-indicator='{indicatorId}'] input[name='report.Shown']")!.GetAttribute("value")!;
        async Task<HttpResponseMessage> Report(int year, string actual, string evidence, string shown) =>
            await client.PostFormAsync(url, $"{url}?handler=Report", new()
            {
                ["report.IndicatorId"] = indicatorId.ToString(), ["report.Year"] = year.ToString(), ["report.Actual"] = actual,
                ["report.Evidence"] = evidence, ["report.Shown"] = shown,
            });

        var page = new HtmlParser().ParseDocument(await client.GetStringAsync(url));
        var before = Shown(page);
        // 2021: 335 sites planned, 332 reported — 0.9 % short, inside the document's "не более 1 %".
        (await Report(2021, "332", "Мониторинг сайтов, справка № 12", before)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page = new HtmlParser().ParseDocument(await client.GetStringAsync(url));
        var year2021 = page.QuerySelector($"[data-indicator='{indicatorId}'] tr[data-year='2021']")!;
        year2021.TextContent.ShouldContain("-0,9 %"); // Russian number format
        year2021.QuerySelector("[data-role=state]")!.TextContent.ShouldContain("в пределах допустимого отклонения");
        year2021.TextContent.ShouldContain("Мониторинг сайтов, справка № 12");

        // 2022: 320 of 335 — 4.48 % short: not achieved.
        (await Report(2022, "320", "Справка", Shown(page))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page = new HtmlParser().ParseDocument(await client.GetStringAsync(url));
        page.QuerySelector($"[data-indicator='{indicatorId}'] tr[data-year='2022'] [data-role=state]")!.TextContent.ShouldContain("не достигнут");

        // A form filled before the 2021 report does not overwrite it.
        var stale = await Report(2021, "300", "Другая справка", before);
        stale.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await stale.Content.ReadAsStringAsync()).ShouldContain("значение уже внесено другим пользователем");
        await using var check = app.NewDbContext();
        (await check.IndicatorYears.SingleAsync(y => y.IndicatorId == indicatorId && y.Year == 2021)).Actual.ShouldBe(332m);

        // Evidence is required, and a count is a whole number.
        (await (await Report(2023, "10", "", Shown(page))).Content.ReadAsStringAsync()).ShouldContain("Укажите подтверждение");
        (await (await Report(2023, "10.5", "Справка", Shown(page))).Content.ReadAsStringAsync()).ShouldContain("Количество — целое неотрицательное число");
    }

    [Fact]
    public async Task MeetingADueDateMarksTheActivityDone()
    {
        var (client, id) = await ImportIrkutskAsync();
        int dueId;
        await using (var db = app.NewDbContext())
            dueId = await db.ActivityDueDates.Where(d => db.RoadmapActivities.Any(a => a.Id == d.ActivityId && a.RoadmapId == id && a.Number == "1.1.")).Select(d => d.Id).SingleAsync();
        var url = $"/Roadmaps/Details/{id}";
        (await client.PostFormAsync(url, $"{url}?handler=Due", new() { ["dueId"] = dueId.ToString(), ["done"] = "true" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var check = app.NewDbContext();
        (await check.RoadmapActivities.SingleAsync(a => a.RoadmapId == id && a.Number == "1.1.")).Status.ShouldBe(ActivityStatus.Done);
    }

    [Fact]
    public async Task AnActualCanBeProvedByAFileAndAnActivityCancelledWithItsReason()
    {
        var (client, id) = await ImportIrkutskAsync();
        int indicatorId, activityId;
        await using (var db = app.NewDbContext())
        {
            var activity = await db.RoadmapActivities.Include(a => a.Indicators).SingleAsync(a => a.RoadmapId == id && a.Number == "4.4.");
            (activityId, indicatorId) = (activity.Id, activity.Indicators.Single().Id);
        }
        var url = $"/Roadmaps/Details/{id}";
        var page = Parse(await client.GetStringAsync(url));
        using var form = new MultipartFormDataContent
        {
            { new StringContent(page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
            { new StringContent(indicatorId.ToString()), "report.IndicatorId" }, { new StringContent("2021"), "report.Year" },
            { new StringContent("520"), "report.Actual" }, { new StringContent(page.QuerySelector($"[data-indicator='{indicatorId}'] input[name='report.Shown']")!.GetAttribute("value")!), "report.Shown" },
            { new ByteArrayContent("%PDF-1.4 выписка из реестра"u8.ToArray()), "file", "Выписка из реестра наставников.pdf" },
        };
        (await client.PostAsync($"{url}?handler=Report", form)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page = Parse(await client.GetStringAsync(url));
        var year = page.QuerySelector($"[data-indicator='{indicatorId}'] tr[data-year='2021']")!;
        year.QuerySelector("[data-role=state]")!.TextContent.ShouldContain("достигнут");
        var link = year.QuerySelector("a[data-role=evidence-file]")!;
        link.TextContent.ShouldBe("Выписка из реестра наставников.pdf");
        (await client.GetByteArrayAsync(link.GetAttribute("href"))).ShouldBe("%PDF-1.4 выписка из реестра"u8.ToArray());
        var outsider = await app.LoginAsync("curator2");
        (await outsider.GetAsync(link.GetAttribute("href"))).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var cancel = await client.PostFormAsync(url, $"{url}?handler=Activity", new() { ["activityId"] = activityId.ToString(), ["status"] = "Cancelled", ["comment"] = "" });
        (await cancel.Content.ReadAsStringAsync()).ShouldContain("почему мероприятие отменено");
        (await client.PostFormAsync(url, $"{url}?handler=Activity", new() { ["activityId"] = activityId.ToString(), ["status"] = "Cancelled", ["comment"] = "Реестр ведёт министерство" }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        Parse(await client.GetStringAsync(url)).QuerySelector($"tr[data-activity='{activityId}'] [data-role=status]")!.TextContent.ShouldBe("отменено — Реестр ведёт министерство");
    }

    private static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    [Fact]
    public async Task BadFilesAreRefusedInRussianAndNothingIsSaved()
    {
        var client = await app.LoginAsync("seversk");
        await using var db = app.NewDbContext();
        var before = await db.Roadmaps.CountAsync();
        var notDocx = await UploadAsync(client, "карта.docx", "это не документ Word"u8.ToArray());
        notDocx.QuerySelector("#roadmap-error")!.TextContent.ShouldContain("не является документом Word");
        notDocx.QuerySelector("#preview-form").ShouldBeNull();

        // A preview saved without its period names what is missing.
        var preview = await UploadAsync(client, "Примерная форма.txt", Fixture("003_ee52e86bb97d8344.txt"));
        var fields = Fields(preview);
        var response = await PostPreviewAsync(client, "Save", fields);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Укажите период дорожной карты");
        fields["Form.StartYear"] = "2024";
        fields["Form.EndYear"] = "2025";
        fields[FieldOf(preview, "5", "Title")] = "";
        var noTitle = await PostPreviewAsync(client, "Save", fields);
        (await noTitle.Content.ReadAsStringAsync()).ShouldContain("Раздел 1, мероприятие 5 (№ 5): не указано название мероприятия");
        (await db.Roadmaps.CountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task AMunicipalRoadmapIsReadOnlyForItsSchoolsAndHiddenFromOtherMunicipalities()
    {
        var (_, id) = await ImportIrkutskAsync();
        var school = await app.LoginAsync("curator76");
        var page = await school.GetStringAsync($"/Roadmaps/Details/{id}");
        page.ShouldContain("Ведение реестра наставников");
        page.ShouldNotContain("Внести факт");
        (await school.PostFormAsync("/Roadmaps", $"/Roadmaps/Details/{id}?handler=Due", new() { ["dueId"] = "1", ["done"] = "true" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var tomsk = await app.LoginAsync("curator2");
        (await tomsk.GetAsync($"/Roadmaps/Details/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await tomsk.GetStringAsync("/Roadmaps")).ShouldNotContain($"/Roadmaps/Details/{id}\"");
    }
}

public sealed class RoadmapImportHttpTestsOnPostgres(PostgresApp app) : RoadmapImportHttpTests<PostgresApp>(app);
public sealed class RoadmapImportHttpTestsOnSqlite(SqliteApp app) : RoadmapImportHttpTests<SqliteApp>(app);
