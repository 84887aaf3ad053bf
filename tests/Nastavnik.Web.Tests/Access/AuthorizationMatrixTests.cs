using System.Net;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
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
        var webinar = await db.Events.Where(e => e.MunicipalityId == seversk).Select(e => e.Id).FirstAsync();
        var forum = await db.Events.Where(e => e.MunicipalityId == null).Select(e => e.Id).FirstAsync();
        return new()
        {
            ["Mentees/Details/{id:int}"] = mentee, ["Mentees/Edit/{id:int?}"] = mentee, ["/api/v1/mentees/{id:int}"] = mentee,
            ["Mentors/Details/{id:int}"] = mentor, ["Mentors/Edit/{id:int?}"] = mentor, ["/api/v1/mentors/{id:int}"] = mentor,
            ["/api/v1/people/{id:int}"] = person, ["/api/v1/organizations/{id:int}"] = (school76, school2),
            ["nastavnichestvo/{level:regex(^(region|municipality|organization)$)}/{id:int}"] = (school76, school2),
            ["Events/Details/{id:int}"] = (webinar, forum), // the Seversk webinar is Seversk's; the regional forum everyone's
        };
    }

    private static string Url(string pattern, int id) => "/" + System.Text.RegularExpressions.Regex.Replace(pattern.TrimStart('/'), "\\{([a-zA-Z]+)(:[^}]*)?\\??\\}", m =>
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
