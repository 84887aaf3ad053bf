using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Roadmaps;
using Nastavnik.Web.Tests.Infrastructure;
using Shouldly;

namespace Nastavnik.Web.Tests.Roadmaps;

/// <summary>Upload → preview → save of documents as schools and municipalities write them: a school's Word roadmap
/// (parties one a line, school-year and relative deadlines), the Seversk program with its order, goal, tasks and expected
/// results, the sample roadmap without years attached to a program.</summary>
public abstract class RoadmapWordingHttpTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    private static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    private static IElement RowOf(IHtmlDocument page, string number) =>
        page.QuerySelectorAll("#preview-form tr[data-activity]").First(r => r.GetAttribute("data-activity") == number);

    private static string FieldOf(IHtmlDocument page, string number, string field) => RowOf(page, number).QuerySelector($"[name$='.{field}']")!.GetAttribute("name")!;

    private async Task<Roadmap> LoadAsync(int id)
    {
        await using var db = app.NewDbContext();
        return await db.Roadmaps.Include(r => r.Sections).ThenInclude(s => s.Activities).ThenInclude(a => a.DueDates)
            .Include(r => r.Sections).ThenInclude(s => s.Activities).ThenInclude(a => a.Indicators).ThenInclude(i => i.Years)
            .AsSplitQuery().SingleAsync(r => r.Id == id);
    }

    [Fact]
    public async Task AWordRoadmapShowsItsRelativeDeadlineAndPartiesAndSavesThemAsListsAndSchoolYears()
    {
        var client = await app.LoginAsync("curator76");
        var preview = await RoadmapHttp.UploadAsync(client, "Дорожная карта школы.docx", SchoolWordDocument.Build());
        preview.QuerySelector("#title")!.TextContent.ShouldBe("Программа наставничества (дорожная карта) внедрения целевой модели в МБОУ «Школа № 5» на 2024-2026 годы");
        var warning = preview.QuerySelector("#relative-deadlines")!;
        warning.TextContent.ShouldContain("«Заседание методического совета по итогам конкурса» — «В течение 10 дней после проведения конкурса»");
        RowOf(preview, "2").QuerySelector("[data-role=dates]")!.TextContent.ShouldContain("проверить: Срок отсчитывается от другого события");
        RowOf(preview, "2").QuerySelector("[data-role=dates]")!.TextContent.ShouldNotContain("Сроки:");
        RowOf(preview, "1").QuerySelectorAll("[data-role=parties][data-column=OrganizationExecutors] li").Select(li => li.TextContent).ShouldBe(["Заместитель директора", "куратор"]);
        RowOf(preview, "1").QuerySelector("[data-role=targets]")!.TextContent.ShouldContain("2024 — 1; 2025 — 2; 2026 — 3");
        RowOf(preview, "1").QuerySelector("[data-role=dates]")!.TextContent.ShouldContain("31.08.2024, 31.08.2025, 31.08.2026");

        var id = RoadmapHttp.IdOf(await RoadmapHttp.PostPreviewAsync(client, "Save", RoadmapHttp.Fields(preview)));
        var roadmap = await LoadAsync(id);
        var first = roadmap.Activities.Single(a => a.Number == "1");
        (first.RegionalExecutors, first.OrganizationExecutors).ShouldBe(("ТОИПКРО", "Заместитель директора; куратор"));
        first.DueDates.Select(d => d.DueOn).Order().ShouldBe([new DateOnly(2024, 8, 31), new DateOnly(2025, 8, 31), new DateOnly(2026, 8, 31)]);
        var council = roadmap.Activities.Single(a => a.Number == "2");
        (council.DueDates.Count, council.ScheduleNeedsReview, council.OrganizationExecutors).ShouldBe((0, true, "МОУО; ОО"));

        // Once the date is known the user sets it in the preview; the document's wording stays.
        var fields = RoadmapHttp.Fields(preview);
        fields[FieldOf(preview, "2", "DueOn")] = "2025-03-20";
        var check = Parse(await (await RoadmapHttp.PostPreviewAsync(client, "Check", fields)).Content.ReadAsStringAsync());
        check.QuerySelector("#relative-deadlines").ShouldBeNull();
        var dated = (await LoadAsync(RoadmapHttp.IdOf(await RoadmapHttp.PostPreviewAsync(client, "Save", RoadmapHttp.Fields(check))))).Activities.Single(a => a.Number == "2");
        (dated.DueDates.Single().DueOn, dated.ScheduleNeedsReview, dated.ScheduleText).ShouldBe((new DateOnly(2025, 3, 20), false, "В течение 10 дней после проведения конкурса"));
    }

    [Fact]
    public async Task TheSeverskProgramIsPreviewedAndSavedWithItsOrderGoalTasksAndExpectedResults()
    {
        var client = await app.LoginAsync("seversk");
        var preview = await RoadmapHttp.UploadAsync(client, "Программа ЗАТО Северск.txt", RoadmapHttp.Fixture("002_90e47daf7dfdc7ff.txt"));
        preview.QuerySelector("#order-number")!.GetAttribute("value").ShouldBe("279");
        preview.QuerySelector("#order-date")!.GetAttribute("value").ShouldBe("2021-08-10");
        preview.QuerySelector("#goal")!.TextContent.ShouldStartWith("разработка и внедрение системы наставничества");
        preview.QuerySelector("#tasks")!.TextContent.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(6);
        var section = preview.QuerySelectorAll("#preview-form input[name$='].Title']").Single(i => i.GetAttribute("value") == "Ожидаемые результаты программы");
        var results = preview.QuerySelector($"table[data-section='{section.Id!.Split('-')[1]}']")!;
        var targets = results.QuerySelectorAll("[data-role=targets]").Select(t => t.TextContent).ToList();
        targets.ShouldContain(t => t.Contains("(процент)") && t.Contains("2021 — 40; 2022 — 60; 2023 — 80; 2024 — 100"));
        targets.ShouldContain(t => t.Contains("в том числе ДОУ") && t.Contains("2021 — 9; 2022 — 13; 2023 — 18; 2024 — 22"));

        var id = RoadmapHttp.IdOf(await RoadmapHttp.PostPreviewAsync(client, "Save", RoadmapHttp.Fields(preview)));
        var roadmap = await LoadAsync(id);
        (roadmap.OrderNumber, roadmap.OrderDate, roadmap.Status).ShouldBe(("279", new DateOnly(2021, 8, 10), RoadmapStatus.Approved));
        roadmap.Goal!.ShouldStartWith("разработка и внедрение системы наставничества");
        roadmap.Tasks!.Split('\n').Length.ShouldBe(6);
        var page = Parse(await client.GetStringAsync($"/Roadmaps/Details/{id}"));
        page.QuerySelector("#roadmap-purpose")!.TextContent.ShouldContain("Цель: разработка и внедрение системы наставничества");
        page.QuerySelectorAll("#roadmap-purpose li").Length.ShouldBe(6, "the roadmap's page lists the program's tasks");
        var programs = roadmap.Activities.Single(a => a.Title == "Разработка программ образовательных организаций по развитию системы наставничества и внедрению передовых образовательных практик");
        programs.Indicators.Select(i => string.Join(";", i.Years.OrderBy(y => y.Year).Select(y => y.Target?.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)))).ShouldBe(["40;60;80;100", "16;24;32;40", "9;13;18;22", "7;11;14;18"]);
        programs.Indicators[0].Unit.ShouldBe(IndicatorUnit.Percent);
    }

    [Fact]
    public async Task ASampleRoadmapWithoutYearsTakesThePeriodOfTheProgramItIsAttachedTo()
    {
        var (client, programId) = await app.ProgramAsync(requiresPreparation: false);
        var preview = await RoadmapHttp.UploadAsync(client, "Примерная дорожная карта.txt", RoadmapHttp.Fixture("003_ee52e86bb97d8344.txt"));
        preview.QuerySelector("#period-missing")!.TextContent.ShouldContain("выберите программу наставничества");
        preview.QuerySelectorAll("#program option").Select(o => o.GetAttribute("value")).ShouldContain(programId.ToString());
        var fields = RoadmapHttp.Fields(preview);
        fields["Form.ProgramId"] = programId.ToString();
        var check = Parse(await (await RoadmapHttp.PostPreviewAsync(client, "Check", fields)).Content.ReadAsStringAsync());
        check.QuerySelector("#program-period")!.TextContent.ShouldContain("01.09.2026 – 31.05.2027");
        check.QuerySelector("#period-missing").ShouldBeNull();
        (check.QuerySelector("#start")!.GetAttribute("value"), check.QuerySelector("#end")!.GetAttribute("value")).ShouldBe(("2026", "2027"));

        var roadmap = await LoadAsync(RoadmapHttp.IdOf(await RoadmapHttp.PostPreviewAsync(client, "Save", RoadmapHttp.Fields(check))));
        (roadmap.PeriodStart, roadmap.PeriodEnd, roadmap.ProgramId).ShouldBe((new DateOnly(2026, 9, 1), new DateOnly(2027, 5, 31), programId));
        roadmap.Activities.Count().ShouldBe(44);

        // Someone else's program is not his to attach: refused by name, nothing saved.
        var other = await app.LoginAsync("curator2");
        var foreign = RoadmapHttp.Fields(await RoadmapHttp.UploadAsync(other, "Примерная дорожная карта.txt", RoadmapHttp.Fixture("003_ee52e86bb97d8344.txt")));
        foreign["Form.ProgramId"] = programId.ToString();
        var refused = await RoadmapHttp.PostPreviewAsync(other, "Save", foreign);
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("Выбранная программа наставничества не найдена среди программ ваших организаций");
    }
}

public sealed class RoadmapWordingHttpTestsOnPostgres(PostgresApp app) : RoadmapWordingHttpTests<PostgresApp>(app);
public sealed class RoadmapWordingHttpTestsOnSqlite(SqliteApp app) : RoadmapWordingHttpTests<SqliteApp>(app);
