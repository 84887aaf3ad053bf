using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nastavnik.Domain.Files;
using Nastavnik.Domain.Registries;
using Nastavnik.Domain.Training;
using Nastavnik.Web.Data.Seeding;
using Nastavnik.Web.Infrastructure.Auth;
using Nastavnik.Web.Tests.Infrastructure;
using Shouldly;

namespace Nastavnik.Web.Tests.Training;

/// <summary>A school's curator runs a course: creates it, enrols a mentor by an order, records his certificate with its
/// scan — and the mentor's card says «обучение пройдено»; each user sees and changes only his scope's courses and people.</summary>
public abstract class TrainingHttpTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    private static Dictionary<string, string> CourseForm(string name, string kind = "AdvancedTraining", string hours = "36") => new()
    {
        ["Input.Name"] = name, ["Input.Kind"] = kind, ["Input.Provider"] = "ТОИПКРО", ["Input.Hours"] = hours,
        ["Input.StartsOn"] = "2026-10-05", ["Input.EndsOn"] = "2026-10-30",
    };

    private static async Task<int> CreateCourseAsync(HttpClient client, string name)
    {
        var created = await client.PostFormAsync("/Training/Edit", "/Training/Edit", CourseForm(name));
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect, await created.Content.ReadAsStringAsync());
        return int.Parse(created.Headers.Location!.ToString().Split('/').Last());
    }

    private static Task<HttpResponseMessage> EnrolAsync(HttpClient client, int course, int person, string role, string order = "45-од", string date = "2026-10-01") =>
        client.PostFormAsync($"/Training/Details/{course}", $"/Training/Details/{course}?handler=Enrol", new()
        {
            ["role"] = role, ["personIds"] = person.ToString(), ["OrderNumber"] = order, ["OrderDate"] = date,
        });

    [Fact]
    public async Task TheCuratorEnrolsAMentorByAnOrderAndHisCertificateMakesHisTrainingPassed()
    {
        var curator = await app.LoginAsync("curator76");
        var tag = Guid.NewGuid().ToString("N")[..6];
        (await (await curator.PostFormAsync("/Training/Edit", "/Training/Edit", CourseForm(" "))).Content.ReadAsStringAsync())
            .ShouldContain("Укажите название программы обучения.");
        (await (await curator.PostFormAsync("/Training/Edit", "/Training/Edit", CourseForm("КПК " + tag, hours: "8"))).Content.ReadAsStringAsync())
            .ShouldContain("Программа повышения квалификации — не менее 16 часов.");
        var course = await CreateCourseAsync(curator, "КПК наставников " + tag);

        var people = await app.PeopleAsync(curator, menteeConsent: false, mentorPrepared: false);
        var details = $"/Training/Details/{course}";
        (await curator.GetStringAsync(details + "?role=Mentor")).ShouldContain($"<option value=\"{people.MentorPerson}\">");
        var noOrder = await (await EnrolAsync(curator, course, people.MentorPerson, "Mentor", order: " ")).Content.ReadAsStringAsync();
        noOrder.ShouldContain("Укажите номер приказа о зачислении.");
        noOrder.ShouldContain("value=\"2026-10-01\""); // what was typed stays in the form
        (await (await EnrolAsync(curator, course, people.MenteePerson, "Mentor")).Content.ReadAsStringAsync()).ShouldContain("нет в базе наставников");
        (await EnrolAsync(curator, course, people.MentorPerson, "Mentor")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        int enrolment;
        await using (var db = app.NewDbContext())
            enrolment = await db.CourseEnrolments.Where(e => e.CourseId == course && e.PersonId == people.MentorPerson).Select(e => e.Id).SingleAsync();
        (await curator.GetStringAsync($"/Mentors/Details/{people.Mentor}")).ShouldContain("<strong id=\"training-status\">не проводилось</strong>");

        // A file that is not what its name says refuses the whole completion: nothing is recorded.
        var complete = $"/Training/Complete/{enrolment}";
        var fields = new Dictionary<string, string> { ["Input.DocumentKind"] = "Certificate", ["Input.DocumentNumber"] = "702400555", ["Input.DocumentDate"] = "2026-10-30" };
        var bad = await curator.PostMultipartAsync(complete, complete, fields, ("file", "udostoverenie.pdf", "не PDF"u8.ToArray()));
        (await bad.Content.ReadAsStringAsync()).ShouldContain("содержимое не соответствует расширению .pdf");
        var early = new Dictionary<string, string>(fields) { ["Input.DocumentDate"] = "2026-09-01" };
        (await (await curator.PostMultipartAsync(complete, complete, early)).Content.ReadAsStringAsync())
            .ShouldContain("Документ не может быть выдан раньше начала обучения (05.10.2026).");
        await using (var db = app.NewDbContext())
        {
            (await db.CourseEnrolments.SingleAsync(e => e.Id == enrolment)).IsCompleted.ShouldBeFalse();
            (await db.Mentors.SingleAsync(m => m.Id == people.Mentor)).TrainingStatus.ShouldBe(PreparationStatus.NotDone);
        }

        var scan = "%PDF-1.4 удостоверение 702400555"u8.ToArray();
        (await curator.PostMultipartAsync(complete, complete, fields, ("file", "udostoverenie.pdf", scan))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        int fileId;
        await using (var db = app.NewDbContext())
        {
            var e = await db.CourseEnrolments.SingleAsync(x => x.Id == enrolment);
            (e.DocumentKind, e.DocumentNumber, e.DocumentDate).ShouldBe((TrainingDocumentKind.Certificate, "702400555", new DateOnly(2026, 10, 30)));
            (await db.Mentors.SingleAsync(m => m.Id == people.Mentor)).TrainingStatus.ShouldBe(PreparationStatus.Passed);
            e.PreparationId.ShouldNotBeNull();
            fileId = await db.Files.Where(f => f.Owner == FileOwner.CourseCompletion && f.OwnerId == enrolment).Select(f => f.Id).SingleAsync();
        }
        var card = await curator.GetStringAsync($"/Mentors/Details/{people.Mentor}");
        card.ShouldContain("<strong id=\"training-status\">пройдено</strong>");
        card.ShouldContain("удостоверение о повышении квалификации № 702400555 от 30.10.2026");
        (await curator.GetByteArrayAsync($"/files/{fileId}")).ShouldBe(scan);
        (await (await app.LoginAsync("curator2")).GetAsync($"/files/{fileId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // The course page and the list show the finished mentor; a finished one is not removed, a course with documents not deleted.
        var page = new HtmlParser().ParseDocument(await curator.GetStringAsync(details));
        page.QuerySelector("#counts")!.TextContent.ShouldBe("зачислено: 1, завершили: 1");
        page.QuerySelector("#people")!.TextContent.ShouldContain("№ 702400555 от 30.10.2026");
        var row = new HtmlParser().ParseDocument(await curator.GetStringAsync("/Training?q=" + Uri.EscapeDataString("кпк НАСТАВНИКОВ " + tag))).QuerySelectorAll("#courses tbody tr").ShouldHaveSingleItem();
        row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ShouldBe(["КПК наставников " + tag, "ДПО: повышение квалификации (КПК)", "ТОИПКРО", "36",
            "05.10.2026 – 30.10.2026", await SchoolNameAsync() + " (образовательная организация)", "1", "1"], ignoreOrder: false);
        await curator.PostFormAsync(details, details + "?handler=Remove", new() { ["enrolmentId"] = enrolment.ToString() });
        (await curator.GetStringAsync(details)).ShouldContain("Нельзя убрать из программы: обучение завершено");
        await curator.PostFormAsync(details, details + "?handler=Delete", new() { ["stamp"] = "" });
        (await curator.GetStringAsync(details)).ShouldContain("Программу нельзя удалить: по ней уже выданы документы об обучении (1).");
        var xlsx = await curator.GetAsync("/Training?handler=Xlsx&q=" + tag);
        xlsx.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    [Fact]
    public async Task AnotherMunicipalitysCoordinatorNeitherSeesNorChangesTheCourseOrItsPeople()
    {
        var seversk = await app.LoginAsync("seversk");
        var tag = Guid.NewGuid().ToString("N")[..6];
        var course = await CreateCourseAsync(seversk, "Школа наставника " + tag);
        int tomskPerson, severskPerson, smirnova, regional;
        await using (var db = app.NewDbContext())
        {
            regional = await db.TrainingCourses.Where(c => c.MunicipalityId == null).Select(c => c.Id).FirstAsync();
            tomskPerson = await db.Mentors.Where(m => m.Person!.Organization!.Municipality!.Name == "Город Томск" && !m.IsArchived
                && !db.CourseEnrolments.Any(e => e.PersonId == m.PersonId)).OrderBy(m => m.Id).Select(m => m.PersonId).FirstAsync();
            severskPerson = await db.Mentors.Where(m => m.Person!.Organization!.Name.Contains(DemoData.School76)).OrderByDescending(m => m.Id).Select(m => m.PersonId).FirstAsync();
            smirnova = await db.CourseEnrolments.Where(e => e.CourseId == regional && db.People.Any(p => p.Id == e.PersonId && p.LastName == "Смирнова")).Select(e => e.Id).SingleAsync();
        }
        (await (await EnrolAsync(seversk, course, tomskPerson, "Mentor")).Content.ReadAsStringAsync()).ShouldContain("Некоторые выбранные люди не найдены");
        (await EnrolAsync(seversk, course, severskPerson, "Mentor")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var tomsk = await TomskCoordinatorAsync();
        (await tomsk.GetAsync($"/Training/Details/{course}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await tomsk.GetAsync($"/Training/Edit/{course}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        new HtmlParser().ParseDocument(await tomsk.GetStringAsync("/Training?q=" + tag)).QuerySelector("#no-courses").ShouldNotBeNull();
        new HtmlParser().ParseDocument(await seversk.GetStringAsync("/Training?q=" + tag)).QuerySelectorAll("#courses tbody tr").ShouldHaveSingleItem();
        (await EnrolAsync(tomsk, regional, tomskPerson, "Mentor", date: "2025-09-01")).StatusCode.ShouldBe(HttpStatusCode.Redirect); // the region's course: yes
        var enrolled = await tomsk.PostAsync($"/Training/Details/{course}?handler=Enrol", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["role"] = "Mentor", ["personIds"] = tomskPerson.ToString(), ["OrderNumber"] = "1", ["OrderDate"] = "2026-10-01",
            ["__RequestVerificationToken"] = AuthenticatedClient.Antiforgery(await tomsk.GetStringAsync("/Training")),
        }));
        enrolled.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.LoginAsync("curator2")).GetAsync($"/Training/Details/{course}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // The region's course is everyone's, its people each scope's own: Tomsk sees Кузнецова, not Seversk's Смирнова.
        var people = new HtmlParser().ParseDocument(await tomsk.GetStringAsync($"/Training/Details/{regional}")).QuerySelector("#people")!.TextContent;
        people.ShouldContain("Кузнецова Ольга Николаевна");
        people.ShouldNotContain("Смирнова Елена Викторовна");
        (await tomsk.GetAsync($"/Training/Complete/{smirnova}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await tomsk.GetAsync($"/Training/Edit/{regional}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.LoginAsync("seversk")).GetStringAsync($"/Training/Details/{regional}")).ShouldContain("Смирнова Елена Викторовна");
    }

    private async Task<string> SchoolNameAsync()
    {
        await using var db = app.NewDbContext();
        return await db.Organizations.Where(o => o.Name.Contains(DemoData.School76)).Select(o => o.ShortName ?? o.Name).SingleAsync();
    }

    /// <summary>A coordinator of Город Томск (the demo has none): made once per app, signed in through the form.</summary>
    private async Task<HttpClient> TomskCoordinatorAsync()
    {
        const string login = "tomsk-training";
        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            if (await users.FindByNameAsync(login) is null)
            {
                var db = scope.ServiceProvider.GetRequiredService<Web.Data.AppDbContext>();
                var tomsk = await db.Municipalities.SingleAsync(m => m.Name == "Город Томск");
                var user = new AppUser { UserName = login, FullName = "Координатор Томска", Role = UserRole.MunicipalCoordinator, RegionId = tomsk.RegionId, MunicipalityId = tomsk.Id };
                user.Grants.Add(RoleGrant.For(user.Id, user.Scope, DateTimeOffset.UtcNow, null));
                user.ActivatedAt = DateTimeOffset.UtcNow;
                (await users.CreateAsync(user, DemoSeeder.DemoPassword)).Succeeded.ShouldBeTrue();
            }
        }
        return await app.LoginAsync(login);
    }
}

public sealed class TrainingHttpTestsOnPostgres(PostgresApp app) : TrainingHttpTests<PostgresApp>(app);
public sealed class TrainingHttpTestsOnSqlite(SqliteApp app) : TrainingHttpTests<SqliteApp>(app);
