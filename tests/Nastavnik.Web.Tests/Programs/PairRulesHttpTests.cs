using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.People;
using Nastavnik.Domain.Registries;
using Nastavnik.Web.Tests.Infrastructure;
using Shouldly;

namespace Nastavnik.Web.Tests.Programs;

/// <summary>Pairs obey the documents: consent, prepared mentors, capacity, one pair per mentee, the scope; the order fixes them.</summary>
public abstract class PairRulesHttpTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    private Task<(HttpClient Client, int ProgramId)> ProgramAsync(bool requiresPreparation) => app.ProgramAsync(requiresPreparation);

    private async Task<(int Mentor, int Mentee)> PeopleAsync(HttpClient client, bool menteeConsent, bool mentorPrepared, int capacity = 1)
    {
        var people = await app.PeopleAsync(client, menteeConsent, mentorPrepared, capacity);
        return (people.Mentor, people.Mentee);
    }

    /// <summary>The table row of the programs list that links to the given program.</summary>
    private static string RowOf(string html, string link) =>
        html.Split("<tr>").Skip(1).Single(row => row.Contains(link));

    [Fact]
    public async Task NoPairWithoutTheMenteesConsent()
    {
        var (client, program) = await ProgramAsync(requiresPreparation: false);
        var (mentor, mentee) = await PeopleAsync(client, menteeConsent: false, mentorPrepared: true);
        var response = await client.PostAsJsonAsync($"/api/v1/programs/{program}/pairs", new { mentorId = mentor, menteeId = mentee });
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("нет действующего согласия");
    }

    [Fact]
    public async Task AProgramThatRequiresPreparationRefusesAnUntrainedMentor()
    {
        var (client, program) = await ProgramAsync(requiresPreparation: true);
        var (mentor, mentee) = await PeopleAsync(client, menteeConsent: true, mentorPrepared: false);
        var response = await client.PostAsJsonAsync($"/api/v1/programs/{program}/pairs", new { mentorId = mentor, menteeId = mentee });
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("обучения и собеседования");
    }

    [Fact]
    public async Task PairsRespectCapacityAndOnePairPerMenteeAndAreFixedByTheOrder()
    {
        var (client, program) = await ProgramAsync(requiresPreparation: true);
        var (mentor, mentee) = await PeopleAsync(client, menteeConsent: true, mentorPrepared: true, capacity: 1);
        var (_, secondMentee) = await PeopleAsync(client, menteeConsent: true, mentorPrepared: true);

        (await client.PostAsJsonAsync($"/api/v1/programs/{program}/pairs", new { mentorId = mentor, menteeId = mentee })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var again = await client.PostAsJsonAsync($"/api/v1/programs/{program}/pairs", new { mentorId = mentor, menteeId = mentee });
        (await again.Content.ReadAsStringAsync()).ShouldContain("уже в паре этой программы");
        var full = await client.PostAsJsonAsync($"/api/v1/programs/{program}/pairs", new { mentorId = mentor, menteeId = secondMentee });
        full.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await full.Content.ReadAsStringAsync()).ShouldContain("все места заняты");

        var order = await client.PostAsJsonAsync($"/api/v1/programs/{program}/pairs/order", new { orderNumber = "45-о", orderDate = "2026-10-01" });
        order.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await order.Content.ReadFromJsonAsync<int>()).ShouldBe(1);
        var pairs = await client.GetFromJsonAsync<JsonElement>($"/api/v1/programs/{program}/pairs");
        pairs.GetArrayLength().ShouldBe(1);
        pairs[0].GetProperty("status").GetString().ShouldBe("Active");
        pairs[0].GetProperty("orderNumber").GetString().ShouldBe("45-о");
        (await client.GetStringAsync($"/Programs/Details/{program}")).ShouldContain("№ 45-о от 01.10.2026");

        var docx = await client.GetAsync($"/Programs/Order/{program}?number={Uri.EscapeDataString("45-о")}");
        docx.StatusCode.ShouldBe(HttpStatusCode.OK);
        docx.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        var bytes = await docx.Content.ReadAsByteArrayAsync();
        var inLibreOffice = await LibreOffice.ReadDocxAsync(bytes);
        inLibreOffice.ShouldContain("ПРИКАЗ");
        inLibreOffice.ShouldContain(pairs[0].GetProperty("mentee").GetString()!.Trim());
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(bytes), false);
        new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document).Select(e => e.Description).ShouldBeEmpty();
        var text = document.MainDocumentPart!.Document.Body!.InnerText;
        text.ShouldContain("ПРИКАЗ");
        text.ShouldContain("№ 45-о");
        text.ShouldContain(pairs[0].GetProperty("mentor").GetString()!.Trim());
        text.ShouldContain(pairs[0].GetProperty("mentee").GetString()!.Trim());
    }

    [Fact]
    public async Task MeetingsFollowTheRoadmapAndQuietPairsAreFlagged()
    {
        var (client, program) = await ProgramAsync(requiresPreparation: false);
        var (mentor, mentee) = await PeopleAsync(client, menteeConsent: true, mentorPrepared: true);
        (await client.PostAsJsonAsync($"/api/v1/programs/{program}/pairs", new { mentorId = mentor, menteeId = mentee })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var pairId = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/programs/{program}/pairs"))[0].GetProperty("id").GetInt32();
        var today = DemoToday.Day.ToString("yyyy-MM-dd");

        var beforeOrder = await client.PostAsJsonAsync($"/api/v1/pairs/{pairId}/meetings", new { kind = "Organizational", heldOn = today, durationMinutes = 40, online = false });
        beforeOrder.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await beforeOrder.Content.ReadAsStringAsync()).ShouldContain("закреплённых приказом");

        (await client.PostAsJsonAsync($"/api/v1/programs/{program}/pairs/order", new { orderNumber = "7", orderDate = DemoToday.Day.AddDays(-30).ToString("yyyy-MM-dd") })).StatusCode.ShouldBe(HttpStatusCode.OK);
        RowOf(await client.GetStringAsync("/Programs"), $"/Programs/Details/{program}\"").ShouldContain("<span class=\"badge bg-warning text-dark inactive-pairs\">1 из 1</span>");
        (await client.GetStringAsync($"/Programs/Details/{program}")).ShouldContain("нет встреч больше 3 недель");

        var regularFirst = await client.PostAsJsonAsync($"/api/v1/pairs/{pairId}/meetings", new { kind = "Regular", heldOn = today, durationMinutes = 40, online = false });
        (await regularFirst.Content.ReadAsStringAsync()).ShouldContain("Первая встреча пары — организационная");
        (await client.PostAsJsonAsync($"/api/v1/pairs/{pairId}/meetings", new { kind = "Organizational", heldOn = today, durationMinutes = 40, online = true, notes = "Знакомство, план" })).StatusCode.ShouldBe(HttpStatusCode.Created);

        var pairs = await client.GetFromJsonAsync<JsonElement>($"/api/v1/programs/{program}/pairs");
        pairs[0].GetProperty("meetings").GetInt32().ShouldBe(1);
        pairs[0].GetProperty("lastMeeting").GetString().ShouldBe(today);
        RowOf(await client.GetStringAsync("/Programs"), $"/Programs/Details/{program}\"").ShouldNotContain("inactive-pairs");

        // Ended early with a reason: no more meetings, and the mentee may be paired again.
        (await client.PostAsJsonAsync($"/api/v1/pairs/{pairId}/end", new { reason = "" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await client.PostAsJsonAsync($"/api/v1/pairs/{pairId}/end", new { reason = "Переход наставника в другую школу" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await (await client.PostAsJsonAsync($"/api/v1/pairs/{pairId}/meetings", new { kind = "Regular", heldOn = today, durationMinutes = 30, online = false }))
            .Content.ReadAsStringAsync()).ShouldContain("закреплённых приказом");
        (await client.PostAsJsonAsync($"/api/v1/programs/{program}/pairs", new { mentorId = mentor, menteeId = mentee })).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await client.GetStringAsync($"/Programs/Details/{program}")).ShouldNotContain("нет встреч больше 3 недель");
    }

    [Fact]
    public async Task WithdrawingAConsentEndsThePersonsPairs()
    {
        var (client, program) = await ProgramAsync(requiresPreparation: false);
        var (mentor, mentee) = await PeopleAsync(client, menteeConsent: true, mentorPrepared: true);
        (await client.PostAsJsonAsync($"/api/v1/programs/{program}/pairs", new { mentorId = mentor, menteeId = mentee })).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await client.PostAsJsonAsync($"/api/v1/programs/{program}/pairs/order", new { orderNumber = "9", orderDate = DemoToday.Day.ToString("yyyy-MM-dd") })).StatusCode.ShouldBe(HttpStatusCode.OK);

        int personId, consentId;
        await using (var db = app.NewDbContext())
        {
            personId = await db.Mentees.Where(m => m.Id == mentee).Select(m => m.PersonId).SingleAsync();
            consentId = await db.Consents.Where(c => c.PersonId == personId && c.WithdrawnOn == null).Select(c => c.Id).SingleAsync();
        }
        (await client.PostAsync($"/api/v1/people/{personId}/consents/{consentId}/withdraw", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        await using var check = app.NewDbContext();
        var pair = await check.Pairs.SingleAsync(p => p.ProgramId == program);
        pair.Status.ShouldBe(Domain.Programs.PairStatus.Ended);
        pair.EndReason.ShouldBe("Отзыв согласия на обработку персональных данных");
        (await check.AuditEntries.AnyAsync(a => a.EntityType == "Consent" && a.EntityId == consentId && a.Action == "Изменение")).ShouldBeTrue("the withdrawal is audited");
    }

    [Fact]
    public async Task NobodyOutsideTheScopeCanPairOrApprove()
    {
        var (client, program) = await ProgramAsync(requiresPreparation: false);
        var (mentor, mentee) = await PeopleAsync(client, menteeConsent: true, mentorPrepared: true);
        var foreignMentee = await app.AnyMenteeOfAsync(DemoData.School2Tomsk);
        (await client.PostAsJsonAsync($"/api/v1/programs/{program}/pairs", new { mentorId = mentor, menteeId = foreignMentee })).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await client.PostAsJsonAsync($"/api/v1/programs/{program}/pairs", new { mentorId = mentor, menteeId = mentee })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var other = await app.LoginAsync("curator2");
        (await other.PostAsJsonAsync($"/api/v1/programs/{program}/pairs/order", new { orderNumber = "1", orderDate = "2026-10-01" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await using var db = app.NewDbContext();
        (await db.Pairs.Where(p => p.ProgramId == program).Select(p => p.Status).SingleAsync()).ShouldBe(Domain.Programs.PairStatus.Proposed);
    }
}

public sealed class PairRulesHttpTestsOnPostgres(PostgresApp app) : PairRulesHttpTests<PostgresApp>(app);
public sealed class PairRulesHttpTestsOnSqlite(SqliteApp app) : PairRulesHttpTests<SqliteApp>(app);
