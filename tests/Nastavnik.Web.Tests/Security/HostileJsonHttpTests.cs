using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Web.Tests.Infrastructure;
using Shouldly;

namespace Nastavnik.Web.Tests.Security;

/// <summary>Malformed and hostile JSON sent to the API's write endpoints: each gets a 400 problem in Russian, nothing is
/// written, and no request crashes the app (a 500).</summary>
public abstract class HostileJsonHttpTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    public static TheoryData<string> Bodies => new()
    {
        "{",                                                   // cut short
        "[]",                                                  // wrong shape
        "{\"lastName\": {\"$ne\": null}}",                      // an object where a string goes
        "{\"birthDate\": \"31.02.2010\", \"lastName\": \"Иванов\"}", // an impossible date
        "{\"lastName\": \"" + new string('я', 200_000) + "\"}",   // a huge string
        new string('[', 10_000) + new string(']', 10_000),     // deep nesting
        "\u0000\u0001\u0002",                                  // binary noise
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task AMalformedBodyIsA400InRussianAndWritesNothing(string body)
    {
        var client = await app.LoginAsync("curator76");
        int before;
        await using (var db = app.NewDbContext()) before = await db.People.CountAsync();
        foreach (var url in new[] { "/api/v1/mentees/", "/api/v1/mentors/", "/api/v1/programs/", "/api/v1/matching/solve" })
        {
            var response = await client.PostAsync(url, new StringContent(body, Encoding.UTF8, "application/json"));
            ((int)response.StatusCode).ShouldBe(400, $"{url}: {await response.Content.ReadAsStringAsync()}");
            response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json", url);
            (await response.Content.ReadAsStringAsync()).ShouldMatch("[а-яА-Я]", url);
        }
        await using (var db = app.NewDbContext()) (await db.People.CountAsync()).ShouldBe(before);
    }
}

public sealed class HostileJsonHttpTestsOnPostgres(PostgresApp app) : HostileJsonHttpTests<PostgresApp>(app);
public sealed class HostileJsonHttpTestsOnSqlite(SqliteApp app) : HostileJsonHttpTests<SqliteApp>(app);
