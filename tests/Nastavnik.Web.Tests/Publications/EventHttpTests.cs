using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Web.Tests.Infrastructure;
using Shouldly;

namespace Nastavnik.Web.Tests.Publications;

/// <summary>An event of the municipality: registration from the registries, by invitation and by oneself, seats, attendance,
/// the result document, the calendar and .ics; held events and their participants reach the monitoring dashboard.</summary>
public abstract class EventHttpTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Fact]
    public async Task TheMunicipalityHoldsASeminarAndItCountsInTheMonitoring()
    {
        var seversk = await app.LoginAsync("seversk");
        var today = DemoToday.Day;
        var noPlace = await seversk.PostFormAsync("/Events", "/Events", new()
        {
            ["Form.Kind"] = "Seminar", ["Form.Title"] = "Семинар «Наставник и молодой педагог»", ["Form.StartsOn"] = today.ToString("yyyy-MM-dd"),
        });
        (await noPlace.Content.ReadAsStringAsync()).ShouldContain("Укажите место проведения или ссылку на онлайн-трансляцию.");
        var created = await seversk.PostFormAsync("/Events", "/Events", new()
        {
            ["Form.Kind"] = "Seminar", ["Form.Title"] = "Семинар «Наставник и молодой педагог»", ["Form.StartsOn"] = today.ToString("yyyy-MM-dd"),
            ["Form.Place"] = "Северск, ул. Ленина, 38", ["Form.Capacity"] = "3", ["Form.IsPublic"] = "true", ["Form.Time"] = "15:00",
        });
        var url = created.Headers.Location!.ToString();
        var eventId = int.Parse(url.Split('/').Last());

        // The coordinator registers two people of the municipality; a person of another municipality is refused.
        List<int> ours; int stranger;
        await using (var db = app.NewDbContext())
        {
            var seversky = await db.Users.Where(u => u.UserName == "seversk").Select(u => u.MunicipalityId).SingleAsync();
            ours = await db.Mentors.Where(m => m.Person!.Organization!.MunicipalityId == seversky && !m.Person.IsArchived && m.Person.Email != null).OrderBy(m => m.Id).Select(m => m.PersonId).Take(2).ToListAsync();
            stranger = await db.Mentors.Where(m => m.Person!.Organization!.MunicipalityId != seversky).Select(m => m.PersonId).FirstAsync();
        }
        async Task Register(params int[] people)
        {
            var content = people.Select(p => new KeyValuePair<string, string>("personIds", p.ToString())).ToList();
            content.Add(new("__RequestVerificationToken", AuthenticatedClient.Antiforgery(await seversk.GetStringAsync(url))));
            (await seversk.PostAsync(url + "?handler=Register", new FormUrlEncodedContent(content))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }
        await Register(stranger);
        (await seversk.GetStringAsync(url)).ShouldContain("Некоторые выбранные люди не найдены в базах вашей организации (территории).");
        await Register([.. ours]);
        (await seversk.PostFormAsync(url, url + "?handler=Invite", new() { ["fullName"] = "Петрова Анна Ивановна", ["email"] = "не почта" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await seversk.GetStringAsync(url)).ShouldContain("Адрес «не почта» не похож на адрес электронной почты.");
        (await seversk.PostFormAsync(url, url + "?handler=Invite", new() { ["fullName"] = "Петрова Анна Ивановна", ["email"] = "petrova@example.ru", ["organization"] = "ТГПУ" }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);

        // The mentor of school 76 sees the event in his calendar and registers himself — there are no seats left.
        var mentor = await app.LoginAsync("mentor76");
        (await mentor.GetStringAsync($"/Events?month={today:yyyy-MM}")).ShouldContain($"/Events/Details/{eventId}");
        (await mentor.PostFormAsync(url, url + "?handler=RegisterSelf", [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await mentor.GetStringAsync(url)).ShouldContain("Мест нет: зарегистрировано 3 из 3.");
        (await (await app.LoginAsync("curator2")).GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound); // another municipality's event

        // Attendance: the two registered people came, the guest did not; then the result document.
        var participants = new HtmlParser().ParseDocument(await seversk.GetStringAsync(url)).QuerySelectorAll("#participants input[name=attended]").Select(i => i.GetAttribute("value")!).ToList();
        participants.Count.ShouldBe(3);
        int guest;
        await using (var db = app.NewDbContext()) guest = await db.EventParticipants.Where(p => p.EventId == eventId && p.Invited).Select(p => p.Id).SingleAsync();
        var attendance = participants.Where(p => p != guest.ToString()).Select(p => new KeyValuePair<string, string>("attended", p)).ToList();
        attendance.Add(new("__RequestVerificationToken", AuthenticatedClient.Antiforgery(await seversk.GetStringAsync(url))));
        (await seversk.PostAsync(url + "?handler=Attendance", new FormUrlEncodedContent(attendance))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var stamp = new HtmlParser().ParseDocument(await seversk.GetStringAsync(url)).QuerySelector("input[name=stamp]")!.GetAttribute("value")!;
        (await seversk.PostFormAsync(url, url + "?handler=Held", new() { ["stamp"] = stamp, ["resultDocument"] = "" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await seversk.GetStringAsync(url)).ShouldContain("Укажите распоряжение (приказ) об итогах мероприятия: номер и дату.");
        (await seversk.PostFormAsync(url, url + "?handler=Held", new() { ["stamp"] = Guid.NewGuid().ToString(), ["resultDocument"] = "№ 15" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await seversk.GetStringAsync(url)).ShouldContain("Запись уже изменил другой пользователь");
        (await seversk.PostFormAsync(url, url + "?handler=Held", new() { ["stamp"] = stamp, ["resultDocument"] = "распоряжение № 15 от " + today.ToString("dd.MM.yyyy") })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var card = new HtmlParser().ParseDocument(await seversk.GetStringAsync(url));
        card.QuerySelector("#event-status")!.TextContent.ShouldStartWith("проведено; итоги: распоряжение № 15");
        card.QuerySelector("#attended")!.TextContent.ShouldBe("2");

        // The dashboard of the municipality counts it (its own event: in the total) with its two attendees.
        var dashboard = new HtmlParser().ParseDocument(await seversk.GetStringAsync($"/Monitoring?year={today.Year}"));
        dashboard.QuerySelector("[data-metric=EventsHeld] [data-role=value]")!.TextContent.ShouldBe("1");
        dashboard.QuerySelector("[data-metric=EventParticipants] [data-role=value]")!.TextContent.ShouldBe("2");

        // The attendance list in Excel is the organizers' (personal data); the month's calendar in Excel is everyone's.
        var list = await LibreOffice.ReadXlsxAsync(await seversk.GetByteArrayAsync(url + "?handler=Xlsx"));
        list.ShouldContain("Петрова Анна Ивановна");
        list.ShouldContain("petrova@example.ru");
        (await mentor.GetAsync(url + "?handler=Xlsx")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await LibreOffice.ReadXlsxAsync(await mentor.GetByteArrayAsync($"/Events?handler=Xlsx&month={today:yyyy-MM}"))).ShouldContain("Семинар «Наставник и молодой педагог»");

        var ics = await seversk.GetStringAsync("/Events?handler=Ics");
        ics.ShouldStartWith("BEGIN:VCALENDAR");
        // «15:00» in Tomsk (UTC+7, the demo region's zone) is 08:00 UTC: every calendar shows it at the right hour.
        ics.ShouldContain("X-WR-TIMEZONE:Asia/Tomsk");
        ics.ShouldContain($"DTSTART:{today:yyyyMMdd}T080000Z");
        ics.ShouldContain("SUMMARY:Семинар «Наставник и молодой педагог» (семинар)");
    }

    [Fact]
    public async Task TwentyRegistrationsAtOnceForFiveSeatsRegisterExactlyFive()
    {
        var seversk = await app.LoginAsync("seversk");
        var created = await seversk.PostFormAsync("/Events", "/Events", new()
        {
            ["Form.Kind"] = "MasterClass", ["Form.Title"] = $"Мастер-класс на пять мест {Guid.NewGuid():N}",
            ["Form.StartsOn"] = DateTime.Today.AddDays(10).ToString("yyyy-MM-dd"), ["Form.Place"] = "Северск, ул. Ленина, 38", ["Form.Capacity"] = "5",
        });
        var url = created.Headers.Location!.ToString();
        var eventId = int.Parse(url.Split('/').Last());
        List<int> people;
        await using (var db = app.NewDbContext())
        {
            var seversky = await db.Users.Where(u => u.UserName == "seversk").Select(u => u.MunicipalityId).SingleAsync();
            people = await db.People.Where(p => p.Organization!.MunicipalityId == seversky && !p.IsArchived).OrderBy(p => p.Id).Select(p => p.Id).Take(20).ToListAsync();
        }
        people.Count.ShouldBe(20);

        // Twenty organizers' sessions, each with its own form, post at the same moment.
        var forms = new List<(HttpClient Client, FormUrlEncodedContent Form)>();
        foreach (var person in people)
        {
            var client = await app.LoginAsync("seversk");
            var token = AuthenticatedClient.Antiforgery(await client.GetStringAsync(url));
            forms.Add((client, new FormUrlEncodedContent([new("personIds", person.ToString()), new("__RequestVerificationToken", token)])));
        }
        var responses = await Task.WhenAll(forms.Select(f => f.Client.PostAsync(url + "?handler=Register", f.Form)));
        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.Redirect);
        var shown = await Task.WhenAll(forms.Select(f => f.Client.GetStringAsync(url)));

        await using (var db = app.NewDbContext()) (await db.EventParticipants.CountAsync(p => p.EventId == eventId)).ShouldBe(5, "the event is overbooked");
        shown.Count(html => html.Contains("Участники зарегистрированы.")).ShouldBe(5);
        shown.Count(html => html.Contains("Мест нет: зарегистрировано 5 из 5.")).ShouldBe(15);
    }
}

public sealed class EventHttpTestsOnPostgres(PostgresApp app) : EventHttpTests<PostgresApp>(app);
public sealed class EventHttpTestsOnSqlite(SqliteApp app) : EventHttpTests<SqliteApp>(app);
