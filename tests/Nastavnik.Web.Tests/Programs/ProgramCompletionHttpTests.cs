using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.People;
using Nastavnik.Domain.Programs;
using Nastavnik.Web.Tests.Infrastructure;
using Shouldly;

namespace Nastavnik.Web.Tests.Programs;

/// <summary>Consents given by link (a minor's by his parent), withdrawal with anonymization, the before/after maths per pair,
/// step evidence files, and a case that reaches the practice bank only with results.</summary>
public abstract class ProgramCompletionHttpTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    private static string Today => DemoToday.Day.ToString("yyyy-MM-dd");

    [Fact]
    public async Task AParentGivesTheMinorsConsentByAPersonalLink()
    {
        var curator = await app.LoginAsync("curator76");
        var pupil = await (await curator.PostAsJsonAsync("/api/v1/mentees", new
        {
            person = new { organizationId = await app.OrganizationIdAsync(DemoData.School76), lastName = "Школьников", firstName = "Петя", birthDate = "2013-02-02", role = "Pupil" }, category = "Pupil",
        })).Content.ReadFromJsonAsync<JsonElement>();
        var id = pupil.GetProperty("id").GetInt32();
        var personId = pupil.GetProperty("person").GetProperty("id").GetInt32();

        (await curator.PostFormAsync($"/Mentees/Details/{id}", $"/Mentees/Details/{id}?handler=ConsentLink", new() { ["purpose"] = "Участие в программе наставничества образовательной организации" }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var link = Regex.Match(await curator.GetStringAsync($"/Mentees/Details/{id}"), "id=\"consent-link\">https?://[^/]+(/c/[^<]+)</code>").Groups[1].Value;
        link.ShouldStartWith("/c/");

        var parent = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var form = WebUtility.HtmlDecode(await parent.GetStringAsync(link));
        form.ShouldContain("Петя Ш.");
        form.ShouldNotContain("Школьников", Case.Sensitive, "the link shows only the first name and the initial");
        (await (await parent.PostFormAsync(link, link, new() { ["representativeName"] = "Школьникова Анна Ивановна", ["agreed"] = "true" })).Content.ReadAsStringAsync())
            .ShouldContain("кем вы приходитесь ребёнку");
        (await (await parent.PostFormAsync(link, link, new() { ["representativeName"] = "Школьникова Анна Ивановна", ["representativeRelation"] = "мать", ["agreed"] = "true" })).Content.ReadAsStringAsync())
            .ShouldContain("Согласие получено");
        var again = await parent.GetStringAsync(link);
        again.ShouldContain("Согласие получено");
        again.ShouldNotContain("consent-form", Case.Sensitive, "a used link offers no form");
        var replay = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AuthenticatedClient.Antiforgery(form), ["representativeName"] = "Кто-то", ["representativeRelation"] = "отец", ["agreed"] = "true",
        });
        (await (await parent.PostAsync(link, replay)).Content.ReadAsStringAsync()).ShouldContain("уже дано", customMessage: "a used link records nothing more");

        await using var db = app.NewDbContext();
        var consents = await db.Consents.Where(c => c.PersonId == personId).ToListAsync();
        consents.Count.ShouldBe(1);
        consents[0].RepresentativeName.ShouldBe("Школьникова Анна Ивановна");
        consents[0].RepresentativeRelation.ShouldBe("мать");
        consents[0].Purpose.ShouldBe("Участие в программе наставничества образовательной организации");
        (await db.People.SingleAsync(p => p.Id == personId)).ConsentState.ShouldBe(ConsentState.Valid);
    }

    [Fact]
    public async Task WithdrawingWithAnonymizationEndsThePairsAndErasesTheNameEverywhereIncludingTheAuditLog()
    {
        var (client, program) = await app.ProgramAsync(requiresPreparation: false);
        var people = await app.PeopleAsync(client, menteeConsent: true, mentorPrepared: true);
        var pair = await client.ActivePairAsync(program, people);
        await using var db = app.NewDbContext();
        var lastName = (await db.People.SingleAsync(p => p.Id == people.MenteePerson)).LastName;
        var consentId = await db.Consents.Where(c => c.PersonId == people.MenteePerson).Select(c => c.Id).SingleAsync();
        async Task<List<string>> AuditTexts() => (await db.AuditEntries.AsNoTracking().Select(a => a.EntityType + " " + a.EntityId + " " + a.Changes).ToListAsync()).Select(Regex.Unescape).ToList();
        (await AuditTexts()).ShouldContain(t => t.StartsWith($"Person {people.MenteePerson} ") && t.Contains(lastName), "the audit knew the name");

        var page = $"/Mentees/Details/{people.Mentee}";
        (await client.PostFormAsync(page, $"{page}?handler=WithdrawConsent&consentId={consentId}", new() { ["anonymize"] = "true" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        db.ChangeTracker.Clear();
        var person = await db.People.SingleAsync(p => p.Id == people.MenteePerson);
        person.LastName.ShouldBe("Обезличено");
        person.BirthDate.ShouldBeNull();
        person.IsArchived.ShouldBeTrue();
        (await db.Pairs.SingleAsync(p => p.Id == pair)).EndReason.ShouldBe(PairRules.ConsentWithdrawnReason);
        var texts = await AuditTexts();
        texts.ShouldNotContain(t => t.Contains(lastName), "no audit entry keeps the erased name");
        texts.ShouldContain(t => t.StartsWith($"Person {people.MenteePerson} ") && t.Contains("LastName"), "the log still says the field changed");
    }

    [Fact]
    public async Task TheProgramPageShowsTheAssessmentChangePerParameterAndPerPair()
    {
        var (client, program) = await app.ProgramAsync(requiresPreparation: false);
        var first = await app.PeopleAsync(client, menteeConsent: true, mentorPrepared: true);
        var second = await app.PeopleAsync(client, menteeConsent: true, mentorPrepared: true);
        await client.ActivePairAsync(program, first);
        await client.ActivePairAsync(program, second);
        var created = await client.PostFormAsync($"/Programs/Details/{program}", $"/Programs/Details/{program}?handler=Questionnaire", new() { ["kind"] = "Assessment" });
        var details = created.Headers.Location!.ToString();

        var phone = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        // Before and after, five parameters on a 1–10 scale, for each of the two mentees.
        var rounds = new[]
        {
            new Dictionary<int, int[]> { [first.MenteePerson] = [2, 4, 5, 5, 6], [second.MenteePerson] = [4, 4, 5, 7, 6] },
            new Dictionary<int, int[]> { [first.MenteePerson] = [6, 5, 5, 6, 8], [second.MenteePerson] = [6, 4, 4, 7, 6] },
        };
        await using var db = app.NewDbContext();
        foreach (var round in rounds)
        {
            var invited = await client.PostFormAsync(details, details + "?handler=InviteProgram", new() { ["audience"] = "mentees" });
            invited.StatusCode.ShouldBe(HttpStatusCode.OK);
            var links = WebUtility.HtmlDecode(await invited.Content.ReadAsStringAsync());
            foreach (var (person, scores) in round)
            {
                var name = await db.People.Where(p => p.Id == person).Select(p => p.LastName + " " + p.FirstName).SingleAsync();
                var link = Regex.Match(links, "<td>" + Regex.Escape(name) + "</td>(?:(?!</tr>).)*?invitation-link\">https?://[^/]+(/q/[^<]+)</code>", RegexOptions.Singleline).Groups[1].Value;
                link.ShouldStartWith("/q/");
                var fields = scores.Select((v, i) => ($"q{i + 1}", v.ToString())).ToDictionary(x => x.Item1, x => x.Item2);
                (await (await phone.PostFormAsync(link, link, fields)).Content.ReadAsStringAsync()).ShouldContain("Спасибо!");
            }
        }

        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/Programs/Details/{program}"));
        var parameters = html[html.IndexOf("id=\"parameter-changes\"")..html.IndexOf("id=\"pair-changes\"")];
        // Russian number format. Parameter 1: before (2 + 4) / 2 = 3,0, after (6 + 6) / 2 = 6,0 → +3,0; parameter 3: 5,0 → 4,5 → -0,5.
        parameters.ShouldContain("<td>Уверенность в проведении уроков</td><td>3,0</td><td>6,0</td><td class=\"text-success\">+3,0</td>");
        parameters.ShouldContain("<td>Взаимодействие с родителями</td><td>5,0</td><td>4,5</td><td class=\"text-danger\">-0,5</td>");
        var perPair = html[html.IndexOf("id=\"pair-changes\"")..];
        // First mentee: +4 +1 0 +1 +2 = 8 / 5 = +1.60; second: +2 0 -1 0 0 = 1 / 5 = +0.20.
        perPair.ShouldContain("+1,60");
        perPair.ShouldContain("+0,20");
    }

    [Fact]
    public async Task AStepIsProvedByAFileThatOnlyTheProgramsStaffCanDownload()
    {
        var (client, program) = await app.ProgramAsync(requiresPreparation: false);
        var roadmap = await client.GetFromJsonAsync<JsonElement>($"/api/v1/programs/{program}");
        var step = roadmap.GetProperty("steps")[0].GetProperty("id").GetInt32();
        var page = await client.GetStringAsync($"/Programs/Details/{program}");
        var content = new MultipartFormDataContent
        {
            { new StringContent(AuthenticatedClient.Antiforgery(page)), "__RequestVerificationToken" },
            { new StringContent(Today), "Done.DoneOn" },
            { new ByteArrayContent("Протокол педсовета № 3"u8.ToArray()), "file", "протокол.txt" },
        };
        (await client.PostAsync($"/Programs/Details/{program}?handler=Complete&stepId={step}", content)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        await using var db = app.NewDbContext();
        var file = await db.Files.SingleAsync(f => f.OwnerId == step && f.Owner == Domain.Files.FileOwner.ProgramStep);
        (await db.ProgramSteps.SingleAsync(s => s.Id == step)).DoneOn.ShouldNotBeNull();
        (await client.GetStringAsync($"/Programs/Details/{program}")).ShouldContain($"/files/{file.Id}");
        (await client.GetStringAsync($"/files/{file.Id}")).ShouldBe("Протокол педсовета № 3");
        (await (await app.LoginAsync("curator2")).GetAsync($"/files/{file.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.LoginAsync("mentee76")).GetAsync($"/files/{file.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ACaseReachesThePracticeBankOnlyWhenItIsWrittenAndAPairFinishedItsWork()
    {
        var (client, program) = await app.ProgramAsync(requiresPreparation: false);
        var people = await app.PeopleAsync(client, menteeConsent: true, mentorPrepared: true);
        var pair = await client.ActivePairAsync(program, people);
        var start = await client.PostFormAsync($"/Programs/Details/{program}", $"/Practices/Edit?handler=Start&programId={program}", []);
        var edit = start.Headers.Location!.ToString();
        var caseId = int.Parse(edit.Split('/').Last());

        async Task<string> Submit() => WebUtility.HtmlDecode(await (await client.PostFormAsync(edit, edit + "?handler=Submit", [])).Content.ReadAsStringAsync());
        (await Submit()).ShouldContain("Заполните разделы кейса: проблема (запрос)");
        var stamp = Regex.Match(await client.GetStringAsync(edit), "name=\"ConcurrencyStamp\" value=\"([^\"]+)\"").Groups[1].Value;
        (await client.PostFormAsync(edit, edit + "?handler=Save", new()
        {
            ["Title"] = "Адаптация молодого педагога через открытые уроки", ["Problem"] = "Молодые педагоги уходят в первый год",
            ["Solution"] = "Пара «педагог — педагог», план с открытыми уроками", ["Results"] = "Все остались в школе", ["ConcurrencyStamp"] = stamp,
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await Submit()).ShouldContain("ещё нет пар, завершивших работу");

        foreach (var kind in new[] { "Organizational", "Final" })
            (await client.PostAsJsonAsync($"/api/v1/pairs/{pair}/meetings", new { kind, heldOn = Today, durationMinutes = 45, online = false })).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await client.PostAsync($"/api/v1/pairs/{pair}/complete", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        // The curator sends it for review; publishing is the head's (the curator is told so).
        (await (await client.PostFormAsync(edit, edit + "?handler=Publish", [])).Content.ReadAsStringAsync()).ShouldContain("Публикует кейс руководитель организации");
        (await client.PostFormAsync(edit, edit + "?handler=Submit", [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetStringAsync("/Practices?search=открытые уроки")).ShouldContain("на проверке");
        var head = await app.LoginAsync("head76");
        (await head.PostFormAsync(edit, edit + "?handler=Publish", [])).Headers.Location!.ToString().ShouldBe($"/Practices/View/{caseId}");

        var otherSchool = await app.LoginAsync("curator2");
        (await otherSchool.GetStringAsync("/Practices?search=открытые уроки")).ShouldContain($"/Practices/View/{caseId}");
        (await otherSchool.GetStringAsync($"/Practices/View/{caseId}")).ShouldContain("Все остались в школе");
        (await otherSchool.GetAsync($"/Practices/Edit/{caseId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}

public sealed class ProgramCompletionHttpTestsOnPostgres(PostgresApp app) : ProgramCompletionHttpTests<PostgresApp>(app);
public sealed class ProgramCompletionHttpTestsOnSqlite(SqliteApp app) : ProgramCompletionHttpTests<SqliteApp>(app);
