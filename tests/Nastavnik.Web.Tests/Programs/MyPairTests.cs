using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Web.Tests.Infrastructure;
using Shouldly;

namespace Nastavnik.Web.Tests.Programs;

/// <summary>A mentor and a mentee see their own pair on their start page, and nothing else.</summary>
public abstract class MyPairTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Fact]
    public async Task TheMenteeSeesHisMentorAndTheMentorHisMentee()
    {
        await using var db = app.NewDbContext();
        var menteeUser = await db.Users.SingleAsync(u => u.UserName == "mentee76");
        var mentorUser = await db.Users.SingleAsync(u => u.UserName == "mentor76");
        var mentee = await db.Mentees.Include(m => m.Person).SingleAsync(m => m.PersonId == menteeUser.PersonId);
        var mentor = await db.Mentors.Include(m => m.Person).SingleAsync(m => m.PersonId == mentorUser.PersonId);

        var curator = await app.LoginAsync("curator76");
        foreach (var personId in new[] { mentee.PersonId, mentor.PersonId })
            (await curator.PostAsJsonAsync($"/api/v1/people/{personId}/consents", new { givenOn = DemoToday.Day.AddDays(-1).ToString("yyyy-MM-dd"), representativeName = "—" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var program = await (await curator.PostAsJsonAsync("/api/v1/programs", new
        {
            organizationId = mentee.Person!.OrganizationId, name = "Программа для личного кабинета", form = "TeacherPupil", startsOn = "2026-09-01", endsOn = "2027-05-31", template = "School", requiresMentorPreparation = false,
        })).Content.ReadFromJsonAsync<JsonElement>();
        var id = program.GetProperty("id").GetInt32();
        (await curator.PostAsJsonAsync($"/api/v1/programs/{id}/pairs", new { mentorId = mentor.Id, menteeId = mentee.Id })).StatusCode.ShouldBe(HttpStatusCode.Created);

        var menteePage = await (await app.LoginAsync("mentee76")).GetStringAsync("/");
        menteePage.ShouldContain("Программа для личного кабинета");
        menteePage.ShouldContain(mentor.Person!.LastName);
        menteePage.ShouldContain("Вы — наставляемый");
        var mentorPage = await (await app.LoginAsync("mentor76")).GetStringAsync("/");
        mentorPage.ShouldContain(mentee.Person.LastName);
        mentorPage.ShouldContain("Вы — наставник");
        mentorPage.Split("my-pair").Length.ShouldBe(2, "exactly one pair card: only his own pair");
    }
}

public sealed class MyPairTestsOnPostgres(PostgresApp app) : MyPairTests<PostgresApp>(app);
public sealed class MyPairTestsOnSqlite(SqliteApp app) : MyPairTests<SqliteApp>(app);
