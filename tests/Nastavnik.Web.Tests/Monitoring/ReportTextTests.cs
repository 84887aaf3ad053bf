using System.Net;
using AngleSharp.Html.Parser;
using Nastavnik.Web.Tests.Infrastructure;
using Shouldly;

namespace Nastavnik.Web.Tests.Monitoring;

/// <summary>The analytic report's conclusions and recommendations are edited in the app before download — per territory
/// and year, with who edited them — and the Word file prints the edited text; section numbers never skip.</summary>
public abstract class ReportTextTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    private const string Page = "/Monitoring/Report?year=2026";

    private static Dictionary<string, string> Text(string conclusions, string recommendations) =>
        new() { ["conclusions"] = conclusions, ["recommendations"] = recommendations, ["stamp"] = "" };

    [Fact]
    public async Task TheEditedTextGoesIntoTheWordFileWithWhoEditedIt()
    {
        var region = await app.LoginAsync("region");
        (await region.PostFormAsync(Page, "/Monitoring/Report?handler=Text&year=2026", Text("  \n —  ", "Что-то"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await region.GetStringAsync(Page)).ShouldContain("Раздел «Выводы» пуст");

        var saved = await region.PostFormAsync(Page, "/Monitoring/Report?handler=Text&year=2026",
            Text("— Охват молодых педагогов вырос вдвое.\r\nВ ЗАТО Северск создан муниципальный центр наставничества.", "Провести форум «Наставник-70» в марте."));
        saved.Headers.Location!.ToString().ShouldBe(Page);
        var page = new HtmlParser().ParseDocument(await region.GetStringAsync(Page));
        page.QuerySelector("#report-edited")!.TextContent.ShouldContain("Отредактировал(а) region, ");
        page.QuerySelectorAll("#report-conclusions li").Select(li => li.TextContent).ShouldBe(["Охват молодых педагогов вырос вдвое.", "В ЗАТО Северск создан муниципальный центр наставничества."]);
        page.QuerySelectorAll("h2").Select(h => h.TextContent).ShouldContain("6. Рекомендации");

        var docx = await LibreOffice.ReadDocxAsync(await region.GetByteArrayAsync("/Monitoring/Report?handler=Docx&year=2026"));
        docx.ShouldContain("— Провести форум «Наставник-70» в марте.");
        docx.ShouldContain("— В ЗАТО Северск создан муниципальный центр наставничества.");
        docx.ShouldNotContain("проект, подлежит редактированию");

        // Another year and another territory keep their own drafts.
        (await region.GetStringAsync("/Monitoring/Report?year=2025")).ShouldNotContain("Наставник-70");
        (await (await app.LoginAsync("seversk")).GetStringAsync(Page)).ShouldNotContain("Наставник-70");

        (await region.PostFormAsync(Page, "/Monitoring/Report?handler=Reset&year=2026", [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var draft = await region.GetStringAsync(Page);
        draft.ShouldNotContain("Наставник-70");
        draft.ShouldContain("Рекомендации (проект, подлежит редактированию)");
    }

    [Fact]
    public async Task SectionsAreNumberedAsTheyAreEmitted()
    {
        foreach (var user in new[] { "region", "curator76" })
        {
            var client = await app.LoginAsync(user);
            var headings = new HtmlParser().ParseDocument(await client.GetStringAsync(Page)).QuerySelectorAll("#report h2").Select(h => h.TextContent).ToList();
            headings.Select(h => h.Split('.')[0]).ShouldBe(Enumerable.Range(1, headings.Count).Select(n => n.ToString()), user);
            var docx = await LibreOffice.ReadDocxAsync(await client.GetByteArrayAsync("/Monitoring/Report?handler=Docx&year=2026"));
            foreach (var heading in headings) docx.ShouldContain(heading);
        }
        var curator = await app.LoginAsync("curator76");
        var school = new HtmlParser().ParseDocument(await curator.GetStringAsync(Page)).QuerySelectorAll("#report h2").Select(h => h.TextContent);
        school.ShouldContain("3. Отклонения от плана", "a school has no children's section: no gap after 2");

        // A school edits its own report's text too.
        (await curator.PostFormAsync(Page, "/Monitoring/Report?handler=Text&year=2026", Text("Пары работают.", "Продолжить."))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await curator.GetStringAsync(Page)).ShouldContain("Отредактировал(а) curator76");
    }
}

public sealed class ReportTextTestsOnPostgres(PostgresApp app) : ReportTextTests<PostgresApp>(app);
public sealed class ReportTextTestsOnSqlite(SqliteApp app) : ReportTextTests<SqliteApp>(app);
