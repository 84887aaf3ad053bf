using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Programs;
using Nastavnik.Web.Tests.Infrastructure;
using Shouldly;

namespace Nastavnik.Web.Tests.Programs;

/// <summary>The work of a pair after the order: plan tied to deficits, final meeting before completion, results in the registries,
/// replacement and extension, and who may do what in a pair.</summary>
public abstract class PairLifecycleHttpTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    private static string Today => DemoToday.Day.ToString("yyyy-MM-dd");

    private async Task<int[]> DeficitsAsync(int count)
    {
        await using var db = app.NewDbContext();
        return await db.Deficits.OrderBy(d => d.Id).Select(d => d.Id).Take(count).ToArrayAsync();
    }

    [Fact]
    public async Task APairCompletesOnlyAfterItsFinalMeetingAndClosesTheDeficitsItsPlanWorkedOff()
    {
        var deficits = await DeficitsAsync(3);
        var (client, program) = await app.ProgramAsync(requiresPreparation: false);
        var people = await app.PeopleAsync(client, menteeConsent: true, mentorPrepared: true, deficitIds: [deficits[0], deficits[1]]);
        var pair = await client.ActivePairAsync(program, people);

        (await client.PostAsJsonAsync($"/api/v1/pairs/{pair}/meetings", new { kind = "Organizational", heldOn = Today, durationMinutes = 40, online = false })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var foreign = await client.PostAsJsonAsync($"/api/v1/pairs/{pair}/tasks", new { title = "Чужой дефицит", deficitId = deficits[2], dueOn = Today });
        foreign.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await foreign.Content.ReadAsStringAsync()).ShouldContain("дефициту, который указан у наставляемого");
        var task = await (await client.PostAsJsonAsync($"/api/v1/pairs/{pair}/tasks", new { title = "Провести открытый урок", deficitId = deficits[0], dueOn = Today })).Content.ReadFromJsonAsync<JsonElement>();
        var taskId = task.GetProperty("id").GetInt32();
        (await client.PostAsJsonAsync($"/api/v1/pairs/{pair}/tasks/{taskId}/done", new { doneOn = Today, result = "" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await client.PostAsJsonAsync($"/api/v1/pairs/{pair}/tasks/{taskId}/done", new { doneOn = Today, result = "Урок проведён, разобран с наставником" })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var early = await client.PostAsync($"/api/v1/pairs/{pair}/complete", null);
        early.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await early.Content.ReadAsStringAsync()).ShouldContain("заключительную встречу");
        (await client.PostAsJsonAsync($"/api/v1/pairs/{pair}/meetings", new { kind = "Final", heldOn = Today, durationMinutes = 60, online = false })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var done = await (await client.PostAsync($"/api/v1/pairs/{pair}/complete", null)).Content.ReadFromJsonAsync<JsonElement>();
        done.GetProperty("outcome").GetString().ShouldBe("Completed");
        done.GetProperty("status").GetString().ShouldBe("Ended");

        var mentee = await client.GetFromJsonAsync<JsonElement>($"/api/v1/mentees/{people.Mentee}");
        mentee.GetProperty("deficitIds").EnumerateArray().Select(x => x.GetInt32()).ShouldBe([deficits[1]], "the worked-off deficit is closed, the other stays");
        var menteePage = WebUtility.HtmlDecode(await client.GetStringAsync($"/Mentees/Details/{people.Mentee}"));
        menteePage.ShouldContain("id=\"closed-deficits\"");
        var mentorPage = WebUtility.HtmlDecode(await client.GetStringAsync($"/Mentors/Details/{people.Mentor}"));
        mentorPage.ShouldContain("завершили программу: <strong>1</strong>");
    }

    [Fact]
    public async Task AMeetingRefusedForItsDateShowsTheErrorAndKeepsWhatTheUserTyped()
    {
        var (client, program) = await app.ProgramAsync(requiresPreparation: false);
        var people = await app.PeopleAsync(client, menteeConsent: true, mentorPrepared: true);
        var pair = await client.ActivePairAsync(program, people); // the order is dated today
        var url = $"/Pairs/{pair}";
        var before = DateTime.Today.AddDays(-3).ToString("yyyy-MM-dd");
        const string notes = "Обсудили план адаптации: открытый урок в 7 «Б», разбор ошибок & <договорённости> на месяц";

        var response = await client.PostFormAsync(url, url + "?handler=Meeting", new()
        {
            ["kind"] = "Planning", ["heldOn"] = before, ["durationMinutes"] = "50", ["online"] = "true", ["notes"] = notes,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        page.QuerySelector("#pair-error").ShouldNotBeNull().TextContent.ShouldContain("Встреча не может быть раньше приказа");
        page.QuerySelector<IHtmlTextAreaElement>("#m-notes").ShouldNotBeNull().Value.ShouldBe(notes);
        page.QuerySelector<IHtmlInputElement>("#m-date").ShouldNotBeNull().Value.ShouldBe(before);
        page.QuerySelector<IHtmlInputElement>("#m-min").ShouldNotBeNull().Value.ShouldBe("50");
        page.QuerySelector<IHtmlInputElement>("#m-online").ShouldNotBeNull().IsChecked.ShouldBeTrue();
        page.QuerySelector<IHtmlSelectElement>("#m-kind").ShouldNotBeNull().Value.ShouldBe("Planning");
    }

    [Fact]
    public async Task APairIsExtendedForwardOnlyAndAReplacedMentorLeavesAProposedPairForTheSameMentee()
    {
        var (client, program) = await app.ProgramAsync(requiresPreparation: false);
        var people = await app.PeopleAsync(client, menteeConsent: true, mentorPrepared: true);
        var other = await app.PeopleAsync(client, menteeConsent: true, mentorPrepared: true);
        var pair = await client.ActivePairAsync(program, people);

        var back = await client.PostAsJsonAsync($"/api/v1/pairs/{pair}/extend", new { plannedEndOn = "2027-05-01" });
        back.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await back.Content.ReadAsStringAsync()).ShouldContain("позже 31.05.2027");
        var extended = await (await client.PostAsJsonAsync($"/api/v1/pairs/{pair}/extend", new { plannedEndOn = "2027-08-31" })).Content.ReadFromJsonAsync<JsonElement>();
        extended.GetProperty("plannedEndOn").GetString().ShouldBe("2027-08-31");

        (await client.PostAsJsonAsync($"/api/v1/pairs/{pair}/replace", new { mentorId = other.Mentor, reason = "" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var replacement = await (await client.PostAsJsonAsync($"/api/v1/pairs/{pair}/replace", new { mentorId = other.Mentor, reason = "Длительный больничный" })).Content.ReadFromJsonAsync<JsonElement>();
        replacement.GetProperty("status").GetString().ShouldBe("Proposed");
        replacement.GetProperty("menteeId").GetInt32().ShouldBe(people.Mentee);
        replacement.GetProperty("mentorId").GetInt32().ShouldBe(other.Mentor);
        replacement.GetProperty("replacesPairId").GetInt32().ShouldBe(pair);
        replacement.GetProperty("plannedEndOn").GetString().ShouldBe("2027-08-31");

        await using var db = app.NewDbContext();
        var old = await db.Pairs.SingleAsync(p => p.Id == pair);
        old.Outcome.ShouldBe(PairOutcome.Replaced);
        old.EndReason.ShouldBe("Замена наставника: Длительный больничный");
    }

    [Fact]
    public async Task TheMenteeGivesFeedbackButKeepsNoMeetingsTheMentorKeepsThemAndStrangersSeeNothing()
    {
        await using var db = app.NewDbContext();
        var menteeUser = await db.Users.SingleAsync(u => u.UserName == "mentee76");
        var mentorUser = await db.Users.SingleAsync(u => u.UserName == "mentor76");
        var mentee = await db.Mentees.SingleAsync(m => m.PersonId == menteeUser.PersonId);
        var mentor = await db.Mentors.SingleAsync(m => m.PersonId == mentorUser.PersonId);
        var (curator, program) = await app.ProgramAsync(requiresPreparation: false, form: "TeacherPupil");
        foreach (var person in new[] { mentee.PersonId, mentor.PersonId })
            (await curator.PostAsJsonAsync($"/api/v1/people/{person}/consents", new { givenOn = Today, representativeName = "Родитель" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var pair = await curator.ActivePairAsync(program, new PairPeople(mentor.Id, mentor.PersonId, mentee.Id, mentee.PersonId));

        var asMentee = await app.LoginAsync("mentee76");
        var meeting = await asMentee.PostAsJsonAsync($"/api/v1/pairs/{pair}/meetings", new { kind = "Organizational", heldOn = Today, durationMinutes = 30, online = true });
        meeting.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await meeting.Content.ReadAsStringAsync()).ShouldContain("ведёт наставник или куратор");
        var feedback = await (await asMentee.PostAsJsonAsync($"/api/v1/pairs/{pair}/feedback", new { rating = 5, text = "Очень полезно" })).Content.ReadFromJsonAsync<JsonElement>();
        feedback.GetProperty("author").GetString().ShouldBe("Mentee");
        (await asMentee.GetStringAsync($"/Pairs/{pair}")).ShouldContain("Очень полезно");

        var asMentor = await app.LoginAsync("mentor76");
        (await asMentor.PostAsJsonAsync($"/api/v1/pairs/{pair}/meetings", new { kind = "Organizational", heldOn = Today, durationMinutes = 30, online = true })).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await asMentor.PostAsJsonAsync($"/api/v1/pairs/{pair}/end", new { reason = "Хочу закончить" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest, "only the curator ends a pair");

        var stranger = await app.LoginAsync("curator2");
        (await stranger.GetAsync($"/Pairs/{pair}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.PostAsJsonAsync($"/api/v1/pairs/{pair}/feedback", new { rating = 1, author = "Mentor" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.PostAsJsonAsync($"/api/v1/pairs/{pair}/end", new { reason = "Чужая пара" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task TheDashboardCountsParticipantsAndPairsWaitingForFeedbackOnTheProgramsSchedule()
    {
        var (client, program) = await app.ProgramAsync(requiresPreparation: false);
        var people = await app.PeopleAsync(client, menteeConsent: true, mentorPrepared: true);
        (await client.PostAsJsonAsync($"/api/v1/programs/{program}/pairs", new { mentorId = people.Mentor, menteeId = people.Mentee })).StatusCode.ShouldBe(HttpStatusCode.Created);
        // Fixed by an order five weeks ago; the program asks for feedback every four weeks (the default).
        var orderDate = DemoToday.Day.AddDays(-35).ToString("yyyy-MM-dd");
        (await client.PostAsJsonAsync($"/api/v1/programs/{program}/pairs/order", new { orderNumber = "3-од", orderDate })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var pair = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/programs/{program}/pairs"))[0].GetProperty("id").GetInt32();

        string Row(string html) => html.Split("<tr>").Skip(1).Single(r => r.Contains($"/Programs/Details/{program}\""));
        var row = Row(WebUtility.HtmlDecode(await client.GetStringAsync("/Programs")));
        row.ShouldContain("1 наст. / 1 наставл.");
        row.ShouldContain("feedback-due\">1</span>");
        (await client.GetStringAsync($"/Pairs/{pair}")).ShouldContain("id=\"feedback-due\"");

        (await client.PostAsJsonAsync($"/api/v1/pairs/{pair}/feedback", new { rating = 4, author = "Mentor" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        Row(WebUtility.HtmlDecode(await client.GetStringAsync("/Programs"))).ShouldNotContain("feedback-due");
        (await client.GetStringAsync($"/Pairs/{pair}")).ShouldNotContain("id=\"feedback-due\"");
    }
}

public sealed class PairLifecycleHttpTestsOnPostgres(PostgresApp app) : PairLifecycleHttpTests<PostgresApp>(app);
public sealed class PairLifecycleHttpTestsOnSqlite(SqliteApp app) : PairLifecycleHttpTests<SqliteApp>(app);
