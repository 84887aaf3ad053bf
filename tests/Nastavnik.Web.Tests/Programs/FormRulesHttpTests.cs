using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nastavnik.Domain.Questionnaires;
using Nastavnik.Matching.Scoring;
using Nastavnik.Web.Data;
using Nastavnik.Web.Features.Matching;
using Nastavnik.Web.Infrastructure.Auth;
using Nastavnik.Web.Tests.Infrastructure;
using Shouldly;

namespace Nastavnik.Web.Tests.Programs;

/// <summary>Seed 003: a program's form says who may be mentor and mentee. A «учитель – учитель» program offers only staff as
/// mentees and refuses a pupil; a pupil never receives the teachers' questionnaire.</summary>
public abstract class FormRulesHttpTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    private async Task<int> ProgramAsync(HttpClient client, string form)
    {
        var response = await client.PostAsJsonAsync("/api/v1/programs", new
        {
            organizationId = await app.OrganizationIdAsync(DemoData.School76), name = $"Форма {form} {Guid.NewGuid():N}",
            form, startsOn = "2026-09-01", endsOn = "2027-05-31", template = "School", requiresMentorPreparation = false,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    /// <summary>A mentee (or mentor) of the school of the given category; returns (registry id, person id).</summary>
    private async Task<(int Id, int Person)> PersonAsync(HttpClient client, string registry, string lastName, string role)
    {
        var pupil = role == "Pupil";
        var person = new
        {
            organizationId = await app.OrganizationIdAsync(DemoData.School76), lastName, firstName = pupil ? "Ваня" : "Анна",
            birthDate = pupil ? $"{DemoToday.Day.Year - 12}-02-01" : "1998-04-04", role, grade = pupil ? "6А" : null,
        };
        var response = registry == "mentees"
            ? await client.PostAsJsonAsync("/api/v1/mentees", new { person, category = pupil ? "Pupil" : "YoungSpecialist" })
            : await client.PostAsJsonAsync("/api/v1/mentors", new { person, capacity = 3 });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("id").GetInt32(), body.GetProperty("person").GetProperty("id").GetInt32());
    }

    private static List<string> Options(string html, string selectId) =>
        Regex.Matches(Regex.Match(html, $"<select[^>]*id=\"{selectId}\"[^>]*>(.*?)</select>", RegexOptions.Singleline).Groups[1].Value, "<option value=\"\\d+\">([^<]+)</option>")
            .Select(m => m.Groups[1].Value.Trim()).ToList();

    [Fact]
    public async Task ATeacherTeacherProgramOffersOnlyStaffAsMenteesAndRefusesAPupilNamingTheForm()
    {
        var client = await app.LoginAsync("curator76");
        var tag = Guid.NewGuid().ToString("N")[..6];
        var mentor = await PersonAsync(client, "mentors", "Опытнова" + tag, "Teacher");
        var teacher = await PersonAsync(client, "mentees", "Молодова" + tag, "Teacher");
        var pupil = await PersonAsync(client, "mentees", "Ученичков" + tag, "Pupil");
        var teachers = await ProgramAsync(client, "TeacherTeacher");

        var page = await client.GetStringAsync($"/Programs/Details/{teachers}");
        var mentees = Options(page, "pair-mentee");
        mentees.ShouldContain(m => m.StartsWith("Молодова" + tag));
        mentees.ShouldNotContain(m => m.StartsWith("Ученичков" + tag));
        Options(page, "pair-mentor").ShouldContain(m => m.StartsWith("Опытнова" + tag));
        page.ShouldContain("Форма «учитель – учитель»: наставники — педагог, руководитель; наставляемые — педагог, руководитель.");

        var refused = await client.PostAsJsonAsync($"/api/v1/programs/{teachers}/pairs", new { mentorId = mentor.Id, menteeId = pupil.Id });
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).ShouldContain(
            $"Форма наставничества программы «учитель – учитель»: наставляемым может быть только педагог или руководитель, а Ученичков{tag} Ваня — обучающийся.");
        var byForm = await client.PostFormAsync($"/Programs/Details/{teachers}", $"/Programs/Details/{teachers}?handler=ProposePair",
            new() { ["mentorId"] = mentor.Id.ToString(), ["menteeId"] = pupil.Id.ToString() });
        (await byForm.Content.ReadAsStringAsync()).ShouldContain("наставляемым может быть только педагог или руководитель");
        await using (var db = app.NewDbContext()) (await db.Pairs.CountAsync(p => p.ProgramId == teachers)).ShouldBe(0);

        var pupils = await ProgramAsync(client, "TeacherPupil");
        var pupilsPage = await client.GetStringAsync($"/Programs/Details/{pupils}");
        Options(pupilsPage, "pair-mentee").ShouldContain(m => m.StartsWith("Ученичков" + tag));
        Options(pupilsPage, "pair-mentee").ShouldNotContain(m => m.StartsWith("Молодова" + tag));
        var wrongMentee = await client.PostAsJsonAsync($"/api/v1/programs/{pupils}/pairs", new { mentorId = mentor.Id, menteeId = teacher.Id });
        (await wrongMentee.Content.ReadAsStringAsync()).ShouldContain("«педагог – ученик»: наставляемым может быть только обучающийся");
    }

    [Fact]
    public async Task TheMatchingPoolHoldsOnlyThePeopleTheProgramsFormAdmits()
    {
        var client = await app.LoginAsync("curator76");
        var tag = Guid.NewGuid().ToString("N")[..6];
        var mentor = await PersonAsync(client, "mentors", "Подборова" + tag, "Teacher");
        var teacher = await PersonAsync(client, "mentees", "Учителева" + tag, "Teacher");
        var pupil = await PersonAsync(client, "mentees", "Подборкин" + tag, "Pupil");
        var teachersProgram = await ProgramAsync(client, "TeacherTeacher");
        var pupilsProgram = await ProgramAsync(client, "PupilPupil");

        using var services = app.Services.CreateScope();
        var db = services.ServiceProvider.GetRequiredService<AppDbContext>();
        var pool = services.ServiceProvider.GetRequiredService<MatchingPool>();
        var curator = await db.Users.SingleAsync(u => u.UserName == "curator76");
        var scope = new UserScope(UserRole.Curator, curator.RegionId, curator.MunicipalityId, curator.OrganizationId, null);
        var teachers = await pool.LoadAsync(scope, await db.Programs.SingleAsync(p => p.Id == teachersProgram), CriterionWeights.Default, default);
        teachers.Mentees.Select(m => m.Key).ShouldContain(teacher.Id);
        teachers.Mentees.Select(m => m.Key).ShouldNotContain(pupil.Id);
        teachers.Mentors.Select(m => m.Key).ShouldContain(mentor.Id);
        var pupils = await pool.LoadAsync(scope, await db.Programs.SingleAsync(p => p.Id == pupilsProgram), CriterionWeights.Default, default);
        pupils.Mentees.Select(m => m.Key).ShouldContain(pupil.Id);
        pupils.Mentees.Select(m => m.Key).ShouldNotContain(teacher.Id);
        pupils.Mentors.Select(m => m.Key).ShouldNotContain(mentor.Id, "a teacher is no mentor in «ученик – ученик»");
    }

    [Fact]
    public async Task APupilReceivesThePupilsVersionOfTheCandidateQuestionnaireAndATeacherTheTeachers()
    {
        var client = await app.LoginAsync("curator76");
        var tag = Guid.NewGuid().ToString("N")[..6];
        var teacher = await PersonAsync(client, "mentees", "Педагогова" + tag, "Teacher");
        var pupil = await PersonAsync(client, "mentees", "Школьников" + tag, "Pupil");
        var org = await app.OrganizationIdAsync(DemoData.School76);
        var created = await client.PostFormAsync("/Questionnaires", "/Questionnaires", new() { ["kind"] = "CandidateMentee", ["organizationId"] = org.ToString() });
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var details = created.Headers.Location!.ToString();
        var teachersId = int.Parse(details.Split('/').Last());

        var form = await client.GetStringAsync(details);
        var invited = await client.PostAsync(details + "?handler=Invite", new FormUrlEncodedContent(
        [
            new("personIds", teacher.Person.ToString()), new("personIds", pupil.Person.ToString()), new("respondent", "Self"),
            new("__RequestVerificationToken", AuthenticatedClient.Antiforgery(form)),
        ]));
        invited.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await invited.Content.ReadAsStringAsync();
        var links = Regex.Matches(html, "<code class=\"user-select-all invitation-link\">https?://[^/]+(/q/[^<]+)</code>").Select(m => m.Groups[1].Value).ToList();
        links.Count.ShouldBe(2);
        html.ShouldContain("id=\"other-version\"");
        var pupilLink = Regex.Match(html, $"<li>Школьников{tag} Ваня: <code class=\"user-select-all invitation-link\">https?://[^/]+(/q/[^<]+)</code>").Groups[1].Value;
        pupilLink.ShouldStartWith("/q/");
        var teacherLink = links.Single(l => l != pupilLink);

        var phone = app.CreateClient(new() { AllowAutoRedirect = false });
        var pupilForm = await phone.GetStringAsync(pupilLink);
        pupilForm.ShouldContain("Анкета кандидата в наставляемые (для обучающихся)");
        pupilForm.ShouldContain("В чём вам нужна помощь?");
        pupilForm.ShouldNotContain("профессиональными затруднениями");
        var teacherForm = await phone.GetStringAsync(teacherLink);
        teacherForm.ShouldContain("Анкета кандидата в наставляемые (для педагогов)");
        teacherForm.ShouldContain("С какими профессиональными затруднениями вы сталкиваетесь?");

        await using var db = app.NewDbContext();
        var received = await db.Invitations.Where(i => i.PersonId == pupil.Person || i.PersonId == teacher.Person)
            .Join(db.Questionnaires, i => i.QuestionnaireId, q => q.Id, (i, q) => new { i.PersonId, q.Id, q.Audience, q.Kind }).ToListAsync();
        received.Single(r => r.PersonId == teacher.Person).ShouldBe(new { PersonId = (int?)teacher.Person, Id = teachersId, Audience = QuestionnaireAudience.Staff, Kind = QuestionnaireKind.CandidateMentee });
        var pupils = received.Single(r => r.PersonId == pupil.Person);
        (pupils.Audience, pupils.Kind).ShouldBe((QuestionnaireAudience.Learners, QuestionnaireKind.CandidateMentee));
        pupils.Id.ShouldNotBe(teachersId);
    }

    [Fact]
    public async Task AProgramsCandidateQuestionnaireTakesTheVersionOfThePeopleItsFormAdmits()
    {
        var client = await app.LoginAsync("curator76");
        var pupils = await ProgramAsync(client, "PupilPupil");
        var made = await client.PostFormAsync($"/Programs/Details/{pupils}", $"/Programs/Details/{pupils}?handler=Questionnaire", new() { ["kind"] = "CandidateMentor" });
        made.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await client.GetStringAsync(made.Headers.Location!.ToString());
        page.ShouldContain("Анкета кандидата в наставники (для обучающихся)");
        page.ShouldContain("В чём вы можете помочь другим ребятам?");
        page.ShouldNotContain("помочь коллегам");
    }
}

public sealed class FormRulesHttpTestsOnPostgres(PostgresApp app) : FormRulesHttpTests<PostgresApp>(app);
public sealed class FormRulesHttpTestsOnSqlite(SqliteApp app) : FormRulesHttpTests<SqliteApp>(app);
