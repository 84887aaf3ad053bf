using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Web.Tests.Infrastructure;
using Shouldly;

namespace Nastavnik.Web.Tests.Errors;

/// <summary>The API checks its input by the same rules as the pages (the input classes' attributes): a bad field is a 400
/// naming it with a Russian message, the same message the page shows, and nothing is stored.</summary>
public abstract class ApiValidationHttpTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    private async Task<object> PersonAsync(string? lastName, int? teachingExperienceYears = null) => new
    {
        organizationId = await app.OrganizationIdAsync(DemoData.School76), lastName, firstName = "Анна", birthDate = "1990-05-01",
        teachingExperienceYears,
    };

    private async Task<int> PeopleCountAsync()
    {
        await using var db = app.NewDbContext();
        return await db.People.CountAsync();
    }

    [Fact]
    public async Task ALongSurnameIsA400NamingTheFieldAndTheFormShowsTheSameMessage()
    {
        var curator = await app.LoginAsync("curator76");
        var before = await PeopleCountAsync();
        var surname = new string('Щ', 150);

        var response = await curator.PostAsJsonAsync("/api/v1/mentees", new { person = await PersonAsync(surname), category = "YoungSpecialist" });
        var messages = await response.ShouldNameFieldAsync("person.lastName");
        messages.ShouldContain(m => m.Contains("Фамилия"));

        var form = new Dictionary<string, string>
        {
            ["Input.Person.LastName"] = surname, ["Input.Person.FirstName"] = "Анна", ["Input.Person.BirthDate"] = "1990-05-01",
            ["Input.Person.OrganizationId"] = (await app.OrganizationIdAsync(DemoData.School76)).ToString(), ["Input.Category"] = "YoungSpecialist",
        };
        var page = await curator.PostFormAsync("/Mentees/Edit", "/Mentees/Edit", form);
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()).ShouldContain(messages.First(m => m.Contains("Фамилия")));
        (await PeopleCountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task ANullSurnameIsA400NotACrash()
    {
        var curator = await app.LoginAsync("curator76");
        var before = await PeopleCountAsync();
        var response = await curator.PostAsJsonAsync("/api/v1/mentors", new { person = await PersonAsync(null), capacity = 1 });
        (await response.ShouldNameFieldAsync("person.lastName")).ShouldContain(m => m.Contains("фамилию"));
        (await PeopleCountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task FiveHundredYearsOfExperienceIsA400()
    {
        var curator = await app.LoginAsync("curator76");
        var before = await PeopleCountAsync();
        var response = await curator.PostAsJsonAsync("/api/v1/mentors", new { person = await PersonAsync("Долгожителева", 500), capacity = 1 });
        (await response.ShouldNameFieldAsync("person.teachingExperienceYears")).ShouldContain(m => m.Contains("Педагогический стаж"));
        (await PeopleCountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task AnUnknownFormOfAProgramIsA400()
    {
        var curator = await app.LoginAsync("curator76");
        var name = $"Несуществующая форма {Guid.NewGuid():N}";
        var response = await curator.PostAsJsonAsync("/api/v1/programs", new
        {
            organizationId = await app.OrganizationIdAsync(DemoData.School76), name, form = 99999, startsOn = "2026-09-01", endsOn = "2027-05-31",
        });
        (await response.ShouldNameFieldAsync("form")).ShouldContain(m => m.Contains("Форма наставничества"));
        await using var db = app.NewDbContext();
        (await db.Programs.CountAsync(p => p.Name == name)).ShouldBe(0);
    }

    [Fact]
    public async Task AnUnknownKindOfMeetingIsA400()
    {
        var (client, program) = await app.ProgramAsync(requiresPreparation: false);
        var people = await app.PeopleAsync(client, menteeConsent: true, mentorPrepared: true);
        var pair = await client.ActivePairAsync(program, people);

        var response = await client.PostAsJsonAsync($"/api/v1/pairs/{pair}/meetings",
            new { kind = 99999, heldOn = DateTime.Today.ToString("yyyy-MM-dd"), durationMinutes = 40, online = false });
        (await response.ShouldNameFieldAsync("kind")).ShouldContain(m => m.Contains("Вид встречи"));
        var page = await client.PostFormAsync($"/Pairs/{pair}", $"/Pairs/{pair}?handler=Meeting", new()
        {
            ["kind"] = "99999", ["heldOn"] = DateTime.Today.ToString("yyyy-MM-dd"), ["durationMinutes"] = "40", ["notes"] = "Не та встреча",
        });
        page.StatusCode.ShouldBe(HttpStatusCode.OK, "the form is shown again with its error, not saved with a default kind");
        WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()).ShouldContain("«99999» не подходит");
        await using var db = app.NewDbContext();
        (await db.Meetings.CountAsync(m => m.PairId == pair)).ShouldBe(0);
    }
}

public sealed class ApiValidationHttpTestsOnPostgres(PostgresApp app) : ApiValidationHttpTests<PostgresApp>(app);
public sealed class ApiValidationHttpTestsOnSqlite(SqliteApp app) : ApiValidationHttpTests<SqliteApp>(app);
