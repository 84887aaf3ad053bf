using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Web.Tests.Infrastructure;
using Shouldly;

namespace Nastavnik.Web.Tests.Time;

/// <summary>"Today" is the date in the user's region's zone, not the server's: at 17:30 UTC on 31 March it is already
/// 1 April in Tomsk (UTC+7) and still 31 March in Moscow (UTC+3). A consent valid until 31 March and a program step due
/// 31 March are expired and overdue for the Tomsk region from its midnight on, and not a minute earlier; a region in
/// Moscow time sees them valid and in time at the same instant.</summary>
public abstract class TerritoryTodayTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : FakeClockAppFactory
{
    private static readonly DateTimeOffset AfterTomskMidnight = new(2026, 3, 31, 17, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset BeforeTomskMidnight = new(2026, 3, 31, 16, 55, 0, TimeSpan.Zero);
    private static readonly DateOnly LastOfMarch = new(2026, 3, 31);

    private static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    [Fact]
    public async Task AfterTomskMidnightTheConsentHasExpiredAndTheStepIsOverdueInTomskButNotInMoscowTime()
    {
        var (mentee, person, program, step) = await ArrangeAsync();
        app.Time.AdjustTime(AfterTomskMidnight);
        (await ConsentIsValidAsync(mentee, person)).ShouldBeFalse("00:30 on 1 April in Tomsk: the consent ended with 31 March");
        (await StepIsOverdueAsync(program, step)).ShouldBeTrue("00:30 on 1 April in Tomsk: the step due 31 March is overdue");

        await SetZoneAsync("Europe/Moscow");
        try
        {
            (await ConsentIsValidAsync(mentee, person)).ShouldBeTrue("20:30 on 31 March in Moscow: the consent still holds");
            (await StepIsOverdueAsync(program, step)).ShouldBeFalse("20:30 on 31 March in Moscow: the step is due today");
        }
        finally { await SetZoneAsync("Asia/Tomsk"); }
        (await ConsentIsValidAsync(mentee, person)).ShouldBeFalse("back in Tomsk time");
    }

    [Fact]
    public async Task FiveMinutesBeforeTomskMidnightNothingHasExpiredYet()
    {
        var (mentee, person, program, step) = await ArrangeAsync();
        app.Time.AdjustTime(BeforeTomskMidnight);
        (await ConsentIsValidAsync(mentee, person)).ShouldBeTrue("23:55 on 31 March in Tomsk");
        (await StepIsOverdueAsync(program, step)).ShouldBeFalse("23:55 on 31 March in Tomsk");
        app.Time.Advance(TimeSpan.FromMinutes(6));
        (await ConsentIsValidAsync(mentee, person)).ShouldBeFalse("00:01 on 1 April in Tomsk");
        (await StepIsOverdueAsync(program, step)).ShouldBeTrue("00:01 on 1 April in Tomsk");
    }

    [Fact]
    public async Task TheOperatorSeesAndSetsTheRegionsZoneFromRussiasZones()
    {
        var region = await app.LoginAsync("region");
        var page = Parse(await region.GetStringAsync("/Territory/Region"));
        page.QuerySelector("#tz option[selected]")!.TextContent.ShouldBe("Томск (UTC+7)");
        page.QuerySelectorAll("#tz option").Select(o => o.TextContent).ShouldContain("Москва (UTC+3)");
        Parse(await region.GetStringAsync("/Territory")).QuerySelector("#region-settings")!.TextContent.ShouldContain("Томск (UTC+7)");

        (await region.PostFormAsync("/Territory/Region", "/Territory/Region", new() { ["timeZoneId"] = "Europe/Paris" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        Parse(await region.GetStringAsync("/Territory/Region")).Body!.TextContent.ShouldContain("Часовой пояс «Europe/Paris» не из списка часовых поясов России");
        await using (var db = app.NewDbContext())
            (await db.Regions.Select(r => r.TimeZoneId).SingleAsync()).ShouldBe("Asia/Tomsk", "a zone outside the list is refused");

        var coordinator = await app.LoginAsync("seversk");
        (await coordinator.GetAsync("/Territory/Region")).Headers.Location!.ToString().ShouldContain("/Account/Denied", customMessage: "the operator's page only");
    }

    /// <summary>A mentee of СОШ № 76 whose only consent is valid until 31 March, and a program of the school whose
    /// first step is due 31 March (the others a month later): made on 31 March at 10:00 in Tomsk.</summary>
    private async Task<(int Mentee, int Person, int Program, int Step)> ArrangeAsync()
    {
        app.Time.AdjustTime(new DateTimeOffset(2026, 3, 31, 3, 0, 0, TimeSpan.Zero));
        var curator = await app.LoginAsync("curator76");
        var org = await app.OrganizationIdAsync(DemoData.School76);
        var tag = Guid.NewGuid().ToString("N")[..6];
        var mentee = await (await curator.PostAsJsonAsync("/api/v1/mentees", new
        {
            person = new { organizationId = org, lastName = "Полночный" + tag, firstName = "Олег", birthDate = "2001-04-04" }, category = "YoungSpecialist",
        })).Content.ReadFromJsonAsync<JsonElement>();
        var (menteeId, personId) = (mentee.GetProperty("id").GetInt32(), mentee.GetProperty("person").GetProperty("id").GetInt32());
        (await curator.PostAsJsonAsync($"/api/v1/people/{personId}/consents", new { givenOn = "2025-04-01", validUntil = "2026-03-31" }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var created = await curator.PostAsJsonAsync("/api/v1/programs", new
        {
            organizationId = org, name = "Полночь " + tag, form = "TeacherTeacher", startsOn = "2025-09-01", endsOn = "2026-06-30", template = "School",
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var programId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        await using var db = app.NewDbContext();
        var steps = await db.ProgramSteps.Where(s => s.ProgramId == programId).OrderBy(s => s.Stage).ThenBy(s => s.Number).ToListAsync();
        foreach (var s in steps) s.DueOn = s == steps[0] ? LastOfMarch : LastOfMarch.AddMonths(1);
        await db.SaveChangesAsync();
        return (menteeId, personId, programId, steps[0].Number);
    }

    /// <summary>What the mentee's card and the API say about the consent, to the curator signed in now; they must agree.</summary>
    private async Task<bool> ConsentIsValidAsync(int mentee, int person)
    {
        var curator = await app.LoginAsync("curator76");
        var card = Parse(await curator.GetStringAsync($"/Mentees/Details/{mentee}"));
        var onCard = card.QuerySelector("#consents-title + p")!.TextContent.Contains("Действующее согласие есть");
        var dto = await curator.GetFromJsonAsync<JsonElement>($"/api/v1/people/{person}");
        dto.GetProperty("hasValidConsent").GetBoolean().ShouldBe(onCard, "the API counts the same day as the page");
        return onCard;
    }

    private async Task<bool> StepIsOverdueAsync(int program, int step)
    {
        var curator = await app.LoginAsync("curator76");
        var row = Parse(await curator.GetStringAsync($"/Programs/Details/{program}")).QuerySelector($"tr[data-step='{step}']")!;
        return row.ClassList.Contains("table-danger") && row.TextContent.Contains("просрочен");
    }

    private async Task SetZoneAsync(string zone)
    {
        var region = await app.LoginAsync("region");
        (await region.PostFormAsync("/Territory/Region", "/Territory/Region", new() { ["timeZoneId"] = zone })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var db = app.NewDbContext();
        (await db.Regions.Select(r => r.TimeZoneId).SingleAsync()).ShouldBe(zone);
    }
}

public sealed class TerritoryTodayTestsOnPostgres(PostgresFakeClockApp app) : TerritoryTodayTests<PostgresFakeClockApp>(app);
public sealed class TerritoryTodayTestsOnSqlite(SqliteFakeClockApp app) : TerritoryTodayTests<SqliteFakeClockApp>(app);
