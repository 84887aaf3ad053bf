using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Matching;
using Nastavnik.Domain.People;
using Nastavnik.Domain.Programs;
using Nastavnik.Domain.Questionnaires;
using Nastavnik.Web.Features.Matching;
using Nastavnik.Web.Tests.Infrastructure;
using Shouldly;

namespace Nastavnik.Web.Tests.Matching;

/// <summary>A coordinator runs matching for a program as a background job, reviews the draft (scores by criterion),
/// reassigns, removes, re-runs the rest with the locked pairs kept, and approves: the pairs appear in the program.</summary>
public abstract class ProgramMatchingTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    private const string Coordinator = "seversk";

    /// <summary>Mentee A needs d1 and d2, B needs d1; mentor X covers both, Y covers d1, Z none; C has no consent.
    /// The greedy choice (B–X first) loses: the optimum is A–X and B–Y.</summary>
    private sealed record Cohort(HttpClient Client, int ProgramId, int A, int B, int C, int X, int Y, int Z, int XPerson, int Organization);

    private async Task<Cohort> CohortAsync()
    {
        var school = $"МБОУ «СОШ подбора {Guid.NewGuid():N}» ЗАТО Северск";
        int d1, d2;
        await using (var db = app.NewDbContext())
        {
            var municipality = await db.Municipalities.SingleAsync(m => m.Name == "ЗАТО Северск");
            db.Organizations.Add(new Domain.Territory.Organization { Name = school, MunicipalityId = municipality.Id });
            await db.SaveChangesAsync();
            var deficits = await db.Deficits.OrderBy(d => d.Id).Select(d => d.Id).Take(2).ToListAsync();
            (d1, d2) = (deficits[0], deficits[1]);
        }
        var (client, programId) = await app.ProgramAsync(requiresPreparation: true, curator: Coordinator, school: school);
        var org = await app.OrganizationIdAsync(school);
        var x = await MentorAsync(client, org, "Иксова", [d1, d2]);
        var y = await MentorAsync(client, org, "Игрекова", [d1]);
        var z = await MentorAsync(client, org, "Зетова", []);
        return new Cohort(client, programId,
            await MenteeAsync(client, org, "Аникин", [d1, d2], consent: true),
            await MenteeAsync(client, org, "Борисов", [d1], consent: true),
            await MenteeAsync(client, org, "Васин", [d1], consent: false),
            x.Id, y.Id, z.Id, x.PersonId, org);
    }

    private static async Task<(int Id, int PersonId)> MentorAsync(HttpClient client, int org, string lastName, int[] deficits)
    {
        var response = await client.PostAsJsonAsync("/api/v1/mentors", new
        {
            person = new { organizationId = org, lastName, firstName = "Мария", birthDate = "1975-03-03" },
            capacity = 1, interviewStatus = "Passed", deficitIds = deficits,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var mentor = await response.Content.ReadFromJsonAsync<JsonElement>();
        await client.TrainAsync(mentor.GetProperty("id").GetInt32());
        var personId = mentor.GetProperty("person").GetProperty("id").GetInt32();
        (await client.PostAsJsonAsync($"/api/v1/people/{personId}/consents", new { givenOn = "2026-09-01" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        return (mentor.GetProperty("id").GetInt32(), personId);
    }

    private static async Task<int> MenteeAsync(HttpClient client, int org, string lastName, int[] deficits, bool consent)
    {
        var response = await client.PostAsJsonAsync("/api/v1/mentees", new
        {
            person = new { organizationId = org, lastName, firstName = "Олег", birthDate = "2001-04-04" }, category = "YoungSpecialist", deficitIds = deficits,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var mentee = await response.Content.ReadFromJsonAsync<JsonElement>();
        if (consent)
            (await client.PostAsJsonAsync($"/api/v1/people/{mentee.GetProperty("person").GetProperty("id").GetInt32()}/consents", new { givenOn = "2026-09-01" }))
                .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        return mentee.GetProperty("id").GetInt32();
    }

    private static string Url(Cohort c) => $"/Programs/{c.ProgramId}/Matching";

    private static async Task<IHtmlDocument> PageAsync(Cohort c) =>
        new HtmlParser().ParseDocument(await c.Client.GetStringAsync(Url(c)));

    private static string Stamp(IHtmlDocument page) => page.QuerySelector("input[name=stamp]")!.GetAttribute("value")!;

    private static async Task<HttpResponseMessage> PostAsync(Cohort c, string handler, Dictionary<string, string> fields)
    {
        var page = await c.Client.GetStringAsync(Url(c));
        fields["__RequestVerificationToken"] = AuthenticatedClient.Antiforgery(page);
        return await c.Client.PostAsync($"{Url(c)}?handler={handler}", new FormUrlEncodedContent(fields));
    }

    /// <summary>Starts a run and waits for the background job to finish; returns the page with the draft.</summary>
    private static async Task<IHtmlDocument> RunAsync(Cohort c, Dictionary<string, string>? fields = null)
    {
        var before = await PageAsync(c);
        fields ??= [];
        fields.TryAdd("mode", "Optimal");
        if (before.QuerySelector("input[name=stamp]") is not null) fields["stamp"] = Stamp(before);
        var response = await PostAsync(c, "Run", fields);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        for (var attempt = 0; attempt < 300; attempt++)
        {
            var page = await PageAsync(c);
            if (page.QuerySelector("#job-progress") is null && page.QuerySelector("#matching-summary") is not null) return page;
            page.QuerySelector("#matching-error")?.TextContent.ShouldBeNull();
            await Task.Delay(100);
        }
        throw new TimeoutException("matching job did not finish");
    }

    /// <summary>Mentee id → (proposal id, mentor name or the unmatched reason, score, locked).</summary>
    private static async Task<Dictionary<string, (int Proposal, string Mentor, string Score, bool Locked)>> DraftAsync(Cohort c)
    {
        var page = await PageAsync(c);
        return page.QuerySelectorAll("#proposals > tbody > tr").ToDictionary(
            tr => tr.QuerySelector("td")!.ChildNodes[0].TextContent.Split(' ')[0],
            tr => (int.Parse(tr.GetAttribute("data-proposal")!),
                (tr.QuerySelector("[data-role=mentor]") ?? tr.QuerySelector("[data-role=unmatched]"))!.TextContent.Trim(),
                tr.QuerySelector("[data-role=score]")?.TextContent.Trim() ?? "",
                tr.QuerySelector(".badge") is not null));
    }

    [Fact]
    public async Task TheWholeCohortIsMatchedOptimallyAdjustedReRunAndApprovedIntoThePrograms()
    {
        var c = await CohortAsync();
        var first = await RunAsync(c);
        first.QuerySelector("#paired-count")!.TextContent.ShouldBe("2");
        first.QuerySelector("#unpaired-count")!.TextContent.ShouldBe("1");
        var draft = await DraftAsync(c);
        draft["Аникин"].Mentor.ShouldStartWith("Иксова");
        draft["Борисов"].Mentor.ShouldStartWith("Игрекова");
        draft["Аникин"].Score.ShouldBe("60 из 100"); // deficits 40 + territory 10 + organization type 5 + free seats 5
        draft["Васин"].Mentor.ShouldContain("нет действующего согласия наставляемого");
        var breakdown = first.QuerySelector($"tr[data-proposal='{draft["Аникин"].Proposal}'] details")!.TextContent;
        breakdown.ShouldContain("Компетенции наставника закрывают дефициты наставляемого");
        breakdown.ShouldContain("40 / 40");

        // Another mentor for Борисов: Зетова; the pair is locked and scored anew.
        (await PostAsync(c, "Assign", new() { ["proposalId"] = draft["Борисов"].Proposal.ToString(), ["mentorId"] = c.Z.ToString(), ["stamp"] = Stamp(await PageAsync(c)) }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        draft = await DraftAsync(c);
        draft["Борисов"].Mentor.ShouldStartWith("Зетова");
        draft["Борисов"].Locked.ShouldBeTrue();
        draft["Борисов"].Score.ShouldBe("20 из 100");

        // Remove Аникин–Иксова: the two are never proposed together again.
        (await PostAsync(c, "Remove", new() { ["proposalId"] = draft["Аникин"].Proposal.ToString(), ["stamp"] = Stamp(await PageAsync(c)) }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await DraftAsync(c))["Аникин"].Mentor.ShouldContain("Пара убрана куратором");

        // Re-run the rest: the locked pair stays, Аникин gets the free mentor he may have.
        var stale = Stamp(await PageAsync(c));
        await RunAsync(c);
        draft = await DraftAsync(c);
        draft["Борисов"].Mentor.ShouldStartWith("Зетова");
        draft["Борисов"].Locked.ShouldBeTrue();
        draft["Аникин"].Mentor.ShouldStartWith("Игрекова");

        // A form from before the re-run is refused, nothing changes.
        var conflict = await PostAsync(c, "Lock", new() { ["proposalId"] = draft["Аникин"].Proposal.ToString(), ["stamp"] = stale });
        conflict.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await conflict.Content.ReadAsStringAsync()).ShouldContain("Черновик подбора уже изменён");
        (await DraftAsync(c))["Аникин"].Locked.ShouldBeFalse();

        var approve = await PostAsync(c, "Approve", new() { ["stamp"] = Stamp(await PageAsync(c)) });
        approve.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        approve.Headers.Location!.ToString().ShouldStartWith($"/Programs/Details/{c.ProgramId}");
        var pairs = await c.Client.GetFromJsonAsync<JsonElement>($"/api/v1/programs/{c.ProgramId}/pairs");
        pairs.EnumerateArray().Select(p => (p.GetProperty("menteeId").GetInt32(), p.GetProperty("mentorId").GetInt32(), p.GetProperty("status").GetString()))
            .OrderBy(p => p.Item1).ShouldBe(new (int, int, string?)[] { (c.A, c.Y, "Proposed"), (c.B, c.Z, "Proposed") }.OrderBy(p => p.Item1));
        (await PageAsync(c)).QuerySelector("#no-draft").ShouldNotBeNull("an approved draft is closed; the next run starts a new one");
    }

    [Fact]
    public async Task ChoosingAMentorWhoseSeatsAreTakenSwapsThePairs()
    {
        var c = await CohortAsync();
        await RunAsync(c);
        var draft = await DraftAsync(c);
        var page = await PageAsync(c);
        page.QuerySelector($"#alt-{draft["Аникин"].Proposal} option[value='{c.Y}']")!.TextContent.ShouldContain("(обмен)");

        // Аникин takes Игрекова (her only seat is Борисов's): Борисов gets the freed Иксова.
        (await PostAsync(c, "Assign", new() { ["proposalId"] = draft["Аникин"].Proposal.ToString(), ["mentorId"] = c.Y.ToString(), ["stamp"] = Stamp(page) }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        draft = await DraftAsync(c);
        draft["Аникин"].Mentor.ShouldStartWith("Игрекова");
        draft["Аникин"].Locked.ShouldBeTrue();
        draft["Аникин"].Score.ShouldBe("40 из 100");
        draft["Борисов"].Mentor.ShouldStartWith("Иксова");
        draft["Борисов"].Locked.ShouldBeFalse();

        // A locked pair is not displaced: Борисов cannot take Игрекова's only seat from the locked Аникин.
        var refused = await PostAsync(c, "Assign", new() { ["proposalId"] = draft["Борисов"].Proposal.ToString(), ["mentorId"] = c.Y.ToString(), ["stamp"] = Stamp(await PageAsync(c)) });
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("все места заняты закреплёнными парами");
        (await DraftAsync(c))["Борисов"].Mentor.ShouldStartWith("Иксова");
    }

    [Fact]
    public async Task MutualChoiceFollowsTheRankingFromThePreferenceQuestionnaire()
    {
        var c = await CohortAsync();
        await using (var db = app.NewDbContext())
        {
            var questionnaire = QuestionnaireTemplates.Create(QuestionnaireKind.Preference, c.Organization, ["Иксова Мария", "Игрекова Мария", "Зетова Мария"]);
            questionnaire.ProgramId = c.ProgramId;
            db.Questionnaires.Add(questionnaire);
            await db.SaveChangesAsync();
            var borisov = await db.Mentees.Where(m => m.Id == c.B).Select(m => m.PersonId).SingleAsync();
            db.Invitations.Add(new QuestionnaireInvitation
            {
                QuestionnaireId = questionnaire.Id, PersonId = borisov, Respondent = RespondentRole.Self, TokenHash = Guid.NewGuid().ToString("N"),
                Answers = JsonSerializer.Serialize(new Dictionary<string, string[]> { ["q1"] = ["Зетова Мария", "Игрекова Мария", "Иксова Мария"] }),
                AnsweredAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync();
        }
        // The best total score still puts Борисов with Игрекова (his deficit outweighs his wish)…
        await RunAsync(c);
        (await DraftAsync(c))["Борисов"].Mentor.ShouldStartWith("Игрекова");
        // …mutual choice gives him his first choice, and his ranking shows in the score.
        var stable = await RunAsync(c, new() { ["mode"] = "Stable" });
        var draft = await DraftAsync(c);
        draft["Борисов"].Mentor.ShouldStartWith("Зетова");
        draft["Аникин"].Mentor.ShouldStartWith("Иксова");
        stable.QuerySelector($"tr[data-proposal='{draft["Борисов"].Proposal}'] details")!.TextContent.ShouldContain("15 / 15");
    }

    [Fact]
    public async Task ApprovalIsAllOrNothingAndNamesThePersonWhoCannotBePaired()
    {
        var c = await CohortAsync();
        await RunAsync(c);
        await using (var db = app.NewDbContext())
        {
            var person = await db.People.SingleAsync(p => p.Id == c.XPerson);
            person.ConsentState = ConsentState.Withdrawn;
            await db.SaveChangesAsync();
        }
        var response = await PostAsync(c, "Approve", new() { ["stamp"] = Stamp(await PageAsync(c)) });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        page.QuerySelector("#matching-error")!.TextContent.ShouldContain("Иксова");
        page.QuerySelector("#matching-error")!.TextContent.ShouldContain("нет действующего согласия");
        await using var check = app.NewDbContext();
        (await check.Pairs.CountAsync(p => p.ProgramId == c.ProgramId)).ShouldBe(0);
        (await check.MatchingRuns.SingleAsync(r => r.ProgramId == c.ProgramId)).Status.ShouldBe(MatchingRunStatus.Draft);
    }

    [Fact]
    public async Task WeightsAreCheckedAndNamedInRussian()
    {
        var c = await CohortAsync();
        var notNumber = await PostAsync(c, "Run", new() { ["weights[Deficits]"] = "много", ["mode"] = "Optimal" });
        notNumber.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await notNumber.Content.ReadAsStringAsync()).ShouldContain("Вес «Компетенции наставника закрывают дефициты наставляемого» должен быть целым числом");
        var tooBig = await PostAsync(c, "Run", new() { ["weights[Subject]"] = "100000", ["mode"] = "Optimal" });
        tooBig.StatusCode.ShouldBe(HttpStatusCode.OK);
        new HtmlParser().ParseDocument(await tooBig.Content.ReadAsStringAsync()).QuerySelector("#matching-error").ShouldNotBeNull();
        await using var db = app.NewDbContext();
        (await db.MatchingRuns.CountAsync(r => r.ProgramId == c.ProgramId)).ShouldBe(0);

        // Subject weight 0 and deficits 100: the score follows the weights the curator set.
        await RunAsync(c, new() { ["weights[Deficits]"] = "100", ["weights[Territory]"] = "0", ["weights[OrganizationType]"] = "0", ["weights[Load]"] = "0" });
        (await DraftAsync(c))["Аникин"].Score.ShouldBe("100 из 140");
    }

    [Fact]
    public async Task TheDraftIsOnlyForTheProgramsScope()
    {
        var c = await CohortAsync();
        await RunAsync(c);
        var outsider = await app.LoginAsync("curator76");
        (await outsider.GetAsync(Url(c))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var anonymous = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await anonymous.GetAsync(Url(c));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Account/Login");
    }
}

public sealed class ProgramMatchingTestsOnPostgres(PostgresApp app) : ProgramMatchingTests<PostgresApp>(app);
public sealed class ProgramMatchingTestsOnSqlite(SqliteApp app) : ProgramMatchingTests<SqliteApp>(app);
