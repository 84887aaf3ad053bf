using System.Net;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nastavnik.Domain.Files;
using Nastavnik.Domain.Monitoring;
using Nastavnik.Domain.Practices;
using Nastavnik.Domain.Questionnaires;
using Nastavnik.Domain.Roadmaps;
using Nastavnik.Web.Data;
using Nastavnik.Web.Features.Contests;
using Nastavnik.Web.Features.Monitoring.Campaigns;
using Nastavnik.Web.Features.Publications;
using Nastavnik.Web.Features.Questionnaires;
using Nastavnik.Web.Infrastructure.Auth;
using Nastavnik.Web.Tests.Infrastructure;
using Shouldly;

namespace Nastavnik.Web.Tests.Access;

/// <summary>
/// Every page and endpoint of the app, taken from its endpoint data source (not a hand list), requested by an anonymous
/// visitor and by each demo role, for a record inside and outside the user's scope where the route names one; the answers
/// must equal the reviewed matrix in AuthorizationMatrix.txt (200, 404, 401 for the API, L = redirect to the login page,
/// D = redirect to «доступ запрещён»). A new endpoint is not in the file, so the test fails until its rule is written.
/// Side-effecting methods (POST, PUT) are requested anonymously only: each must refuse before doing anything.
/// Regenerate after a deliberate change with NASTAVNIK_WRITE_MATRIX=1, then review the diff.
/// </summary>
public abstract class AuthorizationMatrixTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    private static readonly string[] Roles = ["region", "seversk", "head76", "curator76", "curator2", "mentor76", "mentee76"];
    private const int Missing = 999999;

    private static string MatrixFile([CallerFilePath] string source = "") => Path.Combine(Path.GetDirectoryName(source)!, "AuthorizationMatrix.txt");

    /// <summary>Records in the scope of SOШ № 76 (ЗАТО Северск) and outside it (СОШ № 2 г. Томска), by route.</summary>
    private async Task<Dictionary<string, (int Inside, int Outside)>> RecordsAsync()
    {
        await using var db = app.NewDbContext();
        var school76 = await app.OrganizationIdAsync(DemoData.School76);
        var school2 = await app.OrganizationIdAsync(DemoData.School2Tomsk);
        async Task<(int, int)> Pair(Func<int, Task<int>> of) => (await of(school76), await of(school2));
        var mentee = await Pair(o => db.Mentees.Where(m => m.Person!.OrganizationId == o).OrderBy(m => m.Id).Select(m => m.Id).FirstAsync());
        var mentor = await Pair(o => db.Mentors.Where(m => m.Person!.OrganizationId == o).OrderBy(m => m.Id).Select(m => m.Id).FirstAsync());
        var person = await Pair(o => db.People.Where(p => p.OrganizationId == o).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());
        var seversk = await db.Organizations.Where(o => o.Id == school76).Select(o => o.MunicipalityId).SingleAsync();
        var tomsk = await db.Organizations.Where(o => o.Id == school2).Select(o => o.MunicipalityId).SingleAsync();
        var webinar = await db.Events.Where(e => e.MunicipalityId == seversk).Select(e => e.Id).FirstAsync();
        var forum = await db.Events.Where(e => e.MunicipalityId == null).Select(e => e.Id).FirstAsync();
        var course = await Pair(o => db.TrainingCourses.Where(c => db.Organizations.Any(x => x.Id == o && x.MunicipalityId == c.MunicipalityId) && c.OrganizationId == null)
            .OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());
        var enrolment = await Pair(o => db.CourseEnrolments.Where(e => db.People.Any(p => p.Id == e.PersonId && p.OrganizationId == o && p.Role == Domain.People.PersonRole.Manager))
            .OrderBy(e => e.Id).Select(e => e.Id).FirstAsync());
        var of76 = await SchoolRecordsAsync("curator76", DemoData.School76);
        var of2 = await SchoolRecordsAsync("curator2", DemoData.School2Tomsk);
        (int, int) Both(Func<SchoolRecords, int> id) => (id(of76), id(of2));
        return new()
        {
            // Programs (each with an active pair and a step's evidence file) of СОШ № 76 and of СОШ № 2 г. Томска.
            ["/api/v1/programs/{id:int}"] = Both(r => r.Program), ["/api/v1/programs/{id:int}/pairs"] = Both(r => r.Program),
            ["Programs/Details/{id:int}"] = Both(r => r.Program), ["Programs/Order/{id:int}"] = Both(r => r.Program),
            ["Programs/{id:int}/Matching"] = Both(r => r.Program), ["Pairs/{id:int}"] = Both(r => r.Pair),
            ["Roadmaps/Details/{id:int}"] = Both(r => r.Roadmap), ["Questionnaires/Details/{id:int}"] = Both(r => r.Questionnaire),
            // A campaign of the Seversk municipality (its answers of СОШ № 76) and one of the Tomsk municipality (СОШ № 2's answers).
            ["Monitoring/Campaigns/Details/{id:int}"] = Both(r => r.Campaign), ["Monitoring/Campaigns/Response/{id:int}"] = Both(r => r.CampaignResponse),
            // Published cases: open to every signed-in user and to the public pages, editable only inside the scope.
            ["Practices/View/{id:int}"] = Both(r => r.Case), ["Practices/Edit/{id:int?}"] = Both(r => r.Case), ["nastavnichestvo/practice/{id:int}"] = Both(r => r.Case),
            // A contest of each school; the scoring page is a juror's own assignment (seversk judges СОШ № 76's
            // application, region СОШ № 2's): nobody else opens it, not even the organizer.
            ["Contests/Details/{id:int}"] = Both(r => r.Contest), ["Contests/Score/{id:int}"] = Both(r => r.Assignment),
            // Evidence of a program step: for the program's staff, never public (not a published record).
            ["/files/{id:int}"] = Both(r => r.File), ["/nastavnichestvo/files/{id:int}"] = Both(r => r.File),
            // A news post is public once published, so «in» is СОШ № 76's published post and «out» СОШ № 2's unpublished one.
            ["nastavnichestvo/news/{id:int}"] = (of76.PublishedNews, of2.DraftNews),

            ["Mentees/Details/{id:int}"] = mentee, ["Mentees/Edit/{id:int?}"] = mentee, ["/api/v1/mentees/{id:int}"] = mentee,
            ["Mentors/Details/{id:int}"] = mentor, ["Mentors/Edit/{id:int?}"] = mentor, ["/api/v1/mentors/{id:int}"] = mentor,
            ["/api/v1/people/{id:int}"] = person, ["/api/v1/organizations/{id:int}"] = (school76, school2),
            ["nastavnichestvo/{level:regex(^(region|municipality|organization)$)}/{id:int}"] = (school76, school2),
            ["Events/Details/{id:int}"] = (webinar, forum), // the Seversk webinar is Seversk's; the regional forum everyone's
            // Courses of the Seversk and of the Tomsk municipality; a curator's enrolment (in the regional КПК) of each school.
            ["Training/Details/{id:int}"] = course, ["Training/Edit/{id:int?}"] = course, ["Training/Complete/{id:int}"] = enrolment,
            // The region's territory: organizations and municipalities read within the scope, changed by the regional operator only.
            ["Territory/Organization/{id:int?}"] = (school76, school2), ["Territory/Merge/{id:int}"] = (school76, school2),
            ["Territory/Municipality/{id:int?}"] = (seversk, tomsk), ["/api/v1/municipalities/{id:int}"] = (seversk, tomsk),
        };
    }

    private sealed record SchoolRecords(int Program, int Pair, int File, int Roadmap, int Questionnaire, int Campaign, int CampaignResponse,
        int Case, int Contest, int Assignment, int PublishedNews, int DraftNews);

    /// <summary>One record of each kind of a school, made by its curator (through the API) and its head and municipal
    /// coordinator (through the app's services).</summary>
    private async Task<SchoolRecords> SchoolRecordsAsync(string curator, string school)
    {
        var (client, program) = await app.ProgramAsync(requiresPreparation: false, curator, school,
            form: curator == "curator76" ? "TeacherPupil" : "TeacherTeacher");
        var pair = await client.ActivePairAsync(program, curator == "curator76" ? await DemoPairPeopleAsync(client)
            : await app.PeopleAsync(client, menteeConsent: true, mentorPrepared: true, school: school));
        var organization = await app.OrganizationIdAsync(school);
        using var services = app.Services.CreateScope();
        var sp = services.ServiceProvider;
        var db = sp.GetRequiredService<AppDbContext>();
        db.Actor.UserName = "тест";
        var now = DateTimeOffset.UtcNow;
        var owner = await db.Organizations.Where(o => o.Id == organization).Select(o => new { o.MunicipalityId, o.Municipality!.RegionId }).SingleAsync();
        var head = new UserScope(UserRole.OrganizationHead, owner.RegionId, owner.MunicipalityId, organization, null);
        var coordinator = new UserScope(UserRole.MunicipalCoordinator, owner.RegionId, owner.MunicipalityId, null, null);

        var step = await db.ProgramSteps.Where(s => s.ProgramId == program).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
        var file = StoredFile.Create(FileOwner.ProgramStep, step, "prikaz.txt", "text/plain", "Приказ о наставничестве"u8.ToArray(), now);
        db.Files.Add(file);
        var roadmap = new Roadmap
        {
            Level = RoadmapLevel.Organization, OrganizationId = organization, Title = "Дорожная карта " + school,
            PeriodStart = new DateOnly(2026, 1, 1), PeriodEnd = new DateOnly(2027, 12, 31), CreatedAt = now,
        };
        db.Roadmaps.Add(roadmap);
        var practice = new PracticeCase
        {
            OrganizationId = organization, Title = "Практика " + school, Problem = "Адаптация", Solution = "Пары", Results = "Остались в школе",
            Status = CaseStatus.Published, PublishedOn = db.Today
        };
        db.Cases.Add(practice);
        await db.SaveChangesAsync();

        var questionnaire = await sp.GetRequiredService<QuestionnaireService>().CreateAsync(head, QuestionnaireKind.Satisfaction, organization);
        var campaigns = sp.GetRequiredService<CampaignService>();
        var campaign = await campaigns.OpenAsync(coordinator, CampaignKind.Intermediate, "Мониторинг " + school, 2026, db.Today.AddDays(20), default);
        var response = await db.CampaignResponses.Where(r => r.CampaignId == campaign.Id && r.OrganizationId == organization).Select(r => r.Id).SingleAsync();

        var contests = sp.GetRequiredService<ContestService>();
        var contest = await contests.CreateAsync(head, "Конкурс " + school, 2026, db.Today.AddDays(30), null, "Лучшая практика", "Результативность; 10", default);
        var application = await contests.ApplyAsync(head, contest.Id, "Лучшая практика", "Заявка " + school, null, null, null, "тест", default);
        var juror = curator == "curator76" ? "seversk" : "region";
        await contests.AddExpertAsync(head, contest.Id, juror);
        var expert = await db.ContestExperts.Where(e => e.ContestId == contest.Id).Select(e => e.Id).SingleAsync();
        await contests.AssignAsync(head, contest.Id, application.Id, expert);
        var assignment = await db.ContestAssignments.Where(a => a.ApplicationId == application.Id).Select(a => a.Id).SingleAsync();

        var news = sp.GetRequiredService<NewsService>();
        var published = await news.CreateAsync(head, "Новость " + school, "Открыт набор наставников.", null);
        await news.PublishAsync(head, published.Id);
        var draft = await news.CreateAsync(head, "Черновик " + school, "Ещё не опубликовано.", null);
        return new SchoolRecords(program, pair, file.Id, roadmap.Id, questionnaire.Id, campaign.Id, response, practice.Id, contest.Id, assignment, published.Id, draft.Id);
    }

    /// <summary>Query strings a route needs besides its id (the order is downloaded by its number: the driver's «15-од»).</summary>
    private static readonly Dictionary<string, string> Queries = new() { ["Programs/Order/{id:int}"] = "?number=15-%D0%BE%D0%B4" };

    /// <summary>The demo users mentor76 and mentee76 as a pair of СОШ № 76, so that the pair's own members are checked too.</summary>
    private async Task<PairPeople> DemoPairPeopleAsync(HttpClient curator)
    {
        await using var db = app.NewDbContext();
        var mentorPerson = await db.Users.Where(u => u.UserName == "mentor76").Select(u => u.PersonId!.Value).SingleAsync();
        var menteePerson = await db.Users.Where(u => u.UserName == "mentee76").Select(u => u.PersonId!.Value).SingleAsync();
        var people = new PairPeople(await db.Mentors.Where(m => m.PersonId == mentorPerson).Select(m => m.Id).SingleAsync(), mentorPerson,
            await db.Mentees.Where(m => m.PersonId == menteePerson).Select(m => m.Id).SingleAsync(), menteePerson);
        foreach (var person in new[] { mentorPerson, menteePerson })
            await curator.PostAsJsonAsync($"/api/v1/people/{person}/consents", new { givenOn = "2026-09-01" });
        return people;
    }

    private static string Url(string pattern, int id) => UrlPath(pattern, id) + Queries.GetValueOrDefault(pattern, "");

    private static string UrlPath(string pattern, int id) => "/" + System.Text.RegularExpressions.Regex.Replace(pattern.TrimStart('/'), "\\{([a-zA-Z]+)(:[^}]*)?\\??\\}", m =>
        m.Groups[1].Value switch
        {
            "level" => "organization",
            "documentName" => "v1",
            "token" => "no-such-token",
            _ when m.Groups[2].Value.Contains("guid") => "00000000-0000-0000-0000-00000000abcd",
            "id" => id.ToString(),
            _ => Missing.ToString(),
        }).Replace("{", "").Replace("}", "");

    private static string Code(HttpResponseMessage r) => r.StatusCode switch
    {
        HttpStatusCode.Redirect or HttpStatusCode.Found when r.Headers.Location?.ToString().Contains("/Account/Login") == true => "L",
        HttpStatusCode.Redirect or HttpStatusCode.Found when r.Headers.Location?.ToString().Contains("/Account/Denied") == true => "D",
        var s => ((int)s).ToString(),
    };

    [Fact]
    public async Task EveryEndpointAnswersEachRoleAsTheMatrixSays()
    {
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { Length: > 0 })
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET", "POST"]).Select(m => (Method: m, Pattern: e.RoutePattern.RawText!)))
            .Distinct().OrderBy(e => e.Pattern, StringComparer.Ordinal).ThenBy(e => e.Method).ToList();
        endpoints.Count.ShouldBeGreaterThan(80);
        var records = await RecordsAsync();
        var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var users = new List<(string Name, HttpClient Client)>();
        foreach (var role in Roles) users.Add((role, await app.LoginAsync(role)));

        var lines = new List<string>();
        foreach (var (method, pattern) in endpoints)
        {
            var variants = records.TryGetValue(pattern, out var r) ? new[] { ("in", r.Inside), ("out", r.Outside) } : [("", Missing)];
            foreach (var (variant, id) in variants)
            {
                var url = Url(pattern, id);
                var line = new StringBuilder($"{method} {pattern}{(variant == "" ? "" : $" [{variant}]")}: anonymous={Code(await anonymous.SendAsync(new HttpRequestMessage(new HttpMethod(method), url)))}");
                if (method == "GET")
                    foreach (var (name, client) in users) line.Append($" {name}={Code(await client.GetAsync(url))}");
                lines.Add(line.ToString());
            }
        }

        var observed = string.Join('\n', lines) + "\n";
        if (Environment.GetEnvironmentVariable("NASTAVNIK_WRITE_MATRIX") == "1") await File.WriteAllTextAsync(MatrixFile(), observed);
        var expected = (await File.ReadAllTextAsync(MatrixFile())).Replace("\r\n", "\n");
        var missingRules = lines.Where(l => !expected.Contains(l.Split(':')[0] + ":")).ToList();
        missingRules.ShouldBeEmpty("endpoints without a rule in AuthorizationMatrix.txt");
        var differing = lines.Where(l => !expected.Split('\n').Contains(l)).ToList();
        differing.ShouldBeEmpty("answers that differ from AuthorizationMatrix.txt");
        expected.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(lines.Count, "rules for endpoints that no longer exist");
    }
}

public sealed class AuthorizationMatrixTestsOnPostgres(PostgresApp app) : AuthorizationMatrixTests<PostgresApp>(app);
public sealed class AuthorizationMatrixTestsOnSqlite(SqliteApp app) : AuthorizationMatrixTests<SqliteApp>(app);
