using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Monitoring;
using Nastavnik.Web.Tests.Infrastructure;
using Shouldly;

namespace Nastavnik.Web.Tests.Monitoring;

/// <summary>A campaign from opening to return: the region opens it, a school fills its pre-filled form (a changed figure
/// needs its reason), the municipality submits (locked), only the region returns it; nobody fills another's form.</summary>
public abstract class CampaignHttpTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    /// <summary>The school's answers; mentees and pairs as the system computed them (taken from the form).</summary>
    private static Dictionary<string, string> Answers(AngleSharp.Html.Dom.IHtmlDocument form, string mentors, string? reason = null, bool ready = true) => new()
    {
        ["answers[mentors]"] = mentors, ["answers[mentees]"] = form.QuerySelector("#a-mentees")!.GetAttribute("value")!, ["answers[pairs]"] = form.QuerySelector("#a-pairs")!.GetAttribute("value")!, ["answers[site]"] = "да", ["answers[events]"] = "4",
        ["answers[participants]"] = "120", ["answers[contests]"] = "да", ["answers[comment]"] = "", ["reasons[mentors]"] = reason ?? "", ["ready"] = ready ? "true" : "false",
    };

    [Fact]
    public async Task TheRegionOpensASchoolFillsTheMunicipalitySubmitsAndOnlyTheRegionReturns()
    {
        var region = await app.LoginAsync("region");
        var open = await region.PostFormAsync("/Monitoring/Campaigns", "/Monitoring/Campaigns", new()
        {
            ["title"] = "Ежегодный мониторинг " + Guid.NewGuid().ToString("N")[..6], ["kind"] = "Annual", ["year"] = "2026", ["deadline"] = DemoToday.Day.AddDays(10).ToString("yyyy-MM-dd"),
        });
        open.StatusCode.ShouldBe(HttpStatusCode.Redirect, await open.Content.ReadAsStringAsync());
        var campaignId = int.Parse(open.Headers.Location!.ToString().Split('/').Last());
        var completion = new HtmlParser().ParseDocument(await region.GetStringAsync($"/Monitoring/Campaigns/Details/{campaignId}"));
        completion.QuerySelectorAll("#completion tbody tr").Length.ShouldBeGreaterThan(1);

        // The school goes straight to its own form, pre-filled with its computed figures.
        var school = await app.LoginAsync("curator76");
        var toForm = await school.GetAsync($"/Monitoring/Campaigns/Details/{campaignId}");
        toForm.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var formUrl = toForm.Headers.Location!.ToString();
        var form = new HtmlParser().ParseDocument(await school.GetStringAsync(formUrl));
        var prefilled = form.QuerySelector("#a-mentors")!.GetAttribute("value")!;
        int mentors;
        await using (var db = app.NewDbContext())
        {
            var today = DateOnly.FromDateTime(DemoToday.Day);
            mentors = await db.Mentors.CountAsync(m => !m.IsArchived && !m.Person!.IsArchived && m.IncludedOn <= today && m.Person!.Organization!.Name.Contains(DemoData.School76));
        }
        prefilled.ShouldBe(mentors.ToString());

        // Another municipality's school cannot see or fill it.
        var stranger = await app.LoginAsync("curator2");
        (await stranger.GetAsync(formUrl)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var changed = (mentors + 2).ToString();
        var noReason = await school.PostFormAsync(formUrl, formUrl + "?handler=Fill", Answers(form, changed));
        (await noReason.Content.ReadAsStringAsync()).ShouldContain($"значение отличается от рассчитанного системой ({mentors}) — укажите причину");
        (await school.PostFormAsync(formUrl, formUrl + "?handler=Fill", Answers(form, changed, "Два наставника из вуза-партнёра"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        new HtmlParser().ParseDocument(await school.GetStringAsync(formUrl)).QuerySelector("#response-status")!.TextContent.ShouldBe("заполнено, на проверке в муниципалитете");

        // The municipality submits; the answers are locked; the municipality may no longer return them, the region may.
        var seversk = await app.LoginAsync("seversk");
        var details = $"/Monitoring/Campaigns/Details/{campaignId}";
        (await seversk.PostFormAsync(details, details + "?handler=Submit", [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await (await school.PostFormAsync(formUrl, formUrl + "?handler=Fill", Answers(form, changed, "ещё раз"))).Content.ReadAsStringAsync()).ShouldNotContain("id=\"response-form\"");
        await using (var db = app.NewDbContext())
        {
            var id = int.Parse(formUrl.Split('/').Last());
            (await db.CampaignResponses.SingleAsync(r => r.Id == id)).Status.ShouldBe(ResponseStatus.Submitted);
        }
        // The submitted answers feed the reported indicators of the dashboards.
        var dashboard = new HtmlParser().ParseDocument(await seversk.GetStringAsync("/Monitoring?year=2026"));
        dashboard.QuerySelector("[data-metric=EventsHeld] [data-role=value]")!.TextContent.ShouldBe("4");
        dashboard.QuerySelector("[data-metric=EventParticipants] [data-role=value]")!.TextContent.ShouldBe("120");
        dashboard.QuerySelector("[data-metric=OrganizationsWithWebsiteSection] [data-role=share]")!.TextContent.ShouldBe("1 из 1");
        var regional = new HtmlParser().ParseDocument(await region.GetStringAsync("/Monitoring?year=2026"));
        regional.QuerySelector("[data-metric=MunicipalitiesInContests] [data-role=share]")!.TextContent.ShouldStartWith("1 из ");

        var viewed = new HtmlParser().ParseDocument(await seversk.GetStringAsync(formUrl));
        viewed.QuerySelector("#answers tr[data-question=mentors]")!.TextContent.ShouldContain("изменено: Два наставника из вуза-партнёра");
        viewed.QuerySelector("#return-form").ShouldBeNull("a submitted response goes back only from the region");
        (await (await seversk.PostFormAsync(formUrl, formUrl + "?handler=Return", new() { ["reason"] = "x" })).Content.ReadAsStringAsync()).ShouldContain("вернуть их может только региональный оператор");

        (await region.PostFormAsync(formUrl, formUrl + "?handler=Return", new() { ["reason"] = "Уточните число мероприятий" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var again = new HtmlParser().ParseDocument(await school.GetStringAsync(formUrl));
        again.QuerySelector("#return-reason")!.TextContent.ShouldContain("Уточните число мероприятий");
        again.QuerySelector("#response-form").ShouldNotBeNull();
        var regionView = new HtmlParser().ParseDocument(await region.GetStringAsync(details));
        regionView.QuerySelectorAll("#completion tbody tr").ShouldContain(r => r.TextContent.Contains("ЗАТО Северск"));
    }

    [Fact]
    public async Task OnlyCoordinatorsOpenCampaignsAndTheFormIsValidated()
    {
        var school = await app.LoginAsync("curator76");
        var refused = await school.PostFormAsync("/Monitoring/Campaigns", "/Monitoring/Campaigns", new() { ["title"] = "Мой мониторинг", ["kind"] = "Annual", ["year"] = "2026", ["deadline"] = DemoToday.Day.AddDays(3).ToString("yyyy-MM-dd") });
        (await refused.Content.ReadAsStringAsync()).ShouldContain("Открыть мониторинг может региональный оператор или муниципальный координатор");

        var seversk = await app.LoginAsync("seversk");
        var past = await seversk.PostFormAsync("/Monitoring/Campaigns", "/Monitoring/Campaigns", new() { ["title"] = "Промежуточный", ["kind"] = "Intermediate", ["year"] = "2026", ["deadline"] = DemoToday.Day.AddDays(-1).ToString("yyyy-MM-dd") });
        (await past.Content.ReadAsStringAsync()).ShouldContain("Срок сдачи не может быть в прошлом");
        var open = await seversk.PostFormAsync("/Monitoring/Campaigns", "/Monitoring/Campaigns", new()
        {
            ["title"] = "Промежуточный", ["kind"] = "Intermediate", ["year"] = "2026", ["deadline"] = DemoToday.Day.AddDays(5).ToString("yyyy-MM-dd"),
            ["extraQuestions"] = "Сколько педагогов прошли курсы наставников (число)\nЧто мешает наставничеству",
        });
        open.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var formUrl = (await school.GetAsync(open.Headers.Location!.ToString())).Headers.Location!.ToString();
        var bad = await school.PostFormAsync(formUrl, formUrl + "?handler=Fill", new()
        {
            ["answers[mentors]"] = "", ["answers[site]"] = "может быть", ["answers[events]"] = "-3", ["ready"] = "true",
        });
        var html = await bad.Content.ReadAsStringAsync();
        html.ShouldContain("«На сайте есть раздел «Наставничество» с положением, приказами и дорожной картой»: ответьте «да» или «нет».");
        html.ShouldContain("«Проведено мероприятий по наставничеству за период»: нужно целое неотрицательное число.");
        html.ShouldContain("«Сколько педагогов прошли курсы наставников»: ответ обязателен.");
        html.ShouldContain("Что мешает наставничеству");
        await using var db = app.NewDbContext();
        var id = int.Parse(formUrl.Split('/').Last());
        (await db.CampaignResponses.SingleAsync(r => r.Id == id)).Status.ShouldBe(ResponseStatus.NotStarted);
    }
}

public sealed class CampaignHttpTestsOnPostgres(PostgresApp app) : CampaignHttpTests<PostgresApp>(app);
public sealed class CampaignHttpTestsOnSqlite(SqliteApp app) : CampaignHttpTests<SqliteApp>(app);
