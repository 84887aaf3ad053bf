using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Web.Tests.Infrastructure;
using Shouldly;

namespace Nastavnik.Web.Tests.Security;

/// <summary>Malformed and hostile JSON sent to the API's write endpoints: each gets a 400 problem in Russian (naming the
/// field a hostile value was put in), nothing is written, and no request crashes the app (a 500).</summary>
public abstract class HostileJsonHttpTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    private static readonly string[] Urls = ["/api/v1/mentees/", "/api/v1/mentors/", "/api/v1/programs/", "/api/v1/matching/solve"];

    public static TheoryData<string> Malformed => new()
    {
        "{",                                                   // cut short
        "[]",                                                  // wrong shape
        new string('[', 10_000) + new string(']', 10_000),     // deep nesting
        "\u0000\u0001\u0002",                                  // binary noise
    };

    private const string Person = "\"person\": {\"organizationId\": ORG, \"firstName\": \"Анна\", ";

    /// <summary>A hostile value where the body really has the field: URL, body (ORG is the school, HUGE a 200 000-letter
    /// string), and the field the 400 must name.</summary>
    public static TheoryData<string, string, string> HostileFields => new()
    {
        { "/api/v1/mentees/", "{" + Person + "\"lastName\": {\"$ne\": null}}}", "person.lastName" },         // an object where a string goes
        { "/api/v1/mentees/", "{" + Person + "\"lastName\": \"Иванова\", \"birthDate\": \"31.02.2010\"}}", "person.birthDate" }, // an impossible date
        { "/api/v1/mentees/", "{" + Person + "\"lastName\": \"HUGE\"}}", "person.lastName" },                // a huge string
        { "/api/v1/mentors/", "{" + Person + "\"lastName\": [1, 2]}}", "person.lastName" },
        { "/api/v1/mentors/", "{" + Person + "\"lastName\": \"Иванова\", \"middleName\": \"HUGE\"}}", "person.middleName" },
        { "/api/v1/mentors/", "{" + Person + "\"lastName\": \"Иванова\"}, \"capacity\": 1e400}", "capacity" },
        { "/api/v1/programs/", "{\"organizationId\": ORG, \"name\": {\"$ne\": null}}", "name" },
        { "/api/v1/programs/", "{\"organizationId\": ORG, \"name\": \"Программа\", \"startsOn\": \"31.02.2026\"}", "startsOn" },
        { "/api/v1/programs/", "{\"organizationId\": ORG, \"name\": \"HUGE\"}", "name" },
        { "/api/v1/matching/solve", "{\"mentees\": [{\"key\": {\"$ne\": null}}], \"mentors\": []}", "mentees[0].key" },
        { "/api/v1/matching/solve", "{\"mentees\": [], \"mentors\": [], \"mode\": 99999}", "mode" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public async Task AMalformedBodyIsA400InRussianAndWritesNothing(string body)
    {
        var client = await app.LoginAsync("curator76");
        var before = await CountsAsync();
        foreach (var url in Urls)
        {
            var response = await client.PostAsync(url, new StringContent(body, Encoding.UTF8, "application/json"));
            var text = await response.Content.ReadAsStringAsync();
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, $"{url}: {text}");
            response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json", url);
            text.ShouldMatch("[а-яА-Я]", url);
        }
        (await CountsAsync()).ShouldBe(before);
    }

    [Theory]
    [MemberData(nameof(HostileFields))]
    public async Task AHostileValueIsA400NamingItsFieldAndWritesNothing(string url, string body, string field)
    {
        var client = await app.LoginAsync("curator76");
        var before = await CountsAsync();
        body = body.Replace("ORG", (await app.OrganizationIdAsync(DemoData.School76)).ToString()).Replace("HUGE", new string('я', 200_000));
        var response = await client.PostAsync(url, new StringContent(body, Encoding.UTF8, "application/json"));
        await response.ShouldNameFieldAsync(field);
        (await CountsAsync()).ShouldBe(before);
    }

    private async Task<(int People, int Programs)> CountsAsync()
    {
        await using var db = app.NewDbContext();
        return (await db.People.CountAsync(), await db.Programs.CountAsync());
    }
}

public sealed class HostileJsonHttpTestsOnPostgres(PostgresApp app) : HostileJsonHttpTests<PostgresApp>(app);
public sealed class HostileJsonHttpTestsOnSqlite(SqliteApp app) : HostileJsonHttpTests<SqliteApp>(app);
